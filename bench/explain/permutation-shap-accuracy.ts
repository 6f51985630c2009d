/**
 * How close is permutation SHAP with mltrain's settings (8 orders per row, each also reversed,
 * 32 background rows) to the exact Shapley values? On a nonlinear function of 8 features with
 * interactions, exact interventional Shapley values come from all 2^8 coalitions against the same
 * background; the script prints the relative error of mean |SHAP| per feature and whether the
 * ranking agrees.
 *   npx esbuild bench/explain/permutation-shap-accuracy.ts --bundle --platform=node --format=esm --outfile=/tmp/pshap.mjs && node /tmp/pshap.mjs
 */
import { permutationShap } from '../../src/core/explain/permutation-shap.js';
import { Rng } from '../../src/core/random/rng.js';

const F = 8;
const ROWS = 100;
const BACKGROUND = 32;
const rng = Rng.fromSeed(11);
const column = (n: number) => Float64Array.from({ length: n }, () => rng.normal());
const rows = Array.from({ length: F }, () => column(ROWS));
const background = Array.from({ length: F }, () => column(BACKGROUND));
// Like a small network's logit: saturating units over several inputs, so interactions of every
// order. (With only main effects and pairwise interactions, each order plus its reverse is already
// exact: a pair's interaction is split evenly between its two features.)
const f = (z: ArrayLike<number>): number =>
  2 * Math.tanh(0.8 * z[0] + 0.5 * z[1] * z[2] - 0.3 * z[3]) + 1.5 * Math.tanh(z[3] + z[4] - 0.5 * z[5] + 0.2 * z[6]) + z[2] * z[5] * z[7] * 0.3 + 0.4 * z[1];
const predict = (features: Float64Array[]): Float64Array => {
  const n = features[0].length;
  const out = new Float64Array(n);
  const z = new Float64Array(F);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < F; j++) z[j] = features[j][i];
    out[i] = f(z);
  }
  return out;
};

// exact: phi_j = sum over S not containing j of |S|!(F-|S|-1)!/F! (v(S+j) - v(S))
const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
const exactMeanAbs = new Float64Array(F);
const z = new Float64Array(F);
for (let r = 0; r < ROWS; r++) {
  const v = new Float64Array(1 << F);
  for (let mask = 0; mask < 1 << F; mask++) {
    let total = 0;
    for (let b = 0; b < BACKGROUND; b++) {
      for (let j = 0; j < F; j++) z[j] = mask & (1 << j) ? rows[j][r] : background[j][b];
      total += f(z);
    }
    v[mask] = total / BACKGROUND;
  }
  for (let j = 0; j < F; j++) {
    let phi = 0;
    for (let mask = 0; mask < 1 << F; mask++) {
      if (mask & (1 << j)) continue;
      let size = 0;
      for (let k = 0; k < F; k++) if (mask & (1 << k)) size++;
      phi += ((factorial(size) * factorial(F - size - 1)) / factorial(F)) * (v[mask | (1 << j)] - v[mask]);
    }
    exactMeanAbs[j] += Math.abs(phi) / ROWS;
  }
}

const players = Array.from({ length: F }, (_, j) => [j]);
const rank = (values: ArrayLike<number>) => Array.from(values, (_, j) => j).sort((a, b) => values[b] - values[a]);
console.log('orders | max relative error of mean |SHAP| | same ranking');
for (const permutations of [2, 8, 32, 128]) {
  const errors: number[] = [];
  let sameRanking = 0;
  const repeats = 20;
  for (let seed = 0; seed < repeats; seed++) {
    const result = await permutationShap({ predict, outputs: 1, rows, background, players, permutations, rng: Rng.fromSeed(seed) });
    const meanAbs = new Float64Array(F);
    for (let r = 0; r < ROWS; r++) for (let j = 0; j < F; j++) meanAbs[j] += Math.abs(result.phi[r * F + j]) / ROWS;
    errors.push(Math.max(...Array.from(meanAbs, (m, j) => Math.abs(m - exactMeanAbs[j]) / exactMeanAbs[j])));
    if (rank(meanAbs).join() === rank(exactMeanAbs).join()) sameRanking++;
  }
  errors.sort((a, b) => a - b);
  console.log(`${permutations} | median ${(100 * errors[repeats >> 1]).toFixed(1)}%, worst ${(100 * errors[repeats - 1]).toFixed(1)}% | ${sameRanking}/${repeats}`);
}
console.log('exact mean |SHAP|:', Array.from(exactMeanAbs, (v) => v.toFixed(3)).join(' '));
