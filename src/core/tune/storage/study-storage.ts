import type { Distribution, ParamValue } from '../distributions.js';
import type { AttrValue, FrozenTrial, StudyDirection } from '../frozen-trial.js';

export type FinishedState = 'complete' | 'pruned' | 'fail';

export interface TrialStart {
  state: 'running' | 'waiting';
  startedAtMs: number | null;
  /** Parameters fixed in advance (enqueued trials), by name, external values. */
  fixedParams?: Record<string, ParamValue>;
}

export interface TrialFinish {
  state: FinishedState;
  value: number | null;
  completedAtMs: number;
  durationMs: number;
  costUsd: number;
  failReason: string | null;
}

/**
 * Where a study's trials live. Reads are synchronous on a local replica (samplers and pruners read
 * trials on every suggestion); writes update the replica at once and are made durable in the
 * background, `flush()` resolving when they are. A shared storage (PostgreSQL, later) implements
 * the same interface: `sync()` pulls other workers' trials into the replica and `createTrial` asks
 * the server for the trial's number, so samplers never see the difference.
 */
export interface StudyStorage {
  /** Creates the study if absent, else checks its direction and loads its trials. */
  openStudy(studyName: string, direction: StudyDirection): Promise<void>;
  /** Pulls changes written by other workers into the replica. */
  sync(studyName: string): Promise<void>;
  getAllTrials(studyName: string): readonly FrozenTrial[];
  getTrial(studyName: string, number: number): FrozenTrial;
  /** Returns the new trial's number. */
  createTrial(studyName: string, start: TrialStart): Promise<number>;
  /** waiting -> running (an enqueued trial taken by `ask`). */
  startWaitingTrial(studyName: string, number: number, startedAtMs: number): void;
  setTrialParam(studyName: string, number: number, name: string, distribution: Distribution, value: ParamValue): void;
  setTrialIntermediateValue(studyName: string, number: number, step: number, value: number): void;
  setTrialSystemAttr(studyName: string, number: number, key: string, value: AttrValue): void;
  setTrialUserAttr(studyName: string, number: number, key: string, value: AttrValue): void;
  finishTrial(studyName: string, number: number, finish: TrialFinish): void;
  setStudyUserAttr(studyName: string, key: string, value: AttrValue): void;
  getStudyUserAttrs(studyName: string): Readonly<Record<string, AttrValue>>;
  /** Resolves when every write so far is durable; rejects with the first failed write. */
  flush(): Promise<void>;
}
