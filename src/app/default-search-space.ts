import type { ModelType, SearchDimension } from '../core/config/training-config';

/**
 * What is tuned when the config gives no search space: ranges practitioners start from for each
 * engine (XGBoost's usual ranges for gbdt; a wide log range of C for logistic).
 */
const DEFAULTS: Partial<Record<ModelType, Record<string, SearchDimension>>> = {
  gbdt: {
    n_estimators: { type: 'int', low: 50, high: 400, step: 50 },
    max_depth: { type: 'int', low: 2, high: 8 },
    learning_rate: { type: 'float', low: 0.01, high: 0.3, log: true },
    min_child_weight: { type: 'float', low: 0.5, high: 20, log: true },
    subsample: { type: 'float', low: 0.5, high: 1 },
    colsample_bytree: { type: 'float', low: 0.5, high: 1 },
    reg_lambda: { type: 'float', low: 0.001, high: 10, log: true },
  },
  logistic: {
    C: { type: 'float', low: 0.001, high: 100, log: true },
  },
  mlp: {
    learning_rate: { type: 'float', low: 0.0001, high: 0.01, log: true },
    dropout: { type: 'float', low: 0, high: 0.5 },
    batch_size: [64, 128, 256, 512],
  },
};

export function defaultSearchSpace(type: ModelType): Record<string, SearchDimension> {
  return DEFAULTS[type] ?? {};
}
