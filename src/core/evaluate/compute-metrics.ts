/**
 * computeMetrics: the headline metrics of one set of predictions, as a flat object keyed by
 * scikit-learn's names. Curves, intervals and fairness come from their own functions.
 *
 * Conventions (all as scikit-learn 1.2 would compute them):
 * - binary: `yTrue` is 0/1 and `yScore` P(class 1). Labels are predicted as `score > threshold`
 *   (default 0.5); a score equal to the threshold is negative, as `predict` decides a tie. A given
 *   `yPred` is used as is instead.
 * - multiclass: `yTrue` is a class index 0..k-1 and `yScore` row-major n*k probabilities whose rows
 *   sum to 1; the predicted label is the first class with the highest probability (np.argmax).
 * - regression: `yPred` (or `yScore`) holds the predictions.
 * - Ill-defined values: precision/recall/F1 with nothing predicted/true are 0 (scikit-learn's
 *   `zero_division="warn"`); ROC AUC is NaN when a class it needs is absent from yTrue (scikit-learn
 *   raises); average precision with no positive is 0 (scikit-learn's value); MCC with a constant
 *   prediction is 0; log loss uses labels 0..k-1 so a single-class yTrue still has a loss.
 */
import { accuracyScore, balancedAccuracyScore, brierScoreLoss, logLoss, matthewsCorrcoef, precisionRecallF1 } from './classification';
import type { Numbers } from './numeric';
import { checkFinite, checkLabels, checkSameLength, checkWeights, f64, f64opt, weightedMean } from './numeric';
import { aucFromCurve, averagePrecisionFromCurve, binaryClfCurve, rocAucScore } from './ranking';
import { meanAbsoluteError, meanAbsolutePercentageError, r2Score, rootMeanSquaredError } from './regression';
import type { Task } from './task';
import { isTask } from './task';

export interface ComputeMetricsInput {
  task: Task;
  yTrue: Numbers;
  /** binary: P(class 1) per row; multiclass: n*k probabilities, row-major; regression: predictions. */
  yScore?: Numbers;
  /** Predicted labels (classification) or values (regression); derived from yScore when absent. */
  yPred?: Numbers;
  /** binary only: a score above it is class 1 (default 0.5). */
  threshold?: number;
  sampleWeight?: Numbers;
  /** multiclass: the number of classes k (default: yScore.length / n, else max label + 1). */
  numClasses?: number;
  /** Compute only these metrics (default: all of the task's); unknown names are ignored. */
  only?: readonly string[];
}

export type Metrics = Record<string, number>;

export const DEFAULT_THRESHOLD = 0.5;

/** Class-1 labels from P(class 1): `score > threshold`. */
export function predictBinary(yScore: Numbers, threshold: number = DEFAULT_THRESHOLD): Uint8Array {
  const out = new Uint8Array(yScore.length);
  for (let i = 0; i < yScore.length; i++) out[i] = yScore[i] > threshold ? 1 : 0;
  return out;
}

/** The index of the first largest probability in each row (np.argmax). */
export function argmaxRows(yScore: Numbers, numClasses: number): Uint32Array {
  const n = yScore.length / numClasses;
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bestValue = yScore[i * numClasses];
    for (let c = 1; c < numClasses; c++) {
      const v = yScore[i * numClasses + c];
      if (v > bestValue) {
        bestValue = v;
        best = c;
      }
    }
    out[i] = best;
  }
  return out;
}

function checkProbabilities(yScore: Numbers): void {
  for (let i = 0; i < yScore.length; i++) {
    const p = yScore[i];
    if (!(p >= 0 && p <= 1)) throw new RangeError(`yScore[${i}] must be a probability in [0, 1], got ${p}`);
  }
}

export function computeMetrics(raw: ComputeMetricsInput): Metrics {
  const input: ComputeMetricsInput = {
    ...raw,
    yTrue: f64(raw.yTrue),
    yScore: f64opt(raw.yScore),
    yPred: f64opt(raw.yPred),
    sampleWeight: f64opt(raw.sampleWeight),
  };
  const { task, yTrue, sampleWeight } = input;
  if (!isTask(task)) throw new RangeError(`unknown task '${String(task)}' (binary, multiclass or regression)`);
  if (yTrue.length === 0) throw new RangeError('yTrue is empty');
  checkWeights(sampleWeight, yTrue.length);
  if (input.yScore === undefined && input.yPred === undefined) throw new RangeError('computeMetrics needs yScore or yPred');
  switch (task) {
    case 'binary':
      return binaryMetrics(input);
    case 'multiclass':
      return multiclassMetrics(input);
    case 'regression':
      return regressionMetrics(input);
  }
}

