/**
 * Quantile binning. Each numeric feature gets at most `max_bin - 1` value bins cut at quantiles of
 * a row sample (every distinct value gets its own bin when there are few); bin 0 holds missing
 * values. Value x falls in bin 1 + #{cuts <= x}, so "bin <= t" is the same test as "x < cuts[t-1]"
 * and trees can store raw thresholds. Categorical codes c map to bin c + 1 (codes that do not fit
 * in max_bin - 1 bins, negative or fractional codes count as missing).
 */
import type { Rng } from '../../random/rng.js';

/** Rows sampled to find the quantiles; 200k keeps every bin of 255 backed by ~800 sample values. */
export const BINNING_SAMPLE_ROWS = 200_000;

export type BinArray = Uint8Array | Uint16Array;

export interface BinnedData {
  numRows: number;
  numFeatures: number;
  /** Local bins column by column, read when partitioning a node by one feature. */
  colBins: BinArray[];
  /** Local bins per feature, the missing bin included. */
  numBins: Int32Array;
  /** First global bin of each feature in a histogram (F + 1 entries, the last = total bins). */
  offsets: Int32Array;
  totalBins: number;
}

/** Cut points per feature (empty for categorical features). */
export function computeBinEdges(features: Float64Array[], categorical: boolean[], maxBin: number, rng: Rng): number[][] {
  const n = features.length > 0 ? features[0].length : 0;
  const sample = sampleRows(n, rng);
  const maxValueBins = maxBin - 1;
  return features.map((column, f) => {
    if (categorical[f]) return [];
    const values = new Float64Array(sample.length);
    let m = 0;
    for (let i = 0; i < sample.length; i++) {
      const x = column[sample[i]];
      if (!Number.isNaN(x)) values[m++] = x;
    }
    return quantileCuts(values.subarray(0, m).sort(), maxValueBins);
  });
}

function sampleRows(n: number, rng: Rng): Uint32Array {
  if (n <= BINNING_SAMPLE_ROWS) return Uint32Array.from({ length: n }, (_, i) => i);
  const order = rng.permutation(n).subarray(0, BINNING_SAMPLE_ROWS);
  return order.sort();
}

/** Cuts for sorted values: midpoints between distinct values when few, else at quantiles. */
export function quantileCuts(sorted: Float64Array, maxValueBins: number): number[] {
  const m = sorted.length;
  const cuts: number[] = [];
  if (m === 0) return cuts;
  const distinct: number[] = [sorted[0]];
  for (let i = 1; i < m && distinct.length <= maxValueBins; i++) if (sorted[i] !== sorted[i - 1]) distinct.push(sorted[i]);
  if (distinct.length <= maxValueBins) {
    for (let i = 1; i < distinct.length; i++) cuts.push(midpoint(distinct[i - 1], distinct[i]));
    return cuts;
  }
  for (let q = 1; q < maxValueBins; q++) {
    const index = Math.floor((q * m) / maxValueBins);
    if (index <= 0 || index >= m) continue;
    const below = sorted[index - 1];
    const at = sorted[index];
    const cut = below < at ? midpoint(below, at) : at;
    if (cut > sorted[0] && (cuts.length === 0 || cut > cuts[cuts.length - 1])) cuts.push(cut);
  }
  return cuts;
}

function midpoint(a: number, b: number): number {
  const mid = a / 2 + b / 2;
  return mid > a && mid <= b ? mid : b;
}

/** Bins every value, column by column. */
export function binFeatures(features: Float64Array[], categorical: boolean[], edges: number[][], maxBin: number): BinnedData {
  const numFeatures = features.length;
  const numRows = numFeatures > 0 ? features[0].length : 0;
  const wide = maxBin > 256;
  const makeArray = (length: number): BinArray => (wide ? new Uint16Array(length) : new Uint8Array(length));
  const colBins: BinArray[] = [];
  const numBins = new Int32Array(numFeatures);
  const offsets = new Int32Array(numFeatures + 1);
  for (let f = 0; f < numFeatures; f++) {
    const column = features[f];
    const bins = makeArray(numRows);
    numBins[f] = categorical[f] ? binCategorical(column, maxBin, bins) : binNumeric(column, edges[f], bins);
    colBins.push(bins);
    offsets[f + 1] = offsets[f] + numBins[f];
  }
  return { numRows, numFeatures, colBins, numBins, offsets, totalBins: offsets[numFeatures] };
}

function binNumeric(column: Float64Array, cuts: number[], out: BinArray): number {
  const c = Float64Array.from(cuts);
  const m = c.length;
  for (let i = 0; i < column.length; i++) {
    const x = column[i];
    if (x !== x) {
      out[i] = 0;
      continue;
    }
    // first cut > x, by binary search
    let lo = 0;
    let hi = m;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (c[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    out[i] = lo + 1;
  }
  return m + 2;
}

function binCategorical(column: Float64Array, maxBin: number, out: BinArray): number {
  let maxCode = -1;
  for (let i = 0; i < column.length; i++) {
    const code = column[i];
    if (Number.isInteger(code) && code >= 0 && code <= maxBin - 2) {
      out[i] = code + 1;
      if (code > maxCode) maxCode = code;
    } else {
      out[i] = 0;
    }
  }
  return maxCode + 2;
}

/** Local bin of one raw value, as binFeatures would compute it (used for validation rows and tests). */
export function binOf(x: number, cuts: readonly number[], isCategorical: boolean, maxBin: number): number {
  if (Number.isNaN(x)) return 0;
  if (isCategorical) return Number.isInteger(x) && x >= 0 && x <= maxBin - 2 ? x + 1 : 0;
  let bin = 1;
  while (bin - 1 < cuts.length && cuts[bin - 1] <= x) bin++;
  return bin;
}

/** Fills `out` (row-major n * F) with GLOBAL bin ids (feature offset + local bin), the histogram kernels' input. */
export function fillGlobalRowBins(binned: BinnedData, out: Uint16Array | Uint32Array): void {
  const { numRows, numFeatures, colBins, offsets } = binned;
  for (let f = 0; f < numFeatures; f++) {
    const column = colBins[f];
    const offset = offsets[f];
    for (let i = 0, k = f; i < numRows; i++, k += numFeatures) out[k] = offset + column[i];
  }
}
