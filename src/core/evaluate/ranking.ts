/**
 * Ranking metrics and curves for binary labels, following scikit-learn 1.2's `_binary_clf_curve`,
 * `roc_curve`, `precision_recall_curve`, `roc_auc_score` and `average_precision_score` step by step
 * (same sort order, same tie handling, same treatment of zero weights).
 */
import type { Numbers } from './numeric';
import { argsortDescending, checkFinite, checkLabels, checkSameLength, checkWeights } from './numeric';

/** Cumulative false/true positive weights at each distinct score, scores descending. */
export interface BinaryClfCurve {
  fps: Float64Array;
  tps: Float64Array;
  thresholds: Float64Array;
}

/** The points of a ROC curve; `thresholds[0]` is max(score) + 1 as in scikit-learn 1.2. */
export interface RocCurve {
  fpr: number[];
  tpr: number[];
  thresholds: number[];
}

/** The points of a precision-recall curve (recall decreasing; the last point is (recall 0, precision 1)). */
export interface PrecisionRecallCurve {
  precision: number[];
  recall: number[];
  thresholds: number[];
}

export interface CurveOptions {
  sampleWeight?: Numbers;
}

function checkBinaryInputs(yTrue: Numbers, yScore: Numbers, sampleWeight?: Numbers): void {
  checkSameLength(yTrue, 'yTrue', yScore, 'yScore');
  if (yTrue.length === 0) throw new RangeError('yTrue is empty');
  checkLabels(yTrue, 2, 'yTrue');
  checkFinite(yScore, 'yScore');
  checkWeights(sampleWeight, yTrue.length);
}

/**
 * scikit-learn's `_binary_clf_curve`: rows with zero weight are dropped, scores sorted descending,
 * and one point kept per distinct score (ties are one threshold).
 */
export function binaryClfCurve(yTrue: Numbers, yScore: Numbers, sampleWeight?: Numbers): BinaryClfCurve {
  checkBinaryInputs(yTrue, yScore, sampleWeight);
  let kept: number[] | undefined;
  if (sampleWeight !== undefined) {
    kept = [];
    for (let i = 0; i < yTrue.length; i++) if (sampleWeight[i] !== 0) kept.push(i);
  }
  const order = argsortDescending(yScore, kept);
  const m = order.length;
  const fps: number[] = [];
  const tps: number[] = [];
  const thresholds: number[] = [];
  let tp = 0;
  let fp = 0;
  for (let k = 0; k < m; k++) {
    const i = order[k];
    const w = sampleWeight === undefined ? 1 : sampleWeight[i];
    if (yTrue[i] === 1) tp += w;
    else fp += w;
    if (k === m - 1 || yScore[order[k + 1]] !== yScore[i]) {
      fps.push(fp);
      tps.push(tp);
      thresholds.push(yScore[i]);
    }
  }
  return { fps: Float64Array.from(fps), tps: Float64Array.from(tps), thresholds: Float64Array.from(thresholds) };
}

/**
 * sklearn.metrics.roc_curve (1.2). With `dropIntermediate` (default true) collinear points are
 * dropped. FPR (TPR) is all NaN when there are no negatives (positives), as scikit-learn returns.
 */
export function rocCurve(yTrue: Numbers, yScore: Numbers, options: CurveOptions & { dropIntermediate?: boolean } = {}): RocCurve {
  const curve = binaryClfCurve(yTrue, yScore, options.sampleWeight);
  let fps = Array.from(curve.fps);
  let tps = Array.from(curve.tps);
  let thresholds = Array.from(curve.thresholds);
  if ((options.dropIntermediate ?? true) && fps.length > 2) {
    const keep: number[] = [0];
    for (let i = 0; i + 2 < fps.length; i++) {
      const d2f = fps[i + 2] - fps[i + 1] - (fps[i + 1] - fps[i]);
      const d2t = tps[i + 2] - tps[i + 1] - (tps[i + 1] - tps[i]);
      if (d2f !== 0 || d2t !== 0) keep.push(i + 1);
    }
    keep.push(fps.length - 1);
    fps = keep.map((i) => fps[i]);
    tps = keep.map((i) => tps[i]);
    thresholds = keep.map((i) => thresholds[i]);
  }
  fps.unshift(0);
  tps.unshift(0);
  thresholds.unshift(thresholds[0] + 1);
  const lastF = fps[fps.length - 1];
  const lastT = tps[tps.length - 1];
  return {
    fpr: fps.map((f) => (lastF <= 0 ? NaN : f / lastF)),
    tpr: tps.map((t) => (lastT <= 0 ? NaN : t / lastT)),
    thresholds,
  };
}

