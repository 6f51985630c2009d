/** One comment in a pull request's conversation (GitHub's issue comments). */
export interface IssueComment {
  id: number;
  body: string;
  /** Login of the author, e.g. `github-actions[bot]`; empty when unknown. */
  author: string;
  /** Link to the comment on github.com (or the GHES host). */
  url: string;
}

/**
 * Comments on the pull requests of one repository (bound when the adapter is made).
 * Failed calls reject with an Error carrying the HTTP `status` (a read-only token on a fork's
 * pull request answers 403), so callers can tell "not allowed" from "broken".
 */
export interface PullRequests {
  /** Every comment on the pull request, all pages, oldest first. */
  listComments(pullNumber: number): Promise<IssueComment[]>;
  createComment(pullNumber: number, body: string): Promise<IssueComment>;
  updateComment(commentId: number, body: string): Promise<IssueComment>;
  deleteComment(commentId: number): Promise<void>;
}
