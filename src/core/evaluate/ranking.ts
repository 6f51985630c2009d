/**
 * Ranking metrics and curves for binary labels, following scikit-learn 1.2's `_binary_clf_curve`,
 * `roc_curve`, `precision_recall_curve`, `roc_auc_score` and `average_precision_score` step by step
 * (same sort order, same tie handling, same treatment of zero weights).
 */
import type { Numbers } from './numeric';
import { checkFinite, checkLabels, checkSameLength, checkWeights, f64, f64opt } from './numeric';

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
  const yt = f64(yTrue);
  const ys = f64(yScore);
  const w = f64opt(sampleWeight);
  checkBinaryInputs(yt, ys, w);
  const n = yt.length;
  const fps: number[] = [];
  const tps: number[] = [];
  const thresholds: number[] = [];
  if (w === undefined) {
    // Unweighted: sort the positives' and the negatives' scores natively, then walk both from the
    // top, one point per distinct score. Counts are exact integers, as in scikit-learn.
    let nPos = 0;
    for (let i = 0; i < n; i++) if (yt[i] === 1) nPos++;
    const pos = new Float64Array(nPos);
    const neg = new Float64Array(n - nPos);
    for (let i = 0, a = 0, b = 0; i < n; i++) {
      if (yt[i] === 1) pos[a++] = ys[i];
      else neg[b++] = ys[i];
    }
    pos.sort();
    neg.sort();
    let i = nPos - 1;
    let j = neg.length - 1;
    let tp = 0;
    let fp = 0;
    while (i >= 0 || j >= 0) {
      const cur = i < 0 ? neg[j] : j < 0 ? pos[i] : pos[i] > neg[j] ? pos[i] : neg[j];
      while (i >= 0 && pos[i] === cur) {
        tp++;
        i--;
      }
      while (j >= 0 && neg[j] === cur) {
        fp++;
        j--;
      }
      tps.push(tp);
      fps.push(fp);
      thresholds.push(cur);
    }
  } else {
    // Weighted: scikit-learn's order (scores descending, ties in descending row order), zero
    // weights dropped, cumulative sums.
    let kept = 0;
    for (let i = 0; i < n; i++) if (w[i] !== 0) kept++;
    const order = new Uint32Array(kept);
    for (let i = 0, k = 0; i < n; i++) if (w[i] !== 0) order[k++] = i;
    // Rows already in ascending score order (a bootstrap over pre-sorted rows) just reverse into
    // that order; typed-array sort with a comparator is a merge sort that never notices.
    let ascending = true;
    for (let k = 1; k < kept && ascending; k++) if (!(ys[order[k - 1]] <= ys[order[k]])) ascending = false;
    if (ascending) order.reverse();
    else order.sort((a, b) => (ys[a] < ys[b] ? 1 : ys[a] > ys[b] ? -1 : b - a));
    let tp = 0;
    let fp = 0;
    for (let k = 0; k < kept; k++) {
      const r = order[k];
      if (yt[r] === 1) tp += w[r];
      else fp += w[r];
      if (k === kept - 1 || ys[order[k + 1]] !== ys[r]) {
        tps.push(tp);
        fps.push(fp);
        thresholds.push(ys[r]);
      }
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
  const yt = f64(yTrue);
  checkLabels(yt, 2, 'yTrue');
  let has0 = false;
  let has1 = false;
  for (let i = 0; i < yt.length; i++) {
    if (yt[i] === 1) has1 = true;
    else has0 = true;
  }
  if (!has0 || !has1) return NaN;
  return aucFromCurve(binaryClfCurve(yt, yScore, options.sampleWeight));
}

/** roc_auc_score from an already computed curve: roc_curve's points (collinear ones dropped) and the trapezoid. */
export function aucFromCurve(curve: BinaryClfCurve): number {
  const { fps, tps } = curve;
  const m = fps.length;
  const lastF = m > 0 ? fps[m - 1] : 0;
  const lastT = m > 0 ? tps[m - 1] : 0;
  if (lastF <= 0 || lastT <= 0) return NaN;
  let area = 0;
  let prevX = 0;
  let prevY = 0;
  for (let i = 0; i < m; i++) {
    const keep = i === 0 || i === m - 1 || fps[i + 1] - fps[i] - (fps[i] - fps[i - 1]) !== 0 || tps[i + 1] - tps[i] - (tps[i] - tps[i - 1]) !== 0;
    if (!keep) continue;
    const x = fps[i] / lastF;
    const y = tps[i] / lastT;
    area += ((x - prevX) * (y + prevY)) / 2;
    prevX = x;
    prevY = y;
  }
  return area;
}

/** average_precision_score from an already computed curve. */
export function averagePrecisionFromCurve(curve: BinaryClfCurve): number {
  const { fps, tps } = curve;
  const m = tps.length;
  const lastT = tps[m - 1];
  // precision_recall_curve reversed: recall decreasing, then (recall 0, precision 1); AP = -sum(diff(R) * P[:-1])
  let s = 0;
  for (let i = m - 1; i >= 0; i--) {
    const ps = tps[i] + fps[i];
    const precision = ps !== 0 ? tps[i] / ps : 0;
    const recall = lastT === 0 ? 1 : tps[i] / lastT;
    const nextRecall = i === 0 ? 0 : lastT === 0 ? 1 : tps[i - 1] / lastT;
    s += (nextRecall - recall) * precision;
  }
  return -s;
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
  return averagePrecisionFromCurve(binaryClfCurve(yTrue, yScore, options.sampleWeight));
}
