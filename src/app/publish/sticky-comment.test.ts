import { describe, expect, it } from 'vitest';
import { MemoryPullRequests } from '../../../test/fakes/github-pull-requests';
import { upsertStickyComment } from './sticky-comment';

describe('upsertStickyComment', () => {
  it('updates the comment that starts with the marker rather than one that quotes it', async () => {
    const pulls = new MemoryPullRequests();
    const quoting = pulls.seed(3, 'see the old `<!-- mltrain:churn -->` comment');
    const ours = pulls.seed(3, '<!-- mltrain:churn -->\nold');
    const result = await upsertStickyComment(pulls, 3, 'churn', '<!-- mltrain:churn -->\nnew');
    expect(result).toMatchObject({ action: 'updated', duplicates: 1 });
    expect(result.comment.id).toBe(ours.id);
    expect(pulls.commentsOn(3).find((c) => c.id === quoting.id)?.body).toContain('see the old');
  });

  it('does not take another config\'s marker for its own (churn vs churn_v2)', async () => {
    const pulls = new MemoryPullRequests();
    pulls.seed(3, '<!-- mltrain:churn_v2 -->\nother');
    const result = await upsertStickyComment(pulls, 3, 'churn', '<!-- mltrain:churn -->\nmine');
    expect(result.action).toBe('created');
    expect(pulls.commentsOn(3)).toHaveLength(2);
  });
});
