/** Events whose payload carries a pull request that the sticky comment belongs to. */
export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'] as const;
export type PullRequestEvent = (typeof PULL_REQUEST_EVENTS)[number];

export interface RepositoryName {
  owner: string;
  repo: string;
}

export interface PullRequestInfo {
  number: number;
  /** The branch the pull request merges into: where the baseline lives. */
  baseRef: string;
  headRef: string;
  headSha: string;
  /** The head branch lives in another repository: the default token is read-only then. */
  fromFork: boolean;
}

/** What the workflow run is about, read once at the edge (GITHUB_* variables and the event payload). */
export interface GitHubEvent {
  eventName: string;
  repository: RepositoryName;
  /** The commit being built (GITHUB_SHA). */
  sha: string;
  /** The ref being built, e.g. `refs/heads/main` (GITHUB_REF). */
  ref: string;
  actor: string;
  /** The repository's default branch, from the payload, when it says. */
  defaultBranch?: string;
  pullRequest?: PullRequestInfo;
  /** Link to this workflow run, when the run id is known. */
  runUrl?: string;
}
