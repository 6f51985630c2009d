import { describe, expect, it } from 'vitest';
import { StudyBuilder } from '../testing/study-builder.js';
import { crc32, HyperbandPruner } from './hyperband-pruner.js';
import { MedianPruner } from './median-pruner.js';
import { nanPercentile, PercentilePruner } from './percentile-pruner.js';
import { completedRungKey, SuccessiveHalvingPruner } from './successive-halving-pruner.js';

/** Five complete minimizing trials: at step s their values are s-th entries of these curves. */
function studyWithFiveComplete(direction: 'minimize' | 'maximize' = 'minimize'): StudyBuilder {
  const study = new StudyBuilder(direction);
  for (const curve of [
    [10, 8, 6],
    [9, 7, 5],
    [8, 6, 4],
    [7, 5, 3],
    [6, 4, 2],
  ]) {
    study.add('complete', curve);
  }
  return study;
}

describe('MedianPruner', () => {
  it('prunes a trial whose best value is worse than the median at its step, not one at the median', () => {
    const study = studyWithFiveComplete();
    const pruner = new MedianPruner();
    // median at step 0 is 8
    expect(pruner.prune(study, study.add('running', [8.5]))).toBe(true);
    expect(pruner.prune(study, study.add('running', [8]))).toBe(false);
    // best over steps counts: 5 at step 0 then 9 at step 1 (median 6) -> best 5 < 6, kept
    expect(pruner.prune(study, study.add('running', [5, 9]))).toBe(false);
  });

  it('never prunes before nStartupTrials complete trials, or before the warm-up', () => {
    const study = studyWithFiveComplete();
    expect(new MedianPruner({ nStartupTrials: 6 }).prune(study, study.add('running', [100]))).toBe(false);
    const warm = new MedianPruner({ nWarmupSteps: 2 });
    expect(warm.prune(study, study.add('running', [100, 100]))).toBe(false);
    expect(warm.prune(study, study.add('running', [100, 100, 100]))).toBe(true);
  });

  it('checks only the first report of each interval', () => {
    const study = studyWithFiveComplete();
    const pruner = new MedianPruner({ intervalSteps: 2 });
    expect(pruner.prune(study, study.add('running', [100]))).toBe(true); // step 0 opens interval [0, 2)
    expect(pruner.prune(study, study.add('running', [5, 100]))).toBe(false); // step 1 is not the interval's first
    expect(pruner.prune(study, study.add('running', [[0, 100], [2, 100]]))).toBe(true);
  });

  it('needs nMinTrials complete trials at the step', () => {
    const study = studyWithFiveComplete();
    study.add('complete', [[0, 1], [7, 1]]);
    expect(new MedianPruner({ nMinTrials: 2 }).prune(study, study.add('running', [[7, 100]]))).toBe(false);
    expect(new MedianPruner({ nMinTrials: 1 }).prune(study, study.add('running', [[7, 100]]))).toBe(true);
  });

  it('prunes a trial that reported only NaN, and mirrors for maximize', () => {
    const study = studyWithFiveComplete();
    expect(new MedianPruner().prune(study, study.add('running', [Number.NaN]))).toBe(true);
    const max = studyWithFiveComplete('maximize');
    expect(new MedianPruner().prune(max, max.add('running', [7.5]))).toBe(true);
    expect(new MedianPruner().prune(max, max.add('running', [8.5]))).toBe(false);
  });
});

describe('PercentilePruner', () => {
  it('uses numpy.nanpercentile linear interpolation', () => {
    // numpy.nanpercentile([1, 2, 3, 4, nan], 25) == 1.75
    expect(nanPercentile([1, 2, 3, 4, Number.NaN], 25)).toBe(1.75);
    expect(nanPercentile([5], 90)).toBe(5);
  });

  it('prunes below the 25th percentile for minimize (step 0 values 6..10: threshold 7)', () => {
    const study = studyWithFiveComplete();
    const pruner = new PercentilePruner(25);
    expect(pruner.prune(study, study.add('running', [7.5]))).toBe(true);
    expect(pruner.prune(study, study.add('running', [7]))).toBe(false);
    expect(() => new PercentilePruner(101)).toThrow(RangeError);
  });
});

describe('SuccessiveHalvingPruner', () => {
  it('promotes the top 1/reductionFactor at each rung and records rung values', () => {
    const study = new StudyBuilder();
    const pruner = new SuccessiveHalvingPruner({ minResource: 1, reductionFactor: 2 });
    // rung 0 at step 1, rung 1 at step 2, rung 2 at step 4
    const first = study.add('running', [0, 5]);
    expect(pruner.prune(study, first)).toBe(false); // alone at rung 0: promotable
    expect(study.trials[0].systemAttrs[completedRungKey(0)]).toBe(5);
    const second = study.add('running', [0, 7]);
    // competing [5, 7]: promotable index floor(2/2)-1 = 0 -> needs <= 5
    expect(pruner.prune(study, second)).toBe(true);
    const third = study.add('running', [0, 4]);
    expect(pruner.prune(study, third)).toBe(false);
  });

  it('waits for a rung before deciding and estimates minResource from complete trials', () => {
    const study = new StudyBuilder();
    const pruner = new SuccessiveHalvingPruner();
    expect(pruner.prune(study, study.add('running', [1, 1]))).toBe(false); // no complete trial: no estimate
    study.add('complete', Array.from({ length: 400 }, (_, i) => 1 / (i + 1))); // last step 399 -> minResource 3
    expect(pruner.prune(study, study.add('running', [9, 9, 9]))).toBe(false); // step 2 < rung 0 at step 3
    expect(new SuccessiveHalvingPruner({ minResource: 1 }).prune(study, study.add('running', [Number.NaN, Number.NaN]))).toBe(true);
  });
});

describe('HyperbandPruner', () => {
  it('hashes trials into brackets as Optuna 3.1 does', () => {
    // binascii.crc32(b"study_0") == 368277276, b"study_1" == 1660176266 (Python 3.11)
    expect(crc32('study_0')).toBe(368277276);
    expect(crc32('study_1')).toBe(1660176266);
    const study = new StudyBuilder('minimize', 'study');
    const pruner = new HyperbandPruner({ minResource: 1, maxResource: 100, reductionFactor: 3 });
    pruner.prune(study, study.add('running', [1]));
    expect(pruner.nBrackets).toBe(5);
    // Optuna 3.1 HyperbandPruner(1, 100, 3)._get_bracket_id for trials 0..19 of study "study"
    const expected = [1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 2, 0, 1, 0, 1, 0];
    expect(expected.map((_, n) => pruner.bracketOf('study', n))).toEqual(expected);
  });

  it('lets trials compete only inside their bracket', () => {
    const study = new StudyBuilder('minimize', 'study');
    const pruner = new HyperbandPruner({ minResource: 1, maxResource: 9, reductionFactor: 3 });
    // Trials 1..7 fall in bracket 0 or 1; each reports a worse value than the last at step 1.
    const decisions: boolean[] = [];
    for (let i = 0; i < 12; i++) decisions.push(pruner.prune(study, study.add('running', [0, i])));
    const bracketZero = decisions.filter((_, n) => pruner.bracketOf('study', n) === 0);
    expect(bracketZero[0]).toBe(false);
    expect(bracketZero.slice(1).some((d) => d)).toBe(true);
  });
});
