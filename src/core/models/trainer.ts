import type { ModelType, ParamValue, Task } from '../config/training-config';

/** Features column-major (features[j][i] is feature j of row i; NaN = missing), labels and weights. */
export interface EncodedDataset {
  features: Float64Array[];
  /** Binary: 0/1; multiclass: class index; regression: the value. */
  label: Float64Array;
  weight?: Float64Array;
}

export interface FeatureInfo {
  names: string[];
  categorical: boolean[];
  /** For each categorical feature the category behind each code (null for numeric features). */
  categories?: (readonly string[] | null)[];
}

/** What a trainer reports after each boosting round or epoch; the answer can stop training. */
export interface IterationReport {
  iteration: number;
  validationLoss?: number;
}

export type IterationDecision = 'continue' | 'stop';

/** A validation metric the engine computes after each iteration (reported as validationLoss). */
export interface EvalMetric {
  name: string;
  higherIsBetter: boolean;
  compute(labels: Float64Array, predictions: Float64Array, weights?: Float64Array): number;
}

export interface TrainRequest {
  task: Task;
  numClasses: number;
  train: EncodedDataset;
  validation?: EncodedDataset;
  featureInfo: FeatureInfo;
  params: Record<string, ParamValue>;
  seed: number;
  threads: number;
  onIteration?: (report: IterationReport) => IterationDecision;
  /** What onIteration's validationLoss measures (default: the engine's own loss). */
  evalMetric?: EvalMetric;
  /** The study's trial number, for engines that keep per-trial files (command). */
  trialNumber?: number;
  /** Aborted when the trial must stop (pruned elsewhere, budget, cancellation). */
  signal?: AbortSignal;
  /** Periodic training state (engine-specific JSON) and the state to resume from. */
  checkpoint?: { every: number; save(state: unknown): void | Promise<void>; resumeFrom?: unknown };
}

/** A fitted model: predicts from encoded features and serialises itself. */
export interface TrainedModel {
  readonly engine: ModelType;
  readonly engineVersion: string;
  /** Binary: P(class 1) per row; multiclass: row-major n*k probabilities; regression: the value. */
  predict(features: Float64Array[]): Float64Array;
  /** Plain JSON data from which `Trainer.load` rebuilds an identical model. */
  toJSON(): unknown;
  /** The parameters actually used, defaults filled in. */
  readonly params: Record<string, ParamValue>;
  /** Rounds or iterations run. */
  readonly iterations: number;
  /** How much each encoded feature matters (engine-specific: total gain for trees, |coefficient| for linear models). */
  featureImportance?(names: readonly string[]): Record<string, number>;
}

export interface ParamProblem {
  param: string;
  message: string;
}

/** How a trainer wants its inputs encoded (see core/data's encoders). */
export const ENCODINGS = ['standardize_onehot', 'codes'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface Trainer {
  readonly type: ModelType;
  readonly encoding: Encoding;
  readonly tasks: readonly Task[];
  /** Problems with the parameters, named so the config's line can be found. */
  validateParams(params: Record<string, ParamValue>, task: Task): ParamProblem[];
  train(request: TrainRequest): Promise<TrainedModel>;
  load(json: unknown): TrainedModel;
}
