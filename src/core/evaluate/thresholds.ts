/**
 * Choosing the decision threshold of a binary classifier on validation scores, and business
 * metrics from a cost matrix.
 *
 * Rule: a row is predicted positive when its score is strictly above the threshold (as
 * computeMetrics decides). Every cut between two consecutive distinct validation scores gives a
 * different prediction; the chosen threshold is placed halfway between the two scores, so that
 * test scores close to either one are treated as on validation. Cutting above the highest score
 * predicts nothing positive (threshold = the highest score); below the lowest, everything (threshold
 * = the largest number below the lowest score). Among equally good cuts the highest threshold wins.
 */
import { checkLabels, checkSameLength, checkWeights } from './numeric';
import type { Numbers } from './numeric';
import { binaryClfCurve } from './ranking';

/** Costs and values per prediction, in any currency unit (config: `evaluation.business`). */
export interface CostMatrix {
  false_positive_cost: number;
  false_negative_cost: number;
  /** Value of catching a positive (default 0). */
  true_positive_value?: number;
}

export type ThresholdStrategy = 'max_f1' | 'target_recall' | 'min_cost';

export interface ThresholdOptions {
  strategy: ThresholdStrategy;
  /** For 'target_recall': the smallest acceptable recall, in (0, 1]. */
  targetRecall?: number;
  /** For 'min_cost'. */
  costs?: CostMatrix;
  sampleWeight?: Numbers;
}

export interface ThresholdChoice {
  threshold: number;
  strategy: ThresholdStrategy;
  /** Precision, recall and F1 on the validation rows at the chosen threshold. */
  precision: number;
  recall: number;
  f1: number;
  /** Expected cost per 1,000 predictions on the validation rows (when costs are given). */
  expected_cost_per_1000?: number;
  /** False when no cut reaches the target recall (the lowest threshold is returned). */
  achieved: boolean;
}

/** The largest double below x. */
export function nextDown(x: number): number {
  if (Number.isNaN(x) || x === -Infinity) return x;
  if (x === 0) return -Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  view.setBigUint64(0, x > 0 ? bits - 1n : bits + 1n);
  return view.getFloat64(0);
}

function checkCosts(costs: CostMatrix): void {
  for (const [k, v] of Object.entries(costs)) {
    if (v !== undefined && !Number.isFinite(v)) throw new RangeError(`${k} must be a finite number, got ${String(v)}`);
  }
}

