import { isLowerBetterMetric } from '../evaluate/index';
import { HEADLINE_METRICS } from './headline';
import type { MetricsDocument } from './metrics-document';
import type { MetricComparison, ReportData } from './report-data';

export const DEFAULT_ALPHA = 0.05;
export const DEFAULT_CONFIDENCE = 0.95;

/** The significance flag of a change: judged by the p-value, else by the interval excluding 0. */
export const CHANGE_FLAGS = ['better', 'worse', 'not_significant', 'untested'] as const;
export type ChangeFlag = (typeof CHANGE_FLAGS)[number];

/** One headline metric, head against base. */
export interface MetricRow {
  metric: string;
  head: number | null;
  /** Undefined without a baseline; null when the baseline lacks the metric. */
  base?: number | null;
  change: number | null;
  headInterval?: [number, number];
  comparison?: MetricComparison;
  flag: ChangeFlag;
  lowerIsBetter: boolean;
}

/** The headline metrics of a split, in HEADLINE_METRICS order, with the baseline where there is one. */
export function headlineRows(document: MetricsDocument, data: ReportData, split: 'test' | 'validation' = 'test'): MetricRow[] {
  const values = document.metrics[split];
  const names = HEADLINE_METRICS[document.task].filter((m) => m in values);
  const intervals = data.intervals ?? document.intervals ?? {};
  const baseValues = data.baseline?.document.metrics[split];
  const alpha = data.alpha ?? DEFAULT_ALPHA;
  return names.map((metric) => {
    const head = finiteOrNull(values[metric]);
    const base = baseValues === undefined ? undefined : finiteOrNull(baseValues[metric]);
    const comparison = split === 'test' ? data.comparisons?.[metric] : undefined;
    const change = comparison?.difference ?? (head !== null && base !== undefined && base !== null ? head - base : null);
    const lowerIsBetter = isLowerBetterMetric(metric);
    const row: MetricRow = { metric, head, change, flag: changeFlag(comparison, lowerIsBetter, alpha), lowerIsBetter };
    if (base !== undefined) row.base = base;
    const interval = intervals[split]?.[metric];
    if (interval && Number.isFinite(interval[0]) && Number.isFinite(interval[1])) row.headInterval = [interval[0], interval[1]];
    if (comparison) row.comparison = comparison;
    return row;
  });
}

export function changeFlag(comparison: MetricComparison | undefined, lowerIsBetter: boolean, alpha = DEFAULT_ALPHA): ChangeFlag {
  if (!comparison) return 'untested';
  let significant: boolean;
  if (comparison.p_value !== undefined && Number.isFinite(comparison.p_value)) significant = comparison.p_value < alpha;
  else if (comparison.interval) significant = comparison.interval[0] > 0 || comparison.interval[1] < 0;
  else return 'untested';
  if (!significant) return 'not_significant';
  const improved = lowerIsBetter ? comparison.difference < 0 : comparison.difference > 0;
  return improved ? 'better' : 'worse';
}

/** Whether a change, significant or not, goes the good way; null when there is none. */
export function improves(row: MetricRow): boolean | null {
  if (row.change === null || row.change === 0) return null;
  return row.lowerIsBetter ? row.change < 0 : row.change > 0;
}

function finiteOrNull(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : value;
}
