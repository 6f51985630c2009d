import { describe, expect, it } from 'vitest';
import { Rng } from '../../random/rng.js';
import { categoricalDistribution, floatDistribution } from '../distributions.js';
import type { FrozenTrial } from '../frozen-trial.js';
import { emptyTrial } from '../frozen-trial.js';
import { treeMainEffects } from './fanova.js';
import { paramImportances } from './param-importances.js';
import type { TreeNode } from './regression-forest.js';

describe('treeMainEffects', () => {
  it('equals main-effect variances computed by brute force on a grid', () => {
    // f = x <= 0.5 ? (y <= 0.25 ? 0 : 2) : 4 on [0, 1] x [0, 1]
    const tree: TreeNode = {
      leaf: false,
      feature: 0,
      threshold: 0.5,
      left: { leaf: false, feature: 1, threshold: 0.25, left: { leaf: true, value: 0 }, right: { leaf: true, value: 2 } },
      right: { leaf: true, value: 4 },
    };
    const f = (x: number, y: number): number => (x <= 0.5 ? (y <= 0.25 ? 0 : 2) : 4);
    const n = 400;
    const grid = Array.from({ length: n }, (_, i) => (i + 0.5) / n);
    const values = grid.flatMap((x) => grid.map((y) => f(x, y)));
    const mu = values.reduce((a, b) => a + b, 0) / values.length;
    const total = values.reduce((a, v) => a + (v - mu) ** 2, 0) / values.length;
    const marginalVariance = (axis: 0 | 1): number => {
      const marginals = grid.map((u) => grid.reduce((s, v) => s + (axis === 0 ? f(u, v) : f(v, u)), 0) / n);
      return marginals.reduce((a, m) => a + (m - mu) ** 2, 0) / n;
    };
    const effects = treeMainEffects(tree, Float64Array.of(0, 0), Float64Array.of(1, 1)) as Float64Array;
    expect(effects[0]).toBeCloseTo(marginalVariance(0) / total, 6);
    expect(effects[1]).toBeCloseTo(marginalVariance(1) / total, 6);
    expect(treeMainEffects({ leaf: true, value: 3 }, Float64Array.of(0), Float64Array.of(1))).toBeNull();
  });
});

describe('paramImportances', () => {
  it('ranks the parameter that drives the objective first and sums to 1', () => {
    const rng = Rng.fromSeed(3);
    const space = { x: floatDistribution(0, 1), lr: floatDistribution(1e-4, 1, { log: true }), c: categoricalDistribution(['a', 'b']) };
    const trials: FrozenTrial[] = Array.from({ length: 60 }, (_, i) => {
      const params = { x: rng.nextFloat(), lr: Math.exp(rng.uniform(Math.log(1e-4), 0)), c: rng.nextInt(2) === 0 ? 'a' : 'b' };
      const value = 10 * params.x + (params.c === 'a' ? 1 : 0) + 0.01 * Math.log(params.lr);
      return { ...emptyTrial(i, 0), state: 'complete', value, params, distributions: space };
    });
    const importances = paramImportances(trials);
    expect(Object.keys(importances)).toEqual(['x', 'c', 'lr']);
    expect(Object.values(importances).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(importances.x).toBeGreaterThan(0.8);
    expect(paramImportances(trials.slice(0, 1))).toEqual({});
  });
});
