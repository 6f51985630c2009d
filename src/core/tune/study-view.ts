import type { AttrValue, FrozenTrial, StudyDirection, TrialState } from './frozen-trial.js';

/** What samplers and pruners may see of a study: its trials and direction, plus pruner bookkeeping. */
export interface StudyView {
  readonly studyName: string;
  readonly direction: StudyDirection;
  /** All trials (or those in `states`), in creation order. */
  getTrials(states?: readonly TrialState[]): readonly FrozenTrial[];
  /** Pruners keep per-trial state here (e.g. ASHA's rung values), journaled like everything else. */
  setTrialSystemAttr(number: number, key: string, value: AttrValue): void;
}