/** sklearn.metrics.auc: trapezoidal area under a monotonic curve (NaN if x is not monotonic). */
export function auc(x: Numbers, y: Numbers): number {
  checkSameLength(x, 'x', y, 'y');
  if (x.length < 2) throw new RangeError(`auc needs at least 2 points, got ${x.length}`);
  let increasing = true;
  let decreasing = true;
  for (let i = 1; i < x.length; i++) {
    const dx = x[i] - x[i - 1];
    if (dx < 0) increasing = false;
    if (dx > 0) decreasing = false;
  }
  if (!increasing && !decreasing) return NaN;
  const direction = increasing ? 1 : -1;
  let area = 0;
  for (let i = 1; i < x.length; i++) area += ((x[i] - x[i - 1]) * (y[i] + y[i - 1])) / 2;
  return direction * area;
}

/**
 * sklearn.metrics.roc_auc_score for binary labels. NaN where scikit-learn raises: when yTrue holds
 * a single class ("Only one class present in y_true"). Tied scores count half, as in the trapezoid.
 */
export function rocAucScore(yTrue: Numbers, yScore: Numbers, options: CurveOptions = {}): number {
  checkBinaryInputs(yTrue, yScore, options.sampleWeight);
  let has0 = false;
  let has1 = false;
  for (let i = 0; i < yTrue.length; i++) {
    if (yTrue[i] === 1) has1 = true;
    else has0 = true;
  }
  if (!has0 || !has1) return NaN;
  const { fpr, tpr } = rocCurve(yTrue, yScore, options);
  return auc(fpr, tpr);
}

/**
 * sklearn.metrics.precision_recall_curve (1.2): precision is 0 where nothing is predicted positive;
 * with no positive in yTrue, recall is 1 at every threshold (scikit-learn warns).
 */
export function precisionRecallCurve(yTrue: Numbers, yScore: Numbers, options: CurveOptions = {}): PrecisionRecallCurve {
  const { fps, tps, thresholds } = binaryClfCurve(yTrue, yScore, options.sampleWeight);
  const m = tps.length;
  const lastT = tps[m - 1];
  const precision: number[] = [];
  const recall: number[] = [];
  const th: number[] = [];
  for (let i = m - 1; i >= 0; i--) {
    const ps = tps[i] + fps[i];
    precision.push(ps !== 0 ? tps[i] / ps : 0);
    recall.push(lastT === 0 ? 1 : tps[i] / lastT);
    th.push(thresholds[i]);
  }
  precision.push(1);
  recall.push(0);
  return { precision, recall, thresholds: th };
}

/**
 * sklearn.metrics.average_precision_score for binary labels: the step-wise sum
 * AP = sum_n (R_n - R_{n-1}) P_n over distinct thresholds, no interpolation. With no positive in
 * yTrue scikit-learn 1.2 returns 0 (recall is taken as 1 everywhere), and so does this.
 */
export function averagePrecisionScore(yTrue: Numbers, yScore: Numbers, options: CurveOptions = {}): number {
  const { precision, recall } = precisionRecallCurve(yTrue, yScore, options);
  let s = 0;
  for (let i = 0; i + 1 < recall.length; i++) s += (recall[i + 1] - recall[i]) * precision[i];
  return -s;
}
