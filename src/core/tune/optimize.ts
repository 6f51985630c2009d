import type { FrozenTrial } from './frozen-trial.js';
import type { StopReason } from './stop-reason.js';
import { isStopReason } from './stop-reason.js';
import type { Study } from './study.js';
import type { Trial } from './trial.js';
import { TrialPruned } from './trial-pruned.js';

export type Objective = (trial: Trial) => number | Promise<number>;

/** Called after each finished trial; may call `study.stop(reason)`. */
export type TrialCallback = (study: Study, trial: FrozenTrial) => void;

/** Checked before each new trial starts. */
export interface StopCondition {
  readonly reason: StopReason;
  shouldStop(study: Study): boolean;
}

export interface OptimizeOptions {
  /** Trials to run in this call (enqueued ones included). */
  nTrials?: number;
  /** No new trial starts after this many milliseconds of the study's clock. */
  timeoutMs?: number;
  callbacks?: readonly TrialCallback[];
  stopWhen?: readonly StopCondition[];
  /** Stop after this many failed trials in a row (default 10). */
  maxConsecutiveFailures?: number;
  /** Trials running at once (async objectives); the sampler should use the constant liar. */
  nJobs?: number;
  /**
   * Aborting stops the study: no new trials, and every running trial's `signal` aborts. A reason
   * that is a StopReason ('budget', ...) becomes the result's `stopReason`, anything else 'aborted'.
   */
  signal?: AbortSignal;
}

export interface OptimizeResult {
  stopReason: StopReason;
  /** Trials finished by this call. */
  trialsRun: number;
}

export const DEFAULT_MAX_CONSECUTIVE_FAILURES = 10;

/** The optimize loop: starts trials until a stop condition holds, up to `nJobs` at once. */
export async function runOptimize(study: Study, objective: Objective, options: OptimizeOptions): Promise<OptimizeResult> {
  const nJobs = Math.max(1, Math.floor(options.nJobs ?? 1));
  const maxFailures = options.maxConsecutiveFailures ?? DEFAULT_MAX_CONSECUTIVE_FAILURES;
  const startedAt = study.clock.now();
  const running = new Set<Promise<void>>();
  let launched = 0;
  let finished = 0;
  let consecutiveFailures = 0;
  let stopReason: StopReason | null = null;
  let firstError: unknown = null;

  const onAbort = (): void => study.abortRunningTrials(abortReason(options.signal));
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });

  const nextStopReason = (): StopReason | null => {
    const requested = study.stopRequested;
    if (requested !== null) return requested;
    if (options.nTrials !== undefined && launched >= options.nTrials) return 'n_trials';
    if (options.timeoutMs !== undefined && study.clock.now() - startedAt >= options.timeoutMs) return 'timeout';
    if (consecutiveFailures >= maxFailures) return 'failures';
    for (const condition of options.stopWhen ?? []) if (condition.shouldStop(study)) return condition.reason;
    return null;
  };

  const runOne = async (): Promise<void> => {
    const frozen = await runTrial(study, objective);
    finished += 1;
    consecutiveFailures = frozen.state === 'fail' ? consecutiveFailures + 1 : 0;
    for (const callback of options.callbacks ?? []) callback(study, frozen);
  };

  try {
    for (;;) {
      while (stopReason === null && running.size < nJobs && firstError === null) {
        stopReason = nextStopReason();
        if (stopReason !== null) break;
        launched += 1;
        const job: Promise<void> = runOne()
          .catch((error: unknown) => {
            firstError ??= error;
          })
          .finally(() => running.delete(job));
        running.add(job);
        // With one job at a time, finish the trial before deciding on the next (deterministic).
        if (nJobs === 1) await job;
      }
      if (running.size === 0) break;
      await Promise.race(running);
    }
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }
  if (firstError !== null) throw firstError;
  study.clearStopRequest();
  return { stopReason: stopReason ?? 'n_trials', trialsRun: finished };
}

/** Runs the objective on one trial; its errors fail the trial, never the study. */
async function runTrial(study: Study, objective: Objective): Promise<FrozenTrial> {
  const trial = await study.ask();
  try {
    const value = await objective(trial);
    if (typeof value !== 'number') return study.tell(trial, 'fail', `the objective returned ${String(value)}, not a number`);
    return study.tell(trial, value);
  } catch (error) {
    if (error instanceof TrialPruned) return study.tell(trial, 'pruned');
    const message = error instanceof Error ? error.message : String(error);
    // A trial cut short by the study's stop (budget, cancellation) says so rather than a bare error.
    const reason = trial.signal.aborted ? `stopped (${String(trial.signal.reason)}): ${message}` : message;
    return study.tell(trial, 'fail', reason);
  }
}

function abortReason(signal: AbortSignal | undefined): StopReason {
  return isStopReason(signal?.reason) ? signal.reason : 'aborted';
}
