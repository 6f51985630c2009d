import type { IssueComment, PullRequests } from '../../src/ports/pull-requests';
import { FakeApiError } from './github-api-failure';

export const PULL_REQUEST_OPERATIONS = ['listComments', 'createComment', 'updateComment'] as const;
export type PullRequestOperation = (typeof PULL_REQUEST_OPERATIONS)[number];

/** In-memory pull request comments, with calls recorded and per-operation failures. */
export class MemoryPullRequests implements PullRequests {
  readonly calls: { operation: PullRequestOperation; pullNumber?: number; commentId?: number }[] = [];
  private readonly comments = new Map<number, IssueComment[]>();
  private readonly failures = new Map<PullRequestOperation, FakeApiError>();
  private nextId = 1000;

  /** Seeds a comment, as if someone had written it earlier. */
  seed(pullNumber: number, body: string, author = 'someone'): IssueComment {
    const comment = { id: this.nextId++, body, author, url: `https://github.test/pull/${pullNumber}#issuecomment-${this.nextId}` };
    this.list(pullNumber).push(comment);
    return comment;
  }

  failOn(operation: PullRequestOperation, status: number, message = 'Resource not accessible by integration'): void {
    this.failures.set(operation, new FakeApiError(status, message));
  }

  commentsOn(pullNumber: number): IssueComment[] {
    return this.list(pullNumber).map((c) => ({ ...c }));
  }

  async listComments(pullNumber: number): Promise<IssueComment[]> {
    this.record('listComments', { pullNumber });
    return this.commentsOn(pullNumber);
  }

  async createComment(pullNumber: number, body: string): Promise<IssueComment> {
    this.record('createComment', { pullNumber });
    return { ...this.seed(pullNumber, body, 'github-actions[bot]') };
  }

  async updateComment(commentId: number, body: string): Promise<IssueComment> {
    this.record('updateComment', { commentId });
    for (const list of this.comments.values()) {
      const comment = list.find((c) => c.id === commentId);
      if (comment) {
        comment.body = body;
        return { ...comment };
      }
    }
    throw new FakeApiError(404, 'Not Found');
  }

  private record(operation: PullRequestOperation, ids: { pullNumber?: number; commentId?: number }): void {
    this.calls.push({ operation, ...ids });
    const failure = this.failures.get(operation);
    if (failure) throw failure;
  }

  private list(pullNumber: number): IssueComment[] {
    let list = this.comments.get(pullNumber);
    if (!list) this.comments.set(pullNumber, (list = []));
    return list;
  }
}
