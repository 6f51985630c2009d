import type { Clock, CostModel } from './clock.js';
import { costOf, systemClock } from './clock.js';
import type { Distribution, ParamValue } from './distributions.js';
import type { AttrValue, FrozenTrial, StudyDirection, TrialState } from './frozen-trial.js';
import { isBetter } from './frozen-trial.js';
import type { OptimizeOptions, OptimizeResult, Objective } from './optimize.js';
import { runOptimize } from './optimize.js';
import { NopPruner } from './pruners/nop-pruner.js';
import type { Pruner } from './pruners/pruner.js';
import { TPESampler } from './samplers/tpe/tpe-sampler.js';
import type { Sampler } from './samplers/sampler.js';
import { InMemoryStorage } from './storage/in-memory-storage.js';
import type { StudyStorage } from './storage/study-storage.js';
import type { StopReason } from './stop-reason.js';
import type { StudyView } from './study-view.js';
import { Trial } from './trial.js';

export interface CreateStudyOptions {
  direction?: StudyDirection;
  sampler?: Sampler;
  pruner?: Pruner;
  storage?: StudyStorage;
  studyName?: string;
  /** Where trial durations come from (default: Date.now). */
  clock?: Clock;
  /** Turns a trial's duration into dollars (default: free). */
  cost?: CostModel;
}

export const DEFAULT_STUDY_NAME = 'mltrain-study';

/** Creates a study, or loads it when the storage already holds one of that name (resume). */
export async function createStudy(options: CreateStudyOptions = {}): Promise<Study> {
  const storage = options.storage ?? new InMemoryStorage();
  const studyName = options.studyName ?? DEFAULT_STUDY_NAME;
  const direction = options.direction ?? 'minimize';
  await storage.openStudy(studyName, direction);
  return new Study(storage, studyName, direction, options);
}

/** The outcome passed to `tell`: a value completes the trial. */
export type TellOutcome = number | 'pruned' | 'fail';

/** An optimization run: trials, the best one so far, ask/tell and optimize (Optuna's Study). */
export class Study implements StudyView {
  readonly sampler: Sampler;
  readonly pruner: Pruner;
  readonly clock: Clock;
  private readonly cost: CostModel | undefined;
  private stopRequest: StopReason | null = null;
  private trialsAbort = new AbortController();

  constructor(
    readonly storage: StudyStorage,
    readonly studyName: string,
    readonly direction: StudyDirection,
    options: CreateStudyOptions = {},
  ) {
    this.sampler = options.sampler ?? new TPESampler();
    this.pruner = options.pruner ?? new NopPruner();
    this.clock = options.clock ?? systemClock;
    this.cost = options.cost;
  }

  get trials(): readonly FrozenTrial[] {
    return this.storage.getAllTrials(this.studyName);
  }

  getTrials(states?: readonly TrialState[]): readonly FrozenTrial[] {
    const trials = this.trials;
    return states ? trials.filter((trial) => states.includes(trial.state)) : trials;
  }

  setTrialSystemAttr(number: number, key: string, value: AttrValue): void {
    this.storage.setTrialSystemAttr(this.studyName, number, key, value);
  }

  /** The best complete trial (ties: the earliest), or null when none completed. */
  get bestTrial(): FrozenTrial | null {
    let best: FrozenTrial | null = null;
    for (const trial of this.trials) {
      if (trial.state !== 'complete' || trial.value === null || Number.isNaN(trial.value)) continue;
      if (best === null || isBetter(this.direction, trial.value, best.value as number)) best = trial;
    }
    return best;
  }

  get bestValue(): number | null {
    return this.bestTrial?.value ?? null;
  }

  get bestParams(): Readonly<Record<string, ParamValue>> | null {
    return this.bestTrial?.params ?? null;
  }

  get userAttrs(): Readonly<Record<string, AttrValue>> {
    return this.storage.getStudyUserAttrs(this.studyName);
  }

  setUserAttr(key: string, value: AttrValue): void {
    this.storage.setStudyUserAttr(this.studyName, key, value);
  }

  /** Queues a trial whose parameters are fixed (e.g. a warm start from the previous best). */
  async enqueueTrial(params: Record<string, ParamValue>): Promise<number> {
    return this.storage.createTrial(this.studyName, { state: 'waiting', startedAtMs: null, fixedParams: { ...params } });
  }