/** Picks the threshold by `strategy` on validation labels and scores (P(class 1)). */
export function chooseThreshold(yTrue: Numbers, yScore: Numbers, options: ThresholdOptions): ThresholdChoice {
  checkSameLength(yTrue, 'yTrue', yScore, 'yScore');
  checkLabels(yTrue, 2, 'yTrue');
  checkWeights(options.sampleWeight, yTrue.length);
  const { strategy } = options;
  if (strategy === 'target_recall') {
    const r = options.targetRecall;
    if (r === undefined || !(r > 0 && r <= 1)) throw new RangeError(`target_recall needs targetRecall in (0, 1], got ${String(r)}`);
  }
  if (strategy === 'min_cost') {
    if (!options.costs) throw new RangeError('min_cost needs costs');
    checkCosts(options.costs);
  }
  if (!['max_f1', 'target_recall', 'min_cost'].includes(strategy)) throw new RangeError(`unknown threshold strategy '${String(strategy)}'`);

  const { tps, fps, thresholds: scores } = binaryClfCurve(yTrue, yScore, options.sampleWeight);
  const m = scores.length;
  const P = m > 0 ? tps[m - 1] : 0;
  const N = m > 0 ? fps[m - 1] : 0;
  const total = P + N;
  // cut k = number of distinct scores predicted positive (0..m)
  const tpAt = (k: number): number => (k === 0 ? 0 : tps[k - 1]);
  const fpAt = (k: number): number => (k === 0 ? 0 : fps[k - 1]);
  const thresholdAt = (k: number): number => {
    if (k === 0) return m > 0 ? scores[0] : 0.5;
    if (k === m) return nextDown(scores[m - 1]);
    return scores[k] + (scores[k - 1] - scores[k]) / 2;
  };
  const costAt = (k: number): number => {
    const c = options.costs as CostMatrix;
    const tp = tpAt(k);
    const fp = fpAt(k);
    const fn = P - tp;
    return fp * c.false_positive_cost + fn * c.false_negative_cost - tp * (c.true_positive_value ?? 0);
  };
  const f1At = (k: number): number => {
    const tp = tpAt(k);
    const d = 2 * tp + fpAt(k) + (P - tp);
    return d === 0 ? 0 : (2 * tp) / d;
  };

  let best = 0;
  let achieved = true;
  if (strategy === 'max_f1') {
    for (let k = 1; k <= m; k++) if (f1At(k) > f1At(best)) best = k;
  } else if (strategy === 'target_recall') {
    const target = options.targetRecall as number;
    best = -1;
    for (let k = 0; k <= m; k++) {
      if (P > 0 && tpAt(k) / P >= target) {
        best = k;
        break;
      }
    }
    if (best < 0) {
      best = m;
      achieved = false;
    }
  } else {
    for (let k = 1; k <= m; k++) if (costAt(k) < costAt(best)) best = k;
  }
  const tp = tpAt(best);
  const predicted = tp + fpAt(best);
  const choice: ThresholdChoice = {
    threshold: thresholdAt(best),
    strategy,
    precision: predicted === 0 ? 0 : tp / predicted,
    recall: P === 0 ? 0 : tp / P,
    f1: f1At(best),
    achieved,
  };
  if (options.costs) {
    checkCosts(options.costs);
    const fp = fpAt(best);
    const c = options.costs;
    choice.expected_cost_per_1000 = total === 0 ? NaN : ((fp * c.false_positive_cost + (P - tp) * c.false_negative_cost) / total) * 1000;
  }
  return choice;
}

export interface BusinessMetrics {
  true_positives: number;
  false_positives: number;
  false_negatives: number;
  true_negatives: number;
  /** (FP * false_positive_cost + FN * false_negative_cost) per 1,000 predictions. */
  expected_cost_per_1000: number;
  /** (TP * true_positive_value - FP * false_positive_cost - FN * false_negative_cost) per 1,000 predictions. */
  expected_profit_per_1000: number;
}

/** Expected cost and profit per 1,000 predictions from binary labels and predictions (weighted when given). */
export function businessMetrics(yTrue: Numbers, yPred: Numbers, costs: CostMatrix, options: { sampleWeight?: Numbers } = {}): BusinessMetrics {
  checkSameLength(yTrue, 'yTrue', yPred, 'yPred');
  if (yTrue.length === 0) throw new RangeError('yTrue is empty');
  checkLabels(yTrue, 2, 'yTrue');
  checkLabels(yPred, 2, 'yPred');
  checkWeights(options.sampleWeight, yTrue.length);
  checkCosts(costs);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const w = options.sampleWeight === undefined ? 1 : options.sampleWeight[i];
    if (yTrue[i] === 1) {
      if (yPred[i] === 1) tp += w;
      else fn += w;
    } else if (yPred[i] === 1) fp += w;
    else tn += w;
  }
  const total = tp + fp + fn + tn;
  const cost = fp * costs.false_positive_cost + fn * costs.false_negative_cost;
  const profit = tp * (costs.true_positive_value ?? 0) - cost;
  return {
    true_positives: tp,
    false_positives: fp,
    false_negatives: fn,
    true_negatives: tn,
    expected_cost_per_1000: total === 0 ? NaN : (cost / total) * 1000,
    expected_profit_per_1000: total === 0 ? NaN : (profit / total) * 1000,
  };
}
