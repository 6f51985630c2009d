import type { CalibrationCurve, PrecisionRecallCurve, RocCurve } from '../../evaluate/index';
import { legend, plotFrame, svgDocument, type LegendItem } from './frame';
import { el, pathData, thinPoints } from './svg';
import { CHART_THEME as T, type Chart } from './theme';

const UNIT: [number, number] = [0, 1];
const UNIT_TICKS = [0, 0.2, 0.4, 0.6, 0.8, 1];

/** ROC curve with the chance diagonal; the AUC in the legend when known. */
export function rocChart(roc: RocCurve, auc?: number | null): Chart {
  const f = plotFrame({ xDomain: UNIT, yDomain: UNIT, xLabel: 'False positive rate', yLabel: 'True positive rate', xTicks: UNIT_TICKS, yTicks: UNIT_TICKS });
  const points = thinPoints(roc.fpr.map((x, i) => [f.x(x), f.y(roc.tpr[i])] as [number, number]));
  const label = typeof auc === 'number' && Number.isFinite(auc) ? `model (AUC ${auc.toFixed(3)})` : 'model';
  const body = [
    f.axes,
    el('path', { d: pathData([[f.x(0), f.y(0)], [f.x(1), f.y(1)]]), stroke: T.neutral, 'stroke-dasharray': '4 3', fill: 'none' }),
    el('path', { d: `${pathData(points)}L${f.x(1)},${f.y(0)}L${f.x(0)},${f.y(0)}Z`, fill: T.primary, 'fill-opacity': 0.08, stroke: 'none' }),
    el('path', { d: pathData(points), stroke: T.primary, 'stroke-width': 2, fill: 'none', class: 'series' }),
    legend(f, [{ label, color: T.primary }, { label: 'chance', color: T.neutral, dashed: true }]),
  ];
  return { id: 'roc', title: 'ROC curve', caption: 'True against false positive rate over every threshold; the closer to the top-left corner, the better.', svg: svgDocument('roc', 'ROC curve', f.width, f.height, ...body) };
}

/** Precision against recall as a step curve, with the positive rate (a random model's precision). */
export function precisionRecallChart(pr: PrecisionRecallCurve, averagePrecision?: number | null, positiveRate?: number | null): Chart {
  const f = plotFrame({ xDomain: UNIT, yDomain: UNIT, xLabel: 'Recall', yLabel: 'Precision', xTicks: UNIT_TICKS, yTicks: UNIT_TICKS });
  const steps: [number, number][] = [];
  for (let i = pr.recall.length - 1; i >= 0; i--) {
    if (steps.length > 0) steps.push([f.x(pr.recall[i]), steps[steps.length - 1][1]]);
    steps.push([f.x(pr.recall[i]), f.y(pr.precision[i])]);
  }
  const label = typeof averagePrecision === 'number' && Number.isFinite(averagePrecision) ? `model (AP ${averagePrecision.toFixed(3)})` : 'model';
  const items: LegendItem[] = [{ label, color: T.primary }];
  const body = [f.axes];
  if (typeof positiveRate === 'number' && Number.isFinite(positiveRate)) {
    body.push(el('path', { d: pathData([[f.x(0), f.y(positiveRate)], [f.x(1), f.y(positiveRate)]]), stroke: T.neutral, 'stroke-dasharray': '4 3', fill: 'none' }));
    items.push({ label: `positive rate ${positiveRate.toFixed(3)}`, color: T.neutral, dashed: true });
  }
  body.push(el('path', { d: pathData(thinPoints(steps)), stroke: T.primary, 'stroke-width': 2, fill: 'none', class: 'series' }));
  body.push(legend(f, items, 'bottom-right'));
  return {
    id: 'precision_recall',
    title: 'Precision-recall curve',
    caption: 'Precision at each recall level; more informative than ROC when positives are rare.',
    svg: svgDocument('precision_recall', 'Precision-recall curve', f.width, f.height, ...body),
  };
}

/** Reliability diagram: observed positive rate per bin against the mean predicted probability. */
export function calibrationChart(curve: CalibrationCurve): Chart {
  const f = plotFrame({ xDomain: UNIT, yDomain: UNIT, xLabel: 'Mean predicted probability', yLabel: 'Fraction of positives', xTicks: UNIT_TICKS, yTicks: UNIT_TICKS });
  const maxCount = Math.max(1, ...curve.bins.map((b) => b.count));
  const bars = curve.bins.map((b) => {
    const height = (b.count / maxCount) * 36;
    return el('rect', { x: f.x(b.lower) + 1, y: f.y(0) - height, width: Math.max(1, f.x(b.upper) - f.x(b.lower) - 2), height, fill: T.neutral, 'fill-opacity': 0.25 });
  });
  const points = curve.probPred.map((p, i) => [f.x(p), f.y(curve.probTrue[i])] as [number, number]);
  const body = [
    f.axes,
    ...bars,
    el('path', { d: pathData([[f.x(0), f.y(0)], [f.x(1), f.y(1)]]), stroke: T.neutral, 'stroke-dasharray': '4 3', fill: 'none' }),
    el('path', { d: pathData(points), stroke: T.secondary, 'stroke-width': 2, fill: 'none', class: 'series' }),
    ...points.map(([x, y]) => el('circle', { cx: x, cy: y, r: 3.5, fill: T.secondary })),
    legend(f, [{ label: 'model', color: T.secondary, marker: true }, { label: 'perfectly calibrated', color: T.neutral, dashed: true }, { label: 'rows per bin', color: '#cbd5e1' }], 'top-left'),
  ];
  return {
    id: 'calibration',
    title: 'Calibration',
    caption: 'Observed share of positives per probability bin; on the diagonal, a predicted 30% means 30%.',
    svg: svgDocument('calibration', 'Calibration', f.width, f.height, ...body),
  };
}
