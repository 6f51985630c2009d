import type { FrozenTrial } from './frozen-trial.js';
import { isBetter, isFinished } from './frozen-trial.js';
import type { StopCondition } from './optimize.js';
import type { Study } from './study.js';

/**
 * Stops when the last `patience` finished trials (complete, pruned or failed) brought no
 * improvement of the best value by more than `minDelta`.
 */
export function noImprovement(patience: number, options: { minDelta?: number } = {}): StopCondition {
  if (!(Number.isInteger(patience) && patience >= 1)) throw new RangeError(`patience must be a positive integer, got ${patience}`);
  const minDelta = options.minDelta ?? 0;
  return {
    reason: 'no_improvement',
    shouldStop(study: Study): boolean {
      return finishedSinceLastImprovement(study.trials, study.direction, minDelta) >= patience;
    },
  };
}

/** Finished trials since the one that last improved the best value (all of them when none did). */
export function finishedSinceLastImprovement(trials: readonly FrozenTrial[], direction: Study['direction'], minDelta = 0): number {
  let best: number | null = null;
  let since = 0;
  for (const trial of [...trials].filter((t) => isFinished(t.state)).sort(byCompletion)) {
    const value = trial.state === 'complete' ? trial.value : null;
    const improves = value !== null && (best === null || isBetter(direction, value, direction === 'minimize' ? best - minDelta : best + minDelta));
    if (improves) {
      best = value;
      since = 0;
    } else since += 1;
  }
  return since;
}

function byCompletion(a: FrozenTrial, b: FrozenTrial): number {
  return (a.completedAtMs ?? 0) - (b.completedAtMs ?? 0) || a.number - b.number;
}

/** Total cost of the study's finished trials, in dollars. */
export function totalCostUsd(trials: readonly FrozenTrial[]): number {
  return trials.reduce((sum, trial) => sum + (trial.costUsd ?? 0), 0);
}

/**
 * Stops when the finished trials' cost plus `spentElsewhereUsd()` (data loading, refits...) reaches
 * `maxCostUsd`. Stopping the running trial when the cap would be crossed is the caller's job:
 * abort `optimize`'s signal with reason 'budget'.
 */
export function costBudget(maxCostUsd: number, spentElsewhereUsd: () => number = () => 0): StopCondition {
  return {
    reason: 'budget',
    shouldStop(study: Study): boolean {
      return totalCostUsd(study.trials) + spentElsewhereUsd() >= maxCostUsd;
    },
  };
}
