import type { FrozenTrial, TrialState } from '../frozen-trial.js';
import { lastStep } from '../frozen-trial.js';
import type { StudyView } from '../study-view.js';
import type { Pruner } from './pruner.js';
import { SuccessiveHalvingPruner } from './successive-halving-pruner.js';

export interface HyperbandPrunerOptions {
  /** Steps of the first rung of the most aggressive bracket (default 1). */
  minResource?: number;
  /** Steps of a full trial, or 'auto': the longest complete trial + 1 (default 'auto'). */
  maxResource?: number | 'auto';
  /** Default 3. */
  reductionFactor?: number;
  bootstrapCount?: number;
}

/**
 * Hyperband (Li et al. 2017) as Optuna runs it: several successive-halving brackets with
 * different aggressiveness; a trial's bracket is a hash (CRC-32) of the study name and its number,
 * weighted by each bracket's trial budget, and it competes only with trials of its bracket.
 */
export class HyperbandPruner implements Pruner {
  private readonly minResource: number;
  private maxResource: number | 'auto';
  private readonly reductionFactor: number;
  private readonly bootstrapCount: number;
  private readonly pruners: SuccessiveHalvingPruner[] = [];
  private readonly budgets: number[] = [];
  private totalBudget = 0;

  constructor(options: HyperbandPrunerOptions = {}) {
    this.minResource = options.minResource ?? 1;
    this.maxResource = options.maxResource ?? 'auto';
    this.reductionFactor = options.reductionFactor ?? 3;
    this.bootstrapCount = options.bootstrapCount ?? 0;
    if (this.bootstrapCount > 0 && this.maxResource === 'auto') throw new RangeError('bootstrapCount > 0 needs an explicit maxResource');
  }

  /** Number of brackets, once known (max resource measured or given). */
  get nBrackets(): number {
    return this.pruners.length;
  }

  prune(study: StudyView, trial: FrozenTrial): boolean {
    if (this.pruners.length === 0) {
      this.initialize(study);
      if (this.pruners.length === 0) return false;
    }
    const bracket = this.bracketOf(study.studyName, trial.number);
    return this.pruners[bracket].prune(this.bracketView(study, bracket), trial);
  }

  /** The bracket a trial belongs to (0 = most aggressive). */
  bracketOf(studyName: string, trialNumber: number): number {
    if (this.pruners.length === 0) return 0;
    let n = crc32(`${studyName}_${trialNumber}`) % this.totalBudget;
    for (let bracket = 0; bracket < this.budgets.length; bracket++) {
      n -= this.budgets[bracket];
      if (n < 0) return bracket;
    }
    return this.budgets.length - 1;
  }

  private initialize(study: StudyView): void {
    if (this.maxResource === 'auto') {
      let longest: number | null = null;
      for (const trial of study.getTrials(['complete'])) {
        const step = lastStep(trial);
        if (step !== null && (longest === null || step > longest)) longest = step;
      }
      if (longest === null) return;
      this.maxResource = longest + 1;
    }
    const nBrackets = Math.floor(Math.log(this.maxResource / this.minResource) / Math.log(this.reductionFactor) + 1e-9) + 1;
    for (let bracket = 0; bracket < nBrackets; bracket++) {
      const s = nBrackets - 1 - bracket;
      const budget = Math.ceil((nBrackets * this.reductionFactor ** s) / (s + 1));
      this.budgets.push(budget);
      this.totalBudget += budget;
      this.pruners.push(
        new SuccessiveHalvingPruner({
          minResource: this.minResource,
          reductionFactor: this.reductionFactor,
          minEarlyStoppingRate: bracket,
          bootstrapCount: this.bootstrapCount,
        }),
      );
    }
  }

  private bracketView(study: StudyView, bracket: number): StudyView {
    return {
      studyName: study.studyName,
      direction: study.direction,
      getTrials: (states?: readonly TrialState[]) => study.getTrials(states).filter((t) => this.bracketOf(study.studyName, t.number) === bracket),
      setTrialSystemAttr: (number, key, value) => study.setTrialSystemAttr(number, key, value),
      stop: (reason) => study.stop(reason),
    };
  }
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, as Python's binascii.crc32) of a string's UTF-8 bytes. */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (const byte of new TextEncoder().encode(text)) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
