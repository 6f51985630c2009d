/**
 * Label and probability metrics for classification, following scikit-learn 1.2 (`confusion_matrix`,
 * `accuracy_score`, `balanced_accuracy_score`, `precision_recall_fscore_support`,
 * `matthews_corrcoef`, `log_loss`, `brier_score_loss`). Labels are integer class indices 0..k-1.
 * Zero division follows scikit-learn's default (`zero_division="warn"`): the ill-defined value is 0.
 */
import type { Numbers } from './numeric';
import { checkFinite, checkSameLength, checkWeights, weightedMean } from './numeric';

export interface LabelOptions {
  sampleWeight?: Numbers;
}

function checkIntLabels(values: Numbers, name: string): void {
  for (let i = 0; i < values.length; i++) {
    const y = values[i];
    if (!Number.isInteger(y) || y < 0) throw new RangeError(`${name}[${i}] must be a non-negative integer class index, got ${y}`);
  }
}

function checkPair(yTrue: Numbers, yPred: Numbers, sampleWeight?: Numbers): void {
  checkSameLength(yTrue, 'yTrue', yPred, 'yPred');
  if (yTrue.length === 0) throw new RangeError('yTrue is empty');
  checkIntLabels(yTrue, 'yTrue');
  checkIntLabels(yPred, 'yPred');
  checkWeights(sampleWeight, yTrue.length);
}

/** The sorted distinct labels found in yTrue or yPred (scikit-learn's `unique_labels`). */
export function presentLabels(yTrue: Numbers, yPred: Numbers): number[] {
  const seen = new Set<number>();
  for (let i = 0; i < yTrue.length; i++) seen.add(yTrue[i]);
  for (let i = 0; i < yPred.length; i++) seen.add(yPred[i]);
  return [...seen].sort((a, b) => a - b);
}

/**
 * sklearn.metrics.confusion_matrix: `matrix[i][j]` is the (weighted) count of rows whose true label
 * is `labels[i]` and predicted label `labels[j]`. `labels` defaults to the labels present in either
 * array, sorted; rows whose labels are not listed are ignored.
 */
export function confusionMatrix(
  yTrue: Numbers,
  yPred: Numbers,
  options: LabelOptions & { labels?: readonly number[] } = {},
): { labels: number[]; matrix: number[][] } {
  checkPair(yTrue, yPred, options.sampleWeight);
  const labels = options.labels ? [...options.labels] : presentLabels(yTrue, yPred);
  const index = new Map<number, number>();
  labels.forEach((label, i) => index.set(label, i));
  const matrix = labels.map(() => new Array<number>(labels.length).fill(0));
  const w = options.sampleWeight;
  for (let r = 0; r < yTrue.length; r++) {
    const i = index.get(yTrue[r]);
    const j = index.get(yPred[r]);
    if (i === undefined || j === undefined) continue;
    matrix[i][j] += w === undefined ? 1 : w[r];
  }
  return { labels, matrix };
}

/** sklearn.metrics.accuracy_score: the (weighted) share of rows predicted right. */
export function accuracyScore(yTrue: Numbers, yPred: Numbers, options: LabelOptions = {}): number {
  checkPair(yTrue, yPred, options.sampleWeight);
  const correct = new Float64Array(yTrue.length);
  for (let i = 0; i < yTrue.length; i++) correct[i] = yTrue[i] === yPred[i] ? 1 : 0;
  return weightedMean(correct, options.sampleWeight);
}

/**
 * sklearn.metrics.balanced_accuracy_score: the mean recall over the classes present in yTrue
 * (classes only predicted, never true, are dropped, as scikit-learn drops them with a warning).
 */
export function balancedAccuracyScore(yTrue: Numbers, yPred: Numbers, options: LabelOptions = {}): number {
  const { matrix } = confusionMatrix(yTrue, yPred, options);
  const perClass: number[] = [];
  for (let i = 0; i < matrix.length; i++) {
    let rowSum = 0;
    for (const v of matrix[i]) rowSum += v;
    const r = matrix[i][i] / rowSum;
    if (!Number.isNaN(r)) perClass.push(r);
  }
  return perClass.length === 0 ? NaN : perClass.reduce((a, b) => a + b, 0) / perClass.length;
}

