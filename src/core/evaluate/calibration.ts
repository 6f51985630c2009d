/**
 * Reliability of predicted probabilities: scikit-learn 1.2's `calibration_curve` and the expected
 * calibration error (ECE) over the same bins.
 */
import type { Numbers } from './numeric';
import { checkLabels, checkSameLength, checkWeights, linspace, percentileSorted, searchSortedLeft, sortedCopy } from './numeric';

export type BinStrategy = 'uniform' | 'quantile';

export interface CalibrationOptions {
  /** Number of bins (default 10). */
  nBins?: number;
  /** Equal-width bins on [0, 1] (default) or bins holding equal shares of the scores. */
  strategy?: BinStrategy;
}

export interface CalibrationBin {
  /** Mean predicted probability in the bin (scikit-learn's `prob_pred`). */
  meanPredicted: number;
  /** Share of positives in the bin (scikit-learn's `prob_true`). */
  fractionPositive: number;
  /** Rows in the bin (weighted when weights are given). */
  count: number;
  /** The bin's edges. */
  lower: number;
  upper: number;
}

export interface CalibrationCurve {
  /** scikit-learn's `prob_true`: fraction of positives per non-empty bin. */
  probTrue: number[];
  /** scikit-learn's `prob_pred`: mean predicted probability per non-empty bin. */
  probPred: number[];
  /** The non-empty bins with their counts and edges. */
  bins: CalibrationBin[];
}

function binEdges(yProb: Numbers, nBins: number, strategy: BinStrategy): number[] {
  if (strategy === 'uniform') return linspace(0, 1, nBins + 1);
  const sorted = sortedCopy(yProb);
  return linspace(0, 1, nBins + 1).map((q) => percentileSorted(sorted, q * 100));
}

function binned(yTrue: Numbers, yProb: Numbers, options: CalibrationOptions, sampleWeight?: Numbers): CalibrationCurve {
  checkSameLength(yTrue, 'yTrue', yProb, 'yProb');
  if (yTrue.length === 0) throw new RangeError('yTrue is empty');
  checkLabels(yTrue, 2, 'yTrue');
  checkWeights(sampleWeight, yTrue.length);
  for (let i = 0; i < yProb.length; i++) {
    if (!(yProb[i] >= 0 && yProb[i] <= 1)) throw new RangeError(`yProb[${i}] must be a probability in [0, 1], got ${yProb[i]}`);
  }
  const nBins = options.nBins ?? 10;
  if (!Number.isInteger(nBins) || nBins < 1) throw new RangeError(`nBins must be a positive integer, got ${nBins}`);
  const edges = binEdges(yProb, nBins, options.strategy ?? 'uniform');
  const inner = edges.slice(1, -1);
  const sums = new Float64Array(nBins);
  const trues = new Float64Array(nBins);
  const totals = new Float64Array(nBins);
  for (let i = 0; i < yProb.length; i++) {
    const b = searchSortedLeft(inner, yProb[i]);
    const w = sampleWeight === undefined ? 1 : sampleWeight[i];
    sums[b] += w * yProb[i];
    trues[b] += w * yTrue[i];
    totals[b] += w;
  }
  const curve: CalibrationCurve = { probTrue: [], probPred: [], bins: [] };
  for (let b = 0; b < nBins; b++) {
    if (totals[b] === 0) continue;
    const fractionPositive = trues[b] / totals[b];
    const meanPredicted = sums[b] / totals[b];
    curve.probTrue.push(fractionPositive);
    curve.probPred.push(meanPredicted);
    curve.bins.push({ meanPredicted, fractionPositive, count: totals[b], lower: edges[b], upper: edges[b + 1] });
  }
  return curve;
}

/**
 * sklearn.calibration.calibration_curve (1.2) for binary labels and P(class 1): bins are
 * `searchsorted(edges[1:-1], p)` (a probability equal to an inner edge falls in the lower bin) and
 * empty bins are left out.
 */
export function calibrationCurve(yTrue: Numbers, yProb: Numbers, options: CalibrationOptions = {}): CalibrationCurve {
  return binned(yTrue, yProb, options);
}

/**
 * Expected calibration error: sum over non-empty bins of (rows in bin / rows) *
 * |fraction of positives - mean predicted probability|, with calibrationCurve's bins (10 uniform by
 * default), weighted by `sampleWeight` when given.
 */
export function expectedCalibrationError(
  yTrue: Numbers,
  yProb: Numbers,
  options: CalibrationOptions & { sampleWeight?: Numbers } = {},
): number {
  const curve = binned(yTrue, yProb, options, options.sampleWeight);
  let total = 0;
  for (const bin of curve.bins) total += bin.count;
  if (total === 0) return NaN;
  let ece = 0;
  for (const bin of curve.bins) ece += (bin.count / total) * Math.abs(bin.fractionPositive - bin.meanPredicted);
  return ece;
}
