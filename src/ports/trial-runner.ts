import type { ModelType, ParamValue, Task } from '../core/config/training-config';
import type { EncodedDataset, FeatureInfo, IterationDecision, IterationReport, TrainedModel, Trainer } from '../core/models/trainer';

/** Rows of the training part that make one cross-validation fold. */
export interface FoldRows {
  readonly train: Uint32Array;
  readonly validation: Uint32Array;
}

/**
 * What every trial of a study trains on, handed to the runner once per study (a worker pool
 * copies the arrays into shared memory once, never per trial).
 */
export interface TrialStudy {
  /** The engine: the in-process runner trains with it; a pool rebuilds models with `trainer.load`. */
  trainer: Trainer;
  task: Task;
  numClasses: number;
  featureInfo: FeatureInfo;
  /** The tuning metric (a metrics.json name), computed per iteration on the validation rows. */
  metric: string;
  train: EncodedDataset;
  /** The holdout validation part; absent with cross-validation. */
  validation?: EncodedDataset;
  /** Cross-validation folds over `train`'s rows; absent with a holdout. */
  folds?: readonly FoldRows[];
}

/** One training of a trial. */
export interface TrialTraining {
  trialNumber: number;
  params: Record<string, ParamValue>;
  seed: number;
  threads: number;
  /** Fold index into `TrialStudy.folds`; absent: train on `train`, judge on `validation`. */
  fold?: number;
  /**
   * Called after every boosting round or epoch, in order, on the caller's thread; the training
   * waits for the answer, so a pruner sees every step and stops the trial at the same step
   * wherever it runs. A throw stops the training and rejects `train` with that error.
   */
  onIteration(report: IterationReport): IterationDecision;
  /** Aborted when the trial must stop (budget, cancellation). */
  signal?: AbortSignal;
}

export interface TrialTrainingResult {
  /** The trained model (rebuilt on the caller's thread from its JSON when trained elsewhere). */
  model: TrainedModel;
  /**
   * The tuning metric on the validation rows; NaN when `onIteration` answered 'stop' (a cut-short
   * training is not scored: its caller prunes or fails the trial) or the metric is undefined.
   */
  value: number;
}

/** Runs the trainings of one study, up to its parallelism at once. */
export interface TrialRunner {
  train(request: TrialTraining): Promise<TrialTrainingResult>;
  /** Ends the study's runner: no thread or process it started outlives this. */
  close(): Promise<void>;
}

/** Opens runners that train on other threads (or processes) for the engines they support. */
export interface ParallelTrialRunners {
  /** Engines whose trials can run there (in-process engines without native or GPU state). */
  supports(engine: ModelType): boolean;
  /** Starts `parallelism` workers holding the study's data; fails when they cannot start. */
  open(study: TrialStudy, options: { parallelism: number }): Promise<TrialRunner>;
}
