import { describe, expect, it } from 'vitest';
import { predictGbdt, predictGbdtMargins, trainGbdt } from './index.js';
import { numericInfo, rocAuc, syntheticDataset } from './test-helpers.js';
import type { GbdtDataset } from './types.js';

const ds = (columns: number[][], label: number[]): GbdtDataset => ({ features: columns.map((c) => Float64Array.from(c)), label: Float64Array.from(label) });
const sigmoid = (m: number) => 1 / (1 + Math.exp(-m));

describe('trainGbdt: hand-computed rounds', () => {
  it('squared error, 2 rounds of stumps: leaves are -G/(H+lambda) of the residuals', async () => {
    // base = mean(y) = 2; round 1: g = [1, 1, -1, -1], h = 1, best cut x < 2.5, leaves -2/(2+1), +2/3
    // round 2: margins 4/3, 8/3 -> g = +-1/3 -> leaves -(2/3)/3 = -2/9, +2/9
    const data = ds([[1, 2, 3, 4]], [1, 1, 3, 3]);
    const model = await trainGbdt({
      train: data, featureInfo: numericInfo(1), objective: 'reg:squarederror', seed: 1,
      params: { n_estimators: 2, max_depth: 1, learning_rate: 1, reg_lambda: 1, min_child_weight: 0 },
    });
    expect(model.baseScore[0]).toBe(2);
    expect(model.trees[0].threshold[0]).toBe(2.5);
    expect(model.trees[0].value[1]).toBeCloseTo(-2 / 3, 12);
    expect(model.trees[0].value[2]).toBeCloseTo(2 / 3, 12);
    expect(model.trees[1].value[1]).toBeCloseTo(-2 / 9, 12);
    const p = predictGbdt(model, data.features);
    [10 / 9, 10 / 9, 26 / 9, 26 / 9].forEach((v, i) => expect(p[i]).toBeCloseTo(v, 12));
  });

  it('logistic, 2 rounds with learning rate 0.5: leaves -lr*G/(H+lambda) with h = p(1-p)', async () => {
    const data = ds([[1, 2, 3, 4]], [0, 0, 1, 1]);
    const model = await trainGbdt({
      train: data, featureInfo: numericInfo(1), objective: 'binary:logistic', seed: 1,
      params: { n_estimators: 2, max_depth: 1, learning_rate: 0.5, reg_lambda: 1, min_child_weight: 0 },
    });
    expect(model.baseScore[0]).toBeCloseTo(0, 12); // logit(0.5)
    // round 1: p = 0.5 -> left G = 2 * 0.5, H = 2 * 0.25 -> w = -1 / 1.5
    const w1 = -1 / 1.5;
    expect(model.trees[0].value[1]).toBeCloseTo(0.5 * w1, 12);
    // round 2: left margin m = 0.5 * w1, p = sigmoid(m), G = 2p, H = 2p(1-p)
    const p = sigmoid(0.5 * w1);
    const w2 = -(2 * p) / (2 * p * (1 - p) + 1);
    expect(model.trees[1].value[1]).toBeCloseTo(0.5 * w2, 12);
    expect(predictGbdtMargins(model, data.features)[0]).toBeCloseTo(0.5 * w1 + 0.5 * w2, 12);
  });
});

describe('trainGbdt: routing', () => {
  it('learns where missing values go', async () => {
    for (const missingLabel of [0, 1]) {
      const x: number[] = [];
      const y: number[] = [];
      for (let i = 0; i < 200; i++) {
        const missing = i % 5 === 0;
        x.push(missing ? NaN : (i % 40) - 20);
        y.push(missing ? missingLabel : (i % 40) - 20 >= 0 ? 1 : 0);
      }
      const model = await trainGbdt({ train: ds([x], y), featureInfo: numericInfo(1), objective: 'binary:logistic', seed: 3, params: { n_estimators: 5, max_depth: 1 } });
      expect(model.trees[0].defaultLeft[0]).toBe(missingLabel === 0);
      const p = predictGbdt(model, [Float64Array.of(NaN, -5, 5)]);
      expect(p[0] > 0.5).toBe(missingLabel === 1);
      expect(p[1]).toBeLessThan(0.5);
      expect(p[2]).toBeGreaterThan(0.5);
    }
  });

  it('splits categories into a set in one node (codes 0 and 2 vs 1 and 3)', async () => {
    const codes: number[] = [];
    const y: number[] = [];
    for (let i = 0; i < 400; i++) {
      codes.push(i % 4);
      y.push(i % 4 === 0 || i % 4 === 2 ? 1 : 0);
    }
    const model = await trainGbdt({
      train: ds([codes], y), featureInfo: { names: ['plan'], categorical: [true], categories: [['a', 'b', 'c', 'd']] },
      objective: 'binary:logistic', seed: 1, params: { n_estimators: 3, max_depth: 1, learning_rate: 1 },
    });
    expect(model.trees[0].feature[0]).toBe(0);
    expect(model.categories[0]).toEqual(['a', 'b', 'c', 'd']);
    const p = predictGbdt(model, [Float64Array.of(0, 1, 2, 3, NaN, 7)]);
    expect(p[0]).toBeGreaterThan(0.9);
    expect(p[2]).toBeGreaterThan(0.9);
    expect(p[1]).toBeLessThan(0.1);
    expect(p[3]).toBeLessThan(0.1);
  });
});

