/**
 * TreeSHAP (Lundberg, Erion and Lee 2018, "Consistent Individualized Feature Attribution for Tree
 * Ensembles", Algorithm 2): exact Shapley values of the margin where "feature absent" means
 * averaging over both children weighted by their cover, the same definition XGBoost's
 * pred_contribs uses. Contributions of a row sum to its margin; the last column is the bias
 * (base score + the trees' cover-weighted mean outputs).
 */
import { compileTrees, goesLeft, type CompiledTrees } from './predict.js';
import type { GbdtModel, GbdtTree } from './types.js';

interface PathElement {
  feature: number;
  zeroFraction: number;
  oneFraction: number;
  weight: number;
}

function extendPath(path: PathElement[], zeroFraction: number, oneFraction: number, feature: number): void {
  const depth = path.length;
  path.push({ feature, zeroFraction, oneFraction, weight: depth === 0 ? 1 : 0 });
  for (let i = depth - 1; i >= 0; i--) {
    path[i + 1].weight += (oneFraction * path[i].weight * (i + 1)) / (depth + 1);
    path[i].weight = (zeroFraction * path[i].weight * (depth - i)) / (depth + 1);
  }
}

function unwindPath(path: PathElement[], index: number): void {
  const depth = path.length - 1;
  const { oneFraction, zeroFraction } = path[index];
  let next = path[depth].weight;
  for (let i = depth - 1; i >= 0; i--) {
    if (oneFraction !== 0) {
      const previous = path[i].weight;
      path[i].weight = (next * (depth + 1)) / ((i + 1) * oneFraction);
      next = previous - (path[i].weight * zeroFraction * (depth - i)) / (depth + 1);
    } else {
      path[i].weight = (path[i].weight * (depth + 1)) / (zeroFraction * (depth - i));
    }
  }
  for (let i = index; i < depth; i++) {
    path[i].feature = path[i + 1].feature;
    path[i].zeroFraction = path[i + 1].zeroFraction;
    path[i].oneFraction = path[i + 1].oneFraction;
  }
  path.pop();
}

function unwoundSum(path: PathElement[], index: number): number {
  const depth = path.length - 1;
  const { oneFraction, zeroFraction } = path[index];
  let next = path[depth].weight;
  let total = 0;
  for (let i = depth - 1; i >= 0; i--) {
    if (oneFraction !== 0) {
      const share = (next * (depth + 1)) / ((i + 1) * oneFraction);
      total += share;
      next = path[i].weight - (share * zeroFraction * (depth - i)) / (depth + 1);
    } else if (zeroFraction !== 0) {
      total += path[i].weight / zeroFraction / ((depth - i) / (depth + 1));
    }
  }
  return total;
}

/** Cover-weighted mean output of the subtree under `node` (the tree's expected value at the root). */
function meanValue(tree: GbdtTree, node: number): number {
  if (tree.feature[node] < 0) return tree.value[node];
  const l = tree.left[node];
  const r = tree.right[node];
  const total = tree.cover[l] + tree.cover[r];
  if (total <= 0) return (meanValue(tree, l) + meanValue(tree, r)) / 2;
  return (tree.cover[l] * meanValue(tree, l) + tree.cover[r] * meanValue(tree, r)) / total;
}

function shapRecurse(
  c: CompiledTrees, tree: GbdtTree, root: number, node: number, features: readonly Float64Array[], row: number,
  phi: Float64Array, parentPath: PathElement[], zeroFraction: number, oneFraction: number, feature: number,
): void {
  const path = parentPath.map((e) => ({ ...e }));
  extendPath(path, zeroFraction, oneFraction, feature);
  if (tree.feature[node] < 0) {
    for (let i = 1; i < path.length; i++) {
      const w = unwoundSum(path, i);
      phi[path[i].feature] += w * (path[i].oneFraction - path[i].zeroFraction) * tree.value[node];
    }
    return;
  }
  const split = tree.feature[node];
  // the child x follows, found with the prediction routing on the compiled node
  const g = root + node;
  const hot = (goesLeft(c, g, features[split][row]) ? c.left[g] : c.right[g]) - root;
  const cold = hot === tree.left[node] ? tree.right[node] : tree.left[node];
  const cover = tree.cover[node];
  const hotZero = cover > 0 ? tree.cover[hot] / cover : 0.5;
  const coldZero = cover > 0 ? tree.cover[cold] / cover : 0.5;
  let incomingZero = 1;
  let incomingOne = 1;
  const seen = path.findIndex((e, i) => i > 0 && e.feature === split);
  if (seen >= 0) {
    incomingZero = path[seen].zeroFraction;
    incomingOne = path[seen].oneFraction;
    unwindPath(path, seen);
  }
  shapRecurse(c, tree, root, hot, features, row, phi, path, hotZero * incomingZero, incomingOne, split);
  shapRecurse(c, tree, root, cold, features, row, phi, path, coldZero * incomingZero, 0, split);
}

/**
 * SHAP contributions of the margin: row-major [row][class][feature + 1] (numClass = 1 except for
 * multiclass); the last entry of each block is the bias.
 */
export function treeShap(model: GbdtModel, features: readonly Float64Array[]): Float64Array {
  const F = model.featureNames.length;
  const k = model.numClass;
  const n = features.length > 0 ? features[0].length : 0;
  const width = F + 1;
  const out = new Float64Array(n * k * width);
  const compiled = compileTrees(model.trees, model.categorical, model.params.max_bin);
  const expected = model.trees.map((t) => meanValue(t, 0));
  const phi = new Float64Array(width);
  for (let r = 0; r < n; r++) {
    for (let cls = 0; cls < k; cls++) {
      phi.fill(0);
      phi[F] = model.baseScore[cls];
      for (let t = cls; t < model.trees.length; t += k) {
        const tree = model.trees[t];
        phi[F] += expected[t];
        if (tree.feature[0] >= 0) shapRecurse(compiled, tree, compiled.roots[t], 0, features, r, phi, [], 1, 1, -1);
      }
      out.set(phi, (r * k + cls) * width);
    }
  }
  return out;
}
