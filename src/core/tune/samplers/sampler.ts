import type { Distribution, ParamValue } from '../distributions.js';
import type { FrozenTrial, TrialState } from '../frozen-trial.js';
import type { StudyView } from '../study-view.js';

export type SearchSpace = Record<string, Distribution>;

/**
 * A sampler proposes parameter values, as in Optuna: at a trial's start it may sample several
 * parameters jointly (`inferRelativeSearchSpace` + `sampleRelative`); every parameter not covered
 * is drawn on its own by `sampleIndependent` when the objective asks for it.
 */
export interface Sampler {
  inferRelativeSearchSpace(study: StudyView, trial: FrozenTrial): SearchSpace;
  sampleRelative(study: StudyView, trial: FrozenTrial, searchSpace: SearchSpace): Record<string, ParamValue>;
  sampleIndependent(study: StudyView, trial: FrozenTrial, name: string, distribution: Distribution): ParamValue;
  beforeTrial?(study: StudyView, trial: FrozenTrial): void;
  afterTrial?(study: StudyView, trial: FrozenTrial, state: TrialState, value: number | null): void;
}
