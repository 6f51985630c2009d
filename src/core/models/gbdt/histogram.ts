/**
 * Gradient histograms. Gradients and hessians are quantised to integers (31+ bits of precision at
 * a million rows) before building, so every histogram sum is an exact integer in a double: the
 * order of additions does not matter, histogram subtraction is exact, and the result is the same
 * bit for bit for any number of threads or any way of splitting rows between them.
 */
import type { BinArray } from './binning.js';

export interface QuantisedGradients {
  /** Interleaved integer [g, h] per row. */
  gradHess: Float64Array;
  /** Multiply a quantised sum by these to get real units. */
  gradUnit: number;
  hessUnit: number;
}

/**
 * Quantises `real` (interleaved g, h) into `out`. The scale keeps |sum| < 2^52 over n rows. A
 * positive hessian never rounds to 0, so an empty child is exactly H = 0.
 */
export function quantiseGradients(real: Float64Array, out: Float64Array): QuantisedGradients {
  const n = real.length / 2;
  let maxG = 0;
  let maxH = 0;
  for (let i = 0; i < n; i++) {
    const g = Math.abs(real[2 * i]);
    const h = real[2 * i + 1];
    if (g > maxG) maxG = g;
    if (h > maxH) maxH = h;
  }
  const bits = 52 - Math.ceil(Math.log2(Math.max(n, 2)));
  const gradScale = maxG > 0 ? 2 ** bits / maxG : 1;
  const hessScale = maxH > 0 ? 2 ** bits / maxH : 1;
  for (let i = 0; i < n; i++) {
    out[2 * i] = Math.round(real[2 * i] * gradScale);
    const h = real[2 * i + 1];
    out[2 * i + 1] = h > 0 ? Math.max(1, Math.round(h * hessScale)) : 0;
  }
  return { gradHess: out, gradUnit: 1 / gradScale, hessUnit: 1 / hessScale };
}

/**
 * Adds rows[begin..end) into hist (interleaved [g, h] per global bin, from histBase). Self-contained
 * on purpose: worker threads run its source text.
 */
export function accumulateHistogram(
  rowBins: BinArray,
  numFeatures: number,
  featureIds: Int32Array,
  featureOffsets: Int32Array,
  numSelected: number,
  rows: Uint32Array,
  begin: number,
  end: number,
  gradHess: Float64Array,
  hist: Float64Array,
  histBase: number,
): void {
  if (numSelected === numFeatures) {
    for (let i = begin; i < end; i++) {
      const r = rows[i];
      const g = gradHess[2 * r];
      const h = gradHess[2 * r + 1];
      const base = r * numFeatures;
      for (let f = 0; f < numFeatures; f++) {
        const k = histBase + 2 * (featureOffsets[f] + rowBins[base + f]);
        hist[k] += g;
        hist[k + 1] += h;
      }
    }
    return;
  }
  for (let i = begin; i < end; i++) {
    const r = rows[i];
    const g = gradHess[2 * r];
    const h = gradHess[2 * r + 1];
    const base = r * numFeatures;
    for (let j = 0; j < numSelected; j++) {
      const k = histBase + 2 * (featureOffsets[j] + rowBins[base + featureIds[j]]);
      hist[k] += g;
      hist[k + 1] += h;
    }
  }
}

export interface HistogramTask {
  begin: number;
  end: number;
  /** Filled with the node's histogram (every bin of the selected features; others are left at 0). */
  hist: Float64Array;
}

/** What the tree grower needs to build histograms; serial or multi-threaded. */
export interface HistogramBuilder {
  /** Selects the features of the current tree (colsample_bytree), ascending ids. */
  setFeatures(featureIds: Int32Array): void;
  build(tasks: readonly HistogramTask[]): void;
  dispose(): Promise<void>;
}

export interface HistogramInputs {
  rowBins: BinArray;
  numFeatures: number;
  offsets: Int32Array;
  rows: Uint32Array;
  gradHess: Float64Array;
}

/** Offsets of the selected features: offsets[f] for all features, or offsets[ids[j]] per selected j. */
export function selectedOffsets(offsets: Int32Array, featureIds: Int32Array, numFeatures: number): Int32Array {
  if (featureIds.length === numFeatures) return offsets.slice(0, numFeatures);
  return Int32Array.from(featureIds, (f) => offsets[f]);
}

export class SerialHistogramBuilder implements HistogramBuilder {
  private featureIds: Int32Array;
  private featureOffsets: Int32Array;

  constructor(private readonly inputs: HistogramInputs) {
    this.featureIds = Int32Array.from({ length: inputs.numFeatures }, (_, f) => f);
    this.featureOffsets = selectedOffsets(inputs.offsets, this.featureIds, inputs.numFeatures);
  }

  setFeatures(featureIds: Int32Array): void {
    this.featureIds = featureIds;
    this.featureOffsets = selectedOffsets(this.inputs.offsets, featureIds, this.inputs.numFeatures);
  }

  build(tasks: readonly HistogramTask[]): void {
    const { rowBins, numFeatures, rows, gradHess } = this.inputs;
    for (const task of tasks) {
      task.hist.fill(0);
      accumulateHistogram(
        rowBins, numFeatures, this.featureIds, this.featureOffsets, this.featureIds.length,
        rows, task.begin, task.end, gradHess, task.hist, 0,
      );
    }
  }

  async dispose(): Promise<void> {}
}
