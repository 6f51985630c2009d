/**
 * Public data types of the gradient-boosted trees engine. Everything a model holds is plain
 * JSON-serialisable data (numbers, strings, booleans, arrays), described by
 * schemas/gbdt-model.schema.json.
 */
import type { RngState } from '../../random/rng.js';
import type { GbdtParams } from './params.js';

export const GBDT_OBJECTIVES = ['binary:logistic', 'multi:softmax', 'reg:squarederror', 'reg:pseudohubererror'] as const;
export type GbdtObjective = (typeof GBDT_OBJECTIVES)[number];

/** Column-major features (NaN = missing; categorical columns hold non-negative integer codes). */
export interface GbdtDataset {
  features: Float64Array[];
  label: Float64Array;
  weight?: Float64Array;
}

export interface GbdtFeatureInfo {
  names: string[];
  categorical: boolean[];
  /** The category names behind the codes of each categorical feature (null for numeric ones). */
  categories?: (readonly string[] | null)[];
}

/**
 * One tree as flat arrays indexed by node id (node 0 is the root). A leaf has `feature = -1`.
 * Numeric split: `x < threshold` goes left. Categorical split: codes listed in the node's bitset
 * (`categoryWords[categoryOffset .. categoryOffset + categoryLength)`) go left, other codes go right.
 * Missing values (NaN) follow `defaultLeft`.
 */
export interface GbdtTree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  defaultLeft: boolean[];
  /** Leaf output (learning rate applied); for inner nodes the weight the node would have as a leaf. */
  value: number[];
  /** Sum of hessians of the training rows reaching the node (XGBoost's "cover"). */
  cover: number[];
  /** Loss reduction of the split (XGBoost's "gain"); 0 for leaves. */
  gain: number[];
  categoryOffset: number[];
  categoryLength: number[];
  /** 32-bit words of the categorical bitsets of all nodes, bit c set = code c goes left. */
  categoryWords: number[];
}

export interface GbdtModel {
  format: 'mltrain-gbdt';
  version: 1;
  objective: GbdtObjective;
  /** Number of classes for multi:softmax, 1 otherwise: also the number of trees per iteration. */
  numClass: number;
  /** Initial margin per output (one per class for multiclass). */
  baseScore: number[];
  featureNames: string[];
  categorical: boolean[];
  categories: (string[] | null)[];
  /** Quantile cut points per feature used in training (empty for categorical features). */
  binEdges: number[][];
  /** Trees in boosting order; tree i belongs to class i % numClass. */
  trees: GbdtTree[];
  /** Iteration (0-based) with the best validation metric; the model keeps trees up to it. */
  bestIteration: number;
  bestScore: number | null;
  /** Iterations trained before stopping (may exceed bestIteration + 1 with early stopping). */
  iterationsTrained: number;
  evalMetric: string | null;
  params: GbdtParams;
}

export interface GbdtIterationInfo {
  iteration: number;
  trainLoss?: number;
  validationMetric?: number;
}

export const GBDT_CALLBACK_DECISIONS = ['continue', 'stop'] as const;
export type GbdtCallbackDecision = (typeof GBDT_CALLBACK_DECISIONS)[number];

export interface GbdtCallbacks {
  onIteration?(info: GbdtIterationInfo): GbdtCallbackDecision | void;
}

/** A custom validation metric; predictions are probabilities (row-major n*k for multiclass) or values. */
export interface GbdtEvalMetric {
  name: string;
  higherIsBetter: boolean;
  compute(labels: Float64Array, predictions: Float64Array, weights?: Float64Array): number;
}

/** Everything needed to continue training where it stopped and end with the identical model. */
export interface GbdtCheckpoint {
  format: 'mltrain-gbdt-checkpoint';
  version: 1;
  /** Completed iterations. */
  iteration: number;
  model: GbdtModel;
  rng: { rows: RngState; columns: RngState };
  best: { iteration: number; score: number | null; roundsWithoutImprovement: number };
}

export interface GbdtTrainOptions {
  train: GbdtDataset;
  validation?: GbdtDataset;
  featureInfo: GbdtFeatureInfo;
  objective: GbdtObjective;
  numClass?: number;
  params: Partial<GbdtParams>;
  seed: number;
  /** Threads for histogram building (1 = no workers). Results are identical for any value. */
  threads?: number;
  callbacks?: GbdtCallbacks;
  /** Validation metric (default: XGBoost's per objective: logloss, mlogloss, rmse, mphe). */
  evalMetric?: GbdtEvalMetric;
  /** Also compute the metric on the training rows each iteration (costs a pass over them). */
  reportTrainLoss?: boolean;
  checkpoint?: { every: number; save(state: GbdtCheckpoint): void };
  resumeFrom?: GbdtCheckpoint;
}
