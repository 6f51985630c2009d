import type { FrozenTrial, StudyDirection, TrialState } from './frozen-trial.js';
import { isBetter, isFinished } from './frozen-trial.js';

export interface HistoryPoint {
  number: number;
  state: TrialState;
  /** The objective value of a complete trial; null otherwise. */
  value: number | null;
  /** The best complete value up to and including this trial; null before the first. */
  bestValue: number | null;
  durationMs: number | null;
  costUsd: number | null;
}

/** The data behind an optimization-history chart: finished trials in order, with the best so far. */
export function optimizationHistory(trials: readonly FrozenTrial[], direction: StudyDirection): HistoryPoint[] {
  let best: number | null = null;
  const points: HistoryPoint[] = [];
  for (const trial of trials) {
    if (!isFinished(trial.state)) continue;
    const value = trial.state === 'complete' ? trial.value : null;
    if (value !== null && !Number.isNaN(value) && (best === null || isBetter(direction, value, best))) best = value;
    points.push({ number: trial.number, state: trial.state, value, bestValue: best, durationMs: trial.durationMs, costUsd: trial.costUsd });
  }
  return points;
}