describe('trainGbdt: learning', () => {
  it('recovers a known decision boundary (x0 + x1 > 0.5 and a circle)', async () => {
    const label = (x: number[]) => (x[0] + x[1] > 0.5 || x[2] * x[2] + x[3] * x[3] < 0.3 ? 1 : 0);
    const train = syntheticDataset(4000, 5, 1, label);
    const test = syntheticDataset(2000, 5, 2, label);
    const model = await trainGbdt({ train, featureInfo: numericInfo(5), objective: 'binary:logistic', seed: 1, params: { n_estimators: 60, learning_rate: 0.3 } });
    const p = predictGbdt(model, test.features);
    let correct = 0;
    p.forEach((q, i) => { if ((q > 0.5 ? 1 : 0) === test.label[i]) correct++; });
    expect(correct / p.length).toBeGreaterThan(0.95);
    expect(rocAuc(test.label, p)).toBeGreaterThan(0.99);
  });

  it('multiclass: probabilities sum to 1 and blobs are separated', async () => {
    const label = (x: number[]) => (x[0] > 0.5 ? 2 : x[1] > 0 ? 1 : 0);
    const train = syntheticDataset(1500, 3, 5, label);
    const test = syntheticDataset(500, 3, 6, label);
    const model = await trainGbdt({ train, featureInfo: numericInfo(3), objective: 'multi:softmax', numClass: 3, seed: 1, params: { n_estimators: 30 } });
    expect(model.trees.length).toBe(90);
    const p = predictGbdt(model, test.features);
    let correct = 0;
    for (let i = 0; i < 500; i++) {
      const row = [p[3 * i], p[3 * i + 1], p[3 * i + 2]];
      expect(row[0] + row[1] + row[2]).toBeCloseTo(1, 12);
      if (row.indexOf(Math.max(...row)) === test.label[i]) correct++;
    }
    expect(correct / 500).toBeGreaterThan(0.95);
  });

  it('pseudo-Huber regression resists outliers better than squared error', async () => {
    const train = syntheticDataset(2000, 2, 7, (x, rng) => 3 * x[0] + (rng.nextFloat() < 0.05 ? 200 : 0));
    const test = syntheticDataset(500, 2, 8, (x) => 3 * x[0]);
    const error = async (objective: 'reg:squarederror' | 'reg:pseudohubererror') => {
      const model = await trainGbdt({ train, featureInfo: numericInfo(2), objective, seed: 1, params: { n_estimators: 80, huber_slope: 1, learning_rate: 0.3 } });
      const p = predictGbdt(model, test.features);
      return p.reduce((s, v, i) => s + Math.abs(v - test.label[i]), 0) / p.length;
    };
    expect(await error('reg:pseudohubererror')).toBeLessThan((await error('reg:squarederror')) / 2);
  });

  it('monotone constraints make predictions monotone in the constrained feature', async () => {
    const train = syntheticDataset(3000, 2, 9, (x, rng) => Math.sin(3 * x[0]) + x[0] + 0.3 * rng.normal());
    const model = await trainGbdt({ train, featureInfo: numericInfo(2), objective: 'reg:squarederror', seed: 1, params: { n_estimators: 40, monotone_constraints: [1, 0] } });
    const grid = Float64Array.from({ length: 200 }, (_, i) => -3 + (6 * i) / 199);
    for (const other of [-1, 0, 1]) {
      const p = predictGbdt(model, [grid, new Float64Array(200).fill(other)]);
      for (let i = 1; i < 200; i++) expect(p[i]).toBeGreaterThanOrEqual(p[i - 1] - 1e-12);
    }
  });

  it('lossguide respects max_leaves', async () => {
    const train = syntheticDataset(2000, 4, 10, (x) => (x[0] * x[1] > 0 ? 1 : 0));
    const model = await trainGbdt({ train, featureInfo: numericInfo(4), objective: 'binary:logistic', seed: 1, params: { n_estimators: 5, grow_policy: 'lossguide', max_leaves: 7, max_depth: 0 } });
    for (const tree of model.trees) expect(tree.feature.filter((f) => f < 0).length).toBeLessThanOrEqual(7);
    expect(model.trees[0].feature.filter((f) => f < 0).length).toBe(7);
  });

  it('rejects invalid params and labels with messages', async () => {
    const data = ds([[1, 2]], [0, 2]);
    await expect(trainGbdt({ train: data, featureInfo: numericInfo(1), objective: 'binary:logistic', seed: 1, params: {} })).rejects.toThrow(/label at row 1/);
    await expect(trainGbdt({ train: data, featureInfo: numericInfo(1), objective: 'reg:squarederror', seed: 1, params: { max_depth: -1 } })).rejects.toThrow(/max_depth/);
  });
});