export type Average = 'binary' | 'macro' | 'weighted' | 'micro';

export interface PrecisionRecallF {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * sklearn.metrics.precision_recall_fscore_support with beta = 1. 'binary' scores class 1 only;
 * 'macro' / 'weighted' / 'micro' average over the labels present in yTrue or yPred (scikit-learn's
 * default `labels`), 'weighted' by each label's (weighted) support in yTrue.
 */
export function precisionRecallF1(yTrue: Numbers, yPred: Numbers, average: Average, options: LabelOptions = {}): PrecisionRecallF {
  checkPair(yTrue, yPred, options.sampleWeight);
  let labels: number[];
  if (average === 'binary') {
    const present = presentLabels(yTrue, yPred);
    if (present.some((l) => l > 1)) throw new RangeError("average 'binary' needs labels 0/1");
    labels = [1];
  } else {
    labels = presentLabels(yTrue, yPred);
  }
  const index = new Map<number, number>();
  labels.forEach((label, i) => index.set(label, i));
  let tp = new Float64Array(labels.length);
  let predSum = new Float64Array(labels.length);
  let trueSum = new Float64Array(labels.length);
  const w = options.sampleWeight;
  for (let r = 0; r < yTrue.length; r++) {
    const wr = w === undefined ? 1 : w[r];
    const it = index.get(yTrue[r]);
    const ip = index.get(yPred[r]);
    if (it !== undefined) trueSum[it] += wr;
    if (ip !== undefined) predSum[ip] += wr;
    if (it !== undefined && yTrue[r] === yPred[r]) tp[it] += wr;
  }
  if (average === 'micro') {
    tp = Float64Array.of(tp.reduce((a, b) => a + b, 0));
    predSum = Float64Array.of(predSum.reduce((a, b) => a + b, 0));
    trueSum = Float64Array.of(trueSum.reduce((a, b) => a + b, 0));
  }
  const k = tp.length;
  const precision = new Float64Array(k);
  const recall = new Float64Array(k);
  const f1 = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    precision[i] = predSum[i] === 0 ? 0 : tp[i] / predSum[i];
    recall[i] = trueSum[i] === 0 ? 0 : tp[i] / trueSum[i];
    let denom = precision[i] + recall[i];
    if (denom === 0) denom = 1;
    f1[i] = (2 * precision[i] * recall[i]) / denom;
  }
  if (average === 'weighted') {
    const total = trueSum.reduce((a, b) => a + b, 0);
    if (total === 0) {
      // scikit-learn's special case, no true support at all (only with zero weights): all zero.
      return { precision: 0, recall: 0, f1: 0 };
    }
    return {
      precision: weightedMean(precision, trueSum),
      recall: weightedMean(recall, trueSum),
      f1: weightedMean(f1, trueSum),
    };
  }
  return { precision: weightedMean(precision), recall: weightedMean(recall), f1: weightedMean(f1) };
}

/**
 * sklearn.metrics.matthews_corrcoef for any number of classes (Gorodkin's R_K); 0 when either the
 * true or the predicted labels are constant, as scikit-learn returns.
 */
export function matthewsCorrcoef(yTrue: Numbers, yPred: Numbers, options: LabelOptions = {}): number {
  const { matrix } = confusionMatrix(yTrue, yPred, options);
  const k = matrix.length;
  const tSum = new Float64Array(k);
  const pSum = new Float64Array(k);
  let nCorrect = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      tSum[i] += matrix[i][j];
      pSum[j] += matrix[i][j];
    }
    nCorrect += matrix[i][i];
  }
  let nSamples = 0;
  for (let j = 0; j < k; j++) nSamples += pSum[j];
  let tp = 0;
  let pp = 0;
  let tt = 0;
  for (let i = 0; i < k; i++) {
    tp += tSum[i] * pSum[i];
    pp += pSum[i] * pSum[i];
    tt += tSum[i] * tSum[i];
  }
  const covYtYp = nCorrect * nSamples - tp;
  const covYpYp = nSamples * nSamples - pp;
  const covYtYt = nSamples * nSamples - tt;
  if (covYpYp * covYtYt === 0) return 0;
  return covYtYp / Math.sqrt(covYtYt * covYpYp);
}

