import type { MetricsDocument } from '../../core/report/metrics-document';
import type { GitHubEvent } from '../../ports/github-event';
import type { Logger } from '../../ports/logger';
import type { RepositoryContents } from '../../ports/repository-contents';
import { errorMessage, httpStatus } from './http-status';

export interface BaselinePorts {
  contents: RepositoryContents;
  logger: Logger;
}

export interface BaselineRequest {
  name: string;
  /** Repository path of the committed metrics (the config's `report.baseline`); default models/<name>/metrics.json. */
  path?: string;
  /** The ref to read at (the pull request's base branch); none: no baseline. */
  baseRef?: string;
}

/** The base branch's committed metrics, measured on the data of their day. */
export interface CommittedBaseline {
  document: MetricsDocument;
  source: 'committed';
  path: string;
  ref: string;
  bytes: number;
}

export function defaultBaselinePath(name: string): string {
  return `models/${name}/metrics.json`;
}

/**
 * The ref the baseline is read at: the pull request's base branch; on the default branch itself
 * (push, schedule), the commit being built, so a push that commits its own model afterwards still
 * compares with the model promoted before it, not with itself; else the default branch.
 */
export function baselineRef(event: GitHubEvent | null): string | undefined {
  if (event?.pullRequest) return event.pullRequest.baseRef;
  if (event?.defaultBranch && event.ref === `refs/heads/${event.defaultBranch}` && event.sha) return event.sha;
  return event?.defaultBranch;
}

/**
 * Reads the base branch's committed metrics.json through the repository contents (any size).
 * Absent, unreadable or malformed: null, with a line saying why; a missing baseline never fails a run.
 */
export async function fetchBaseline(ports: BaselinePorts, request: BaselineRequest): Promise<CommittedBaseline | null> {
  const path = (request.path ?? defaultBaselinePath(request.name)).replace(/^\/+/, '');
  const ref = request.baseRef;
  if (!ref) {
    ports.logger.info('no baseline: this run has no base branch');
    return null;
  }
  let bytes: Uint8Array | null;
  try {
    bytes = await ports.contents.readFile(path, ref);
  } catch (error) {
    if (httpStatus(error) === undefined) throw error;
    ports.logger.warning(`no baseline: could not read ${path} at ${ref} (${httpStatus(error)} ${errorMessage(error)})`);
    return null;
  }
  if (bytes === null) {
    ports.logger.info(`no baseline: ${path} does not exist at ${ref}`);
    return null;
  }
  const document = parseMetrics(new TextDecoder('utf-8').decode(bytes));
  if (typeof document === 'string') {
    ports.logger.warning(`no baseline: ${path} at ${ref} ${document}`);
    return null;
  }
  ports.logger.info(`baseline: ${path} at ${ref} (${bytes.length} bytes, measured on the data of its day)`);
  return { document, source: 'committed', path, ref, bytes: bytes.length };
}

/** The document, or why it is not an mltrain metrics.json. */
export function parseMetrics(text: string): MetricsDocument | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `is not valid JSON (${errorMessage(error)})`;
  }
  if (!isRecord(value) || !isRecord(value.metrics) || !isRecord(value.metrics.test)) {
    return 'is not an mltrain metrics.json (no metrics.test)';
  }
  return withDefaults(value as unknown as Partial<MetricsDocument> & Pick<MetricsDocument, 'metrics'>);
}

/**
 * A committed metrics.json may come from an older mltrain or lack sections (a data-validation
 * stop, a hand-written file): missing sections become empty, unknown numbers NaN (shown as n/a),
 * so the renderers can compare against it without guessing.
 */
export function withDefaults(document: Partial<MetricsDocument> & Pick<MetricsDocument, 'metrics'>): MetricsDocument {
  return {
    schema_version: 1,
    stage: 'complete',
    name: '',
    task: 'binary',
    created_at: '',
    passed: true,
    fairness: {},
    gates: [],
    ...document,
    metrics: { test: document.metrics.test, validation: document.metrics.validation ?? {} },
    cost: { usd: NaN, seconds: NaN, hourly_rate_usd: NaN, rate_source: 'default', ...document.cost },
    data: { rows: { train: 0, validation: 0, test: 0 }, skipped_rows: 0, features: [], target: '', validation: [], drift: { columns: {} }, ...document.data },
    model: { type: 'unknown', params: {}, iterations: 0, path: 'model.json', ...document.model },
    lineage: { data: [], config_sha256: '', git_commit: null, engine: 'unknown', engine_version: '', backend: '', seed: 0, mltrain_version: '', ...document.lineage },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
