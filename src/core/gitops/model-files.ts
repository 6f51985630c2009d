/** The files of a run that promotion commits under models/<name>/ (the model file may be named otherwise by its engine). */
export const PROMOTED_FILES = ['metrics.json', 'model.json', 'MODEL_CARD.md', 'model-card.json', 'data-profile.json'] as const;
export type PromotedFile = (typeof PROMOTED_FILES)[number];

/** GitHub warns about files over 50 MB and refuses them over 100 MB. */
export const DEFAULT_MODEL_SIZE_WARNING_BYTES = 50 * 1024 * 1024;

export const DEFAULT_MODELS_ROOT = 'models';

/** The workflow artifact a pull request run uploads for one config. */
export function artifactName(name: string): string {
  return `mltrain-${name}`;
}

/** Where a model's promoted files live in the repository. */
export function modelFolder(name: string, modelsRoot = DEFAULT_MODELS_ROOT): string {
  return `${modelsRoot.replace(/\/+$/, '')}/${name}`;
}

/** The branch a weekly retraining commits its candidate to (one per model, reused every week). */
export function retrainBranch(name: string): string {
  return `mltrain/retrain-${name}`;
}

/** The branch a promotion goes to when the default branch refuses the commit. */
export function promoteBranch(name: string): string {
  return `mltrain/promote-${name}`;
}

/**
 * Which files of a run to promote: the fixed list plus the engine's model file when metrics.json
 * names another one (its basename; the artifact's files are flat).
 */
export function promotedFileNames(modelPath: string | undefined): string[] {
  const names: string[] = [...PROMOTED_FILES];
  const modelFile = modelPath?.split(/[\\/]/).pop();
  if (modelFile && !names.includes(modelFile)) names.push(modelFile);
  return names;
}

export interface SizedFile {
  path: string;
  size: number;
}

/** A warning per file over the limit, pointing to Git LFS (git refuses nothing, GitHub does past 100 MB). */
export function oversizedFileWarnings(files: readonly SizedFile[], limitBytes: number): string[] {
  const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return files
    .filter((file) => file.size > limitBytes)
    .map((file) => {
      // The pattern comes from the file's own name: a dot in a folder (trial.v2/model) is no extension.
      const segments = file.path.split('/');
      const base = segments.pop() ?? file.path;
      const pattern = base.lastIndexOf('.') > 0 ? `*${base.slice(base.lastIndexOf('.'))}` : base;
      return `${file.path} is ${megabytes(file.size)}, over the ${megabytes(limitBytes)} limit for committed model files: track such files with Git LFS (git lfs track '${[...segments, pattern].join('/')}'); GitHub refuses files over 100 MB`;
    });
}
