import type { ParamValue } from '../../config/training-config';
import type { EncodedDataset, IterationDecision, IterationReport } from '../trainer';
import { solveSpd } from './linear-algebra';

/** Parameters with scikit-learn's LogisticRegression names and defaults (penalty l2). */
export interface LogisticParams {
  C: number;
  max_iter: number;
  tol: number;
  fit_intercept: boolean;
  class_weight: 'balanced' | null;
}

export const LOGISTIC_DEFAULTS: LogisticParams = { C: 1, max_iter: 100, tol: 1e-10, fit_intercept: true, class_weight: null };

export interface LogisticFit {
  coef: Float64Array;
  intercept: number;
  iterations: number;
  converged: boolean;
}

/**
 * Binary logistic regression with an L2 penalty, fitted by Newton's method (IRLS) to the same
 * optimum as scikit-learn's: minimise 0.5 * ||w||^2 + C * sum_i s_i * logloss_i, intercept
 * unpenalised. Newton converges in a handful of steps on standardised features and needs no
 * learning rate, so the fit is exact and deterministic. Missing features (NaN) contribute 0.
 */
export function fitLogistic(
  data: EncodedDataset,
  params: LogisticParams,
  onIteration?: (report: IterationReport) => IterationDecision,
  validationLoss?: (coef: Float64Array, intercept: number) => number,
): LogisticFit {
  const n = data.label.length;
  const d = data.features.length;
  const dim = d + (params.fit_intercept ? 1 : 0);
  const sampleWeight = effectiveWeights(data, params);
  const w = new Float64Array(dim);
  const x = (j: number, i: number): number => {
    if (j === d) return 1;
    const v = data.features[j][i];
    return Number.isNaN(v) ? 0 : v;
  };
  const margin = new Float64Array(n);
  const computeMargins = (coef: Float64Array) => {
    margin.fill(params.fit_intercept ? coef[d] : 0);
    for (let j = 0; j < d; j++) {
      const column = data.features[j];
      const wj = coef[j];
      if (wj === 0) continue;
      for (let i = 0; i < n; i++) {
        const v = column[i];
        if (!Number.isNaN(v)) margin[i] += wj * v;
      }
    }
  };
  const objective = (coef: Float64Array): number => {
    computeMargins(coef);
    let loss = 0;
    for (let i = 0; i < n; i++) loss += sampleWeight[i] * logLossOfMargin(margin[i], data.label[i]);
    let penalty = 0;
    for (let j = 0; j < d; j++) penalty += coef[j] * coef[j];
    return 0.5 * penalty + params.C * loss;
  };

  let current = objective(w);
  let converged = false;
  let iteration = 0;
  const gradient = new Float64Array(dim);
  const hessian = new Float64Array(dim * dim);
  const curvature = new Float64Array(n);
  const residual = new Float64Array(n);
  while (iteration < params.max_iter) {
    computeMargins(w);
    for (let i = 0; i < n; i++) {
      const p = sigmoid(margin[i]);
      residual[i] = params.C * sampleWeight[i] * (p - data.label[i]);
      curvature[i] = params.C * sampleWeight[i] * Math.max(p * (1 - p), 1e-12);
    }
    gradient.fill(0);
    hessian.fill(0);
    for (let a = 0; a < dim; a++) {
      let g = a < d ? w[a] : 0;
      for (let i = 0; i < n; i++) g += residual[i] * x(a, i);
      gradient[a] = g;
      for (let b = 0; b <= a; b++) {
        let h = a === b && a < d ? 1 : 0;
        if (a < d && b < d) {
          const ca = data.features[a];
          const cb = data.features[b];
          for (let i = 0; i < n; i++) {
            const va = ca[i];
            const vb = cb[i];
            if (!Number.isNaN(va) && !Number.isNaN(vb)) h += curvature[i] * va * vb;
          }
        } else {
          for (let i = 0; i < n; i++) h += curvature[i] * x(a, i) * x(b, i);
        }
        hessian[a * dim + b] = h;
        hessian[b * dim + a] = h;
      }
    }
    let maxGradient = 0;
    for (let a = 0; a < dim; a++) maxGradient = Math.max(maxGradient, Math.abs(gradient[a]));
    if (maxGradient <= params.tol * Math.max(1, params.C * n)) {
      converged = true;
      break;
    }
    const step = solveSpd(hessian, gradient, dim);
    if (!step) break;
    // Newton with step halving: the objective is convex, so a full step rarely overshoots.
    let scale = 1;
    const candidate = new Float64Array(dim);
    let value = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let a = 0; a < dim; a++) candidate[a] = w[a] - scale * step[a];
      value = objective(candidate);
      if (value <= current + 1e-12 * Math.abs(current)) break;
      scale /= 2;
    }
    if (!(value <= current + 1e-12 * Math.abs(current))) break;
    const improvement = current - value;
    w.set(candidate);
    current = value;
    iteration++;
    const decision = onIteration?.({ iteration, validationLoss: validationLoss?.(w.subarray(0, d), params.fit_intercept ? w[d] : 0) });
    if (decision === 'stop') break;
    if (improvement <= 1e-15 * Math.max(1, Math.abs(current))) {
      converged = true;
      break;
    }
  }
  return { coef: w.slice(0, d), intercept: params.fit_intercept ? w[d] : 0, iterations: iteration, converged };
}

