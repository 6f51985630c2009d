import type { ActionsRuns } from '../../ports/actions-runs';
import type { GitData, Pulls } from '../../ports/git-data';
import type { RepositoryName } from '../../ports/github-event';
import type { Logger } from '../../ports/logger';
import { createGitHubClient, type GitHubClient } from '../github/github-client';
import { OctokitActionsRuns } from './octokit-actions-runs';
import { OctokitGitData } from './octokit-git-data';
import { OctokitPulls } from './octokit-pulls';

export interface GitOpsPorts {
  git: GitData;
  pulls: Pulls;
  runs: ActionsRuns;
  /** For the weekly retraining branch and pull request: made with `pr-token` when given. */
  retrain: { git: GitData; pulls: Pulls; checksWillRun: boolean };
}

export interface GitOpsPortsOptions {
  repository: RepositoryName;
  /** GITHUB_API_URL. */
  apiUrl: string;
  /** The `github-token` input (never logged). */
  token: string;
  /** The `pr-token` input, or empty: a token whose pushes and pull requests start workflows. */
  prToken?: string;
  logger: Logger;
  /** Tests shorten the back-off and give each client its own pacing. */
  backoffUnitMs?: number;
  pacingId?: string;
  /** Makes the client for a token; default createGitHubClient (retries, rate limits, write pacing). */
  createClient?: (token: string) => GitHubClient;
}

/** The GitOps ports over Octokit; the retraining pair uses the `pr-token` when there is one. */
export function createGitOpsPorts(options: GitOpsPortsOptions): GitOpsPorts {
  const make = (token: string, suffix: string) =>
    options.createClient?.(token) ??
    createGitHubClient({ token, apiUrl: options.apiUrl, logger: options.logger, backoffUnitMs: options.backoffUnitMs, pacingId: options.pacingId ? `${options.pacingId}-${suffix}` : undefined });
  const client = make(options.token, 'default');
  const git = new OctokitGitData(client, options.repository);
  const pulls = new OctokitPulls(client, options.repository);
  const prClient = options.prToken ? make(options.prToken, 'pr') : null;
  return {
    git,
    pulls,
    runs: new OctokitActionsRuns(client, options.repository),
    retrain: prClient ? { git: new OctokitGitData(prClient, options.repository), pulls: new OctokitPulls(prClient, options.repository), checksWillRun: true } : { git, pulls, checksWillRun: false },
  };
}
