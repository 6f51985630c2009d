import type { FrozenTrial, StudyDirection } from '../frozen-trial.js';
import { lastStep } from '../frozen-trial.js';
import type { StudyView } from '../study-view.js';
import type { Pruner } from './pruner.js';

export interface PercentilePrunerOptions {
  /** Trials before this many complete trials are never pruned (default 5). */
  nStartupTrials?: number;
  /** Steps before this one are never pruned (default 0). */
  nWarmupSteps?: number;
  /** Prune only at the first report in each interval of this many steps (default 1). */
  intervalSteps?: number;
  /** Complete trials that must have reported the step before it can prune (default 1). */
  nMinTrials?: number;
}

/**
 * Prunes a trial whose best intermediate value so far is worse than the given percentile of the
 * complete trials' values at the same step (Optuna's PercentilePruner).
 */
export class PercentilePruner implements Pruner {
  private readonly nStartupTrials: number;
  private readonly nWarmupSteps: number;
  private readonly intervalSteps: number;
  private readonly nMinTrials: number;

  constructor(
    private readonly percentile: number,
    options: PercentilePrunerOptions = {},
  ) {
    this.nStartupTrials = options.nStartupTrials ?? 5;
    this.nWarmupSteps = options.nWarmupSteps ?? 0;
    this.intervalSteps = options.intervalSteps ?? 1;
    this.nMinTrials = options.nMinTrials ?? 1;
    if (!(percentile >= 0 && percentile <= 100)) throw new RangeError(`percentile must be in [0, 100], got ${percentile}`);
    if (this.nStartupTrials < 0) throw new RangeError('nStartupTrials cannot be negative');
    if (this.nWarmupSteps < 0) throw new RangeError('nWarmupSteps cannot be negative');
    if (this.intervalSteps < 1) throw new RangeError('intervalSteps must be at least 1');
    if (this.nMinTrials < 1) throw new RangeError('nMinTrials must be at least 1');
  }

  prune(study: StudyView, trial: FrozenTrial): boolean {
    const completed = study.getTrials(['complete']);
    if (completed.length === 0 || completed.length < this.nStartupTrials) return false;
    const step = lastStep(trial);
    if (step === null || step < this.nWarmupSteps) return false;
    if (!isFirstInIntervalStep(step, trial.intermediateValues.keys(), this.nWarmupSteps, this.intervalSteps)) return false;
    const best = bestIntermediateValue(trial, study.direction);
    if (Number.isNaN(best)) return true;
    const threshold = percentileAtStep(completed, study.direction, step, this.percentile, this.nMinTrials);
    if (Number.isNaN(threshold)) return false;
    return study.direction === 'maximize' ? best < threshold : best > threshold;
  }
}

/** Whether no earlier report fell in the same pruning interval as `step`. */
function isFirstInIntervalStep(step: number, steps: Iterable<number>, warmup: number, interval: number): boolean {
  const nearestLowerPruningStep = Math.floor((step - warmup) / interval) * interval + warmup;
  let secondLast = -1;
  for (const s of steps) if (s > secondLast && s !== step) secondLast = s;
  return secondLast < nearestLowerPruningStep;
}

/** The best intermediate value ignoring NaN (NaN when all are NaN). */
function bestIntermediateValue(trial: FrozenTrial, direction: StudyDirection): number {
  let best = Number.NaN;
  for (const value of trial.intermediateValues.values()) {
    if (Number.isNaN(value)) continue;
    if (Number.isNaN(best) || (direction === 'maximize' ? value > best : value < best)) best = value;
  }
  return best;
}

function percentileAtStep(completed: readonly FrozenTrial[], direction: StudyDirection, step: number, percentile: number, nMinTrials: number): number {
  const values: number[] = [];
  for (const trial of completed) {
    const value = trial.intermediateValues.get(step);
    if (value !== undefined) values.push(value);
  }
  if (values.length < nMinTrials) return Number.NaN;
  return nanPercentile(values, direction === 'maximize' ? 100 - percentile : percentile);
}

/** numpy.nanpercentile with linear interpolation. */
export function nanPercentile(values: readonly number[], percentile: number): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const position = (percentile / 100) * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, sorted.length - 1);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

