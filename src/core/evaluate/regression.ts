/**
 * Regression metrics following scikit-learn 1.2: `mean_squared_error(squared=False)`,
 * `mean_absolute_error`, `r2_score` and `mean_absolute_percentage_error`.
 */
import type { Numbers } from './numeric';
import { checkFinite, checkSameLength, checkWeights, weightedMean } from './numeric';

export interface RegressionOptions {
  sampleWeight?: Numbers;
}

function check(yTrue: Numbers, yPred: Numbers, sampleWeight?: Numbers): void {
  checkSameLength(yTrue, 'yTrue', yPred, 'yPred');
  if (yTrue.length === 0) throw new RangeError('yTrue is empty');
  checkFinite(yTrue, 'yTrue');
  checkFinite(yPred, 'yPred');
  checkWeights(sampleWeight, yTrue.length);
}

/** Root mean squared error. */
export function rootMeanSquaredError(yTrue: Numbers, yPred: Numbers, options: RegressionOptions = {}): number {
  check(yTrue, yPred, options.sampleWeight);
  const sq = new Float64Array(yTrue.length);
  for (let i = 0; i < sq.length; i++) sq[i] = (yTrue[i] - yPred[i]) ** 2;
  return Math.sqrt(weightedMean(sq, options.sampleWeight));
}

/** Mean absolute error. */
export function meanAbsoluteError(yTrue: Numbers, yPred: Numbers, options: RegressionOptions = {}): number {
  check(yTrue, yPred, options.sampleWeight);
  const abs = new Float64Array(yTrue.length);
  for (let i = 0; i < abs.length; i++) abs[i] = Math.abs(yPred[i] - yTrue[i]);
  return weightedMean(abs, options.sampleWeight);
}

/**
 * Coefficient of determination. As scikit-learn: NaN with fewer than two rows; 1 for a perfect fit;
 * 0 (not -infinity) when yTrue is constant and the fit is not perfect.
 */
export function r2Score(yTrue: Numbers, yPred: Numbers, options: RegressionOptions = {}): number {
  check(yTrue, yPred, options.sampleWeight);
  if (yTrue.length < 2) return NaN;
  const w = options.sampleWeight;
  const mean = weightedMean(yTrue, w);
  let numerator = 0;
  let denominator = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const wi = w === undefined ? 1 : w[i];
    numerator += wi * (yTrue[i] - yPred[i]) ** 2;
    denominator += wi * (yTrue[i] - mean) ** 2;
  }
  if (numerator === 0) return 1;
  if (denominator === 0) return 0;
  return 1 - numerator / denominator;
}

/**
 * Mean absolute percentage error as a fraction (0.1 = 10%), |y - yhat| / max(|y|, eps): rows with
 * y = 0 give huge values rather than infinity, as in scikit-learn.
 */
export function meanAbsolutePercentageError(yTrue: Numbers, yPred: Numbers, options: RegressionOptions = {}): number {
  check(yTrue, yPred, options.sampleWeight);
  const eps = 2.220446049250313e-16;
  const ape = new Float64Array(yTrue.length);
  for (let i = 0; i < ape.length; i++) ape[i] = Math.abs(yPred[i] - yTrue[i]) / Math.max(Math.abs(yTrue[i]), eps);
  return weightedMean(ape, options.sampleWeight);
}
