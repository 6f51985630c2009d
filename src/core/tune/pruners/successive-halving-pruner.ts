import type { FrozenTrial, StudyDirection } from '../frozen-trial.js';
import { lastStep } from '../frozen-trial.js';
import type { StudyView } from '../study-view.js';
import type { Pruner } from './pruner.js';

export interface SuccessiveHalvingPrunerOptions {
  /** Steps of the first rung, or 'auto': 1/100 of the longest complete trial (default 'auto'). */
  minResource?: number | 'auto';
  /** Keep the top 1/reductionFactor at each rung (default 4). */
  reductionFactor?: number;
  /** Shifts the first rung to minResource * reductionFactor^rate (default 0). */
  minEarlyStoppingRate?: number;
  /** Trials that must have reached a rung before anything is promoted past it (default 0). */
  bootstrapCount?: number;
}

/** The system attribute that records a trial's value at a rung it completed. */
export function completedRungKey(rung: number): string {
  return `completed_rung_${rung}`;
}

/**
 * Asynchronous successive halving (ASHA; Li et al. 2018, as Optuna implements it): at each rung
 * (minResource * reductionFactor^(rate + rung) steps) a trial continues only if its value is in the
 * top 1/reductionFactor of all values recorded at that rung so far.
 */
export class SuccessiveHalvingPruner implements Pruner {
  private minResource: number | null;
  private readonly reductionFactor: number;
  private readonly minEarlyStoppingRate: number;
  private readonly bootstrapCount: number;

  constructor(options: SuccessiveHalvingPrunerOptions = {}) {
    const minResource = options.minResource ?? 'auto';
    this.reductionFactor = options.reductionFactor ?? 4;
    this.minEarlyStoppingRate = options.minEarlyStoppingRate ?? 0;
    this.bootstrapCount = options.bootstrapCount ?? 0;
    if (minResource !== 'auto' && !(Number.isInteger(minResource) && minResource >= 1)) throw new RangeError('minResource must be an integer >= 1 or "auto"');
    if (!(this.reductionFactor >= 2)) throw new RangeError('reductionFactor must be >= 2');
    if (this.minEarlyStoppingRate < 0) throw new RangeError('minEarlyStoppingRate cannot be negative');
    if (this.bootstrapCount < 0) throw new RangeError('bootstrapCount cannot be negative');
    if (this.bootstrapCount > 0 && minResource === 'auto') throw new RangeError('bootstrapCount > 0 needs an explicit minResource');
    this.minResource = minResource === 'auto' ? null : minResource;
  }

  prune(study: StudyView, trial: FrozenTrial): boolean {
    const step = lastStep(trial);
    if (step === null) return false;
    let rung = currentRung(trial);
    const value = trial.intermediateValues.get(step) as number;
    for (;;) {
      if (this.minResource === null) {
        this.minResource = estimateMinResource(study.getTrials(['complete']));
        if (this.minResource === null) return false;
      }
      const promotionStep = this.minResource * this.reductionFactor ** (this.minEarlyStoppingRate + rung);
      if (step < promotionStep) return false;
      if (Number.isNaN(value)) return true;
      const key = completedRungKey(rung);
      study.setTrialSystemAttr(trial.number, key, value);
      const competing = competingValues(study.getTrials(), trial.number, key, value);
      if (competing.length <= this.bootstrapCount) return true;
      if (!isPromotable(value, competing, this.reductionFactor, study.direction)) return true;
      rung += 1;
    }
  }
}

function estimateMinResource(completed: readonly FrozenTrial[]): number | null {
  let longest: number | null = null;
  for (const trial of completed) {
    const step = lastStep(trial);
    if (step !== null && (longest === null || step > longest)) longest = step;
  }
  return longest === null ? null : Math.max(Math.floor(longest / 100), 1);
}

function currentRung(trial: FrozenTrial): number {
  let rung = 0;
  while (completedRungKey(rung) in trial.systemAttrs) rung += 1;
  return rung;
}

/** Values other trials recorded at the rung, plus this trial's. */
function competingValues(trials: readonly FrozenTrial[], self: number, key: string, value: number): number[] {
  const values: number[] = [];
  for (const trial of trials) {
    if (trial.number === self) continue;
    const recorded = trial.systemAttrs[key];
    if (typeof recorded === 'number') values.push(recorded);
  }
  values.push(value);
  return values;
}

function isPromotable(value: number, competing: number[], reductionFactor: number, direction: StudyDirection): boolean {
  const promotableIndex = Math.max(Math.floor(competing.length / reductionFactor) - 1, 0);
  competing.sort((a, b) => a - b);
  if (direction === 'maximize') return value >= competing[competing.length - 1 - promotableIndex];
  return value <= competing[promotableIndex];
}
