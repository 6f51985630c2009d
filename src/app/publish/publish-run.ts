import type { ReportConfig } from '../../core/config/training-config';
import type { FileSystem } from '../../ports/file-system';
import type { GitHubEvent } from '../../ports/github-event';
import { loadConfig } from '../load-config';
import { renderPrComment, type MetricsDocument, type ReportData } from '../../core/report/index';
import type { RunPaths } from '../run-training';
import { baselineRef, fetchBaseline, type BaselinePorts, type CommittedBaseline } from './fetch-baseline';
import { rescoredBaseline } from './rescored-baseline';
import type { PublishMode } from './publish-plan';
import { publishResults, type PublishOutcome, type PublishPorts } from './publish-results';

export interface PublishRunPorts extends PublishPorts, BaselinePorts {
  fs: FileSystem;
  /** Null outside GitHub Actions. */
  event: GitHubEvent | null;
}

export interface PublishRunRequest {
  /**
   * What the run produced (a RunResult fits). With `reportData` the comment and the summary are
   * the PR-comment rendering (diffs against the baseline, links); without it, the summary markdown.
   */
  result: { document: MetricsDocument; paths: Pick<RunPaths, 'outputDir'>; summaryMarkdown: string; reportData?: ReportData; report?: ReportConfig };
  /** The config the run used: its `report` section says what to publish under `publish: auto`. */
  configPath: string;
  displayPath: string;
  publishMode: PublishMode;
  /** The run's files (absolute), uploaded as the artifact. */
  files: readonly string[];
}

export interface PublishRunOutcome extends PublishOutcome {
  baseline: CommittedBaseline | null;
}

/**
 * The action's publish step after `runTraining`: reads the base branch's committed metrics (the
 * baseline for diffs, unless the run already re-scored the base model), then publishes the
 * artifact, the sticky comment and the job summary, the last two with the same markdown.
 */
export async function publishRun(ports: PublishRunPorts, request: PublishRunRequest): Promise<PublishRunOutcome> {
  const { result, publishMode } = request;
  const name = result.document.name;
  if (publishMode === 'none') {
    return { comment: { status: 'skipped', reason: "publish is 'none'" }, summary: null, artifact: { status: 'skipped' }, commit: false, baseline: null };
  }
  const report = result.report ?? (await loadConfig(ports.fs, request.configPath, request.displayPath)).config.report;
  const baseline = ports.event ? await fetchBaseline(ports, { name, path: report.baseline, baseRef: baselineRef(ports.event) }) : null;
  if (baseline) {
    const headline = Object.entries(baseline.document.metrics.test).slice(0, 3).map(([metric, value]) => `${metric} ${typeof value === 'number' ? value.toFixed(4) : String(value)}`);
    ports.logger.info(`baseline test metrics at ${baseline.ref}: ${headline.join(', ') || 'none'}`);
  }
  const outcome = await publishResults(ports, {
    name,
    publishMode,
    report,
    event: ports.event,
    render: (links) => {
      if (!result.reportData) return { comment: result.summaryMarkdown, summary: result.summaryMarkdown };
      const data: ReportData = {
        ...result.reportData,
        baseline: result.reportData.baseline ?? rescoredBaseline(result.document, baseline) ?? baseline ?? undefined,
        runUrl: links.runUrl ?? result.reportData.runUrl,
        artifactUrl: links.artifactUrl ?? result.reportData.artifactUrl,
      };
      const markdown = renderPrComment(result.document, data);
      return { comment: markdown, summary: markdown };
    },
    files: request.files,
    outputDir: result.paths.outputDir,
  });
  return { ...outcome, baseline };
}
