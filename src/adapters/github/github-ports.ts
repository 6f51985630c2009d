import type { ArtifactUploader } from '../../ports/artifacts';
import type { GitHubEvent } from '../../ports/github-event';
import type { Logger } from '../../ports/logger';
import type { IssueComment, PullRequests } from '../../ports/pull-requests';
import type { RepositoryContents } from '../../ports/repository-contents';
import { ActionsArtifactUploader } from './actions-artifact-uploader';
import { readGitHubEvent } from './event-context';
import { createGitHubClient } from './github-client';
import { OctokitPullRequests } from './octokit-pull-requests';
import { OctokitRepositoryContents } from './octokit-repository-contents';

export interface GitHubPorts {
  /** Null outside GitHub Actions. */
  event: GitHubEvent | null;
  pullRequests: PullRequests;
  contents: RepositoryContents;
  artifacts: ArtifactUploader;
}

export interface GitHubPortsOptions {
  env: NodeJS.ProcessEnv;
  token: string;
  logger: Logger;
}

/** Every GitHub port for this run, from the runner's environment (GITHUB_API_URL honoured). */
export function createGitHubPorts(options: GitHubPortsOptions): GitHubPorts {
  const { env, token, logger } = options;
  const event = readGitHubEvent(env);
  const artifacts = new ActionsArtifactUploader(env);
  if (!event || !token) {
    const missing = new MissingAccess(event ? "no 'github-token' was given" : 'not running in GitHub Actions (GITHUB_REPOSITORY is not set)');
    return { event, pullRequests: missing, contents: missing, artifacts };
  }
  const client = createGitHubClient({ token, apiUrl: env.GITHUB_API_URL || 'https://api.github.com', logger });
  return {
    event,
    pullRequests: new OctokitPullRequests(client, event.repository),
    contents: new OctokitRepositoryContents(client, event.repository),
    artifacts,
  };
}

/** Stands in for the API when it cannot be reached: every call fails as a 401 would, saying why. */
class MissingAccess implements PullRequests, RepositoryContents {
  constructor(private readonly reason: string) {}
  private fail(): never {
    throw Object.assign(new Error(this.reason), { status: 401 });
  }
  async listComments(): Promise<IssueComment[]> {
    this.fail();
  }
  async createComment(): Promise<IssueComment> {
    this.fail();
  }
  async updateComment(): Promise<IssueComment> {
    this.fail();
  }
  async deleteComment(): Promise<void> {
    this.fail();
  }
  async readFile(): Promise<Uint8Array | null> {
    this.fail();
  }
}