  /** Starts a trial: an enqueued one first, else a new one; `fixedDistributions` are suggested at once. */
  async ask(fixedDistributions: Record<string, Distribution> = {}): Promise<Trial> {
    await this.storage.sync(this.studyName);
    const now = this.clock.now();
    const waiting = this.trials.find((trial) => trial.state === 'waiting');
    let number: number;
    if (waiting) {
      number = waiting.number;
      this.storage.startWaitingTrial(this.studyName, number, now);
    } else {
      number = await this.storage.createTrial(this.studyName, { state: 'running', startedAtMs: now });
    }
    const frozen = this.storage.getTrial(this.studyName, number);
    this.sampler.beforeTrial?.(this, frozen);
    const searchSpace = this.sampler.inferRelativeSearchSpace(this, frozen);
    const relativeParams = this.sampler.sampleRelative(this, frozen, searchSpace);
    const trial = new Trial(
      { storage: this.storage, sampler: this.sampler, pruner: this.pruner, view: this },
      number,
      searchSpace,
      relativeParams,
      this.trialsAbort.signal,
    );
    for (const [name, distribution] of Object.entries(fixedDistributions)) trial.suggest(name, distribution);
    return trial;
  }

  /** Finishes a trial: a number completes it (NaN fails it), or 'pruned' / 'fail'. */
  async tell(trial: Trial | number, outcome: TellOutcome, failReason: string | null = null): Promise<FrozenTrial> {
    const number = typeof trial === 'number' ? trial : trial.number;
    const frozen = this.storage.getTrial(this.studyName, number);
    if (frozen.state !== 'running') throw new Error(`trial ${number} is ${frozen.state}; only running trials can be told`);
    const completedAtMs = this.clock.now();
    const durationMs = Math.max(0, completedAtMs - (frozen.startedAtMs ?? completedAtMs));
    let state: 'complete' | 'pruned' | 'fail';
    let value: number | null = null;
    if (typeof outcome === 'number') {
      state = Number.isNaN(outcome) ? 'fail' : 'complete';
      value = Number.isNaN(outcome) ? null : outcome;
      if (state === 'fail') failReason ??= 'the objective returned NaN';
    } else {
      state = outcome;
      if (state === 'pruned') value = lastIntermediateValue(frozen);
    }
    this.storage.finishTrial(this.studyName, number, {
      state,
      value,
      completedAtMs,
      durationMs,
      costUsd: costOf(this.cost, durationMs),
      failReason: state === 'fail' ? failReason ?? 'failed' : null,
    });
    const finished = this.storage.getTrial(this.studyName, number);
    this.sampler.afterTrial?.(this, finished, state, value);
    await this.storage.flush();
    return finished;
  }

  /**
   * Fails trials left running by a process that died (a resumed single-writer journal), so they do
   * not count as in-flight; with `retry`, their parameters are enqueued to run again.
   */
  async failInterruptedTrials(options: { retry?: boolean } = {}): Promise<number[]> {
    const interrupted = this.trials.filter((trial) => trial.state === 'running');
    for (const trial of interrupted) {
      await this.tell(trial.number, 'fail', 'interrupted: the process stopped before the trial finished');
      if (options.retry) await this.enqueueTrial({ ...trial.params });
    }
    return interrupted.map((trial) => trial.number);
  }

  /** Asks `optimize` to start no more trials; running ones finish. */
  stop(reason: StopReason = 'aborted'): void {
    this.stopRequest ??= reason;
  }

  /** Stops starting trials and aborts the `signal` every running trial holds. */
  abortRunningTrials(reason: StopReason = 'aborted'): void {
    this.stop(reason);
    this.trialsAbort.abort(reason);
  }

  /** The pending stop request, if any. */
  get stopRequested(): StopReason | null {
    return this.stopRequest;
  }

  /** Forgets a stop request so a later `optimize` runs again. */
  clearStopRequest(): void {
    this.stopRequest = null;
    if (this.trialsAbort.signal.aborted) this.trialsAbort = new AbortController();
  }

  optimize(objective: Objective, options: OptimizeOptions = {}): Promise<OptimizeResult> {
    return runOptimize(this, objective, options);
  }
}

function lastIntermediateValue(trial: FrozenTrial): number | null {
  let step = -1;
  let value: number | null = null;
  for (const [s, v] of trial.intermediateValues) if (s > step) [step, value] = [s, v];
  return value;
}
