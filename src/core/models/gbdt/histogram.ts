/**
 * Gradient histograms. Gradients and hessians are quantised to integers (31+ bits of precision at
 * a million rows) before building, so every histogram sum is an exact integer in a double: the
 * order of additions does not matter, histogram subtraction is exact, and the result is the same
 * bit for bit for any number of threads or any way of splitting rows between them.
 *
 * A builder owns the row-major matrix of global bin ids, the row index list and the quantised
 * gradients (the trainer writes the last two in place). The WebAssembly builder
 * (wasm-histogram-builder.ts) is the fast path; the plain JS one here is the fallback.
 */
import { fillGlobalRowBins, type BinnedData } from './binning.js';

export interface QuantisedGradients {
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
  return { gradUnit: 1 / gradScale, hessUnit: 1 / hessScale };
}

/** Adds rows[begin..end) into hist (interleaved [g, h] per global bin); plain JS reference kernel. */
export function accumulateHistogram(
  globalBins: Uint16Array | Uint32Array,
  numFeatures: number,
  featureIds: Int32Array,
  rows: Uint32Array,
  begin: number,
  end: number,
  gradHess: Float64Array,
  hist: Float64Array,
): void {
  const numSelected = featureIds.length;
  for (let i = begin; i < end; i++) {
    const r = rows[i];
    const g = gradHess[2 * r];
    const h = gradHess[2 * r + 1];
    const base = r * numFeatures;
    if (numSelected === numFeatures) {
      for (let f = 0; f < numFeatures; f++) {
        const k = 2 * globalBins[base + f];
        hist[k] += g;
        hist[k + 1] += h;
      }
    } else {
      for (let j = 0; j < numSelected; j++) {
        const k = 2 * globalBins[base + featureIds[j]];
        hist[k] += g;
        hist[k + 1] += h;
      }
    }
  }
}

export interface HistogramTask {
  begin: number;
  end: number;
  /** Filled with the node's histogram (bins of unselected features are 0). */
  hist: Float64Array;
}

/** What the trainer and tree grower need to build histograms; serial or multi-threaded. */
export interface HistogramBuilder {
  /** Row ids; the trainer samples into it and the grower partitions it in place. */
  readonly rows: Uint32Array;
  /** Quantised interleaved (g, h) per row, written by the trainer each round. */
  readonly gradHess: Float64Array;
  /** Selects the features of the current tree (colsample_bytree), ascending ids. */
  setFeatures(featureIds: Int32Array): void;
  build(tasks: readonly HistogramTask[]): void;
  dispose(): Promise<void>;
}

/** The plain JS builder (one thread), used where the WebAssembly kernel cannot be (over 65535 bins in all). */
export class SerialHistogramBuilder implements HistogramBuilder {
  readonly rows: Uint32Array;
  readonly gradHess: Float64Array;
  private readonly globalBins: Uint16Array | Uint32Array;
  private featureIds: Int32Array;

  constructor(private readonly binned: BinnedData) {
    const n = binned.numRows;
    this.rows = new Uint32Array(n);
    this.gradHess = new Float64Array(2 * n);
    this.globalBins = binned.totalBins <= 0x10000 ? new Uint16Array(n * binned.numFeatures) : new Uint32Array(n * binned.numFeatures);
    fillGlobalRowBins(binned, this.globalBins);
    this.featureIds = Int32Array.from({ length: binned.numFeatures }, (_, f) => f);
  }

  setFeatures(featureIds: Int32Array): void {
    this.featureIds = featureIds;
  }

  build(tasks: readonly HistogramTask[]): void {
    for (const task of tasks) {
      task.hist.fill(0);
      accumulateHistogram(this.globalBins, this.binned.numFeatures, this.featureIds, this.rows, task.begin, task.end, this.gradHess, task.hist);
    }
  }

  async dispose(): Promise<void> {}
}
