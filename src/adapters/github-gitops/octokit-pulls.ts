import type { RepositoryName } from '../../ports/github-event';
import type { PullRequestRecord, Pulls } from '../../ports/git-data';
import type { GitHubClient } from '../github/github-client';

interface RestPull {
  number: number;
  state: string;
  merged_at: string | null;
  merge_commit_sha: string | null;
  html_url: string;
  head: { ref: string; sha: string };
  base: { ref: string };
}

function toRecord(pull: RestPull): PullRequestRecord {
  return {
    number: pull.number,
    state: pull.state === 'open' ? 'open' : 'closed',
    merged: pull.merged_at !== null,
    headRef: pull.head.ref,
    headSha: pull.head.sha,
    baseRef: pull.base.ref,
    mergeCommitSha: pull.merge_commit_sha,
    url: pull.html_url,
  };
}

/** Pull requests through the REST pulls API. */
export class OctokitPulls implements Pulls {
  constructor(
    private readonly client: GitHubClient,
    private readonly repository: RepositoryName,
  ) {}

  async pullsOfCommit(commitSha: string): Promise<PullRequestRecord[]> {
    const pulls = await this.client.paginate(this.client.rest.repos.listPullRequestsAssociatedWithCommit, { ...this.repository, commit_sha: commitSha, per_page: 100 });
    return (pulls as RestPull[]).map(toRecord);
  }

  async findOpen(headBranch: string, baseBranch: string): Promise<PullRequestRecord | null> {
    const response = await this.client.rest.pulls.list({ ...this.repository, state: 'open', head: `${this.repository.owner}:${headBranch}`, base: baseBranch, per_page: 10 });
    const pull = (response.data as RestPull[]).find((p) => p.head.ref === headBranch);
    return pull ? toRecord(pull) : null;
  }

  async create(pull: { headBranch: string; baseBranch: string; title: string; body: string }): Promise<PullRequestRecord> {
    const response = await this.client.rest.pulls.create({ ...this.repository, head: pull.headBranch, base: pull.baseBranch, title: pull.title, body: pull.body, maintainer_can_modify: true });
    return toRecord(response.data as RestPull);
  }

  async update(pullNumber: number, changes: { title?: string; body?: string }): Promise<PullRequestRecord> {
    const response = await this.client.rest.pulls.update({ ...this.repository, pull_number: pullNumber, ...changes });
    return toRecord(response.data as RestPull);
  }
}
