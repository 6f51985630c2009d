import type { AttrValue, FrozenTrial, StudyDirection, TrialState } from './frozen-trial.js';
import type { StopReason } from './stop-reason.js';

/** What samplers and pruners may see of a study: its trials and direction, plus pruner bookkeeping. */
export interface StudyView {
  readonly studyName: string;
  readonly direction: StudyDirection;
  /** All trials (or those in `states`), in creation order. */
  getTrials(states?: readonly TrialState[]): readonly FrozenTrial[];
  /** Pruners keep per-trial state here (e.g. ASHA's rung values), journaled like everything else. */
  setTrialSystemAttr(number: number, key: string, value: AttrValue): void;
  /** Asks `optimize` to start no more trials (a grid sampler that has run its whole grid). */
  stop(reason: StopReason): void;
}
