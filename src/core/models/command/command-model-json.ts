import type { ParamValue } from '../../config/training-config';

/**
 * The engine part of a command model's model.json. `model_dir` is relative to the folder holding
 * model.json (the run's output dir, or models/<name>/ once promoted) and `files` relative to
 * model_dir: what predict_command needs as MLTRAIN_MODEL_DIR to score new rows.
 */
export interface CommandModelJson {
  protocol: number;
  command: string[];
  model_dir: string;
  files: string[];
  code_version: string;
  params: Record<string, ParamValue>;
  iterations: number;
}

/** As read back: `files` is null for models written before mltrain recorded the list. */
export type CommandModelRecord = Omit<CommandModelJson, 'files'> & { files: string[] | null };

/** Reads a command model's engine part, refusing paths that could leave the model's folder. */
export function readCommandModelJson(json: unknown): CommandModelRecord {
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error('the command model part is not a JSON object');
  const model = json as Partial<Record<keyof CommandModelJson, unknown>>;
  if (typeof model.model_dir !== 'string') throw new Error('the command model records no model_dir');
  if (!isSafeRelativePath(model.model_dir, true)) throw new Error(`model_dir '${model.model_dir}' is not a relative path inside the model's folder`);
  let files: string[] | null = null;
  if (model.files !== undefined) {
    if (!Array.isArray(model.files) || !model.files.every((file): file is string => typeof file === 'string')) throw new Error('files is not a list of paths');
    const unsafe = model.files.find((file) => !isSafeRelativePath(file, false));
    if (unsafe !== undefined) throw new Error(`the file '${unsafe}' is not a relative path inside model_dir`);
    files = model.files;
  }
  const params = model.params && typeof model.params === 'object' && !Array.isArray(model.params) ? (model.params as Record<string, ParamValue>) : {};
  return {
    protocol: typeof model.protocol === 'number' ? model.protocol : 1,
    command: Array.isArray(model.command) ? model.command.map(String) : [],
    model_dir: model.model_dir,
    files,
    code_version: typeof model.code_version === 'string' ? model.code_version : 'unknown',
    params,
    iterations: typeof model.iterations === 'number' ? model.iterations : 0,
  };
}

/** 'a/b.pkl': no leading slash, drive letter, backslash, empty or '..' segment ('.' alone allowed for a folder). */
export function isSafeRelativePath(path: string, folder: boolean): boolean {
  if (folder && path === '.') return true;
  if (path === '' || path.startsWith('/') || path.includes('\\') || /^[A-Za-z]:/.test(path)) return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '..' && segment !== '.');
}

/**
 * The files a command model needs beside its model.json, as '/'-separated paths relative to
 * model.json's folder: what promotion must commit under models/<name>/ with model.json, so that the
 * base branch's model can be re-scored later. Empty for any other engine or an unreadable part.
 */
export function commandModelFilePaths(modelFile: { engine?: { type?: unknown; model?: unknown } } | null | undefined): string[] {
  if (modelFile?.engine?.type !== 'command') return [];
  try {
    return recordFilePaths(readCommandModelJson(modelFile.engine.model));
  } catch {
    return [];
  }
}

/** A record's model files as '/'-separated paths relative to model.json's folder (none when it lists none). */
export function recordFilePaths(record: Pick<CommandModelRecord, 'model_dir' | 'files'>): string[] {
  return (record.files ?? []).map((file) => (record.model_dir === '.' ? file : `${record.model_dir}/${file}`));
}
