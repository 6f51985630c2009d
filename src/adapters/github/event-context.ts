import { existsSync, readFileSync } from 'node:fs';
import { PULL_REQUEST_EVENTS, type GitHubEvent, type PullRequestInfo, type RepositoryName } from '../../ports/github-event';

interface PullRequestPayload {
  number?: number;
  base?: { ref?: string; repo?: { full_name?: string } | null };
  head?: { ref?: string; sha?: string; repo?: { full_name?: string } | null };
}

interface EventPayload {
  pull_request?: PullRequestPayload;
  repository?: { default_branch?: string; full_name?: string };
}

/**
 * The run's GitHub context from the runner's variables and event payload (GITHUB_EVENT_PATH).
 * Null outside GitHub Actions (no GITHUB_REPOSITORY): there is nothing to comment on then.
 */
export function readGitHubEvent(env: NodeJS.ProcessEnv, readText: (path: string) => string = (path) => readFileSync(path, 'utf8')): GitHubEvent | null {
  const repository = parseRepository(env.GITHUB_REPOSITORY);
  if (!repository) return null;
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const payload = readPayload(env.GITHUB_EVENT_PATH, readText);
  const event: GitHubEvent = {
    eventName,
    repository,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    actor: env.GITHUB_ACTOR ?? '',
  };
  if (payload.repository?.default_branch) event.defaultBranch = payload.repository.default_branch;
  const pullRequest = (PULL_REQUEST_EVENTS as readonly string[]).includes(eventName) ? pullRequestInfo(payload.pull_request, env.GITHUB_REPOSITORY ?? '') : undefined;
  if (pullRequest) event.pullRequest = pullRequest;
  const runUrl = workflowRunUrl(env);
  if (runUrl) event.runUrl = runUrl;
  return event;
}

function parseRepository(value: string | undefined): RepositoryName | null {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value?.trim() ?? '');
  return match ? { owner: match[1], repo: match[2] } : null;
}

function readPayload(path: string | undefined, readText: (path: string) => string): EventPayload {
  if (!path || !existsSync(path)) return {};
  try {
    return JSON.parse(readText(path)) as EventPayload;
  } catch (error) {
    throw new Error(`could not read the event payload ${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

function pullRequestInfo(pull: PullRequestPayload | undefined, repositoryFullName: string): PullRequestInfo | undefined {
  if (!pull || typeof pull.number !== 'number' || !pull.base?.ref) return undefined;
  const baseRepo = pull.base.repo?.full_name ?? repositoryFullName;
  // A deleted fork leaves head.repo null: treat it as a fork (its token was read-only too).
  const headRepo = pull.head?.repo?.full_name;
  return {
    number: pull.number,
    baseRef: pull.base.ref,
    headRef: pull.head?.ref ?? '',
    headSha: pull.head?.sha ?? '',
    fromFork: headRepo === undefined || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
  };
}

function workflowRunUrl(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.GITHUB_RUN_ID || !env.GITHUB_REPOSITORY) return undefined;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt > 1 ? `/attempts/${attempt}` : ''}`;
}
