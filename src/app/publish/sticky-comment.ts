import type { IssueComment, PullRequests } from '../../ports/pull-requests';
import { commentMarker } from '../../core/report/index';

export const STICKY_COMMENT_ACTIONS = ['created', 'updated'] as const;
export type StickyCommentAction = (typeof STICKY_COMMENT_ACTIONS)[number];

export interface StickyCommentResult {
  action: StickyCommentAction;
  comment: IssueComment;
  /** Other comments carrying the same marker (left alone; only the first is kept current). */
  duplicates: number;
}

/**
 * Keeps exactly one comment per config name on a pull request: the first comment carrying the
 * marker is updated in place, and a new one is created only when none does. The whole list is
 * read (every page), so a marker past the first hundred comments is still found.
 */
export async function upsertStickyComment(pullRequests: PullRequests, pullNumber: number, name: string, body: string): Promise<StickyCommentResult> {
  const marker = commentMarker(name);
  const existing = (await pullRequests.listComments(pullNumber)).filter((comment) => comment.body.includes(marker));
  if (existing.length === 0) {
    return { action: 'created', comment: await pullRequests.createComment(pullNumber, body), duplicates: 0 };
  }
  // Prefer a comment that starts with the marker (ours) over one that merely quotes it.
  const target = existing.find((comment) => comment.body.trimStart().startsWith(marker)) ?? existing[0];
  const comment = await pullRequests.updateComment(target.id, body);
  return { action: 'updated', comment, duplicates: existing.length - 1 };
}
