import type { TreeNode } from './regression-forest.js';

interface Leaf {
  value: number;
  low: Float64Array;
  high: Float64Array;
}

/**
 * First-order fANOVA (Hutter et al. 2014) of one tree over the box [lows, highs]: for each feature,
 * the variance of its marginal (the tree averaged over every other feature, uniformly) divided
 * by the tree's total variance. Returns null for a constant tree.
 */
export function treeMainEffects(tree: TreeNode, lows: Float64Array, highs: Float64Array): Float64Array | null {
  const d = lows.length;
  const leaves: Leaf[] = [];
  collectLeaves(tree, Float64Array.from(lows), Float64Array.from(highs), leaves);
  const widths = Array.from(lows, (low, j) => highs[j] - low);
  const fraction = (leaf: Leaf, j: number): number => (widths[j] > 0 ? (leaf.high[j] - leaf.low[j]) / widths[j] : 1);
  const weights = leaves.map((leaf) => {
    let w = 1;
    for (let j = 0; j < d; j++) w *= fraction(leaf, j);
    return w;
  });
  let mu = 0;
  leaves.forEach((leaf, i) => (mu += weights[i] * leaf.value));
  let total = 0;
  leaves.forEach((leaf, i) => (total += weights[i] * (leaf.value - mu) ** 2));
  if (!(total > 1e-300)) return null;
  const effects = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    if (!(widths[j] > 0)) continue;
    const cuts = [...new Set(leaves.flatMap((leaf) => [leaf.low[j], leaf.high[j]]))].sort((a, b) => a - b);
    let variance = 0;
    for (let k = 0; k < cuts.length - 1; k++) {
      const mid = 0.5 * (cuts[k] + cuts[k + 1]);
      let marginal = 0;
      leaves.forEach((leaf, i) => {
        if (leaf.low[j] <= mid && mid <= leaf.high[j]) marginal += (weights[i] / fraction(leaf, j)) * leaf.value;
      });
      variance += ((cuts[k + 1] - cuts[k]) / widths[j]) * (marginal - mu) ** 2;
    }
    effects[j] = variance / total;
  }
  return effects;
}

function collectLeaves(node: TreeNode, low: Float64Array, high: Float64Array, out: Leaf[]): void {
  if (node.leaf) {
    out.push({ value: node.value, low, high });
    return;
  }
  const leftHigh = Float64Array.from(high);
  leftHigh[node.feature] = Math.min(high[node.feature], Math.max(low[node.feature], node.threshold));
  const rightLow = Float64Array.from(low);
  rightLow[node.feature] = Math.max(low[node.feature], Math.min(high[node.feature], node.threshold));
  collectLeaves(node.left, Float64Array.from(low), leftHigh, out);
  collectLeaves(node.right, rightLow, Float64Array.from(high), out);
}
