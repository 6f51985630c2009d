/**
 * Grows one tree on binned data: depthwise (level by level, all nodes of a level sharing one
 * histogram pass) or lossguide (always the leaf with the largest gain). After a split only the
 * child with fewer rows gets a histogram pass; its sibling is parent minus child (exact, since
 * histograms hold integer sums). Monotone constraints bound child weights as XGBoost does: the
 * children of a constrained split meet at the mean of their weights.
 */
import type { BinnedData } from './binning.js';
import type { HistogramBuilder, HistogramTask } from './histogram.js';
import type { GrowPolicy } from './params.js';
import { partitionRows } from './partition.js';
import { findBestSplit, leafWeight, type FeatureLayout, type SplitCandidate, type SplitSettings } from './split-finder.js';
import { TreeBuilder } from './tree-builder.js';
import type { GbdtTree } from './types.js';

export interface GrowContext {
  binned: BinnedData;
  layout: FeatureLayout;
  edges: number[][];
  /** Rows of this tree in rows[0..numRows); reordered in place so each leaf owns a range. */
  rows: Uint32Array;
  numRows: number;
  scratch: Uint32Array;
  builder: HistogramBuilder;
  featureIds: Int32Array;
  settings: SplitSettings;
  maxDepth: number;
  maxLeaves: number;
  growPolicy: GrowPolicy;
  learningRate: number;
  histPool: HistogramPool;
}

export interface GrownLeaf {
  begin: number;
  end: number;
  value: number;
}

interface OpenNode {
  id: number;
  begin: number;
  end: number;
  depth: number;
  g: number;
  h: number;
  lower: number;
  upper: number;
  hist: Float64Array | null;
  split: SplitCandidate | null;
}

/** Reuses histogram buffers between nodes and trees. */
export class HistogramPool {
  private readonly free: Float64Array[] = [];
  constructor(readonly length: number) {}
  acquire(): Float64Array {
    return this.free.pop() ?? new Float64Array(this.length);
  }
  release(hist: Float64Array): void {
    this.free.push(hist);
  }
}

export function growTree(ctx: GrowContext): { tree: GbdtTree; leaves: GrownLeaf[] } {
  const builder = new TreeBuilder();
  const leaves: GrownLeaf[] = [];
  const { settings, learningRate } = ctx;
  const rootHist = ctx.histPool.acquire();
  ctx.builder.build([{ begin: 0, end: ctx.numRows, hist: rootHist }]);
  const [g, h] = nodeTotals(rootHist, ctx);
  const rootWeight = leafWeight(g * settings.gradUnit, h * settings.hessUnit, settings.lambda, settings.alpha);
  const root: OpenNode = {
    id: builder.addLeaf(rootWeight * learningRate, h * settings.hessUnit),
    begin: 0, end: ctx.numRows, depth: 0, g, h, lower: -Infinity, upper: Infinity, hist: rootHist, split: null,
  };
  evaluate(root, ctx);
  const finalise = (node: OpenNode) => {
    if (node.hist) ctx.histPool.release(node.hist);
    node.hist = null;
    leaves.push({ begin: node.begin, end: node.end, value: builder.finish().value[node.id] });
  };
  let leafCount = 1;
  const canAdd = () => ctx.maxLeaves <= 0 || leafCount < ctx.maxLeaves;
  if (ctx.growPolicy === 'depthwise') {
    let frontier = [root];
    while (frontier.length > 0) {
      const candidates = frontier.filter((n) => n.split !== null);
      for (const n of frontier) if (n.split === null) finalise(n);
      if (ctx.maxLeaves > 0) candidates.sort((a, b) => (b.split as SplitCandidate).gain - (a.split as SplitCandidate).gain || a.id - b.id);
      const chosen: OpenNode[] = [];
      for (const n of candidates) {
        if (canAdd()) {
          chosen.push(n);
          leafCount++;
        } else {
          finalise(n);
        }
      }
      chosen.sort((a, b) => a.id - b.id);
      frontier = splitNodes(chosen, builder, ctx);
    }
  } else {
    const open = [root];
    for (;;) {
      let bestIndex = -1;
      for (let i = 0; i < open.length; i++) {
        const split = open[i].split;
        if (split && (bestIndex < 0 || split.gain > (open[bestIndex].split as SplitCandidate).gain)) bestIndex = i;
      }
      if (bestIndex < 0 || !canAdd()) break;
      const [node] = open.splice(bestIndex, 1);
      leafCount++;
      open.push(...splitNodes([node], builder, ctx));
    }
    for (const n of open) finalise(n);
  }
  leaves.sort((a, b) => a.begin - b.begin);
  return { tree: builder.finish(), leaves };
}

