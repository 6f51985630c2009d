import type { IssueComment, PullRequests } from '../../src/ports/pull-requests';
import { FakeApiError } from './github-api-failure';

export const PULL_REQUEST_OPERATIONS = ['listComments', 'createComment', 'updateComment', 'deleteComment'] as const;
export type PullRequestOperation = (typeof PULL_REQUEST_OPERATIONS)[number];

/** In-memory pull request comments, with calls recorded and per-operation failures. */
export class MemoryPullRequests implements PullRequests {
  readonly calls: { operation: PullRequestOperation; pullNumber?: number; commentId?: number }[] = [];
  private readonly comments = new Map<number, IssueComment[]>();
  private readonly failures = new Map<PullRequestOperation, FakeApiError>();
  private readonly hooks = new Map<PullRequestOperation, () => void>();
  private nextId = 1000;

  /** Seeds a comment, as if someone had written it earlier. */
  seed(pullNumber: number, body: string, author = 'someone'): IssueComment {
    const id = this.nextId++;
    const comment = { id, body, author, url: `https://github.test/pull/${pullNumber}#issuecomment-${id}` };
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

  async deleteComment(commentId: number): Promise<void> {
    this.record('deleteComment', { commentId });
    for (const list of this.comments.values()) {
      const index = list.findIndex((c) => c.id === commentId);
      if (index >= 0) {
        list.splice(index, 1);
        return;
      }
    }
    throw new FakeApiError(404, 'Not Found');
  }

  /** Runs `action` once, just before the next call of `operation` (to play a concurrent run). */
  before(operation: PullRequestOperation, action: () => void): void {
    this.hooks.set(operation, action);
  }

  private record(operation: PullRequestOperation, ids: { pullNumber?: number; commentId?: number }): void {
    this.calls.push({ operation, ...ids });
    const hook = this.hooks.get(operation);
    this.hooks.delete(operation);
    hook?.();
    const failure = this.failures.get(operation);
    if (failure) throw failure;
  }

  private list(pullNumber: number): IssueComment[] {
    let list = this.comments.get(pullNumber);
    if (!list) this.comments.set(pullNumber, (list = []));
    return list;
  }
}
