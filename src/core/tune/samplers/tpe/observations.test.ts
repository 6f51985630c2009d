import { describe, expect, it } from 'vitest';
import { floatDistribution } from '../../distributions.js';
import type { FrozenTrial } from '../../frozen-trial.js';
import { StudyBuilder } from '../../testing/study-builder.js';
import { collectObservations, splitObservations } from './observations.js';

const X = floatDistribution(0, 10);

function withX(trial: FrozenTrial, x: number | null): FrozenTrial {
  return x === null ? trial : { ...trial, params: { x }, distributions: { x: X } };
}

describe('TPE observations', () => {
  it('ranks complete trials by value, then pruned ones deeper first, then running liars', () => {
    const study = new StudyBuilder('minimize');
    const trials = [
      withX(study.add('complete', [], 3), 1),
      withX(study.add('pruned', [9, 8, 7]), 2), // reached step 2
      withX(study.add('complete', [], 1), 3),
      withX(study.add('pruned', [1]), 4), // reached step 0
      withX(study.add('running', []), 5),
      withX(study.add('fail', []), 6),
      study.add('complete', [], 0), // lacks x
    ];
    const space = [['x', X]] as const;
    const plain = collectObservations(trials, 'minimize', space, false);
    expect(plain.nFinished).toBe(5);
    expect(Array.from(plain.values.get('x') ?? [])).toEqual([1, 2, 3, 4, Number.NaN]);
    // order by (step, loss): trial 6 (0), trial 2 (1), trial 0 (3), pruned at step 2, pruned at step 0
    expect(splitObservations(plain.scores, 2)).toEqual({ below: [2, 4], above: [0, 1, 3] });

    const liar = collectObservations(trials, 'minimize', space, true);
    expect(liar.nFinished).toBe(5);
    expect(Array.from(liar.values.get('x') ?? [])).toEqual([1, 2, 3, 4, 5, Number.NaN]);
    const { above } = splitObservations(liar.scores, 5);
    expect(above).toEqual([4]); // the running trial ranks last
  });

  it('flips the sign for maximize and treats NaN intermediate values as worst', () => {
    const study = new StudyBuilder('maximize');
    const trials = [withX(study.add('complete', [], 1), 1), withX(study.add('complete', [], 5), 2), withX(study.add('pruned', [Number.NaN]), 3), withX(study.add('pruned', [0.5]), 4)];
    const { scores } = collectObservations(trials, 'maximize', [['x', X]], false);
    expect(splitObservations(scores, 1).below).toEqual([1]);
    expect(splitObservations(scores, 3).above).toEqual([2]);
  });
});
