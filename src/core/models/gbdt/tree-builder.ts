/** Growable flat arrays of one tree while it is grown; `finish` returns the plain GbdtTree. */
import type { GbdtTree } from './types.js';

export class TreeBuilder {
  private readonly tree: GbdtTree = {
    feature: [], threshold: [], left: [], right: [], defaultLeft: [], value: [], cover: [], gain: [],
    categoryOffset: [], categoryLength: [], categoryWords: [],
  };

  get size(): number {
    return this.tree.feature.length;
  }

  /** Adds a node as a leaf and returns its id. */
  addLeaf(value: number, cover: number): number {
    const t = this.tree;
    t.feature.push(-1);
    t.threshold.push(0);
    t.left.push(-1);
    t.right.push(-1);
    t.defaultLeft.push(false);
    t.value.push(value);
    t.cover.push(cover);
    t.gain.push(0);
    t.categoryOffset.push(0);
    t.categoryLength.push(0);
    return t.feature.length - 1;
  }

  /** Turns leaf `node` into a numeric split (x < threshold goes left). */
  setNumericSplit(node: number, feature: number, threshold: number, defaultLeft: boolean, gain: number, left: number, right: number): void {
    const t = this.tree;
    t.feature[node] = feature;
    t.threshold[node] = threshold;
    t.defaultLeft[node] = defaultLeft;
    t.gain[node] = gain;
    t.left[node] = left;
    t.right[node] = right;
  }

  /** Turns leaf `node` into a categorical split; `leftCodes` go left. */
  setCategoricalSplit(node: number, feature: number, leftCodes: number[], defaultLeft: boolean, gain: number, left: number, right: number): void {
    const t = this.tree;
    this.setNumericSplit(node, feature, 0, defaultLeft, gain, left, right);
    const maxCode = Math.max(...leftCodes);
    const words = new Array<number>((maxCode >> 5) + 1).fill(0);
    for (const c of leftCodes) words[c >> 5] = (words[c >> 5] | (1 << (c & 31))) >>> 0;
    t.categoryOffset[node] = t.categoryWords.length;
    t.categoryLength[node] = words.length;
    t.categoryWords.push(...words);
  }

  finish(): GbdtTree {
    return this.tree;
  }
}
