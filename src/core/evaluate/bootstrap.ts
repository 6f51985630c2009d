/**
 * Seeded bootstrap: percentile confidence intervals for any metric, and paired comparisons of two
 * models scored on the same rows. Rows are drawn with replacement with `rng.nextInt(n)`, so the
 * same seed (and fork name) gives the same intervals on every machine.
 */
import type { Rng } from '../random/rng';
import type { ComputeMetricsInput } from './compute-metrics';
import { computeMetrics } from './compute-metrics';
import type { Numbers } from './numeric';
import { percentileSorted } from './numeric';

/** Per-row arrays to resample together. An array of length rows * k is resampled in rows of k values. */
export type BootstrapInputs = Readonly<Record<string, Numbers | undefined>>;

/** The resampled arrays, same keys and strides as the inputs. */
export type Resampled = Record<string, Float64Array>;

export interface BootstrapOptions {
  rng: Rng;
  /** Number of resamples (default 1000). */
  nResamples?: number;
  /** Coverage of the interval (default 0.95: the 2.5th and 97.5th percentiles). */
  confidence?: number;
  /** Number of rows (default: the length of the first array). */
  rows?: number;
}

export interface Interval {
  /** The metric on the original rows. */
  estimate: number;
  lower: number;
  upper: number;
  confidence: number;
  nResamples: number;
  /** Resamples whose metric was a number (a resample holding one class has no AUC, for example). */
  nValid: number;
  /** Standard deviation of the valid bootstrap values. */
  standardError: number;
}

export const DEFAULT_RESAMPLES = 1000;

function rowsOf(inputs: BootstrapInputs, rows?: number): number {
  if (rows !== undefined) return rows;
  for (const v of Object.values(inputs)) if (v !== undefined) return v.length;
  throw new RangeError('bootstrap needs at least one input array');
}

function strides(inputs: BootstrapInputs, n: number): [string, Numbers, number][] {
  const out: [string, Numbers, number][] = [];
  for (const [key, values] of Object.entries(inputs)) {
    if (values === undefined) continue;
    const k = values.length / n;
    if (!Number.isInteger(k) || k < 1) throw new RangeError(`input '${key}' has ${values.length} values, not a multiple of ${n} rows`);
    out.push([key, values, k]);
  }
  return out;
}

/** Copies the rows `index` of every input (with their stride). */
export function takeRows(inputs: BootstrapInputs, index: ArrayLike<number>, rows?: number): Resampled {
  const n = rowsOf(inputs, rows);
  const out: Resampled = {};
  for (const [key, values, k] of strides(inputs, n)) {
    const copy = new Float64Array(index.length * k);
    for (let i = 0; i < index.length; i++) {
      const src = index[i] * k;
      for (let j = 0; j < k; j++) copy[i * k + j] = values[src + j];
    }
    out[key] = copy;
  }
  return out;
}

/** n row indices drawn uniformly with replacement. */
export function resampleIndices(rng: Rng, n: number): Uint32Array {
  const index = new Uint32Array(n);
  for (let i = 0; i < n; i++) index[i] = rng.nextInt(n);
  return index;
}

function checkOptions(options: BootstrapOptions): { b: number; confidence: number } {
  const b = options.nResamples ?? DEFAULT_RESAMPLES;
  const confidence = options.confidence ?? 0.95;
  if (!Number.isInteger(b) || b < 1) throw new RangeError(`nResamples must be a positive integer, got ${b}`);
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  return { b, confidence };
}

/** The percentile interval of `values` (NaN skipped), numpy's linear percentiles. */
export function percentileInterval(values: ArrayLike<number>, estimate: number, confidence: number): Interval {
  const valid = Array.from(values).filter((v) => !Number.isNaN(v));
  const sorted = Float64Array.from(valid).sort();
  const alpha = (1 - confidence) / 2;
  let mean = 0;
  for (const v of valid) mean += v;
  mean /= valid.length;
  let ss = 0;
  for (const v of valid) ss += (v - mean) * (v - mean);
  return {
    estimate,
    lower: percentileSorted(sorted, alpha * 100),
    upper: percentileSorted(sorted, (1 - alpha) * 100),
    confidence,
    nResamples: values.length,
    nValid: valid.length,
    standardError: valid.length > 1 ? Math.sqrt(ss / (valid.length - 1)) : NaN,
  };
}

/**
 * A percentile bootstrap interval for `metricFn` over `inputs`: the metric on nResamples copies of
 * the rows drawn with replacement, and the (1 - confidence)/2 and (1 + confidence)/2 percentiles of
 * the values. `metricFn` sees arrays with the same keys as `inputs`.
 */
export function bootstrapInterval(metricFn: (data: Resampled) => number, inputs: BootstrapInputs, options: BootstrapOptions): Interval {
  const { b, confidence } = checkOptions(options);
  const n = rowsOf(inputs, options.rows);
  if (n === 0) throw new RangeError('bootstrap needs at least one row');
  const identity = Uint32Array.from({ length: n }, (_, i) => i);
  const estimate = metricFn(takeRows(inputs, identity, n));
  const values = new Float64Array(b);
  for (let r = 0; r < b; r++) values[r] = metricFn(takeRows(inputs, resampleIndices(options.rng, n), n));
  return percentileInterval(values, estimate, confidence);
}

/**
 * Intervals for several metrics at once from the same resamples: `metricsFn` returns a record of
 * numbers (computeMetrics, for example) and every key of the original result gets an interval.
 */
