import type { ModelType, ParamValue, Task } from '../core/config/training-config';
import type { EncodedDataset, FeatureInfo } from '../core/models/trainer';
import type { FoldRows } from '../ports/trial-runner';

/**
 * What the trial pool and its workers (src/workers/trial-worker.ts) say to each other. The study's
 * data travels once, in SharedArrayBuffers every worker reads; per trial only the parameters go
 * out, and per iteration one message comes back while the worker blocks on its verdict cell.
 */

/** Engines whose trials run on worker threads: pure TypeScript, no native, GPU or process state. */
export const WORKER_ENGINES = ['gbdt', 'logistic'] as const;
export type WorkerEngine = (typeof WORKER_ENGINES)[number];

export function isWorkerEngine(engine: ModelType): engine is WorkerEngine {
  return (WORKER_ENGINES as readonly string[]).includes(engine);
}

/** The verdict cell's values: the worker waits while it reads `pending`. */
export const VERDICT = { pending: 0, continue: 1, stop: 2 } as const;

/** A dataset in one SharedArrayBuffer: the feature columns, then the labels, then the weights. */
export interface SharedDataset {
  buffer: SharedArrayBuffer;
  rows: number;
  features: number;
  weighted: boolean;
}

export interface TrialWorkerData {
  engine: WorkerEngine;
  task: Task;
  numClasses: number;
  featureInfo: FeatureInfo;
  metric: string;
  train: SharedDataset;
  validation?: SharedDataset;
  folds?: FoldRows[];
  /** This worker's verdict cell (an Int32Array of one element). */
  verdict: SharedArrayBuffer;
}

export interface TrainMessage {
  kind: 'train';
  id: number;
  trialNumber: number;
  params: Record<string, ParamValue>;
  seed: number;
  threads: number;
  fold?: number;
}

export type WorkerMessage =
  | { kind: 'ready' }
  | { kind: 'iteration'; id: number; iteration: number; validationLoss?: number }
  | { kind: 'done'; id: number; model: unknown; value: number }
  | { kind: 'failed'; id: number; name: string; message: string };

/** Copies a dataset into shared memory (once per study). */
export function shareDataset(data: EncodedDataset): SharedDataset {
  const rows = data.label.length;
  const features = data.features.length;
  const weighted = data.weight !== undefined;
  const buffer = new SharedArrayBuffer(Float64Array.BYTES_PER_ELEMENT * rows * (features + 1 + (weighted ? 1 : 0)));
  const all = new Float64Array(buffer);
  data.features.forEach((column, j) => all.set(column, j * rows));
  all.set(data.label, features * rows);
  if (data.weight) all.set(data.weight, (features + 1) * rows);
  return { buffer, rows, features, weighted };
}

/** The dataset as views over the shared memory (no copy). */
export function datasetView(shared: SharedDataset): EncodedDataset {
  const { buffer, rows, features } = shared;
  const column = (index: number) => new Float64Array(buffer, index * rows * Float64Array.BYTES_PER_ELEMENT, rows);
  return {
    features: Array.from({ length: features }, (_, j) => column(j)),
    label: column(features),
    weight: shared.weighted ? column(features + 1) : undefined,
  };
}
