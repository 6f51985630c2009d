import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { isMlpCheckpoint, type CheckpointSink, type MlpCheckpoint } from '../../core/models/nn/mlp-checkpoint';

/**
 * Checkpoints in one JSON file, replaced atomically (write beside, then rename) so a job
 * cancelled mid-write (SIGINT, then SIGTERM) leaves the previous checkpoint intact.
 */
export class CheckpointFile implements CheckpointSink {
  constructor(readonly path: string) {}

  save(checkpoint: MlpCheckpoint): void {
    mkdirSync(dirname(this.path), { recursive: true });
    const partial = `${this.path}.partial`;
    writeFileSync(partial, JSON.stringify(checkpoint));
    renameSync(partial, this.path);
  }

  /** The checkpoint to resume from, or undefined when there is none. */
  load(): MlpCheckpoint | undefined {
    if (!existsSync(this.path)) return undefined;
    const parsed: unknown = JSON.parse(readFileSync(this.path, 'utf8'));
    if (!isMlpCheckpoint(parsed)) throw new Error(`${this.path}: not an mlp checkpoint (delete it to start over)`);
    return parsed;
  }
}
