import { describe, expect, it } from 'vitest';
import { Rng } from '../random/rng';
import { bootstrapIntervals, bootstrapIntervalsByCounts } from './bootstrap';
import { computeMetrics } from './compute-metrics';
import { binaryClfCurve } from './ranking';

function data(task: 'binary' | 'multiclass' | 'regression', n: number, seed: number): { yTrue: Float64Array; yScore: Float64Array; k: number } {
  const rng = Rng.fromSeed(seed);
  const k = task === 'multiclass' ? 3 : 1;
  const yTrue = new Float64Array(n);
  const yScore = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    if (task === 'regression') {
      yTrue[i] = rng.normal();
      yScore[i] = yTrue[i] + rng.normal();
    } else if (task === 'binary') {
      yTrue[i] = rng.nextInt(2);
      // Rounded scores: ties, which the weighted ROC path must group like the expanded one.
      yScore[i] = Math.round((0.3 * yTrue[i] + 0.7 * rng.nextFloat()) * 20) / 20;
    } else {
      yTrue[i] = rng.nextInt(3);
      let sum = 0;
      for (let j = 0; j < 3; j++) sum += yScore[i * 3 + j] = rng.nextFloat() + (j === yTrue[i] ? 0.5 : 0);
      for (let j = 0; j < 3; j++) yScore[i * 3 + j] /= sum;
    }
  }
  return { yTrue, yScore, k };
}

describe('bootstrapIntervalsByCounts', () => {
  for (const task of ['binary', 'multiclass', 'regression'] as const) {
    it(`gives the intervals of the expanded resamples (${task})`, () => {
      const { yTrue, yScore, k } = data(task, 300, 11);
      const numClasses = task === 'multiclass' ? k : undefined;
      const expanded = bootstrapIntervals((d) => computeMetrics({ task, yTrue: d.yTrue, yScore: d.yScore, numClasses }), { yTrue, yScore }, { rng: Rng.fromSeed(4), nResamples: 40 });
      const byCounts = bootstrapIntervalsByCounts((counts) => computeMetrics({ task, yTrue, yScore, numClasses, sampleWeight: counts }), 300, { rng: Rng.fromSeed(4), nResamples: 40 });
      expect(Object.keys(byCounts).sort()).toEqual(Object.keys(expanded).sort());
      for (const [name, interval] of Object.entries(expanded)) {
        expect(byCounts[name].estimate, name).toBeCloseTo(interval.estimate, 10);
        expect(byCounts[name].lower, name).toBeCloseTo(interval.lower, 10);
        expect(byCounts[name].upper, name).toBeCloseTo(interval.upper, 10);
        expect(byCounts[name].nValid, name).toBe(interval.nValid);
      }
    });
  }
});

describe('weighted binaryClfCurve on rows already in ascending score order', () => {
  it('gives the curve of the same rows in any order (ties included)', () => {
    const { yTrue, yScore } = data('binary', 400, 21);
    const rows = Array.from({ length: 400 }, (_, i) => i).sort((a, b) => yScore[a] - yScore[b] || a - b);
    const weight = Float64Array.from({ length: 400 }, (_, i) => i % 3);
    const sortedTrue = Float64Array.from(rows, (r) => yTrue[r]);
    const sortedScore = Float64Array.from(rows, (r) => yScore[r]);
    const sortedWeight = Float64Array.from(rows, (r) => weight[r]);
    const fromSorted = binaryClfCurve(sortedTrue, sortedScore, sortedWeight);
    const fromShuffled = binaryClfCurve(yTrue, yScore, weight);
    expect(Array.from(fromSorted.thresholds)).toEqual(Array.from(fromShuffled.thresholds));
    expect(Array.from(fromSorted.tps)).toEqual(Array.from(fromShuffled.tps));
    expect(Array.from(fromSorted.fps)).toEqual(Array.from(fromShuffled.fps));
  });
});
