/**
 * The metric names computeMetrics returns for each task (scikit-learn's scorer names, without the
 * `neg_` prefix of losses), and which way each one is better.
 */
import type { Task } from './task';

export const BINARY_METRICS = [
  'roc_auc',
  'average_precision',
  'accuracy',
  'balanced_accuracy',
  'precision',
  'recall',
  'f1',
  'log_loss',
  'brier_score',
  'matthews_corrcoef',
] as const;

export const MULTICLASS_METRICS = [
  'accuracy',
  'balanced_accuracy',
  'log_loss',
  'roc_auc_ovr',
  'roc_auc_ovr_weighted',
  'f1_macro',
  'f1_weighted',
  'precision_macro',
  'precision_weighted',
  'recall_macro',
  'recall_weighted',
  'matthews_corrcoef',
] as const;

export const REGRESSION_METRICS = ['rmse', 'mae', 'r2', 'mape'] as const;

export type BinaryMetric = (typeof BINARY_METRICS)[number];
export type MulticlassMetric = (typeof MULTICLASS_METRICS)[number];
export type RegressionMetric = (typeof REGRESSION_METRICS)[number];
export type MetricName = BinaryMetric | MulticlassMetric | RegressionMetric;

export const METRICS_BY_TASK: Readonly<Record<Task, readonly MetricName[]>> = {
  binary: BINARY_METRICS,
  multiclass: MULTICLASS_METRICS,
  regression: REGRESSION_METRICS,
};

/** Every name computeMetrics can return, once each. */
export const ALL_METRICS: readonly MetricName[] = [...new Set<MetricName>([...BINARY_METRICS, ...MULTICLASS_METRICS, ...REGRESSION_METRICS])];

/** Losses and errors: a smaller value is a better model. */
export const LOWER_IS_BETTER_METRICS: readonly MetricName[] = ['log_loss', 'brier_score', 'rmse', 'mae', 'mape'];

/** True when a smaller value of this metric is better (losses and errors). */
export function isLowerBetterMetric(name: string): boolean {
  return (LOWER_IS_BETTER_METRICS as readonly string[]).includes(name);
}
