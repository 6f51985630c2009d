import { describe, expect, it } from 'vitest';
import { buildReportCurves } from './report-curves';

describe('buildReportCurves', () => {
  it('binary: ROC, PR, calibration and a confusion matrix at the threshold', () => {
    const curves = buildReportCurves({ task: 'binary', yTrue: [0, 0, 1, 1], yScore: [0.1, 0.6, 0.4, 0.9], classes: ['no', 'yes'], threshold: 0.5 });
    // Hand count at 0.5: TN (0.1), FP (0.6), FN (0.4), TP (0.9).
    expect(curves.confusion).toEqual({ labels: ['no', 'yes'], matrix: [[1, 1], [1, 1]] });
    expect(curves.roc?.fpr).toEqual([0, 0, 0.5, 0.5, 1]);
    expect(curves.roc?.tpr).toEqual([0, 0.5, 0.5, 1, 1]);
    expect(curves.precisionRecall?.recall[0]).toBe(1);
    expect(curves.calibration?.bins.length).toBe(4);
  });

  it('binary with one class in the test part: no ROC or PR curve', () => {
    const curves = buildReportCurves({ task: 'binary', yTrue: [0, 0], yScore: [0.2, 0.7] });
    expect(curves.roc).toBeUndefined();
    expect(curves.precisionRecall).toBeUndefined();
    expect(curves.confusion?.matrix).toEqual([[1, 1], [0, 0]]);
  });

  it('multiclass: the confusion matrix of the argmax class', () => {
    const curves = buildReportCurves({ task: 'multiclass', yTrue: [0, 1, 2], yScore: [0.8, 0.1, 0.1, 0.2, 0.3, 0.5, 0.1, 0.1, 0.8], classes: ['a', 'b', 'c'] });
    expect(curves.confusion).toEqual({ labels: ['a', 'b', 'c'], matrix: [[1, 0, 0], [0, 0, 1], [0, 0, 1]] });
    expect(curves.roc).toBeUndefined();
  });

  it('regression: nothing to draw', () => {
    expect(buildReportCurves({ task: 'regression', yTrue: [1, 2], yScore: [1.5, 2.5] })).toEqual({});
  });
});
