import type { Task } from '../config/training-config';
import { argmaxRows, calibrationCurve, confusionMatrix, precisionRecallCurve, predictBinary, rocCurve, type Numbers } from '../evaluate/index';
import type { ReportCurves } from './report-data';

export interface CurveInputs {
  task: Task;
  /** Encoded labels: 0/1 for binary, 0..k-1 for multiclass. */
  yTrue: Numbers;
  /** Binary: the positive class's probability; multiclass: row-major probabilities, k per row. */
  yScore: Numbers;
  /** Class names in label order (defaults to the label numbers). */
  classes?: readonly string[];
  /** The binary decision threshold (default 0.5, as predictBinary). */
  threshold?: number;
  sampleWeight?: Numbers;
  /** Calibration bins (default 10, equal width as scikit-learn's default). */
  calibrationBins?: number;
}

/**
 * The curves a report draws, from the test part's labels and scores: ROC, precision-recall,
 * calibration and the confusion matrix for binary runs, the confusion matrix for multiclass ones,
 * none for regression. A part holding a single class has no ROC or PR curve.
 */
export function buildReportCurves(input: CurveInputs): ReportCurves {
  const { task, yTrue, yScore, sampleWeight } = input;
  if (task === 'regression' || yTrue.length === 0) return {};
  if (task === 'multiclass') {
    const k = input.classes?.length ?? Math.round(yScore.length / yTrue.length);
    const labels = Array.from({ length: k }, (_, c) => c);
    const { matrix } = confusionMatrix(yTrue, argmaxRows(yScore, k), { labels, sampleWeight });
    return { confusion: { labels: labels.map((c) => input.classes?.[c] ?? String(c)), matrix } };
  }
  const names = [input.classes?.[0] ?? '0', input.classes?.[1] ?? '1'];
  const { matrix } = confusionMatrix(yTrue, predictBinary(yScore, input.threshold), { labels: [0, 1], sampleWeight });
  const curves: ReportCurves = { confusion: { labels: names, matrix } };
  let positives = 0;
  for (let i = 0; i < yTrue.length; i++) positives += yTrue[i] === 1 ? 1 : 0;
  if (positives > 0 && positives < yTrue.length) {
    curves.roc = rocCurve(yTrue, yScore, { sampleWeight });
    curves.precisionRecall = precisionRecallCurve(yTrue, yScore, { sampleWeight });
  }
  curves.calibration = calibrationCurve(yTrue, yScore, { nBins: input.calibrationBins ?? 10 });
  return curves;
}
