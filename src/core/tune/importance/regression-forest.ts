import type { Rng } from '../../random/rng.js';

/** A node of a regression tree: a leaf value or a split `x[feature] <= threshold`. */
export type TreeNode =
  | { leaf: true; value: number }
  | { leaf: false; feature: number; threshold: number; left: TreeNode; right: TreeNode };

export interface ForestOptions {
  nTrees: number;
  maxDepth: number;
  minSamplesSplit: number;
}

/**
 * A random forest of CART regression trees (variance-reduction splits at midpoints, bootstrap
 * samples, all features considered at each split: scikit-learn's RandomForestRegressor defaults,
 * which Optuna's fANOVA evaluator uses).
 */
export function fitForest(features: readonly Float64Array[], targets: Float64Array, rng: Rng, options: ForestOptions): TreeNode[] {
  const n = targets.length;
  const trees: TreeNode[] = [];
  for (let t = 0; t < options.nTrees; t++) {
    const sample = Array.from({ length: n }, () => rng.nextInt(n));
    trees.push(grow(features, targets, sample, 0, options));
  }
  return trees;
}

function mean(targets: Float64Array, rows: readonly number[]): number {
  let sum = 0;
  for (const r of rows) sum += targets[r];
  return sum / rows.length;
}

function grow(features: readonly Float64Array[], targets: Float64Array, rows: number[], depth: number, options: ForestOptions): TreeNode {
  const value = mean(targets, rows);
  if (rows.length < options.minSamplesSplit || depth >= options.maxDepth) return { leaf: true, value };
  let best: { gain: number; feature: number; threshold: number } | null = null;
  let totalSum = 0;
  let totalSq = 0;
  for (const r of rows) {
    totalSum += targets[r];
    totalSq += targets[r] * targets[r];
  }
  const parentSse = totalSq - (totalSum * totalSum) / rows.length;
  if (parentSse <= 1e-12 * Math.max(1, totalSq)) return { leaf: true, value };
  for (let f = 0; f < features.length; f++) {
    const column = features[f];
    const sorted = [...rows].sort((a, b) => column[a] - column[b]);
    let leftSum = 0;
    let leftSq = 0;
    for (let i = 0; i < sorted.length - 1; i++) {
      const y = targets[sorted[i]];
      leftSum += y;
      leftSq += y * y;
      const x = column[sorted[i]];
      const next = column[sorted[i + 1]];
      if (next <= x) continue;
      const nLeft = i + 1;
      const nRight = sorted.length - nLeft;
      const rightSum = totalSum - leftSum;
      const sse = leftSq - (leftSum * leftSum) / nLeft + (totalSq - leftSq) - (rightSum * rightSum) / nRight;
      const gain = parentSse - sse;
      if (best === null || gain > best.gain) best = { gain, feature: f, threshold: 0.5 * (x + next) };
    }
  }
  if (best === null || best.gain <= 0) return { leaf: true, value };
  const { feature, threshold } = best;
  const left = rows.filter((r) => features[feature][r] <= threshold);
  const right = rows.filter((r) => features[feature][r] > threshold);
  return { leaf: false, feature, threshold, left: grow(features, targets, left, depth + 1, options), right: grow(features, targets, right, depth + 1, options) };
}
