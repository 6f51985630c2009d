/**
 * Label and probability metrics for classification, following scikit-learn 1.2 (`confusion_matrix`,
 * `accuracy_score`, `balanced_accuracy_score`, `precision_recall_fscore_support`,
 * `matthews_corrcoef`, `log_loss`, `brier_score_loss`). Labels are integer class indices 0..k-1.
 * Zero division follows scikit-learn's default (`zero_division="warn"`): the ill-defined value is 0.
 */
import type { Numbers } from './numeric';
import { checkFinite, checkSameLength, checkWeights, f64, f64opt, weightedMean } from './numeric';

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
  const yt = f64(yTrue);
  const yp = f64(yPred);
  let max = 0;
  for (let i = 0; i < yt.length; i++) if (yt[i] > max) max = yt[i];
  for (let i = 0; i < yp.length; i++) if (yp[i] > max) max = yp[i];
  if (max <= 1 << 20) {
    const seen = new Uint8Array(max + 1);
    for (let i = 0; i < yt.length; i++) seen[yt[i]] = 1;
    for (let i = 0; i < yp.length; i++) seen[yp[i]] = 1;
    const out: number[] = [];
    for (let l = 0; l <= max; l++) if (seen[l] === 1) out.push(l);
    return out;
  }
  const seen = new Set<number>();
  for (let i = 0; i < yt.length; i++) seen.add(yt[i]);
  for (let i = 0; i < yp.length; i++) seen.add(yp[i]);
  return [...seen].sort((a, b) => a - b);
}

/** Maps each label to its position in `labels` (-1 when absent); labels are non-negative integers. */
function labelIndexer(labels: readonly number[]): (label: number) => number {
  let max = 0;
  for (const l of labels) if (l > max) max = l;
  if (max <= 1 << 20) {
    const index = new Int32Array(max + 1).fill(-1);
    labels.forEach((l, i) => {
      index[l] = i;
    });
    return (label) => (label <= max ? index[label] : -1);
  }
  const map = new Map<number, number>();
  labels.forEach((l, i) => map.set(l, i));
  return (label) => map.get(label) ?? -1;
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
  const yt = f64(yTrue);
  const yp = f64(yPred);
  const w = f64opt(options.sampleWeight);
  checkPair(yt, yp, w);
  const labels = options.labels ? [...options.labels] : presentLabels(yt, yp);
  const index = labelIndexer(labels);
  const k = labels.length;
  const flat = new Float64Array(k * k);
  for (let r = 0; r < yt.length; r++) {
    const i = index(yt[r]);
    const j = index(yp[r]);
    if (i < 0 || j < 0) continue;
    flat[i * k + j] += w === undefined ? 1 : w[r];
  }
  const matrix = labels.map((_, i) => Array.from(flat.subarray(i * k, (i + 1) * k)));
  return { labels, matrix };
}

/** sklearn.metrics.accuracy_score: the (weighted) share of rows predicted right. */
export function accuracyScore(yTrue: Numbers, yPred: Numbers, options: LabelOptions = {}): number {
  const yt = f64(yTrue);
  const yp = f64(yPred);
  const w = f64opt(options.sampleWeight);
  checkPair(yt, yp, w);
  const correct = new Float64Array(yt.length);
  for (let i = 0; i < yt.length; i++) correct[i] = yt[i] === yp[i] ? 1 : 0;
  return weightedMean(correct, w);
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
  const yt = f64(yTrue);
  const yp = f64(yPred);
  const w = f64opt(options.sampleWeight);
  checkPair(yt, yp, w);
  let labels: number[];
  if (average === 'binary') {
    const present = presentLabels(yt, yp);
    if (present.some((l) => l > 1)) throw new RangeError("average 'binary' needs labels 0/1");
    labels = [1];
  } else {
    labels = presentLabels(yt, yp);
  }
  const index = labelIndexer(labels);
  let tp = new Float64Array(labels.length);
  let predSum = new Float64Array(labels.length);
  let trueSum = new Float64Array(labels.length);
  for (let r = 0; r < yt.length; r++) {
    const wr = w === undefined ? 1 : w[r];
    const it = index(yt[r]);
    const ip = index(yp[r]);
    if (it >= 0) trueSum[it] += wr;
    if (ip >= 0) predSum[ip] += wr;
    if (it >= 0 && yt[r] === yp[r]) tp[it] += wr;
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
  const yt = f64(yTrue);
  const yq = f64(yProb);
  const w = f64opt(options.sampleWeight);
  const n = yt.length;
  if (n === 0) throw new RangeError('yTrue is empty');
  checkIntLabels(yt, 'yTrue');
  checkFinite(yq, 'yProb');
  checkWeights(w, n);
  const eps = LOG_LOSS_EPS;
  const clip = (p: number): number => (p < eps ? eps : p > 1 - eps ? 1 - eps : p);
  const loss = new Float64Array(n);
  if (yq.length === n && (options.numClasses ?? 2) === 2) {
    for (let i = 0; i < n; i++) {
      if (yt[i] > 1) throw new RangeError(`yTrue[${i}] must be 0 or 1 for binary probabilities, got ${yt[i]}`);
      const p1 = clip(yq[i]);
      const p0 = 1 - p1;
      const s = p0 + p1;
      loss[i] = -Math.log((yt[i] === 1 ? p1 : p0) / s);
    }
  } else {
    const k = options.numClasses ?? yq.length / n;
    if (!Number.isInteger(k) || k < 2 || yq.length !== n * k) {
      throw new RangeError(`yProb has ${yq.length} entries, not n * k for n = ${n} rows and k = ${k} classes`);
    }
    for (let i = 0; i < n; i++) {
      if (yt[i] >= k) throw new RangeError(`yTrue[${i}] = ${yt[i]} is not a class index below ${k}`);
      let s = 0;
      for (let c = 0; c < k; c++) s += clip(yq[i * k + c]);
      loss[i] = -Math.log(clip(yq[i * k + yt[i]]) / s);
    }
  }
  return weightedMean(loss, w);
}

/** sklearn.metrics.brier_score_loss: the (weighted) mean of (y - p)^2 for binary labels. */
export function brierScoreLoss(yTrue: Numbers, yProb: Numbers, options: LabelOptions = {}): number {
  const yt = f64(yTrue);
  const yq = f64(yProb);
  const w = f64opt(options.sampleWeight);
  checkSameLength(yt, 'yTrue', yq, 'yProb');
  if (yt.length === 0) throw new RangeError('yTrue is empty');
  checkWeights(w, yt.length);
  const sq = new Float64Array(yt.length);
  for (let i = 0; i < yt.length; i++) {
    const p = yq[i];
    if (!(p >= 0 && p <= 1)) throw new RangeError(`yProb[${i}] must be a probability in [0, 1], got ${p}`);
    if (yt[i] !== 0 && yt[i] !== 1) throw new RangeError(`yTrue[${i}] must be 0 or 1, got ${yt[i]}`);
    const d = yt[i] - p;
    sq[i] = d * d;
  }
  return weightedMean(sq, w);
}