/** float64 machine epsilon: scikit-learn 1.2's `eps="auto"` clipping for log_loss. */
export const LOG_LOSS_EPS = 2.220446049250313e-16;

/**
 * sklearn.metrics.log_loss (1.2, `eps="auto"`) with `labels=range(k)`: probabilities clipped to
 * [eps, 1 - eps], each row renormalised to sum to 1, then the (weighted) mean of -ln p(true class).
 * Passing the labels makes the loss defined even when yTrue holds a single class, where
 * scikit-learn without `labels` raises.
 *
 * `yProb` is either P(class 1) per row (`k` = 2, one number per row) or row-major n*k probabilities.
 */
export function logLoss(yTrue: Numbers, yProb: Numbers, options: LabelOptions & { numClasses?: number } = {}): number {
  const n = yTrue.length;
  if (n === 0) throw new RangeError('yTrue is empty');
  checkIntLabels(yTrue, 'yTrue');
  checkFinite(yProb, 'yProb');
  checkWeights(options.sampleWeight, n);
  const eps = LOG_LOSS_EPS;
  const clip = (p: number): number => (p < eps ? eps : p > 1 - eps ? 1 - eps : p);
  const loss = new Float64Array(n);
  if (yProb.length === n && (options.numClasses ?? 2) === 2) {
    for (let i = 0; i < n; i++) {
      if (yTrue[i] > 1) throw new RangeError(`yTrue[${i}] must be 0 or 1 for binary probabilities, got ${yTrue[i]}`);
      const p1 = clip(yProb[i]);
      const p0 = 1 - p1;
      const s = p0 + p1;
      loss[i] = -Math.log((yTrue[i] === 1 ? p1 : p0) / s);
    }
  } else {
    const k = options.numClasses ?? yProb.length / n;
    if (!Number.isInteger(k) || k < 2 || yProb.length !== n * k) {
      throw new RangeError(`yProb has ${yProb.length} entries, not n * k for n = ${n} rows and k = ${k} classes`);
    }
    for (let i = 0; i < n; i++) {
      if (yTrue[i] >= k) throw new RangeError(`yTrue[${i}] = ${yTrue[i]} is not a class index below ${k}`);
      let s = 0;
      for (let c = 0; c < k; c++) s += clip(yProb[i * k + c]);
      loss[i] = -Math.log(clip(yProb[i * k + yTrue[i]]) / s);
    }
  }
  return weightedMean(loss, options.sampleWeight);
}

/** sklearn.metrics.brier_score_loss: the (weighted) mean of (y - p)^2 for binary labels. */
export function brierScoreLoss(yTrue: Numbers, yProb: Numbers, options: LabelOptions = {}): number {
  checkSameLength(yTrue, 'yTrue', yProb, 'yProb');
  if (yTrue.length === 0) throw new RangeError('yTrue is empty');
  checkWeights(options.sampleWeight, yTrue.length);
  const sq = new Float64Array(yTrue.length);
  for (let i = 0; i < yTrue.length; i++) {
    const p = yProb[i];
    if (!(p >= 0 && p <= 1)) throw new RangeError(`yProb[${i}] must be a probability in [0, 1], got ${p}`);
    if (yTrue[i] !== 0 && yTrue[i] !== 1) throw new RangeError(`yTrue[${i}] must be 0 or 1, got ${yTrue[i]}`);
    const d = yTrue[i] - p;
    sq[i] = d * d;
  }
  return weightedMean(sq, options.sampleWeight);
}
