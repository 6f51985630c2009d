import { formatAttribution } from './explanation-sections';
import { markdownCode, markdownText } from './escape';
import { explanationsShortSummary, type AvailableExplanations } from './explanations';
import { markdownTable } from './format-table';
import type { DetailSection } from './markdown-sections';
import type { MetricsDocument } from './metrics-document';
import type { ReportData } from './report-data';

/** Features listed in the pull-request comment; the model card and report.html list more. */
export const COMMENT_FEATURES = 10;

/**
 * The comment's feature attributions: the top features by mean |SHAP|, and, when the baseline
 * recorded attributions of the same kind (method and output scale), its value and rank for each,
 * so a reviewer sees a feature that suddenly dominates (a leak, a broken column). Null when the
 * run has none.
 */
export function explanationsSection(document: MetricsDocument, data: ReportData): DetailSection | null {
  const head = document.explanations;
  if (!head?.available) return null;
  const base = comparableBaseline(head, data);
  const baseRank = new Map(base?.features.map((f, i) => [f.name, { rank: i + 1, value: f.mean_abs_shap }]) ?? []);
  const shown = head.features.slice(0, COMMENT_FEATURES);
  const rows = shown.map((f, i) => {
    const before = baseRank.get(f.name);
    const cells = [String(i + 1), markdownCode(f.name), formatAttribution(f.mean_abs_shap)];
    if (base) cells.push(before ? formatAttribution(before.value) : 'n/a', before ? rankChange(before.rank, i + 1) : 'not in its list');
    return cells;
  });
  const header = ['rank', 'feature', 'mean |SHAP|', ...(base ? ['base', 'base rank'] : [])];
  const lines = [markdownText(explanationsShortSummary(head)), '', markdownTable({ header, rows })];
  if (base) lines.push('', '_Base: the attributions recorded with the baseline model, on its own test rows._');
  else if (data.baseline) lines.push('', '_The baseline recorded no attributions of the same kind, so there is nothing to compare._');
  const names = shown.slice(0, 3).map((f) => f.name).join(', ');
  return { summary: `Feature attributions: ${markdownText(names)}${head.features_total > 3 ? ', ...' : ''}`, lines };
}

function comparableBaseline(head: AvailableExplanations, data: ReportData): AvailableExplanations | undefined {
  const base = data.baseline?.document.explanations;
  return base?.available && base.method === head.method && base.output === head.output ? base : undefined;
}

function rankChange(before: number, now: number): string {
  if (before === now) return String(before);
  return `${before} (${before > now ? 'up' : 'down'} ${Math.abs(before - now)})`;
}