function nodeTotals(hist: Float64Array, ctx: GrowContext): [number, number] {
  const f = ctx.featureIds[0];
  const start = 2 * ctx.binned.offsets[f];
  const stop = 2 * ctx.binned.offsets[f + 1];
  let g = 0;
  let h = 0;
  for (let k = start; k < stop; k += 2) {
    g += hist[k];
    h += hist[k + 1];
  }
  return [g, h];
}

function evaluate(node: OpenNode, ctx: GrowContext): void {
  const depthAllowed = ctx.maxDepth <= 0 || node.depth < ctx.maxDepth;
  node.split = depthAllowed
    ? findBestSplit(node.hist as Float64Array, ctx.featureIds, ctx.layout, node.g, node.h, node.lower, node.upper, ctx.settings)
    : null;
}

/** Applies the chosen splits, builds the smaller children's histograms in one pass, derives the rest. */
function splitNodes(nodes: OpenNode[], builder: TreeBuilder, ctx: GrowContext): OpenNode[] {
  const { settings, learningRate } = ctx;
  const children: OpenNode[] = [];
  const tasks: HistogramTask[] = [];
  const pairs: [small: OpenNode, large: OpenNode][] = [];
  for (const node of nodes) {
    const s = node.split as SplitCandidate;
    const mid = partitionRows(ctx.rows, node.begin, node.end, ctx.binned.colBins[s.feature], s.bin, s.leftBins, s.defaultLeft, ctx.scratch);
    const leftId = builder.addLeaf(s.leftWeight * learningRate, s.leftH * settings.hessUnit);
    const rightId = builder.addLeaf(s.rightWeight * learningRate, s.rightH * settings.hessUnit);
    if (s.leftBins) {
      const codes: number[] = [];
      for (let b = 1; b < s.leftBins.length; b++) if (s.leftBins[b] === 1) codes.push(b - 1);
      builder.setCategoricalSplit(node.id, s.feature, codes, s.defaultLeft, s.gain, leftId, rightId);
    } else {
      builder.setNumericSplit(node.id, s.feature, ctx.edges[s.feature][s.bin - 1], s.defaultLeft, s.gain, leftId, rightId);
    }
    const constraint = settings.monotone ? settings.monotone[s.feature] : 0;
    const meet = (s.leftWeight + s.rightWeight) / 2;
    const left: OpenNode = {
      id: leftId, begin: node.begin, end: mid, depth: node.depth + 1, g: s.leftG, h: s.leftH,
      lower: constraint < 0 ? meet : node.lower, upper: constraint > 0 ? meet : node.upper, hist: null, split: null,
    };
    const right: OpenNode = {
      id: rightId, begin: mid, end: node.end, depth: node.depth + 1, g: s.rightG, h: s.rightH,
      lower: constraint > 0 ? meet : node.lower, upper: constraint < 0 ? meet : node.upper, hist: null, split: null,
    };
    children.push(left, right);
    if (ctx.maxDepth > 0 && node.depth + 1 >= ctx.maxDepth) {
      // the children can only be leaves: no histograms needed
      ctx.histPool.release(node.hist as Float64Array);
      node.hist = null;
      continue;
    }
    const leftSmaller = mid - node.begin <= node.end - mid;
    const small = leftSmaller ? left : right;
    const large = leftSmaller ? right : left;
    small.hist = ctx.histPool.acquire();
    large.hist = node.hist;
    node.hist = null;
    tasks.push({ begin: small.begin, end: small.end, hist: small.hist });
    pairs.push([small, large]);
  }
  if (tasks.length > 0) ctx.builder.build(tasks);
  for (const [small, large] of pairs) {
    const target = large.hist as Float64Array;
    const source = small.hist as Float64Array;
    for (let k = 0; k < target.length; k++) target[k] -= source[k];
  }
  for (const child of children) evaluate(child, ctx);
  return children;
}
