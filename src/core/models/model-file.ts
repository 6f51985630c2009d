import type { ModelType, Task } from '../config/training-config';
import { MODEL_TYPES } from '../config/training-config';

/**
 * model.json: everything `mltrain predict` needs to score raw rows the way training did: the
 * feature columns, the encoder fitted on the training part, the target's classes, the decision
 * threshold and the engine's own model.
 */
export interface ModelFile {
  format: 'mltrain-model';
  version: 1;
  name: string;
  task: Task;
  created_at: string;
  target: { column: string; classes: string[] | null };
  features: string[];
  encoder: unknown;
  threshold: number | null;
  engine: { type: ModelType; version: string; model: unknown };
}

/** Checks the outer shape of a parsed model.json; the engine and encoder check their own parts. */
export function readModelFile(json: unknown, source: string): ModelFile {
  const file = json as Partial<ModelFile> | null;
  const problem = (what: string) => new ModelFileError(`${source}: not an mltrain model file (${what})`);
  if (!file || typeof file !== 'object') throw problem('not a JSON object');
  if (file.format !== 'mltrain-model') throw problem(`format is ${JSON.stringify(file.format)}, expected "mltrain-model"`);
  if (file.version !== 1) throw problem(`version ${JSON.stringify(file.version)} is not supported by this mltrain (supports 1)`);
  if (!Array.isArray(file.features)) throw problem('features missing');
  if (!file.engine || !(MODEL_TYPES as readonly string[]).includes(String(file.engine.type))) throw problem('engine.type missing or unknown');
  if (!file.target || typeof file.target.column !== 'string') throw problem('target missing');
  return file as ModelFile;
}

/** A model file a user pointed at that cannot be used (exit 2). */
export class ModelFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelFileError';
  }
}
