import type { FileSystem } from '../../ports/file-system';
import type { GitHubEvent } from '../../ports/github-event';
import { loadConfig } from '../load-config';
import type { MetricsDocument } from '../../core/report/metrics-document';
import type { RunPaths } from '../run-training';
import { baselineRef, fetchBaseline, type BaselinePorts, type CommittedBaseline } from './fetch-baseline';
import type { PublishMode } from './publish-plan';
import { publishResults, type PublishOutcome, type PublishPorts } from './publish-results';

export interface PublishRunPorts extends PublishPorts, BaselinePorts {
  fs: FileSystem;
  /** Null outside GitHub Actions. */
  event: GitHubEvent | null;
}

export interface PublishRunRequest {
  /** What the run produced (a RunResult fits). */
  result: { document: Pick<MetricsDocument, 'name'>; paths: Pick<RunPaths, 'outputDir'>; summaryMarkdown: string };
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
 * baseline for diffs), then publishes artifact, comment and summary.
 * Until the PR-comment renderer lands, the comment carries the summary markdown (plus the marker),
 * and the baseline is read and reported but not yet drawn into the diff.
 */
export async function publishRun(ports: PublishRunPorts, request: PublishRunRequest): Promise<PublishRunOutcome> {
  const { result, publishMode } = request;
  const name = result.document.name;
  if (publishMode === 'none') {
    return { comment: { status: 'skipped', reason: "publish is 'none'" }, summary: null, artifact: { status: 'skipped' }, commit: false, baseline: null };
  }
  const { config } = await loadConfig(ports.fs, request.configPath, request.displayPath);
  const baseline = ports.event ? await fetchBaseline(ports, { name, path: config.report.baseline, baseRef: baselineRef(ports.event) }) : null;
  if (baseline) {
    const headline = Object.entries(baseline.document.metrics.test).slice(0, 3).map(([metric, value]) => `${metric} ${typeof value === 'number' ? value.toFixed(4) : String(value)}`);
    ports.logger.info(`baseline test metrics at ${baseline.ref}: ${headline.join(', ') || 'none'}`);
  }
  const outcome = await publishResults(ports, {
    name,
    publishMode,
    report: config.report,
    event: ports.event,
    commentBody: result.summaryMarkdown,
    summaryBody: result.summaryMarkdown,
    files: request.files,
    outputDir: result.paths.outputDir,
  });
  return { ...outcome, baseline };
}
