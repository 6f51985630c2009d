import { FAIRNESS_METRICS, type FairnessMetric } from '../evaluate/index';
import type { MetricsDocument } from './metrics-document';

/** One group's rates, as in metrics.json's `fairness.<column>.by_group`. */
export interface GroupRow {
  group: string;
  size: number | null;
  selection_rate: number | null;
  tpr: number | null;
  fpr: number | null;
  accuracy: number | null;
  auc: number | null;
  small: boolean;
}

export interface FairnessMetricRow {
  metric: FairnessMetric;
  head: number | null;
  /** Undefined without a baseline; null when the baseline lacks it. */
  base?: number | null;
}

export interface FairnessColumn {
  column: string;
  metrics: FairnessMetricRow[];
  groups: GroupRow[];
}

/** metrics.json's `fairness` per sensitive column, typed, with the baseline's values beside. */
export function fairnessSummary(document: MetricsDocument, baseline?: MetricsDocument): FairnessColumn[] {
  return Object.entries(document.fairness).map(([column, section]) => {
    const baseSection = baseline?.fairness[column];
    const metrics = FAIRNESS_METRICS.filter((m) => m in section).map((metric) => {
      const row: FairnessMetricRow = { metric, head: numberOrNull(section[metric]) };
      if (baseline) row.base = baseSection ? numberOrNull(baseSection[metric]) : null;
      return row;
    });
    return { column, metrics, groups: readGroups(section.by_group) };
  });
}

function readGroups(raw: unknown): GroupRow[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((g): g is Record<string, unknown> => typeof g === 'object' && g !== null)
    .map((g) => ({
      group: g.group === null || g.group === undefined ? '(missing)' : String(g.group),
      size: numberOrNull(g.size),
      selection_rate: numberOrNull(g.selection_rate),
      tpr: numberOrNull(g.tpr),
      fpr: numberOrNull(g.fpr),
      accuracy: numberOrNull(g.accuracy),
      auc: numberOrNull(g.auc),
      small: g.small === true,
    }));
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
