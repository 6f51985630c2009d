import { renderPrComment } from '../../core/report/index';
import { rescoredBaseline } from '../publish/rescored-baseline';
import type { RunResult } from '../run-training';

/**
 * The retraining pull request's body: the run's report with the promoted model, re-scored on
 * today's test rows, as the baseline of every diff. The run's report.md is rendered before anyone
 * passes it a baseline, so on its own it reads "no baseline" although the run compared the
 * candidate with the promoted model: the comparison is the point of the weekly pull request.
 * Null when the run re-scored nothing (no promoted model yet): its report.md is the body then.
 */
export function retrainReport(run: Pick<RunResult, 'document' | 'reportData'>, baseBranch: string): string | null {
  const baseline = rescoredBaseline(run.document, null, baseBranch);
  return baseline ? renderPrComment(run.document, { ...run.reportData, baseline }) : null;
}
