import type { ModelCardConfig } from '../config/training-config';
import type { CalibrationCurve, PrecisionRecallCurve, RocCurve } from '../evaluate/index';
import type { TrialState } from '../tune/frozen-trial';
import type { MetricsDocument } from './metrics-document';

/**
 * Where the baseline came from: the base branch's model re-scored on today's test part, or the
 * metrics committed on the base branch, measured on the data of their day.
 */
export const BASELINE_SOURCES = ['rescored', 'committed'] as const;
export type BaselineSource = (typeof BASELINE_SOURCES)[number];

export interface Baseline {
  document: MetricsDocument;
  source: BaselineSource;
  /** The base ref the baseline was read at, e.g. `main`. */
  ref?: string;
  /** Where it was read, e.g. `models/churn/metrics.json`. */
  path?: string;
}

/** Candidate minus baseline on the same test rows (paired bootstrap, DeLong or McNemar). */
export interface MetricComparison {
  difference: number;
  /** Interval of the difference, when a paired bootstrap gave one. */
  interval?: [number, number];
  p_value?: number;
  /** The test that gave the p-value, e.g. `delong`, `mcnemar`, `paired_bootstrap`. */
  test?: string;
}

/** A confusion matrix: rows are true labels, columns predicted labels. */
export interface ConfusionMatrixData {
  labels: string[];
  matrix: number[][];
}

export interface ReportCurves {
  roc?: RocCurve;
  precisionRecall?: PrecisionRecallCurve;
  calibration?: CalibrationCurve;
  confusion?: ConfusionMatrixData;
}

/** One finished trial, with the best value up to and including it (tune's HistoryPoint, JSON-friendly). */
export interface HistoryEntry {
  number: number;
  state: TrialState;
  value: number | null;
  bestValue: number | null;
  costUsd?: number | null;
  durationMs?: number | null;
}

/** Per-column statistics from data-profile.json, as far as a report shows them. */
export interface ColumnProfileSummary {
  name: string;
  type: string;
  missingFraction?: number;
  distinct?: number;
  mean?: number;
  std?: number;
  min?: number;
  max?: number;
  /** The most frequent categories with their share of rows. */
  top?: { value: string; fraction: number }[];
}

export interface DataProfileSummary {
  rows: number;
  columns: ColumnProfileSummary[];
  /** Share of rows per label. */
  labelDistribution?: Record<string, number>;
}

/** What a report shows that metrics.json does not hold. Every field is optional: runs differ. */
export interface ReportData {
  /** The config's description. */
  description?: string;
  /** The config's model_card section. */
  modelCard?: ModelCardConfig;
  curves?: ReportCurves;
  /** Feature name -> the engine's own importance (trees: average gain per split; linear: |coefficient|). */
  featureImportance?: Record<string, number>;
  /** Finished trials in order. */
  optimizationHistory?: HistoryEntry[];
  /** Whether the tuned objective is maximised (defaults to the metric's usual direction). */
  direction?: 'maximize' | 'minimize';
  /** Hyperparameter name -> importance (sums to 1). */
  paramImportances?: Record<string, number>;
  /** Column -> PSI; defaults to metrics.json's `data.drift.columns.<name>.psi`. */
  drift?: Record<string, number>;
  /** Bootstrap intervals per split and metric; defaults to metrics.json's `intervals`. */
  intervals?: Record<string, Record<string, [number, number]>>;
  /** Confidence of the intervals (0.95 unless said). */
  confidence?: number;
  /** Test metric -> comparison with the baseline on the same rows. */
  comparisons?: Record<string, MetricComparison>;
  /** Significance level for the flags (0.05 unless said). */
  alpha?: number;
  baseline?: Baseline;
  profile?: DataProfileSummary;
  runUrl?: string;
  artifactUrl?: string;
}
