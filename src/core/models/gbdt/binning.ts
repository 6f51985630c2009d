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
    return quantileCuts(values.subarray(0, m), maxValueBins);
  });
}

function sampleRows(n: number, rng: Rng): Uint32Array {
  if (n <= BINNING_SAMPLE_ROWS) return Uint32Array.from({ length: n }, (_, i) => i);
  const order = rng.permutation(n).subarray(0, BINNING_SAMPLE_ROWS);
  return order.sort();
}

/**
 * Cuts for `values` (any order; reordered in place): midpoints between distinct values when there
 * are at most maxValueBins of them, else cuts at the quantiles q/maxValueBins. Only the order
 * statistics at the cut ranks are computed (multi-quickselect), not a full sort.
 */
export function quantileCuts(values: Float64Array, maxValueBins: number): number[] {
  const m = values.length;
  const cuts: number[] = [];
  if (m === 0) return cuts;
  const distinct = new Set<number>();
  for (let i = 0; i < m && distinct.size <= maxValueBins; i++) distinct.add(values[i]);
  if (distinct.size <= maxValueBins) {
    const sorted = Float64Array.from(distinct).sort();
    for (let i = 1; i < sorted.length; i++) cuts.push(midpoint(sorted[i - 1], sorted[i]));
    return cuts;
  }
  const ranks = new Set<number>();
  for (let q = 1; q < maxValueBins; q++) {
    const index = Math.floor((q * m) / maxValueBins);
    if (index > 0 && index < m) ranks.add(index - 1).add(index);
  }
  const wanted = Array.from(ranks).sort((a, b) => a - b);
  selectRanks(values, wanted);
  let min = Infinity;
  for (let i = 0; i < m; i++) if (values[i] < min) min = values[i];
  for (let q = 1; q < maxValueBins; q++) {
    const index = Math.floor((q * m) / maxValueBins);
    if (index <= 0 || index >= m) continue;
    const below = values[index - 1];
    const at = values[index];
    const cut = below < at ? midpoint(below, at) : at;
    if (cut > min && (cuts.length === 0 || cut > cuts[cuts.length - 1])) cuts.push(cut);
  }
  return cuts;
}

/** Reorders `a` so that a[r] is the r-th smallest value for every r in `ranks` (ascending). */
export function selectRanks(a: Float64Array, ranks: readonly number[]): void {
  const stack: number[] = [0, a.length - 1, 0, ranks.length - 1];
  while (stack.length > 0) {
    const rhi = stack.pop() as number;
    const rlo = stack.pop() as number;
    const hi = stack.pop() as number;
    const lo = stack.pop() as number;
    if (rlo > rhi || lo >= hi) continue;
    if (hi - lo < 24) {
      for (let i = lo + 1; i <= hi; i++) {
        const v = a[i];
        let j = i - 1;
        while (j >= lo && a[j] > v) a[j + 1] = a[j--];
        a[j + 1] = v;
      }
      continue;
    }
    const mid = (lo + hi) >>> 1;
    const x = a[lo];
    const y = a[mid];
    const z = a[hi];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    // three-way partition: [lo, lt) < pivot, [lt, gt] = pivot, (gt, hi] > pivot
    let lt = lo;
    let gt = hi;
    let i = lo;
    while (i <= gt) {
      const v = a[i];
      if (v < pivot) {
        a[i++] = a[lt];
        a[lt++] = v;
      } else if (v > pivot) {
        a[i] = a[gt];
        a[gt--] = v;
      } else {
        i++;
      }
    }
    let split = rlo;
    while (split <= rhi && ranks[split] < lt) split++;
    let after = split;
    while (after <= rhi && ranks[after] <= gt) after++;
    stack.push(lo, lt - 1, rlo, split - 1, gt + 1, hi, after, rhi);
  }
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
