import type { MetricsDocument, ReportData } from '../../core/report/index';
import { withDefaults, type CommittedBaseline } from './fetch-baseline';

/**
 * The base branch's model re-scored on today's test rows (the run did it for the gates) is the
 * better baseline for the diff: same rows, same data. Its other sections (cost, lineage) come
 * from the committed metrics when there are some.
 */
export function rescoredBaseline(document: MetricsDocument, committed: CommittedBaseline | null, ref?: string): ReportData['baseline'] | undefined {
  // A baseline the run could not re-score is the committed metrics.json, which the caller reads.
  if (!document.baseline?.rescored) return undefined;
  const metrics = { test: Object.fromEntries(Object.entries(document.baseline.metrics.test).map(([k, v]) => [k, v ?? NaN])), validation: {} };
  const base = withDefaults({ ...(committed?.document ?? { name: document.name, task: document.task }), metrics });
  return { document: base, source: 'rescored', ref: committed?.ref ?? ref, path: document.baseline.source };
}
