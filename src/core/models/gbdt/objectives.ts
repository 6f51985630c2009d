/**
 * Losses: gradients and hessians of the margin, the starting margin, the margin -> prediction
 * transform and the default evaluation metric (XGBoost's default per objective).
 */
import type { GbdtObjective } from './types.js';

/** Smallest hessian kept, so a confident row never divides by zero (XGBoost uses the same floor). */
const MIN_HESSIAN = 1e-16;

/**
 * Fills `gradHess` for output `k` from the current margins (row-major n*numClass).
 * `weights` already carries scale_pos_weight.
 */
export function computeGradients(
  objective: GbdtObjective,
  margins: Float64Array,
  labels: Float64Array,
  weights: Float64Array | undefined,
  numClass: number,
  k: number,
  huberSlope: number,
  gradHess: Float64Array,
  probabilities?: Float64Array,
): void {
  const n = labels.length;
  for (let i = 0; i < n; i++) {
    const w = weights ? weights[i] : 1;
    const y = labels[i];
    let g: number;
    let h: number;
    switch (objective) {
      case 'binary:logistic': {
        const p = 1 / (1 + Math.exp(-margins[i]));
        g = p - y;
        h = Math.max(p * (1 - p), MIN_HESSIAN);
        break;
      }
      case 'multi:softmax': {
        const p = (probabilities as Float64Array)[i * numClass + k];
        g = p - (y === k ? 1 : 0);
        h = Math.max(2 * p * (1 - p), MIN_HESSIAN);
        break;
      }
      case 'reg:squarederror':
        g = margins[i] - y;
        h = 1;
        break;
      case 'reg:pseudohubererror': {
        const r = margins[i] - y;
        const z = r / huberSlope;
        const scale = 1 + z * z;
        const scaleSqrt = Math.sqrt(scale);
        g = r / scaleSqrt;
        h = 1 / (scale * scaleSqrt);
        break;
      }
    }
    gradHess[2 * i] = g * w;
    gradHess[2 * i + 1] = h * w;
  }
}

/** Row-major softmax of margins (n*k) into `out`. */
export function softmaxRows(margins: Float64Array, numClass: number, out: Float64Array): void {
  const n = margins.length / numClass;
  for (let i = 0; i < n; i++) {
    const base = i * numClass;
    let max = -Infinity;
    for (let k = 0; k < numClass; k++) max = Math.max(max, margins[base + k]);
    let sum = 0;
    for (let k = 0; k < numClass; k++) {
      const e = Math.exp(margins[base + k] - max);
      out[base + k] = e;
      sum += e;
    }
    for (let k = 0; k < numClass; k++) out[base + k] /= sum;
  }
}

/** Margins -> predictions: P(1) for binary, row-major class probabilities for multiclass, values for regression. */
export function transformMargins(objective: GbdtObjective, margins: Float64Array, numClass: number): Float64Array {
  const out = new Float64Array(margins.length);
  if (objective === 'binary:logistic') {
    for (let i = 0; i < margins.length; i++) out[i] = 1 / (1 + Math.exp(-margins[i]));
  } else if (objective === 'multi:softmax') {
    softmaxRows(margins, numClass, out);
  } else {
    out.set(margins);
  }
  return out;
}

/**
 * Starting margin per output from the weighted labels: log-odds of the mean (binary), log of class
 * frequencies (multiclass), mean (squared error) or weighted median (pseudo-Huber, robust to outliers).
 */
export function baseScore(objective: GbdtObjective, labels: Float64Array, weights: Float64Array | undefined, numClass: number): number[] {
  const n = labels.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += weights ? weights[i] : 1;
  if (total <= 0) return new Array<number>(numClass).fill(0);
  if (objective === 'binary:logistic') {
    let positive = 0;
    for (let i = 0; i < n; i++) positive += (weights ? weights[i] : 1) * labels[i];
    const p = Math.min(Math.max(positive / total, 1e-6), 1 - 1e-6);
    return [Math.log(p / (1 - p))];
  }
  if (objective === 'multi:softmax') {
    const counts = new Float64Array(numClass);
    for (let i = 0; i < n; i++) counts[labels[i]] += weights ? weights[i] : 1;
    const logs = Array.from(counts, (c) => Math.log(Math.max(c / total, 1e-6)));
    const mean = logs.reduce((a, b) => a + b, 0) / numClass;
    return logs.map((l) => l - mean);
  }
  if (objective === 'reg:pseudohubererror') return [weightedMedian(labels, weights, total)];
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (weights ? weights[i] : 1) * labels[i];
  return [sum / total];
}

function weightedMedian(values: Float64Array, weights: Float64Array | undefined, total: number): number {
  const order = Array.from(values.keys()).sort((a, b) => values[a] - values[b]);
  let cumulative = 0;
  for (const i of order) {
    cumulative += weights ? weights[i] : 1;
    if (cumulative >= total / 2) return values[i];
  }
  return values[order[order.length - 1]];
}