function wanted(input: ComputeMetricsInput): (name: string) => boolean {
  const only = input.only;
  if (only === undefined) return () => true;
  const set = new Set(only);
  return (name) => set.has(name);
}

function binaryMetrics(input: ComputeMetricsInput): Metrics {
  const { yTrue, yScore, sampleWeight } = input;
  const want = wanted(input);
  checkLabels(yTrue, 2, 'yTrue');
  const threshold = input.threshold ?? DEFAULT_THRESHOLD;
  if (!Number.isFinite(threshold)) throw new RangeError(`threshold must be a finite number, got ${threshold}`);
  const out: Metrics = {};
  if (yScore !== undefined) {
    checkSameLength(yTrue, 'yTrue', yScore, 'yScore');
    checkProbabilities(yScore);
    if (want('roc_auc') || want('average_precision')) {
      const curve = binaryClfCurve(yTrue, yScore, sampleWeight);
      if (want('roc_auc')) {
        let has0 = false;
        let has1 = false;
        for (let i = 0; i < yTrue.length; i++) {
          if (yTrue[i] === 1) has1 = true;
          else has0 = true;
        }
        // scikit-learn raises when y_true holds one class: NaN
        out.roc_auc = has0 && has1 ? aucFromCurve(curve) : NaN;
      }
      if (want('average_precision')) out.average_precision = averagePrecisionFromCurve(curve);
    }
  }
  const yPred = input.yPred ?? predictBinary(yScore as Numbers, threshold);
  checkSameLength(yTrue, 'yTrue', yPred, 'yPred');
  checkLabels(yPred, 2, 'yPred');
  if (want('accuracy')) out.accuracy = accuracyScore(yTrue, yPred, { sampleWeight });
  if (want('balanced_accuracy')) out.balanced_accuracy = balancedAccuracyScore(yTrue, yPred, { sampleWeight });
  if (want('precision') || want('recall') || want('f1')) {
    const prf = precisionRecallF1(yTrue, yPred, 'binary', { sampleWeight });
    if (want('precision')) out.precision = prf.precision;
    if (want('recall')) out.recall = prf.recall;
    if (want('f1')) out.f1 = prf.f1;
  }
  if (yScore !== undefined) {
    if (want('log_loss')) out.log_loss = logLoss(yTrue, yScore, { sampleWeight });
    if (want('brier_score')) out.brier_score = brierScoreLoss(yTrue, yScore, { sampleWeight });
  }
  if (want('matthews_corrcoef')) out.matthews_corrcoef = matthewsCorrcoef(yTrue, yPred, { sampleWeight });
  return out;
}

