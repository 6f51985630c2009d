import type { PercentilePrunerOptions } from './percentile-pruner.js';
import { PercentilePruner } from './percentile-pruner.js';

/** Prunes a trial worse than the median of complete trials at the same step (Optuna's MedianPruner). */
export class MedianPruner extends PercentilePruner {
  constructor(options: PercentilePrunerOptions = {}) {
    super(50, options);
  }
}
