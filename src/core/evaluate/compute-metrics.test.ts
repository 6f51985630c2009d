import { describe, expect, it } from 'vitest';
import { computeMetrics, predictBinary } from './compute-metrics';
import { ALL_METRICS, METRICS_BY_TASK, isLowerBetterMetric } from './metric-names';
import { TASKS } from './task';

describe('computeMetrics', () => {
  it('treats a score equal to the threshold as negative', () => {
    expect(Array.from(predictBinary([0.5, 0.5000001, 0.4999], 0.5))).toEqual([0, 1, 0]);
    const m = computeMetrics({ task: 'binary', yTrue: [1, 0], yScore: [0.5, 0.2] });
    expect(m.recall).toBe(0);
    expect(m.accuracy).toBe(0.5);
    expect(computeMetrics({ task: 'binary', yTrue: [1, 0], yScore: [0.5, 0.2], threshold: 0.49 }).recall).toBe(1);
  });

  it('returns exactly the names listed for each task', () => {
    const binary = computeMetrics({ task: 'binary', yTrue: [0, 1, 1, 0], yScore: [0.1, 0.8, 0.4, 0.3] });
    expect(Object.keys(binary).sort()).toEqual([...METRICS_BY_TASK.binary].sort());
    const multi = computeMetrics({ task: 'multiclass', yTrue: [0, 1, 2], yScore: [0.8, 0.1, 0.1, 0.2, 0.7, 0.1, 0.3, 0.3, 0.4] });
    expect(Object.keys(multi).sort()).toEqual([...METRICS_BY_TASK.multiclass].sort());
    expect(multi.accuracy).toBe(1);
    expect(multi.roc_auc_ovr).toBe(1);
    const reg = computeMetrics({ task: 'regression', yTrue: [1, 2, 3], yPred: [1, 2, 4] });
    expect(Object.keys(reg).sort()).toEqual([...METRICS_BY_TASK.regression].sort());
    expect(TASKS).toEqual(['binary', 'multiclass', 'regression']);
    expect(new Set(ALL_METRICS).size).toBe(ALL_METRICS.length);
  });

  it('computes label metrics only from yPred when no scores are given', () => {
    const m = computeMetrics({ task: 'binary', yTrue: [0, 1, 1, 0], yPred: [0, 1, 0, 0] });
    expect(m.roc_auc).toBeUndefined();
    expect(m.log_loss).toBeUndefined();
    expect(m.precision).toBe(1);
    expect(m.recall).toBe(0.5);
  });

  it('breaks multiclass probability ties toward the first class, as np.argmax', () => {
    const m = computeMetrics({ task: 'multiclass', yTrue: [0, 1], yScore: [0.5, 0.5, 0.5, 0.5] });
    expect(m.accuracy).toBe(0.5);
  });

  it('rejects bad input with clear errors', () => {
    expect(() => computeMetrics({ task: 'binary', yTrue: [], yScore: [] })).toThrow(/empty/);
    expect(() => computeMetrics({ task: 'binary', yTrue: [0, 2], yScore: [0.1, 0.2] })).toThrow(/yTrue\[1\]/);
    expect(() => computeMetrics({ task: 'binary', yTrue: [0, 1], yScore: [0.1, 1.2] })).toThrow(/probability/);
    expect(() => computeMetrics({ task: 'binary', yTrue: [0, 1], yScore: [0.1, NaN] })).toThrow(/probability/);
    expect(() => computeMetrics({ task: 'binary', yTrue: [0, 1], yScore: [0.1] })).toThrow(/entries/);
    expect(() => computeMetrics({ task: 'binary', yTrue: [0, 1], yScore: [0.1, 0.9], sampleWeight: [1, -1] })).toThrow(/sampleWeight/);
    expect(() => computeMetrics({ task: 'multiclass', yTrue: [0, 1], yScore: [0.5, 0.6, 0.5, 0.5] })).toThrow(/sums to/);
    expect(() => computeMetrics({ task: 'binary', yTrue: [0, 1] })).toThrow(/yScore or yPred/);
    // @ts-expect-error an unknown task is a runtime error too
    expect(() => computeMetrics({ task: 'ranking', yTrue: [0], yPred: [0] })).toThrow(/unknown task/);
  });

  it('knows which metrics are better lower', () => {
    expect(isLowerBetterMetric('log_loss')).toBe(true);
    expect(isLowerBetterMetric('rmse')).toBe(true);
    expect(isLowerBetterMetric('roc_auc')).toBe(false);
  });
});

describe('computeMetrics({ only })', () => {
  it('computes just the requested metrics, with the same values', () => {
    const input = { task: 'binary' as const, yTrue: [0, 1, 1, 0, 1], yScore: [0.2, 0.7, 0.4, 0.6, 0.9] };
    const all = computeMetrics(input);
    expect(computeMetrics({ ...input, only: ['f1', 'roc_auc'] })).toEqual({ roc_auc: all.roc_auc, f1: all.f1 });
    const reg = computeMetrics({ task: 'regression', yTrue: [1, 2, 3], yPred: [1, 2, 4], only: ['mae'] });
    expect(Object.keys(reg)).toEqual(['mae']);
  });
});

describe('computeMetrics on large inputs', () => {
  it('infers k from labels without spreading big arrays', () => {
    const n = 300_000;
    const yTrue = new Float64Array(n).map((_, i) => i % 3);
    const yPred = new Float64Array(n).map((_, i) => (i % 5 === 0 ? 0 : i % 3));
    const m = computeMetrics({ task: 'multiclass', yTrue, yPred });
    expect(m.accuracy).toBeGreaterThan(0.7);
  });
});
