import type { RngState } from '../../random/rng';

/**
 * A training checkpoint as plain JSON (float arrays as base64 float32): everything a run needs to
 * continue exactly where it stopped, so a resumed run ends with the same weights as one that was
 * never interrupted. `epoch` is the epoch in progress and `stepInEpoch` the batches of it already
 * done; `shuffleRng` is the shuffling stream's state at the start of that epoch (the resumed run
 * redraws the same permutation and skips the done batches).
 */
export interface MlpCheckpoint {
  format: 'mltrain-mlp-checkpoint';
  version: 1;
  /** What must match to resume: task, classes, input width, seed, rows and the parameters. */
  fingerprint: string;
  epoch: number;
  stepInEpoch: number;
  globalStep: number;
  shuffleRng: RngState;
  dropoutRng: RngState;
  theta: string;
  optimizer: { step: number; first: string; second: string };
  /** Batch-norm running means then variances, layer by layer. */
  running: string;
  best: { loss: number; epoch: number; theta: string; running: string } | null;
  roundsWithoutImprovement: number;
  /** Validation loss per finished epoch. */
  history: number[];
}

/** Where checkpoints go (the app writes them to a file; tests keep them in memory). */
export interface CheckpointSink {
  save(checkpoint: MlpCheckpoint): void | Promise<void>;
}

export interface CheckpointOptions {
  sink?: CheckpointSink;
  /** Also checkpoint every this many optimizer steps (the end of each epoch always is). */
  everySteps?: number;
  /** Continue from this checkpoint (it must come from the same data, params and seed). */
  resumeFrom?: MlpCheckpoint;
  /**
   * Aborting (the runner's SIGINT) stops training after the current step, saves a checkpoint to
   * the sink and rejects with TrainingInterruptedError; a re-run resumes from that checkpoint.
   */
  signal?: AbortSignal;
}

/** Training stopped by the abort signal; `saved` says whether a checkpoint was written first. */
export class TrainingInterruptedError extends Error {
  constructor(
    readonly globalStep: number,
    readonly saved: boolean,
  ) {
    super(`mlp training interrupted at step ${globalStep}${saved ? '; a checkpoint was saved to resume from' : ''}`);
    this.name = 'TrainingInterruptedError';
  }
}

export function isMlpCheckpoint(value: unknown): value is MlpCheckpoint {
  const c = value as Partial<MlpCheckpoint> | null;
  return !!c && c.format === 'mltrain-mlp-checkpoint' && c.version === 1 && typeof c.theta === 'string' && typeof c.fingerprint === 'string';
}
