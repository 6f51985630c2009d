/**
 * Prediction from raw features. Trees are first compiled into shared typed arrays, then rows are
 * scored in blocks (every tree over a block of rows) so a block's margins and the trees stay in
 * cache. The routing rules match training exactly (see binning.ts), so a row reaches the same leaf.
 */
import { transformMargins } from './objectives.js';
import type { GbdtModel, GbdtTree } from './types.js';

const BLOCK_ROWS = 256;

export interface CompiledTrees {
  roots: Int32Array;
  feature: Int32Array;
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  defaultLeft: Uint8Array;
  value: Float64Array;
  categoryOffset: Int32Array;
  categoryLength: Int32Array;
  categoryWords: Uint32Array;
  categorical: Uint8Array;
  /** Largest categorical code that training could bin; larger codes count as missing. */
  maxCode: number;
}

export function compileTrees(trees: readonly GbdtTree[], categorical: readonly boolean[], maxBin: number): CompiledTrees {
  let nodes = 0;
  let words = 0;
  for (const t of trees) {
    nodes += t.feature.length;
    words += t.categoryWords.length;
  }
  const c: CompiledTrees = {
    roots: new Int32Array(trees.length), feature: new Int32Array(nodes), threshold: new Float64Array(nodes),
    left: new Int32Array(nodes), right: new Int32Array(nodes), defaultLeft: new Uint8Array(nodes),
    value: new Float64Array(nodes), categoryOffset: new Int32Array(nodes), categoryLength: new Int32Array(nodes),
    categoryWords: new Uint32Array(words), categorical: Uint8Array.from(categorical, (b) => (b ? 1 : 0)), maxCode: maxBin - 2,
  };
  let base = 0;
  let wordBase = 0;
  trees.forEach((t, i) => {
    c.roots[i] = base;
    for (let j = 0; j < t.feature.length; j++) {
      const k = base + j;
      c.feature[k] = t.feature[j];
      c.threshold[k] = t.threshold[j];
      c.left[k] = base + t.left[j];
      c.right[k] = base + t.right[j];
      c.defaultLeft[k] = t.defaultLeft[j] ? 1 : 0;
      c.value[k] = t.value[j];
      c.categoryOffset[k] = wordBase + t.categoryOffset[j];
      c.categoryLength[k] = t.categoryLength[j];
    }
    c.categoryWords.set(t.categoryWords, wordBase);
    base += t.feature.length;
    wordBase += t.categoryWords.length;
  });
  return c;
}

/** Whether raw value x goes left at global node `node` (NaN and codes training could not bin follow the default). */
export function goesLeft(c: CompiledTrees, node: number, x: number): boolean {
  if (c.categorical[c.feature[node]] === 1) {
    if (x >= 0 && x <= c.maxCode && Number.isInteger(x)) {
      const word = x >>> 5;
      return word < c.categoryLength[node] && ((c.categoryWords[c.categoryOffset[node] + word] >>> (x & 31)) & 1) === 1;
    }
    return c.defaultLeft[node] === 1;
  }
  return x === x ? x < c.threshold[node] : c.defaultLeft[node] === 1;
}

/** The leaf (global node index) that row r of `features` reaches in the tree rooted at `root`. */
export function leafIndex(c: CompiledTrees, root: number, features: readonly Float64Array[], r: number): number {
  let node = root;
  for (;;) {
    const f = c.feature[node];
    if (f < 0) return node;
    node = goesLeft(c, node, features[f][r]) ? c.left[node] : c.right[node];
  }
}

/**
 * Adds trees [fromTree, toTree) to margins (row-major n * numClass), tree i going to class i % numClass.
 * Rows go in blocks copied into a row-major buffer (every tree over a block before the next block),
 * so a traversal reads one small array that stays in cache.
 */
export function addTreeMargins(
  c: CompiledTrees,
  features: readonly Float64Array[],
  numRows: number,
  numClass: number,
  fromTree: number,
  toTree: number,
  margins: Float64Array,
): void {
  const F = features.length;
  const block = new Float64Array(BLOCK_ROWS * F);
  const { feature, threshold, left, right, defaultLeft, value, categorical } = c;
  let hasCategorical = false;
  for (let f = 0; f < F; f++) if (categorical[f] === 1) hasCategorical = true;
  for (let start = 0; start < numRows; start += BLOCK_ROWS) {
    const count = Math.min(numRows, start + BLOCK_ROWS) - start;
    for (let f = 0; f < F; f++) {
      const column = features[f];
      for (let i = 0, k = f; i < count; i++, k += F) block[k] = column[start + i];
    }
    for (let t = fromTree; t < toTree; t++) {
      const root = c.roots[t];
      const k = t % numClass;
      for (let i = 0, base = 0; i < count; i++, base += F) {
        let node = root;
        let f = feature[node];
        while (f >= 0) {
          const x = block[base + f];
          if (hasCategorical && categorical[f] === 1) node = goesLeft(c, node, x) ? left[node] : right[node];
          else if (x < threshold[node]) node = left[node];
          else node = x !== x && defaultLeft[node] === 1 ? left[node] : right[node];
          f = feature[node];
        }
        margins[(start + i) * numClass + k] += value[node];
      }
    }
  }
}

/** Raw margins (before the link function), row-major n * numClass. */
export function predictGbdtMargins(model: GbdtModel, features: readonly Float64Array[]): Float64Array {
  if (features.length !== model.featureNames.length) {
    throw new RangeError(`the model expects ${model.featureNames.length} features, got ${features.length}`);
  }
  const numRows = features.length > 0 ? features[0].length : 0;
  const k = model.numClass;
  const margins = new Float64Array(numRows * k);
  for (let r = 0; r < numRows; r++) for (let j = 0; j < k; j++) margins[r * k + j] = model.baseScore[j];
  const compiled = compileTrees(model.trees, model.categorical, model.params.max_bin);
  addTreeMargins(compiled, features, numRows, k, 0, model.trees.length, margins);
  return margins;
}

/** Binary: P(1); multiclass: row-major n * k probabilities; regression: values. */
export function predictGbdt(model: GbdtModel, features: readonly Float64Array[]): Float64Array {
  return transformMargins(model.objective, predictGbdtMargins(model, features), model.numClass);
}
