import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../../ports/logger';

export interface GitHubClientOptions {
  /** Never logged: the action registers it as a secret, and errors carry only GitHub's message. */
  token: string;
  /** REST base URL: GITHUB_API_URL in Actions (GitHub Enterprise Server, the test stand-in). */
  apiUrl: string;
  logger: Logger;
  /** Milliseconds per "second" of back-off for retries and rate limits; tests shorten it. */
  backoffUnitMs?: number;
  /**
   * Clients with the same id share write pacing (one write at a time, a second apart, three
   * between notifying writes, as GitHub asks of integrations). One client per process in the
   * action; tests give each client its own.
   */
  pacingId?: string;
}

/** Waiting longer than this for a rate limit to reset would stall the job: give up instead. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 120;
const MAX_RATE_LIMIT_RETRIES = 2;

export type GitHubClient = ReturnType<typeof getOctokit>;

/**
 * Octokit from @actions/github (proxy-aware) with retries of transient failures (5xx, network)
 * and rate-limit handling. 4xx answers other than rate limits are not retried: a 403 on a fork's
 * read-only token must fail fast so the caller can fall back.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { logger } = options;
  const unit = options.backoffUnitMs ?? 1000;
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const retrying = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
    logger.warning(`GitHub ${kind} rate limit on ${request.method} ${request.url}: ${retrying ? `retrying in ${retryAfter}s` : 'giving up'}`);
    return retrying;
  };
  return getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl.replace(/\/+$/, ''),
      log: { debug: (m: string) => logger.debug(m), info: (m: string) => logger.debug(m), warn: (m: string) => logger.warning(m), error: (m: string) => logger.warning(m) },
      retry: { retryAfterBaseValue: unit },
      throttle: {
        id: options.pacingId ?? 'mltrain',
        retryAfterBaseValue: unit,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
      },
    },
    retry,
    throttling,
  );
}
