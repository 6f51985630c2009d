import { describe, expect, it } from 'vitest';
import { Rng } from '../random/rng';
import { rankAuc } from './rank-auc';

/** Brute force: the share of (positive, negative) pairs ordered right, ties counting one half. */
function pairwiseAuc(scores: number[], labels: number[]): number {
  let right = 0;
  let pairs = 0;
  for (let i = 0; i < scores.length; i++) {
    for (let j = 0; j < scores.length; j++) {
      if (labels[i] !== 1 || labels[j] !== 0) continue;
      pairs++;
      right += scores[i] > scores[j] ? 1 : scores[i] === scores[j] ? 0.5 : 0;
    }
  }
  return right / pairs;
}

describe('rankAuc', () => {
  it('equals the pairwise definition, ties included', () => {
    const rng = Rng.fromSeed(5);
    for (let trial = 0; trial < 20; trial++) {
      const n = 5 + rng.nextInt(60);
      const labels = Array.from({ length: n }, () => rng.nextInt(2));
      labels[0] = 0;
      labels[1] = 1;
      const scores = Array.from({ length: n }, () => rng.nextInt(8));
      expect(rankAuc(scores, labels)).toBeCloseTo(pairwiseAuc(scores, labels), 12);
    }
  });

  it('leaves out NaN scores and gives NaN without both classes', () => {
    expect(rankAuc([0.1, NaN, 0.9], [0, 0, 1])).toBe(1);
    expect(rankAuc([1, 2], [1, 1])).toBeNaN();
  });
});