function multiclassMetrics(input: ComputeMetricsInput): Metrics {
  const { yTrue, yScore, sampleWeight } = input;
  const n = yTrue.length;
  let k = input.numClasses;
  if (k === undefined) {
    if (yScore !== undefined) k = yScore.length / n;
    else {
      let max = 0;
      for (const arr of [yTrue, input.yPred as Numbers]) for (let i = 0; i < arr.length; i++) if (arr[i] > max) max = arr[i];
      k = max + 1;
    }
  }
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`numClasses must be an integer >= 2, got ${k}`);
  checkLabels(yTrue, k, 'yTrue');
  if (yScore !== undefined) {
    if (yScore.length !== n * k) throw new RangeError(`yScore has ${yScore.length} entries, expected n * k = ${n} * ${k}`);
    checkProbabilities(yScore);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let c = 0; c < k; c++) s += yScore[i * k + c];
      // np.allclose(1, row sum): |s - 1| <= 1e-8 + 1e-5 * |s|
      if (!(Math.abs(s - 1) <= 1e-8 + 1e-5 * Math.abs(s))) throw new RangeError(`yScore row ${i} sums to ${s}, not 1: multiclass scores must be probabilities`);
    }
  }
  const yPred = input.yPred ?? argmaxRows(yScore as Numbers, k);
  checkSameLength(yTrue, 'yTrue', yPred, 'yPred');
  checkLabels(yPred, k, 'yPred');
  const want = wanted(input);
  const out: Metrics = {};
  if (want('accuracy')) out.accuracy = accuracyScore(yTrue, yPred, { sampleWeight });
  if (want('balanced_accuracy')) out.balanced_accuracy = balancedAccuracyScore(yTrue, yPred, { sampleWeight });
  if (yScore !== undefined) {
    if (want('log_loss')) out.log_loss = logLoss(yTrue, yScore, { sampleWeight, numClasses: k });
    if (want('roc_auc_ovr') || want('roc_auc_ovr_weighted')) {
      const auc = rocAucOvr(yTrue, yScore, k, sampleWeight);
      if (want('roc_auc_ovr')) out.roc_auc_ovr = auc.macro;
      if (want('roc_auc_ovr_weighted')) out.roc_auc_ovr_weighted = auc.weighted;
    }
  }
  if (want('f1_macro') || want('precision_macro') || want('recall_macro')) {
    const macro = precisionRecallF1(yTrue, yPred, 'macro', { sampleWeight });
    if (want('f1_macro')) out.f1_macro = macro.f1;
    if (want('precision_macro')) out.precision_macro = macro.precision;
    if (want('recall_macro')) out.recall_macro = macro.recall;
  }
  if (want('f1_weighted') || want('precision_weighted') || want('recall_weighted')) {
    const weighted = precisionRecallF1(yTrue, yPred, 'weighted', { sampleWeight });
    if (want('f1_weighted')) out.f1_weighted = weighted.f1;
    if (want('precision_weighted')) out.precision_weighted = weighted.precision;
    if (want('recall_weighted')) out.recall_weighted = weighted.recall;
  }
  if (want('matthews_corrcoef')) out.matthews_corrcoef = matthewsCorrcoef(yTrue, yPred, { sampleWeight });
  return out;
}

/**
 * One-vs-rest ROC AUC as sklearn's roc_auc_score(multi_class='ovr'): the macro mean and the mean
 * weighted by each class's (weighted) support. NaN when a class is absent from yTrue (scikit-learn
 * raises: the number of classes in y_true differs from the columns of y_score).
 */
export function rocAucOvr(yTrue: Numbers, yScore: Numbers, numClasses: number, sampleWeight?: Numbers): { macro: number; weighted: number; perClass: number[] } {
  const n = yTrue.length;
  const k = numClasses;
  const present = new Set<number>();
  for (let i = 0; i < n; i++) present.add(yTrue[i]);
  if (present.size !== k) return { macro: NaN, weighted: NaN, perClass: new Array<number>(k).fill(NaN) };
  const perClass: number[] = [];
  const support = new Float64Array(k);
  const column = new Float64Array(n);
  const isClass = new Uint8Array(n);
  for (let c = 0; c < k; c++) {
    for (let i = 0; i < n; i++) {
      column[i] = yScore[i * k + c];
      isClass[i] = yTrue[i] === c ? 1 : 0;
      if (isClass[i] === 1) support[c] += sampleWeight === undefined ? 1 : sampleWeight[i];
    }
    perClass.push(rocAucScore(isClass, column, { sampleWeight }));
  }
  const totalSupport = support.reduce((a, b) => a + b, 0);
  // np.isclose(total, 0) -> scikit-learn returns 0 for the weighted average
  const weighted = Math.abs(totalSupport) <= 1e-8 ? 0 : weightedMean(perClass, support);
  return { macro: weightedMean(perClass), weighted, perClass };
}

function regressionMetrics(input: ComputeMetricsInput): Metrics {
  const { yTrue, sampleWeight } = input;
  const yPred = (input.yPred ?? input.yScore) as Numbers;
  checkFinite(yTrue, 'yTrue');
  checkSameLength(yTrue, 'yTrue', yPred, 'yPred');
  const want = wanted(input);
  const out: Metrics = {};
  if (want('rmse')) out.rmse = rootMeanSquaredError(yTrue, yPred, { sampleWeight });
  if (want('mae')) out.mae = meanAbsoluteError(yTrue, yPred, { sampleWeight });
  if (want('r2')) out.r2 = r2Score(yTrue, yPred, { sampleWeight });
  if (want('mape')) out.mape = meanAbsolutePercentageError(yTrue, yPred, { sampleWeight });
  return out;
}
