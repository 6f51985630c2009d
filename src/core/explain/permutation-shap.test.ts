import { describe, expect, it } from 'vitest';
import { Rng } from '../random/rng';
import { permutationShap } from './permutation-shap';

/** Columns from rows (tests read better row by row). */
const columnsOf = (rows: number[][]): Float64Array[] => rows[0].map((_, c) => Float64Array.from(rows, (row) => row[c]));

const rows = columnsOf([
  [1, 2, 0.5],
  [-1, 0, 3],
  [0.3, -2, 1],
]);
const background = columnsOf([
  [0, 0, 0],
  [2, 1, -1],
  [1, 4, 2],
  [-3, 0.5, 1],
]);
const mean = (column: Float64Array): number => column.reduce((a, v) => a + v, 0) / column.length;

describe('permutationShap', async () => {
  it('gives the exact SHAP values of an additive model, w_j (x_j - mean of the background), whatever the orders', async () => {
    const w = [2, -3, 0.5];
    const predict = (features: Float64Array[]): Float64Array => Float64Array.from(features[0], (_, i) => 1 + w[0] * features[0][i] + w[1] * features[1][i] + w[2] * features[2][i]);
    const result = await permutationShap({ predict, outputs: 1, rows, background, players: [[0], [1], [2]], permutations: 2, rng: Rng.fromSeed(1) });
    for (let r = 0; r < 3; r++) {
      for (let j = 0; j < 3; j++) expect(result.phi[r * 3 + j]).toBeCloseTo(w[j] * (rows[j][r] - mean(background[j])), 12);
    }
    expect(result.expectedValue[0]).toBeCloseTo(1 + w.reduce((a, wj, j) => a + wj * mean(background[j]), 0), 12);
  });

  it('adds up to f(x) - E[f(background)] for every row and output of a model with interactions (efficiency)', async () => {
    // two outputs: a product and a transformed max, so no feature acts alone
    const predict = (features: Float64Array[]): Float64Array => {
      const n = features[0].length;
      const out = new Float64Array(2 * n);
      for (let i = 0; i < n; i++) {
        out[2 * i] = features[0][i] * features[1][i] + features[2][i];
        out[2 * i + 1] = Math.max(features[0][i], features[2][i]);
      }
      return out;
    };
    const transform = (v: number): number => Math.tanh(v);
    const result = await permutationShap({ predict, outputs: 2, transform, rows, background, players: [[0], [1], [2]], permutations: 3, rng: Rng.fromSeed(2), batchRows: 7 });
    expect(result.permutations).toBe(4);
    const full = predict(rows);
    for (let r = 0; r < 3; r++) {
      for (let o = 0; o < 2; o++) {
        const sum = [0, 1, 2].reduce((a, j) => a + result.phi[(r * 2 + o) * 3 + j], 0);
        expect(sum).toBeCloseTo(transform(full[r * 2 + o]) - result.expectedValue[o], 12);
      }
    }
  });

  it('moves a group of columns together: a one-hot group gets the sum of its columns\u2019 additive effects', async () => {
    const predict = (features: Float64Array[]): Float64Array => Float64Array.from(features[0], (_, i) => 4 * features[0][i] - features[1][i] + 2 * features[2][i]);
    const result = await permutationShap({ predict, outputs: 1, rows, background, players: [[0, 2], [1]], permutations: 2, rng: Rng.fromSeed(3) });
    for (let r = 0; r < 3; r++) {
      expect(result.phi[r * 2]).toBeCloseTo(4 * (rows[0][r] - mean(background[0])) + 2 * (rows[2][r] - mean(background[2])), 12);
      expect(result.phi[r * 2 + 1]).toBeCloseTo(-(rows[1][r] - mean(background[1])), 12);
    }
  });

  it('gives a feature the model ignores nothing, and is the same for the same seed and any batch size', async () => {
    const predict = (features: Float64Array[]): Float64Array => Float64Array.from(features[0], (_, i) => Math.exp(features[0][i] * features[1][i] * 0.1));
    const run = (seed: number, batchRows?: number) => permutationShap({ predict, outputs: 1, rows, background, players: [[0], [1], [2]], permutations: 6, rng: Rng.fromSeed(seed), batchRows });
    const a = await run(5);
    for (let r = 0; r < 3; r++) expect(a.phi[r * 3 + 2]).toBe(0);
    expect(Array.from((await run(5, 5)).phi)).toEqual(Array.from(a.phi));
    expect(Array.from((await run(6)).phi)).not.toEqual(Array.from(a.phi));
  });
});
