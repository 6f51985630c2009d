/**
 * XGBoost's default evaluation metric per objective (logloss, mlogloss, rmse, mphe), computed on
 * predictions (probabilities or values), weighted like XGBoost (sum w*loss / sum w).
 */
import type { GbdtEvalMetric, GbdtObjective } from './types.js';

/** XGBoost clips probabilities at 1e-15 in logloss. */
const EPS = 1e-15;

function weightedMean(n: number, weights: Float64Array | undefined, loss: (i: number) => number): number {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = weights ? weights[i] : 1;
    sum += w * loss(i);
    total += w;
  }
  return total > 0 ? sum / total : NaN;
}

export const logLoss: GbdtEvalMetric = {
  name: 'logloss',
  higherIsBetter: false,
  compute: (labels, p, weights) =>
    weightedMean(labels.length, weights, (i) => {
      const q = Math.min(Math.max(p[i], EPS), 1 - EPS);
      return labels[i] > 0.5 ? -Math.log(q) : -Math.log(1 - q);
    }),
};

export const multiLogLoss: GbdtEvalMetric = {
  name: 'mlogloss',
  higherIsBetter: false,
  compute: (labels, p, weights) => {
    const k = p.length / labels.length;
    return weightedMean(labels.length, weights, (i) => -Math.log(Math.max(p[i * k + labels[i]], EPS)));
  },
};

export const rmse: GbdtEvalMetric = {
  name: 'rmse',
  higherIsBetter: false,
  compute: (labels, p, weights) => Math.sqrt(weightedMean(labels.length, weights, (i) => (p[i] - labels[i]) ** 2)),
};

/** Mean pseudo-Huber error with slope 1, as XGBoost's `mphe`. */
export const meanPseudoHuberError: GbdtEvalMetric = {
  name: 'mphe',
  higherIsBetter: false,
  compute: (labels, p, weights) => weightedMean(labels.length, weights, (i) => Math.sqrt(1 + (p[i] - labels[i]) ** 2) - 1),
};

export function defaultEvalMetric(objective: GbdtObjective): GbdtEvalMetric {
  switch (objective) {
    case 'binary:logistic':
      return logLoss;
    case 'multi:softmax':
      return multiLogLoss;
    case 'reg:squarederror':
      return rmse;
    case 'reg:pseudohubererror':
      return meanPseudoHuberError;
  }
}
