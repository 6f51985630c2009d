import { promotedFilePaths, refusedFileWarning } from '../../core/gitops/promoted-file-paths';

/** Reads one file of a run by its '/'-separated path relative to the output dir; null when absent. */
export type RunFileReader = (path: string) => Promise<Uint8Array | null>;

export interface CollectedRunFiles {
  /** By path relative to the output dir (sub-paths kept): what goes under models/<name>/. */
  files: Map<string, Uint8Array>;
  /** Refused or missing command model files, for the log. */
  warnings: string[];
}

function parseJson(bytes: Uint8Array | null): unknown {
  if (!bytes) return null;
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    return null;
  }
}

/**
 * The files promotion commits, from wherever a run's files are (its output dir, a downloaded
 * artifact): the fixed list and model file (those present), and a command model's files as its
 * model.json lists them. A listed file that is absent is a warning, not a failure: the model is
 * still promoted, but the base branch cannot re-score it as a baseline.
 */
export async function collectPromotedFiles(readFile: RunFileReader, modelPath: string | undefined, where: string): Promise<CollectedRunFiles> {
  // model.json is read to choose the files and is one of them: each file is read once
  const reads = new Map<string, Promise<Uint8Array | null>>();
  const read = (path: string) => {
    let bytes = reads.get(path);
    if (!bytes) reads.set(path, (bytes = readFile(path)));
    return bytes;
  };
  const selection = promotedFilePaths(modelPath, parseJson(await read('model.json')));
  const warnings = selection.refused.map(refusedFileWarning);
  const commandFiles = new Set(selection.paths.slice(selection.paths.length - selection.commandFileCount));
  const files = new Map<string, Uint8Array>();
  const missing: string[] = [];
  for (const path of selection.paths) {
    const bytes = await read(path);
    if (bytes) files.set(path, bytes);
    else if (commandFiles.has(path)) missing.push(path);
  }
  if (missing.length > 0) warnings.push(`${where} lacks ${missing.length} of the command model's files that model.json lists (${missing.join(', ')}): the promoted model cannot be re-scored as a baseline without them`);
  return { files, warnings };
}
