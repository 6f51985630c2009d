import { getColumn, cellValue, type Table } from '../core/data/table';
import type { EvaluationConfig, Task } from '../core/config/training-config';
import {
  bootstrapIntervalsByCounts,
  businessMetrics,
  calibrationCurve,
  chooseThreshold,
  computeMetrics,
  confusionMatrix,
  fairnessByColumn,
  precisionRecallCurve,
  predictBinary,
  argmaxRows,
  rocCurve,
  expectedCalibrationError,
  type BusinessMetrics,
  type FairnessReport,
  type Metrics,
} from '../core/evaluate/index';
import type { Rng } from '../core/random/rng';
import type { TrainedModel } from '../core/models/trainer';
import type { ReportCurves } from '../core/report/report-data';
import { HEADLINE_METRICS } from '../core/report/headline';
import type { EncodedDataset } from '../core/models/trainer';
import type { DataPart } from './prepare-data';

/**
 * Bootstrap work is capped so intervals stay a small share of a big job: at most
 * BOOTSTRAP_MAX_ROWS rows are resampled (a seeded subsample of a larger test part, whose interval
 * is rescaled by sqrt(subsample / rows), the 1/sqrt(n) law of a standard error) and at most
 * BOOTSTRAP_MAX_DRAWS row draws in all.
 */
const BOOTSTRAP_MAX_ROWS = 10_000;
const BOOTSTRAP_MAX_DRAWS = 2_000_000;
const MIN_RESAMPLES = 200;

export interface Evaluation {
  threshold: number | null;
  thresholdStrategy: string;
  metrics: { test: Metrics; validation: Metrics };
  intervals: { test: Record<string, [number, number]> };
  intervalResamples: number;
  fairness: Record<string, FairnessReport>;
  curves: ReportCurves;
  /** Test-part scores, kept for the statistical gates. */
  testScores: Float64Array;
}

export interface EvaluateRequest {
  task: Task;
  classes: string[] | null;
  model: TrainedModel;
  parts: { validation?: DataPart; test: DataPart };
  config: EvaluationConfig;
  sensitiveColumns: string[];
  rng: Rng;
  /** The parts' scores when the caller already has them (it times scoring on its own). */
  scores?: { test: Float64Array; validation?: Float64Array };
}

/**
 * Scores the validation and test parts: the decision threshold (fixed, or chosen on the
 * validation part), scikit-learn metrics, business metrics, seeded bootstrap intervals on the
 * test part, Fairlearn metrics per sensitive column, and the curves the reports draw.
 */
export function evaluateModel(request: EvaluateRequest): Evaluation {
  const { task, model, parts, config } = request;
  const numClasses = request.classes?.length ?? 0;
  const testScores = request.scores?.test ?? model.predict(parts.test.encoded.features);
  const validationScores = request.scores?.validation ?? (parts.validation ? model.predict(parts.validation.encoded.features) : undefined);
  const { threshold, strategy } = decideThreshold(task, config, parts.validation, validationScores);
  const costs = config.business;
  const metricsOf = (yTrue: Float64Array, yScore: Float64Array, sampleWeight?: Float64Array): Metrics => {
    const metrics = computeMetrics({ task, yTrue, yScore, threshold: threshold ?? undefined, sampleWeight, numClasses: task === 'multiclass' ? numClasses : undefined });
    if (task === 'binary') metrics.expected_calibration_error = expectedCalibrationError(yTrue, yScore, { nBins: 10 });
    if (task === 'binary' && costs && threshold !== null) {
      const business = businessMetrics(yTrue, predictBinary(yScore, threshold), costs, { sampleWeight });
      Object.assign(metrics, businessEntries(business));
    }
    return metrics;
  };
  const test = parts.test.encoded;
  const metrics = {
    test: metricsOf(test.label, testScores, test.weight),
    validation: parts.validation && validationScores ? metricsOf(parts.validation.encoded.label, validationScores, parts.validation.encoded.weight) : {},
  };

  const { intervals, resamples } = headlineIntervals(task, test, testScores, metrics.test, request, threshold, numClasses);

  const fairness = task === 'regression' ? {} : fairnessOn(parts.test.table, request, testScores, threshold, numClasses);
  return {
    threshold,
    thresholdStrategy: strategy,
    metrics,
    intervals: { test: intervals },
    intervalResamples: resamples,
    fairness,
    curves: curvesOf(task, test.label, testScores, threshold, request.classes),
    testScores,
  };
}

function decideThreshold(task: Task, config: EvaluationConfig, validation: DataPart | undefined, scores: Float64Array | undefined): { threshold: number | null; strategy: string } {
  if (task !== 'binary') return { threshold: null, strategy: task === 'multiclass' ? 'argmax' : 'none' };
  const setting = config.threshold;
  if (typeof setting === 'number') return { threshold: setting, strategy: 'fixed' };
  if (!validation || !scores) return { threshold: 0.5, strategy: 'fixed (no validation part to choose on)' };
  const options =
    setting === 'max_f1'
      ? { strategy: 'max_f1' as const }
      : setting === 'min_cost'
        ? { strategy: 'min_cost' as const, costs: config.business ?? { false_positive_cost: 1, false_negative_cost: 1 } }
        : { strategy: 'target_recall' as const, targetRecall: setting.recall };
  const choice = chooseThreshold(validation.encoded.label, scores, { ...options, sampleWeight: validation.encoded.weight });
  return { threshold: choice.threshold, strategy: `${choice.strategy} on validation` };
}

