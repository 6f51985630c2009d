import type { FrozenTrial } from '../frozen-trial.js';
import type { StudyView } from '../study-view.js';

/** Decides, after a trial reports an intermediate value, whether the trial should stop now. */
export interface Pruner {
  prune(study: StudyView, trial: FrozenTrial): boolean;
}
