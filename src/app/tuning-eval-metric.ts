import type { Task } from '../core/config/training-config';
import { computeMetrics, isLowerBetterMetric } from '../core/evaluate/index';
import type { EvalMetric } from '../core/models/trainer';

/**
 * The tuning metric as the engines compute it per iteration on the validation rows. Trials on
 * worker threads build it from the same three values, so their values equal in-process ones.
 */
export function tuningEvalMetric(metric: string, task: Task, numClasses: number): EvalMetric {
  return {
    name: metric,
    higherIsBetter: !isLowerBetterMetric(metric),
    compute: (labels, predictions, weights) =>
      computeMetrics({ task, yTrue: labels, yScore: predictions, sampleWeight: weights, numClasses: task === 'multiclass' ? numClasses : undefined })[metric] ?? NaN,
  };
}
