import { commentMarker } from '../../core/report/index';
import type { IssueComment, PullRequests } from '../../ports/pull-requests';

export const STICKY_COMMENT_ACTIONS = ['created', 'updated'] as const;
export type StickyCommentAction = (typeof STICKY_COMMENT_ACTIONS)[number];

export interface StickyCommentResult {
  action: StickyCommentAction;
  comment: IssueComment;
  /** Duplicates (from runs that raced) deleted on the way. */
  removed: number;
  /** Duplicates that could not be deleted. */
  duplicatesLeft: number;
}

/**
 * Keeps exactly one comment per config name on a pull request: the oldest comment that starts with
 * the marker is updated in place, and one is created only when none exists. The whole list is
 * read (every page), so a marker past the first hundred comments is still found. Two runs that
 * list at the same moment may both create: each checks after creating, the oldest comment wins,
 * and the loser deletes its own; duplicates left by older races are deleted on the next update.
 */
export async function upsertStickyComment(pullRequests: PullRequests, pullNumber: number, name: string, body: string): Promise<StickyCommentResult> {
  const marker = commentMarker(name);
  const marked = await markedComments(pullRequests, pullNumber, marker);
  if (marked.length === 0) {
    const created = await pullRequests.createComment(pullNumber, body);
    const oldest = (await markedComments(pullRequests, pullNumber, marker)).find((c) => startsWithMarker(c, marker));
    if (!oldest || oldest.id === created.id) return { action: 'created', comment: created, removed: 0, duplicatesLeft: 0 };
    const comment = await pullRequests.updateComment(oldest.id, body);
    const left = await deleteAll(pullRequests, [created]);
    return { action: 'updated', comment, removed: 1 - left, duplicatesLeft: left };
  }
  // A comment that starts with the marker is ours; one that merely quotes it is someone's reply.
  const target = marked.find((c) => startsWithMarker(c, marker)) ?? marked[0];
  const comment = await pullRequests.updateComment(target.id, body);
  const extras = marked.filter((c) => c.id !== target.id && startsWithMarker(c, marker));
  const left = await deleteAll(pullRequests, extras);
  return { action: 'updated', comment, removed: extras.length - left, duplicatesLeft: left };
}

async function markedComments(pullRequests: PullRequests, pullNumber: number, marker: string): Promise<IssueComment[]> {
  return (await pullRequests.listComments(pullNumber)).filter((c) => c.body.includes(marker)).sort((a, b) => a.id - b.id);
}

function startsWithMarker(comment: IssueComment, marker: string): boolean {
  return comment.body.trimStart().startsWith(marker);
}

/** Deletes what it can; a duplicate that stays is untidy, not a reason to fail. Returns how many stayed. */
async function deleteAll(pullRequests: PullRequests, comments: readonly IssueComment[]): Promise<number> {
  let left = 0;
  for (const comment of comments) {
    try {
      await pullRequests.deleteComment(comment.id);
    } catch {
      left += 1;
    }
  }
  return left;
}
