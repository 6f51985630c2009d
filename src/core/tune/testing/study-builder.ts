import type { AttrValue, FrozenTrial, StudyDirection, TrialState } from '../frozen-trial.js';
import { emptyTrial } from '../frozen-trial.js';
import type { StopReason } from '../stop-reason.js';
import type { StudyView } from '../study-view.js';

/** A hand-made study for sampler and pruner tests: trials given as intermediate-value curves. */
export class StudyBuilder implements StudyView {
  readonly trials: FrozenTrial[] = [];

  constructor(
    readonly direction: StudyDirection = 'minimize',
    readonly studyName = 'study',
  ) {}

  /** Adds a trial with values reported at steps 0, 1, 2... (or explicit [step, value] pairs). */
  add(state: TrialState, curve: readonly number[] | ReadonlyArray<readonly [number, number]>, value: number | null = null): FrozenTrial {
    const pairs = curve.map((point, i) => (typeof point === 'number' ? ([i, point] as const) : point));
    const trial: FrozenTrial = {
      ...emptyTrial(this.trials.length, 0),
      state,
      value: state === 'complete' ? value ?? pairs[pairs.length - 1]?.[1] ?? null : value,
      intermediateValues: new Map(pairs),
    };
    this.trials.push(trial);
    return trial;
  }

  /** Replaces trial `number`'s curve (a running trial reporting more). */
  report(number: number, step: number, value: number): FrozenTrial {
    const trial = this.trials[number];
    const intermediateValues = new Map(trial.intermediateValues).set(step, value);
    this.trials[number] = { ...trial, intermediateValues };
    return this.trials[number];
  }

  stopReason: StopReason | null = null;

  stop(reason: StopReason): void {
    this.stopReason ??= reason;
  }

  /** Marks trial `number` complete with its last reported value. */
  complete(number: number): FrozenTrial {
    const trial = this.trials[number];
    const last = [...trial.intermediateValues].sort((a, b) => a[0] - b[0]).at(-1);
    this.trials[number] = { ...trial, state: 'complete', value: last?.[1] ?? null };
    return this.trials[number];
  }

  getTrials(states?: readonly TrialState[]): readonly FrozenTrial[] {
    return states ? this.trials.filter((t) => states.includes(t.state)) : this.trials;
  }

  setTrialSystemAttr(number: number, key: string, value: AttrValue): void {
    const trial = this.trials[number];
    this.trials[number] = { ...trial, systemAttrs: { ...trial.systemAttrs, [key]: value } };
  }
}