export function bootstrapIntervals(
  metricsFn: (data: Resampled) => Record<string, number>,
  inputs: BootstrapInputs,
  options: BootstrapOptions,
): Record<string, Interval> {
  const { b, confidence } = checkOptions(options);
  const n = rowsOf(inputs, options.rows);
  if (n === 0) throw new RangeError('bootstrap needs at least one row');
  const identity = Uint32Array.from({ length: n }, (_, i) => i);
  const estimate = metricsFn(takeRows(inputs, identity, n));
  const names = Object.keys(estimate);
  const values: Record<string, Float64Array> = Object.fromEntries(names.map((k) => [k, new Float64Array(b)]));
  for (let r = 0; r < b; r++) {
    const m = metricsFn(takeRows(inputs, resampleIndices(options.rng, n), n));
    for (const k of names) values[k][r] = m[k] ?? NaN;
  }
  return Object.fromEntries(names.map((k) => [k, percentileInterval(values[k], estimate[k], confidence)]));
}

/**
 * The same resamples as `bootstrapIntervals` (the same draws for the same rng), handed to
 * `metricsFn` as multiplicities: counts[i] = how often row i was drawn. A metric that takes
 * sample weights gives on (rows, counts) exactly what it gives on the expanded resample, without
 * copying rows; with rows pre-sorted by score, a weighted rank metric's sort meets one ordered run.
 */
export function bootstrapIntervalsByCounts(metricsFn: (counts: Float64Array) => Record<string, number>, rows: number, options: BootstrapOptions): Record<string, Interval> {
  const { b, confidence } = checkOptions(options);
  if (rows === 0) throw new RangeError('bootstrap needs at least one row');
  const estimate = metricsFn(new Float64Array(rows).fill(1));
  const names = Object.keys(estimate);
  const values: Record<string, Float64Array> = Object.fromEntries(names.map((k) => [k, new Float64Array(b)]));
  const counts = new Float64Array(rows);
  for (let r = 0; r < b; r++) {
    counts.fill(0);
    for (let i = 0; i < rows; i++) counts[options.rng.nextInt(rows)]++;
    const m = metricsFn(counts);
    for (const k of names) values[k][r] = m[k] ?? NaN;
  }
  return Object.fromEntries(names.map((k) => [k, percentileInterval(values[k], estimate[k], confidence)]));
}

export type Alternative = 'two-sided' | 'less' | 'greater';

export interface PairedBootstrapResult {
  /** metric(candidate) - metric(baseline) on the original rows. */
  difference: number;
  /** Percentile interval of the difference. */
  interval: Interval;
  /**
   * Bootstrap p-value, (count + 1) / (valid + 1): for 'less' (candidate worse) the count of resamples
   * where the candidate is at least as good, for 'greater' where it is at most as good; two-sided is
   * twice the smaller, capped at 1. "Good" respects `lowerIsBetter`.
   */
  pValue: number;
  alternative: Alternative;
}

/**
 * Paired bootstrap comparison of two models on the same rows: each resample draws rows once and
 * scores both models on them, so the rows' difficulty cancels out. `candidateFn` and `baselineFn`
 * compute the metric of each model from the resampled inputs.
 */
export function pairedBootstrap(
  candidateFn: (data: Resampled) => number,
  baselineFn: (data: Resampled) => number,
  inputs: BootstrapInputs,
  options: BootstrapOptions & { alternative?: Alternative; lowerIsBetter?: boolean },
): PairedBootstrapResult {
  const { b, confidence } = checkOptions(options);
  const n = rowsOf(inputs, options.rows);
  if (n === 0) throw new RangeError('bootstrap needs at least one row');
  const identity = Uint32Array.from({ length: n }, (_, i) => i);
  const full = takeRows(inputs, identity, n);
  const difference = candidateFn(full) - baselineFn(full);
  const diffs = new Float64Array(b);
  for (let r = 0; r < b; r++) {
    const data = takeRows(inputs, resampleIndices(options.rng, n), n);
    diffs[r] = candidateFn(data) - baselineFn(data);
  }
  const sign = options.lowerIsBetter ? -1 : 1;
  let valid = 0;
  let notWorse = 0;
  let notBetter = 0;
  for (const d of diffs) {
    if (Number.isNaN(d)) continue;
    valid++;
    const gain = sign * d;
    if (gain >= 0) notWorse++;
    if (gain <= 0) notBetter++;
  }
  const alternative = options.alternative ?? 'two-sided';
  const pLess = (notWorse + 1) / (valid + 1);
  const pGreater = (notBetter + 1) / (valid + 1);
  const pValue = alternative === 'less' ? pLess : alternative === 'greater' ? pGreater : Math.min(1, 2 * Math.min(pLess, pGreater));
  return { difference, interval: percentileInterval(diffs, difference, confidence), pValue, alternative };
}

/**
 * Seeded percentile intervals for every headline metric of one set of predictions: rows are
 * resampled together (a multiclass row's k probabilities move as one) and computeMetrics runs on
 * each resample. A metric undefined on a resample (AUC of a single-class resample) is left out of
 * that metric's percentiles and counted in `nResamples - nValid`.
 */
export function metricIntervals(input: ComputeMetricsInput, options: BootstrapOptions): Record<string, Interval> {
  const n = input.yTrue.length;
  const inputs: BootstrapInputs = { yTrue: input.yTrue, yScore: input.yScore, yPred: input.yPred, sampleWeight: input.sampleWeight };
  return bootstrapIntervals(
    (d) => computeMetrics({ ...input, yTrue: d.yTrue, yScore: d.yScore, yPred: d.yPred, sampleWeight: d.sampleWeight }),
    inputs,
    { ...options, rows: n },
  );
}
