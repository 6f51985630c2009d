import { driftLimit, driftRows } from '../drift-summary';
import type { MetricsDocument } from '../metrics-document';
import type { ReportData } from '../report-data';
import { tuningSummary } from '../tuning-summary';
import { confusionMatrixChart } from './confusion-chart';
import { calibrationChart, precisionRecallChart, rocChart } from './curve-charts';
import { optimizationHistoryChart } from './history-chart';
import { driftChart, featureImportanceChart, paramImportanceChart, shapImportanceChart } from './importance-charts';
import type { Chart } from './theme';

/** Every chart the run has data for, in CHART_IDS order. */
export function reportCharts(document: MetricsDocument, data: ReportData): Chart[] {
  const charts: Chart[] = [];
  const curves = data.curves ?? {};
  const test = document.metrics.test;
  if (curves.roc && curves.roc.fpr.length > 1) charts.push(rocChart(curves.roc, test.roc_auc));
  if (curves.precisionRecall && curves.precisionRecall.recall.length > 1) charts.push(precisionRecallChart(curves.precisionRecall, test.average_precision, positiveRate(data)));
  if (curves.calibration && curves.calibration.bins.length > 0) charts.push(calibrationChart(curves.calibration));
  if (curves.confusion && curves.confusion.labels.length > 0) charts.push(confusionMatrixChart(curves.confusion));
  if (data.featureImportance && Object.keys(data.featureImportance).length > 0) charts.push(featureImportanceChart(data.featureImportance));
  if (document.explanations?.available && document.explanations.features.length > 0) charts.push(shapImportanceChart(document.explanations));
  const tuning = tuningSummary(document, data);
  if (tuning && tuning.history.length > 0) charts.push(optimizationHistoryChart(tuning.history, tuning.metric, tuning.direction));
  if (data.paramImportances && Object.keys(data.paramImportances).length > 0) charts.push(paramImportanceChart(data.paramImportances));
  const drift = driftRows(document, data);
  if (drift.length > 0) charts.push(driftChart(drift, driftLimit(document)));
  return charts;
}

/** The share of positive rows, from the confusion matrix (a random model's precision). */
function positiveRate(data: ReportData): number | null {
  const matrix = data.curves?.confusion?.matrix;
  if (!matrix || matrix.length !== 2) return null;
  const positives = matrix[1][0] + matrix[1][1];
  const total = positives + matrix[0][0] + matrix[0][1];
  return total > 0 ? positives / total : null;
}
