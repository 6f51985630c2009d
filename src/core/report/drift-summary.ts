import type { MetricsDocument } from './metrics-document';
import type { ReportData } from './report-data';

/** The PSI above which a column counts as drifted when metrics.json does not say (issue 3's default). */
export const DEFAULT_MAX_PSI = 0.2;

export interface DriftRow {
  column: string;
  psi: number;
  drifted: boolean;
}

/** Drift per column, largest PSI first: ReportData's values, else metrics.json's. */
export function driftRows(document: MetricsDocument, data: ReportData): DriftRow[] {
  const limit = document.data.drift.max_psi ?? DEFAULT_MAX_PSI;
  const columns = document.data.drift.columns;
  const psiByColumn: Record<string, number> = {};
  if (data.drift) Object.assign(psiByColumn, data.drift);
  else for (const [column, stats] of Object.entries(columns)) if (typeof stats.psi === 'number') psiByColumn[column] = stats.psi;
  return Object.entries(psiByColumn)
    .filter(([, psi]) => Number.isFinite(psi))
    .map(([column, psi]) => {
      const recorded = columns[column]?.drifted;
      return { column, psi, drifted: typeof recorded === 'boolean' ? recorded : psi > limit };
    })
    .sort((a, b) => b.psi - a.psi || a.column.localeCompare(b.column));
}

/** The threshold used to call a column drifted. */
export function driftLimit(document: MetricsDocument): number {
  return document.data.drift.max_psi ?? DEFAULT_MAX_PSI;
}
