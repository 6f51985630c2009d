import { describe, expect, it } from 'vitest';
import { StudyBuilder } from '../testing/study-builder.js';
import { HyperbandPruner } from './hyperband-pruner.js';
import { MedianPruner } from './median-pruner.js';
import { NopPruner } from './nop-pruner.js';
import { PercentilePruner } from './percentile-pruner.js';
import type { Pruner } from './pruner.js';
import { SuccessiveHalvingPruner } from './successive-halving-pruner.js';

const PRUNERS: Record<string, () => Pruner> = {
  nop: () => new NopPruner(),
  median: () => new MedianPruner({ nStartupTrials: 2 }),
  'percentile 10': () => new PercentilePruner(10, { nStartupTrials: 2 }),
  'successive halving': () => new SuccessiveHalvingPruner({ minResource: 1, reductionFactor: 2 }),
  hyperband: () => new HyperbandPruner({ minResource: 1, maxResource: 16, reductionFactor: 2 }),
};

/** Ten complete trials with decreasing (minimize) curves over 16 steps, each worse than the last. */
function history(direction: 'minimize' | 'maximize'): StudyBuilder {
  const study = new StudyBuilder(direction);
  const sign = direction === 'minimize' ? 1 : -1;
  for (let i = 0; i < 10; i++) study.add('complete', Array.from({ length: 16 }, (_, s) => sign * (10 + i - s * 0.1)));
  return study;
}

describe.each(Object.entries(PRUNERS))('pruner contract: %s', (_name, makePruner) => {
  it('never prunes a trial that has reported nothing, or in an empty study', () => {
    const study = history('minimize');
    expect(makePruner().prune(study, study.add('running', []))).toBe(false);
    const empty = new StudyBuilder();
    expect(makePruner().prune(empty, empty.add('running', [1, 2, 3]))).toBe(false);
  });

  it.each(['minimize', 'maximize'] as const)('never prunes a trial that is best at every step (%s)', (direction) => {
    const study = history(direction);
    const pruner = makePruner();
    const sign = direction === 'minimize' ? 1 : -1;
    const trial = study.add('running', []);
    for (let step = 0; step < 16; step++) {
      const reported = study.report(trial.number, step, sign * (step * -0.1));
      expect(pruner.prune(study, reported)).toBe(false);
    }
  });

  it('gives the same decision for the same history', () => {
    const decide = (): boolean[] => {
      const study = history('minimize');
      const pruner = makePruner();
      return Array.from({ length: 6 }, (_, i) => pruner.prune(study, study.add('running', Array.from({ length: 4 }, () => 12 + i))));
    };
    expect(decide()).toEqual(decide());
  });
});

describe('pruners prune clearly bad trials', () => {
  it.each(Object.entries(PRUNERS).filter(([name]) => name !== 'nop'))('%s', (_name, makePruner) => {
    // The history runs through the pruner, as in a study (ASHA records rung values on the way).
    const study = new StudyBuilder();
    const pruner = makePruner();
    for (let i = 0; i < 10; i++) {
      const running = study.add('running', []);
      for (let step = 0; step < 16; step++) pruner.prune(study, study.report(running.number, step, 10 - step * 0.1));
      study.complete(running.number);
    }
    const trial = study.add('running', []);
    let pruned = false;
    for (let step = 0; step < 16 && !pruned; step++) pruned = pruner.prune(study, study.report(trial.number, step, 1000));
    expect(pruned).toBe(true);
  });
});
