/** The GBDT engine's public surface. */
import { createHistogramBuilder } from './wasm-histogram-builder.js';
import { trainGbdtWith } from './train.js';
import type { GbdtModel, GbdtTrainOptions } from './types.js';

/** Trains a model; `threads > 1` builds histograms on worker threads (the same model for any count). */
export function trainGbdt(options: GbdtTrainOptions): Promise<GbdtModel> {
  return trainGbdtWith(options, createHistogramBuilder);
}

export { predictGbdt, predictGbdtMargins } from './predict.js';
export { featureImportance, IMPORTANCE_TYPES, type ImportanceType } from './importance.js';
export { treeShap } from './tree-shap.js';
export { DEFAULT_GBDT_PARAMS, GROW_POLICIES, gbdtParamsSchema, validateGbdtParams, type GbdtParamError, type GbdtParams, type GrowPolicy } from './params.js';
export { defaultEvalMetric } from './eval-metrics.js';
export * from './types.js';
