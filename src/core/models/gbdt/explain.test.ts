import { describe, expect, it } from 'vitest';
import { featureImportance, predictGbdtMargins, trainGbdt, treeShap, type GbdtModel, type GbdtTree } from './index.js';
import { compileTrees, goesLeft } from './predict.js';
import { syntheticDataset } from './test-helpers.js';

/** E[f(x) | features in S known], unknown features averaged over children by cover (TreeSHAP's definition). */
function conditionalExpectation(model: GbdtModel, tree: GbdtTree, treeIndex: number, x: Float64Array[], known: Set<number>): number {
  const compiled = compileTrees(model.trees, model.categorical, model.params.max_bin);
  const root = compiled.roots[treeIndex];
  const walk = (node: number): number => {
    const f = tree.feature[node];
    if (f < 0) return tree.value[node];
    if (known.has(f)) return walk(goesLeft(compiled, root + node, x[f][0]) ? tree.left[node] : tree.right[node]);
    const l = tree.left[node];
    const r = tree.right[node];
    return (tree.cover[l] * walk(l) + tree.cover[r] * walk(r)) / (tree.cover[l] + tree.cover[r]);
  };
  return walk(0);
}

function bruteForceShapley(model: GbdtModel, x: Float64Array[]): number[] {
  const F = model.featureNames.length;
  const phi = new Array<number>(F).fill(0);
  const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
  const value = (known: Set<number>) => model.trees.reduce((s, t, i) => s + conditionalExpectation(model, t, i, x, known), 0);
  for (let mask = 0; mask < 1 << F; mask++) {
    const known = new Set<number>();
    for (let f = 0; f < F; f++) if (mask & (1 << f)) known.add(f);
    const weight = (factorial(known.size) * factorial(F - known.size - 1)) / factorial(F);
    for (let f = 0; f < F; f++) {
      if (known.has(f)) continue;
      const withF = new Set(known).add(f);
      phi[f] += weight * (value(withF) - value(known));
    }
  }
  return phi;
}

describe('treeShap', () => {
  it('matches brute-force Shapley values and sums to the margin', async () => {
    const train = syntheticDataset(1000, 4, 21, (x, rng) => (x[0] * x[1] + x[2] + 0.3 * rng.normal() > 0 ? 1 : 0));
    train.features[3] = train.features[3].map((v, i) => (i % 5 === 0 ? NaN : v));
    const model = await trainGbdt({
      train, featureInfo: { names: ['a', 'b', 'c', 'd'], categorical: [false, false, false, false] },
      objective: 'binary:logistic', seed: 1, params: { n_estimators: 4, max_depth: 3 },
    });
    for (const row of [0, 1, 5, 17]) {
      const x = train.features.map((c) => Float64Array.of(c[row]));
      const contributions = treeShap(model, x);
      const expected = bruteForceShapley(model, x);
      for (let f = 0; f < 4; f++) expect(contributions[f]).toBeCloseTo(expected[f], 10);
      const total = contributions.reduce((a, b) => a + b, 0);
      expect(total).toBeCloseTo(predictGbdtMargins(model, x)[0], 10);
    }
  });
});

describe('featureImportance', () => {
  it('counts splits and averages gain and cover per feature; the informative feature ranks first', async () => {
    const train = syntheticDataset(2000, 3, 22, (x) => (x[1] > 0.2 ? 1 : 0));
    const model = await trainGbdt({ train, featureInfo: { names: ['a', 'b', 'c'], categorical: [false, false, false] }, objective: 'binary:logistic', seed: 1, params: { n_estimators: 5, max_depth: 2 } });
    const weight = featureImportance(model, 'weight');
    const totalGain = featureImportance(model, 'total_gain');
    const gain = featureImportance(model, 'gain');
    const splits = model.trees.flatMap((t) => t.feature.filter((f) => f >= 0));
    expect(weight.reduce((a, b) => a + b, 0)).toBe(splits.length);
    for (let f = 0; f < 3; f++) expect(gain[f]).toBeCloseTo(weight[f] > 0 ? totalGain[f] / weight[f] : 0, 12);
    expect(totalGain[1]).toBeGreaterThan(totalGain[0]);
    expect(totalGain[1]).toBeGreaterThan(totalGain[2]);
    expect(featureImportance(model, 'cover')[1]).toBeGreaterThan(0);
  });
});