function fairnessOn(table: Table, request: EvaluateRequest, scores: Float64Array, threshold: number | null, numClasses: number): Record<string, FairnessReport> {
  const wanted = request.config.fairness.sensitive_columns ?? request.sensitiveColumns;
  if (wanted.length === 0) return {};
  const columns: Record<string, (string | number | boolean | null)[]> = {};
  for (const name of wanted) {
    const column = getColumn(table, name);
    if (!column) continue;
    columns[name] = Array.from({ length: table.numRows }, (_, i) => cellValue(column, i));
  }
  const labels = request.parts.test.encoded.label;
  const yPred = request.task === 'binary' ? predictBinary(scores, threshold ?? 0.5) : argmaxRows(scores, numClasses);
  if (request.task !== 'binary') return {};
  return fairnessByColumn({
    yTrue: labels,
    yPred,
    yScore: scores,
    sampleWeight: request.parts.test.encoded.weight,
    minGroupSize: request.config.fairness.min_group_size,
    columns,
    intersections: request.config.fairness.intersections && wanted.length > 1 ? [wanted] : undefined,
  });
}

function curvesOf(task: Task, yTrue: Float64Array, scores: Float64Array, threshold: number | null, classes: string[] | null): ReportCurves {
  if (task === 'regression') return {};
  const numClasses = classes?.length ?? 2;
  const yPred = task === 'binary' ? predictBinary(scores, threshold ?? 0.5) : argmaxRows(scores, numClasses);
  const labels = Array.from({ length: numClasses }, (_, i) => i);
  const confusion = { labels: classes ?? labels.map(String), matrix: confusionMatrix(yTrue, yPred, { labels }).matrix };
  if (task !== 'binary') return { confusion };
  return {
    roc: rocCurve(yTrue, scores),
    precisionRecall: precisionRecallCurve(yTrue, scores),
    calibration: calibrationCurve(yTrue, scores, { nBins: 10 }),
    confusion,
  };
}

/** The per-1,000 business numbers (the raw confusion counts stay out of the metrics). */
function businessEntries(business: BusinessMetrics): Metrics {
  return { expected_cost_per_1000: business.expected_cost_per_1000, expected_profit_per_1000: business.expected_profit_per_1000 };
}

function headlineIntervals(
  task: Task,
  test: EncodedDataset,
  scores: Float64Array,
  estimates: Metrics,
  request: EvaluateRequest,
  threshold: number | null,
  numClasses: number,
): { intervals: Record<string, [number, number]>; resamples: number } {
  const config = request.config.bootstrap;
  const rows = test.label.length;
  if (config.n_resamples === 0 || rows < 2) return { intervals: {}, resamples: 0 };
  const rng = request.rng.fork('bootstrap');
  const m = Math.min(rows, BOOTSTRAP_MAX_ROWS);
  const picked = m < rows ? rng.fork('subsample').sample(rows, m) : Uint32Array.from({ length: rows }, (_, i) => i);
  const stride = task === 'multiclass' ? numClasses : 1;
  // Binary rows go in ascending score order: the weighted ROC sort then meets one ordered run.
  const order = task === 'binary' ? Uint32Array.from(Array.from(picked).sort((a, b) => scores[a] - scores[b] || a - b)) : picked;
  const take = (values: Float64Array, k = 1): Float64Array => {
    const out = new Float64Array(m * k);
    for (let i = 0; i < m; i++) for (let j = 0; j < k; j++) out[i * k + j] = values[order[i] * k + j];
    return out;
  };
  const yTrue = take(test.label);
  const yScore = take(scores, stride);
  const rowWeight = test.weight ? take(test.weight) : undefined;
  const weight = new Float64Array(m);
  const only = HEADLINE_METRICS[task];
  const resamples = Math.max(MIN_RESAMPLES, Math.min(config.n_resamples, Math.floor(BOOTSTRAP_MAX_DRAWS / m)));
  // Each resample is the rows with their draw counts as sample weights (times the rows' own
  // weights): the same metric values as on the expanded resample, without copying rows.
  const computed = bootstrapIntervalsByCounts(
    (counts) => {
      for (let i = 0; i < m; i++) weight[i] = rowWeight ? counts[i] * rowWeight[i] : counts[i];
      return computeMetrics({ task, yTrue, yScore, threshold: threshold ?? undefined, sampleWeight: weight, numClasses: task === 'multiclass' ? numClasses : undefined, only });
    },
    m,
    { rng, nResamples: resamples, confidence: config.confidence },
  );
  const scale = Math.sqrt(m / rows);
  const intervals: Record<string, [number, number]> = {};
  for (const [name, interval] of Object.entries(computed)) {
    if (interval.nValid === 0) continue;
    const full = estimates[name] ?? interval.estimate;
    intervals[name] = m < rows ? [full + (interval.lower - interval.estimate) * scale, full + (interval.upper - interval.estimate) * scale] : [interval.lower, interval.upper];
  }
  return { intervals, resamples };
}