/** P(class 1) for each row. */
export function predictLogistic(coef: ArrayLike<number>, intercept: number, features: Float64Array[]): Float64Array {
  const n = features.length === 0 ? 0 : features[0].length;
  const margin = new Float64Array(n).fill(intercept);
  for (let j = 0; j < coef.length; j++) {
    const column = features[j];
    const wj = coef[j];
    for (let i = 0; i < n; i++) {
      const v = column[i];
      if (!Number.isNaN(v)) margin[i] += wj * v;
    }
  }
  for (let i = 0; i < n; i++) margin[i] = sigmoid(margin[i]);
  return margin;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** log(1 + exp(-m)) for label 1, log(1 + exp(m)) for label 0, computed without overflow. */
function logLossOfMargin(m: number, label: number): number {
  const z = label === 1 ? -m : m;
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

function effectiveWeights(data: EncodedDataset, params: LogisticParams): Float64Array {
  const n = data.label.length;
  const weights = data.weight ? Float64Array.from(data.weight) : new Float64Array(n).fill(1);
  if (params.class_weight === 'balanced') {
    // scikit-learn: n_samples / (n_classes * count(class)), counted without sample weights.
    let positives = 0;
    for (let i = 0; i < n; i++) positives += data.label[i] === 1 ? 1 : 0;
    const negatives = n - positives;
    for (let i = 0; i < n; i++) weights[i] *= data.label[i] === 1 ? n / (2 * positives) : n / (2 * negatives);
  }
  return weights;
}

/** Reads and checks parameters; problems name the parameter. */
export function readLogisticParams(params: Record<string, ParamValue>): { params: LogisticParams; problems: { param: string; message: string }[] } {
  const problems: { param: string; message: string }[] = [];
  const result: LogisticParams = { ...LOGISTIC_DEFAULTS };
  for (const [key, value] of Object.entries(params)) {
    switch (key) {
      case 'C':
        if (typeof value === 'number' && value > 0 && Number.isFinite(value)) result.C = value;
        else problems.push({ param: key, message: `'C' must be a positive number, got ${JSON.stringify(value)}` });
        break;
      case 'max_iter':
        if (typeof value === 'number' && Number.isInteger(value) && value >= 1) result.max_iter = value;
        else problems.push({ param: key, message: `'max_iter' must be an integer >= 1, got ${JSON.stringify(value)}` });
        break;
      case 'tol':
        if (typeof value === 'number' && value > 0) result.tol = value;
        else problems.push({ param: key, message: `'tol' must be a positive number, got ${JSON.stringify(value)}` });
        break;
      case 'fit_intercept':
        if (typeof value === 'boolean') result.fit_intercept = value;
        else problems.push({ param: key, message: `'fit_intercept' must be true or false, got ${JSON.stringify(value)}` });
        break;
      case 'class_weight':
        if (value === 'balanced' || value === null) result.class_weight = value;
        else problems.push({ param: key, message: `'class_weight' must be 'balanced' or null, got ${JSON.stringify(value)}` });
        break;
      default:
        problems.push({ param: key, message: `'${key}' is not a logistic parameter (C, max_iter, tol, fit_intercept, class_weight)` });
    }
  }
  return { params: result, problems };
}
