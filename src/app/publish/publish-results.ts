import type { ArtifactUploader } from '../../ports/artifacts';
import type { GitHubEvent } from '../../ports/github-event';
import type { Logger } from '../../ports/logger';
import type { PullRequests } from '../../ports/pull-requests';
import { withMarker } from './comment-marker';
import { fitComment, fitSummary } from './github-limits';
import { errorMessage, httpStatus, isAccessDenied } from './http-status';
import { publishPlan, type PublishMode, type ReportSwitches } from './publish-plan';
import { upsertStickyComment } from './sticky-comment';

export interface PublishPorts {
  pullRequests: PullRequests;
  artifacts: ArtifactUploader;
  logger: Logger;
}

export interface PublishRequest {
  /** The config's name: the comment marker and the artifact name `mltrain-<name>`. */
  name: string;
  publishMode: PublishMode;
  report: ReportSwitches;
  /** Null outside GitHub Actions: no comment then. */
  event: GitHubEvent | null;
  /** The comment and summary markdown, rendered once the artifact's link is known. */
  render(links: PublishLinks): RenderedBodies;
  /** Absolute paths of the run's files, uploaded at their paths relative to `outputDir` (a command model's sub-folders kept). */
  files: readonly string[];
  /** The folder holding `files`. */
  outputDir: string;
}

/** Links the rendered report points to. */
export interface PublishLinks {
  runUrl?: string;
  /** The uploaded `mltrain-<name>` artifact's page, when it was uploaded. */
  artifactUrl?: string;
}

export interface RenderedBodies {
  comment: string;
  summary: string;
}

export type CommentOutcome =
  | { status: 'created' | 'updated'; id: number; url: string }
  | { status: 'skipped' | 'denied' | 'failed'; reason: string };

export type ArtifactOutcome =
  | { status: 'uploaded'; name: string; id?: number; size?: number }
  | { status: 'unavailable' | 'failed'; name: string; reason: string }
  | { status: 'skipped' };

export interface PublishOutcome {
  comment: CommentOutcome;
  /** Markdown for the job summary (the caller writes it), or null when nothing is to be written. */
  summary: string | null;
  artifact: ArtifactOutcome;
  /** The GitOps commit was asked for (issue 8 does it). */
  commit: boolean;
}

/**
 * Publishes one run: the artifact first (the comment links to it), then the sticky comment, then
 * the job summary. Nothing here fails the step: a token that may not comment (fork pull requests
 * get a read-only one) is a warning, and the summary carries the report instead.
 */
export async function publishResults(ports: PublishPorts, request: PublishRequest): Promise<PublishOutcome> {
  const plan = publishPlan(request.publishMode, request.report);
  if (!plan.comment && !plan.summary && !plan.artifact) {
    return { comment: { status: 'skipped', reason: `publish is '${request.publishMode}'` }, summary: null, artifact: { status: 'skipped' }, commit: plan.commit };
  }
  const artifact = plan.artifact ? await uploadArtifact(ports, request) : ({ status: 'skipped' } as const);
  const bodies = request.render(publishLinks(request.event, artifact));
  const comment = plan.comment ? await keepComment(ports, request, bodies.comment) : ({ status: 'skipped', reason: `publish is '${request.publishMode}'` } as const);
  const fallback = comment.status === 'denied' || comment.status === 'failed';
  let summary: string | null = null;
  if (plan.summary || fallback) {
    const note = fallback ? fallbackNote(request, comment.reason) : '';
    const fitted = fitSummary(note + bodies.summary, '_The summary was cut at GitHub\'s 1 MiB limit; the full report is in the run\'s artifact._');
    if (fitted.truncated) ports.logger.warning('the job summary was longer than GitHub allows (1 MiB) and was cut');
    summary = fitted.body;
  }
  return { comment, summary, artifact, commit: plan.commit };
}

async function uploadArtifact(ports: PublishPorts, request: PublishRequest): Promise<ArtifactOutcome> {
  const name = `mltrain-${request.name}`;
  if (request.files.length === 0) return { status: 'skipped' };
  try {
    const result = await ports.artifacts.upload(name, request.files, request.outputDir);
    if (result.status === 'unavailable') {
      ports.logger.notice(`artifact ${name} not uploaded: ${result.reason}`);
      return { status: 'unavailable', name, reason: result.reason };
    }
    ports.logger.info(`uploaded artifact ${name} (${request.files.length} files${result.size === undefined ? '' : `, ${result.size} bytes`})`);
    return { status: 'uploaded', name, id: result.id, size: result.size };
  } catch (error) {
    ports.logger.warning(`artifact ${name} could not be uploaded: ${errorMessage(error)}`);
    return { status: 'failed', name, reason: errorMessage(error) };
  }
}

async function keepComment(ports: PublishPorts, request: PublishRequest, body: string): Promise<CommentOutcome> {
  const pull = request.event?.pullRequest;
  if (!pull) {
    const reason = request.event ? `the '${request.event.eventName}' event has no pull request to comment on` : 'not running in GitHub Actions';
    if (request.publishMode === 'comment') ports.logger.notice(`no PR comment: ${reason}`);
    else ports.logger.info(`no PR comment: ${reason}`);
    return { status: 'skipped', reason };
  }
  const fitted = fitComment(withMarker(body, request.name), '_The comment was cut at GitHub\'s 65,536-character limit; the full report is in the job summary and the run\'s artifact._');
  if (fitted.truncated) ports.logger.warning('the PR comment was longer than GitHub allows (65,536 characters) and was cut');
  try {
    const result = await upsertStickyComment(ports.pullRequests, pull.number, request.name, fitted.body);
    if (result.removed > 0) ports.logger.info(`deleted ${result.removed} duplicate mltrain:${request.name} comment(s) on #${pull.number} left by runs that raced`);
    if (result.duplicatesLeft > 0) ports.logger.warning(`pull request #${pull.number} still has ${result.duplicatesLeft} duplicate mltrain:${request.name} comment(s) that could not be deleted; the oldest is kept current`);
    ports.logger.info(`${result.action} the PR comment on #${pull.number}: ${result.comment.url}`);
    return { status: result.action, id: result.comment.id, url: result.comment.url };
  } catch (error) {
    const status = httpStatus(error);
    if (status === undefined) throw error; // not an API answer: a bug, not a permission problem
    const why = isAccessDenied(error)
      ? pull.fromFork
        ? 'this pull request comes from a fork, whose token is read-only'
        : "the token may not comment (the workflow needs 'pull-requests: write')"
      : 'the GitHub API failed';
    const reason = `${status} ${errorMessage(error)}: ${why}`;
    ports.logger.warning(`could not comment on pull request #${pull.number} (${reason}); the report is in the job summary`);
    return { status: isAccessDenied(error) ? 'denied' : 'failed', reason };
  }
}

/** The run's page, and the artifact's page below it (`.../actions/runs/<id>/artifacts/<artifact id>`). */
function publishLinks(event: GitHubEvent | null, artifact: ArtifactOutcome): PublishLinks {
  const runUrl = event?.runUrl;
  if (!runUrl || artifact.status !== 'uploaded' || artifact.id === undefined) return { runUrl };
  return { runUrl, artifactUrl: `${runUrl.replace(/\/attempts\/\d+$/, '')}/artifacts/${artifact.id}` };
}

function fallbackNote(request: PublishRequest, reason: string): string {
  const number = request.event?.pullRequest?.number;
  return `> ⚠️ mltrain could not comment on pull request #${number} (${reason}); the report is below.\n\n`;
}
