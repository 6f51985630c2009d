import { describe, expect, it } from 'vitest';
import { Rng } from '../random/rng';
import { computeMetrics, predictBinary } from './compute-metrics';
import { latencySummary } from './latency';
import type { CostMatrix } from './thresholds';
import { businessMetrics, chooseThreshold, nextDown } from './thresholds';

function data(seed: number, n: number): { yTrue: number[]; yScore: number[] } {
  const rng = Rng.fromSeed(seed);
  const yTrue = Array.from({ length: n }, () => (rng.nextFloat() < 0.3 ? 1 : 0));
  // scores on a 0.05 grid: plenty of ties
  const yScore = yTrue.map((y) => Math.round(Math.min(1, Math.max(0, 0.3 + 0.25 * y + 0.2 * rng.normal())) * 20) / 20);
  return { yTrue, yScore };
}

/** Every distinct prediction a threshold can make: just below each distinct score, and the top score. */
function allCuts(yScore: number[]): number[] {
  const distinct = [...new Set(yScore)].sort((a, b) => b - a);
  return [distinct[0], ...distinct.map((s) => nextDown(s))];
}

const costOf = (yTrue: number[], yPred: ArrayLike<number>, c: CostMatrix): number => businessMetrics(yTrue, yPred, c).expected_cost_per_1000;

describe('chooseThreshold', () => {
  const { yTrue, yScore } = data(1, 400);

  it('max_f1 finds the best F1 over every possible cut', () => {
    const choice = chooseThreshold(yTrue, yScore, { strategy: 'max_f1' });
    const best = Math.max(...allCuts(yScore).map((t) => computeMetrics({ task: 'binary', yTrue, yScore, threshold: t }).f1));
    const at = computeMetrics({ task: 'binary', yTrue, yScore, threshold: choice.threshold });
    expect(at.f1).toBeCloseTo(best, 12);
    expect(choice.f1).toBeCloseTo(best, 12);
    expect(choice.precision).toBeCloseTo(at.precision, 12);
    expect(choice.recall).toBeCloseTo(at.recall, 12);
    // halfway between two distinct scores on the 0.05 grid
    expect(Math.round(choice.threshold * 40) % 2).toBe(1);
  });

  it('target_recall takes the highest threshold reaching the recall', () => {
    const choice = chooseThreshold(yTrue, yScore, { strategy: 'target_recall', targetRecall: 0.9 });
    expect(choice.achieved).toBe(true);
    const at = computeMetrics({ task: 'binary', yTrue, yScore, threshold: choice.threshold });
    expect(at.recall).toBeGreaterThanOrEqual(0.9);
    const positives = (t: number): number => predictBinary(yScore, t).reduce((a, b) => a + b, 0);
    const higher = allCuts(yScore).filter((t) => positives(t) < positives(choice.threshold));
    expect(higher.length).toBeGreaterThan(0);
    for (const t of higher) expect(computeMetrics({ task: 'binary', yTrue, yScore, threshold: t }).recall).toBeLessThan(0.9);
    const all = chooseThreshold(yTrue, yScore, { strategy: 'target_recall', targetRecall: 1 });
    expect(computeMetrics({ task: 'binary', yTrue, yScore, threshold: all.threshold }).recall).toBe(1);
  });

  it('min_cost finds the cheapest cut', () => {
    const costs = { false_positive_cost: 1, false_negative_cost: 5, true_positive_value: 2 };
    const choice = chooseThreshold(yTrue, yScore, { strategy: 'min_cost', costs });
    const profit = (t: number): number => businessMetrics(yTrue, predictBinary(yScore, t), costs).expected_profit_per_1000;
    const best = Math.max(...allCuts(yScore).map(profit));
    expect(profit(choice.threshold)).toBeCloseTo(best, 9);
    expect(choice.expected_cost_per_1000).toBeCloseTo(costOf(yTrue, predictBinary(yScore, choice.threshold), costs), 9);
    // expensive false positives push the threshold up
    const strict = chooseThreshold(yTrue, yScore, { strategy: 'min_cost', costs: { false_positive_cost: 50, false_negative_cost: 1 } });
    expect(strict.threshold).toBeGreaterThan(choice.threshold);
  });

  it('handles the extremes and rejects bad options', () => {
    expect(chooseThreshold([0, 0], [0.2, 0.4], { strategy: 'max_f1' }).threshold).toBe(0.4);
    expect(chooseThreshold([1, 1], [0.2, 0.4], { strategy: 'target_recall', targetRecall: 1 }).threshold).toBe(nextDown(0.2));
    expect(chooseThreshold([0, 0], [0.2, 0.4], { strategy: 'target_recall', targetRecall: 0.5 }).achieved).toBe(false);
    expect(() => chooseThreshold([0, 1], [0.2, 0.4], { strategy: 'target_recall' })).toThrow(/targetRecall/);
    expect(() => chooseThreshold([0, 1], [0.2, 0.4], { strategy: 'min_cost' })).toThrow(/costs/);
    expect(nextDown(1)).toBe(1 - Number.EPSILON / 2);
    expect(nextDown(0.5)).toBeLessThan(0.5);
    expect(nextDown(-1)).toBeLessThan(-1);
  });
});

describe('businessMetrics', () => {
  it('counts costs and profit per 1,000 predictions', () => {
    // TP 2, FP 1, FN 1, TN 4 over 8 rows
    const b = businessMetrics([1, 1, 1, 0, 0, 0, 0, 0], [1, 1, 0, 1, 0, 0, 0, 0], { false_positive_cost: 10, false_negative_cost: 100, true_positive_value: 50 });
    expect([b.true_positives, b.false_positives, b.false_negatives, b.true_negatives]).toEqual([2, 1, 1, 4]);
    expect(b.expected_cost_per_1000).toBe((110 / 8) * 1000);
    expect(b.expected_profit_per_1000).toBe(((100 - 110) / 8) * 1000);
  });
});

describe('latencySummary', () => {
  it('uses numpy linear percentiles', () => {
    const s = latencySummary([10, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(s.latency_p50_ms).toBe(5.5); // np.percentile(range(1, 11), 50)
    expect(s.latency_p95_ms).toBeCloseTo(9.55, 12);
    expect(s.latency_p99_ms).toBeCloseTo(9.91, 12);
    expect(s.latency_max_ms).toBe(10);
    expect(s.throughput_per_s).toBeCloseTo(1000 / 5.5, 9);
    expect(latencySummary([4, 4], { batchSize: 32 }).throughput_per_s).toBe(8000);
    expect(() => latencySummary([])).toThrow(/at least one/);
    expect(() => latencySummary([1, -2])).toThrow(/timingsMs\[1\]/);
  });
});
