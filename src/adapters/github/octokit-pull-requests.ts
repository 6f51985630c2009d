import type { RepositoryName } from '../../ports/github-event';
import type { IssueComment, PullRequests } from '../../ports/pull-requests';
import type { GitHubClient } from './github-client';

interface RestComment {
  id: number;
  body?: string;
  html_url: string;
  user: { login: string } | null;
}

function toComment(comment: RestComment): IssueComment {
  return { id: comment.id, body: comment.body ?? '', author: comment.user?.login ?? '', url: comment.html_url };
}

/** Pull request comments through the REST issues API (a pull request is an issue there). */
export class OctokitPullRequests implements PullRequests {
  constructor(
    private readonly client: GitHubClient,
    private readonly repository: RepositoryName,
  ) {}

  async listComments(pullNumber: number): Promise<IssueComment[]> {
    // 100 per page, GitHub's maximum: a busy pull request still needs few requests.
    const comments = await this.client.paginate(this.client.rest.issues.listComments, { ...this.repository, issue_number: pullNumber, per_page: 100 });
    return comments.map(toComment);
  }

  async createComment(pullNumber: number, body: string): Promise<IssueComment> {
    const response = await this.client.rest.issues.createComment({ ...this.repository, issue_number: pullNumber, body });
    return toComment(response.data);
  }

  async updateComment(commentId: number, body: string): Promise<IssueComment> {
    const response = await this.client.rest.issues.updateComment({ ...this.repository, comment_id: commentId, body });
    return toComment(response.data);
  }

  async deleteComment(commentId: number): Promise<void> {
    await this.client.rest.issues.deleteComment({ ...this.repository, comment_id: commentId });
  }
}
