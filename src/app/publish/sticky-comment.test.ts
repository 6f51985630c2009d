import { describe, expect, it } from 'vitest';
import { MemoryPullRequests } from '../../../test/fakes/github-pull-requests';
import { upsertStickyComment } from './sticky-comment';

describe('upsertStickyComment', () => {
  it('updates the comment that starts with the marker, not one that quotes it', async () => {
    const pulls = new MemoryPullRequests();
    const quoting = pulls.seed(3, 'see the old `<!-- mltrain:churn -->` comment');
    const ours = pulls.seed(3, '<!-- mltrain:churn -->\nold');
    const result = await upsertStickyComment(pulls, 3, 'churn', '<!-- mltrain:churn -->\nnew');
    expect(result).toMatchObject({ action: 'updated', removed: 0, duplicatesLeft: 0 });
    expect(result.comment.id).toBe(ours.id);
    expect(pulls.commentsOn(3).find((c) => c.id === quoting.id)?.body).toContain('see the old');
  });

  it("does not take another config's marker for its own (churn vs churn_v2)", async () => {
    const pulls = new MemoryPullRequests();
    pulls.seed(3, '<!-- mltrain:churn_v2 -->\nother');
    const result = await upsertStickyComment(pulls, 3, 'churn', '<!-- mltrain:churn -->\nmine');
    expect(result.action).toBe('created');
    expect(pulls.commentsOn(3)).toHaveLength(2);
  });

  it('loses a creation race gracefully: the older comment is updated and its own deleted', async () => {
    const pulls = new MemoryPullRequests();
    // Another run creates its comment between this run's list and create.
    let rival = 0;
    pulls.before('createComment', () => (rival = pulls.seed(3, '<!-- mltrain:churn -->\nrival run', 'github-actions[bot]').id));
    const result = await upsertStickyComment(pulls, 3, 'churn', '<!-- mltrain:churn -->\nthis run');
    expect(result).toMatchObject({ action: 'updated', removed: 1, duplicatesLeft: 0 });
    expect(pulls.commentsOn(3)).toEqual([expect.objectContaining({ id: rival, body: '<!-- mltrain:churn -->\nthis run' })]);
  });

  it('heals duplicates left by an earlier race on the next update', async () => {
    const pulls = new MemoryPullRequests();
    const first = pulls.seed(3, '<!-- mltrain:churn -->\na', 'github-actions[bot]');
    pulls.seed(3, '<!-- mltrain:churn -->\nb', 'github-actions[bot]');
    const result = await upsertStickyComment(pulls, 3, 'churn', '<!-- mltrain:churn -->\nc');
    expect(result).toMatchObject({ action: 'updated', removed: 1 });
    expect(pulls.commentsOn(3)).toEqual([expect.objectContaining({ id: first.id, body: '<!-- mltrain:churn -->\nc' })]);
  });

  it('counts a duplicate it may not delete instead of failing', async () => {
    const pulls = new MemoryPullRequests();
    pulls.seed(3, '<!-- mltrain:churn -->\na');
    pulls.seed(3, '<!-- mltrain:churn -->\nb');
    pulls.failOn('deleteComment', 403);
    const result = await upsertStickyComment(pulls, 3, 'churn', '<!-- mltrain:churn -->\nc');
    expect(result).toMatchObject({ action: 'updated', removed: 0, duplicatesLeft: 1 });
  });
});
