/**
 * Small numeric helpers shared by the metric functions, written to reproduce numpy's results
 * (np.average, np.linspace, np.percentile, np.searchsorted) rather than merely approximate them.
 */

/** A read-only array of numbers: plain arrays and typed arrays both fit. */
export type Numbers = ArrayLike<number>;

/** Throws unless `values` is non-empty and every entry is a finite number. */
export function checkFinite(values: Numbers, name: string): void {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) throw new RangeError(`${name}[${i}] must be a finite number, got ${values[i]}`);
  }
}

/** Throws unless `a` and `b` have the same length. */
export function checkSameLength(a: Numbers, aName: string, b: Numbers, bName: string): void {
  if (a.length !== b.length) throw new RangeError(`${aName} has ${a.length} entries but ${bName} has ${b.length}`);
}

/** Validates optional sample weights: same length as the data, finite, non-negative. */
export function checkWeights(weights: Numbers | undefined, n: number): void {
  if (weights === undefined) return;
  if (weights.length !== n) throw new RangeError(`sampleWeight has ${weights.length} entries but the data has ${n}`);
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`sampleWeight[${i}] must be a finite number >= 0, got ${w}`);
  }
}

/** Throws unless every label is an integer in [0, k). */
export function checkLabels(labels: Numbers, k: number, name: string): void {
  for (let i = 0; i < labels.length; i++) {
    const y = labels[i];
    if (!Number.isInteger(y) || y < 0 || y >= k) {
      throw new RangeError(`${name}[${i}] must be an integer class index in [0, ${k - 1}], got ${y}`);
    }
  }
}

/** The sum of `values` in order. */
export function sum(values: Numbers): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s;
}

/**
 * np.average(values, weights=weights): the plain mean without weights, sum(v*w)/sum(w) with them.
 * NaN when there is nothing to average (no values, or weights summing to zero, where numpy raises).
 */
export function weightedMean(values: Numbers, weights?: Numbers): number {
  const n = values.length;
  if (n === 0) return NaN;
  if (weights === undefined) return sum(values) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += values[i] * weights[i];
    den += weights[i];
  }
  return den === 0 ? NaN : num / den;
}

/** np.linspace(start, stop, num): start + i*step, the last point exactly `stop`. */
export function linspace(start: number, stop: number, num: number): number[] {
  if (num === 1) return [start];
  const step = (stop - start) / (num - 1);
  const out = new Array<number>(num);
  for (let i = 0; i < num; i++) out[i] = i * step + start;
  out[num - 1] = stop;
  return out;
}

/** np.searchsorted(sorted, x, side='left'): the first index whose value is >= x. */
export function searchSortedLeft(sorted: Numbers, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * np.percentile(values, q) with numpy's default 'linear' method, for already sorted values.
 * q is in [0, 100].
 */
export function percentileSorted(sorted: Numbers, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const virtual = (q / 100) * (n - 1);
  const lo = Math.floor(virtual);
  const hi = Math.min(lo + 1, n - 1);
  const t = virtual - lo;
  const a = sorted[lo];
  const b = sorted[hi];
  const diff = b - a;
  // numpy's _lerp: a + diff*t, or b - diff*(1-t) when t >= 0.5 (more exact near b).
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/** A sorted copy of `values` as a Float64Array (ascending). */
export function sortedCopy(values: Numbers): Float64Array {
  const out = Float64Array.from(values as ArrayLike<number>);
  out.sort();
  return out;
}

/**
 * The values as a Float64Array (the same object when it already is one). Metric loops run on
 * Float64Arrays only, so that the engine sees one array type and keeps them fast.
 */
export function f64(values: Numbers): Float64Array {
  return values instanceof Float64Array ? values : Float64Array.from(values as ArrayLike<number>);
}

/** f64 for an optional array. */
export function f64opt(values: Numbers | undefined): Float64Array | undefined {
  return values === undefined ? undefined : f64(values);
}
