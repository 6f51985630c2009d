import { describe, expect, it } from 'vitest';
import type { GitHubEvent } from '../../ports/github-event';
import { MemoryArtifacts } from '../../../test/fakes/github-artifacts';
import { MemoryPullRequests } from '../../../test/fakes/github-pull-requests';
import { RecordingLogger } from '../../../test/fakes/recording-logger';
import { publishResults, type PublishRequest } from './publish-results';

const PULL = 12;
const prEvent: GitHubEvent = {
  eventName: 'pull_request',
  repository: { owner: 'acme', repo: 'models' },
  sha: 'abc123',
  ref: `refs/pull/${PULL}/merge`,
  actor: 'dev',
  pullRequest: { number: PULL, baseRef: 'main', headRef: 'feature', headSha: 'def456', fromFork: false },
};
const pushEvent: GitHubEvent = { eventName: 'push', repository: { owner: 'acme', repo: 'models' }, sha: 'abc123', ref: 'refs/heads/main', actor: 'dev', defaultBranch: 'main' };

function setup() {
  const ports = { pullRequests: new MemoryPullRequests(), artifacts: new MemoryArtifacts(), logger: new RecordingLogger() };
  const request = (overrides: Partial<PublishRequest> = {}): PublishRequest => ({
    name: 'churn',
    publishMode: 'auto',
    report: { pr_comment: true, summary: true, commit: false },
    event: prEvent,
    render: () => ({ comment: '<!-- mltrain:churn -->\n## mltrain: churn\nroc_auc 0.84', summary: '## mltrain: churn\nroc_auc 0.84\n' }),
    files: ['/out/metrics.json', '/out/model.json'],
    outputDir: '/out',
    ...overrides,
  });
  return { ports, request };
}

describe('publishResults', () => {
  it('creates the sticky comment on the first run and updates the same one afterwards', async () => {
    const { ports, request } = setup();
    ports.pullRequests.seed(PULL, 'LGTM');
    const first = await publishResults(ports, request());
    expect(first.comment.status).toBe('created');
    const second = await publishResults(ports, request({ render: () => ({ comment: '<!-- mltrain:churn -->\nroc_auc 0.86', summary: '' }) }));
    expect(second.comment).toMatchObject({ status: 'updated', id: first.comment.status === 'created' ? first.comment.id : -1 });
    const ours = ports.pullRequests.commentsOn(PULL).filter((c) => c.body.includes('<!-- mltrain:churn -->'));
    expect(ours).toHaveLength(1);
    expect(ours[0].body).toContain('roc_auc 0.86');
    expect(ports.pullRequests.calls.filter((c) => c.operation === 'createComment')).toHaveLength(1);
  });

  it('keeps one comment per config name: another config on the same PR gets its own', async () => {
    const { ports, request } = setup();
    await publishResults(ports, request());
    await publishResults(ports, request({ name: 'fraud', render: () => ({ comment: '<!-- mltrain:fraud -->\nfraud', summary: '' }) }));
    await publishResults(ports, request());
    expect(ports.pullRequests.commentsOn(PULL)).toHaveLength(2);
  });

  it('adds the marker when the body lacks it, so the next run finds the comment', async () => {
    const { ports, request } = setup();
    await publishResults(ports, request({ render: () => ({ comment: 'no marker here', summary: '' }) }));
    const [comment] = ports.pullRequests.commentsOn(PULL);
    expect(comment.body.startsWith('<!-- mltrain:churn -->\n')).toBe(true);
    const again = await publishResults(ports, request({ render: () => ({ comment: 'still none', summary: '' }) }));
    expect(again.comment.status).toBe('updated');
  });

  it.each([403, 404])('falls back to the summary with a warning when commenting answers %i', async (status) => {
    const { ports, request } = setup();
    ports.pullRequests.failOn('createComment', status);
    const outcome = await publishResults(ports, request({ report: { pr_comment: true, summary: false, commit: false } }));
    expect(outcome.comment.status).toBe('denied');
    // The summary switch is off, but the report must be visible somewhere.
    expect(outcome.summary).toMatch(/^> ⚠️ mltrain could not comment on pull request #12 \(\d{3} Resource not accessible/);
    expect(outcome.summary).toContain('## mltrain: churn');
    expect(ports.logger.messages('warning').join('\n')).toMatch(/could not comment on pull request #12.*pull-requests: write/);
  });

  it('names the fork as the reason when a fork pull request is refused', async () => {
    const { ports, request } = setup();
    ports.pullRequests.failOn('listComments', 403);
    const event = { ...prEvent, pullRequest: { ...prEvent.pullRequest!, fromFork: true } };
    const outcome = await publishResults(ports, request({ event }));
    expect(outcome.comment.status).toBe('denied');
    expect(ports.logger.messages('warning')[0]).toContain('comes from a fork');
  });

  it('treats a server error as a failed comment with a fallback, not a failed run', async () => {
    const { ports, request } = setup();
    ports.pullRequests.failOn('updateComment', 502, 'Bad Gateway');
    ports.pullRequests.seed(PULL, '<!-- mltrain:churn -->\nold');
    const outcome = await publishResults(ports, request({ report: { pr_comment: true, summary: false, commit: false } }));
    expect(outcome.comment).toMatchObject({ status: 'failed' });
    expect(outcome.summary).toContain('502 Bad Gateway');
  });

  it('lets an error that is not an API answer through (a bug must not hide as a warning)', async () => {
    const { ports, request } = setup();
    ports.pullRequests.listComments = async () => {
      throw new TypeError('cannot read properties of undefined');
    };
    await expect(publishResults(ports, request())).rejects.toThrow(TypeError);
  });

  it('skips the comment outside pull requests, and says so loudly only when it was asked for', async () => {
    const { ports, request } = setup();
    const auto = await publishResults(ports, request({ event: pushEvent }));
    expect(auto.comment.status).toBe('skipped');
    expect(auto.summary).toContain('## mltrain: churn');
    expect(ports.logger.messages('notice')).toEqual([]);
    await publishResults(ports, request({ event: pushEvent, publishMode: 'comment' }));
    expect(ports.logger.messages('notice')[0]).toMatch(/no PR comment: the 'push' event has no pull request/);
    expect(ports.pullRequests.calls).toEqual([]);
  });

  it('follows the publish input over the config switches', async () => {
    const { ports, request } = setup();
    const summaryOnly = await publishResults(ports, request({ publishMode: 'summary' }));
    expect(summaryOnly.comment.status).toBe('skipped');
    expect(summaryOnly.summary).not.toBeNull();
    const none = await publishResults(ports, request({ publishMode: 'none' }));
    expect(none).toEqual({ comment: { status: 'skipped', reason: "publish is 'none'" }, summary: null, artifact: { status: 'skipped' }, commit: false });
    const commit = await publishResults(ports, request({ publishMode: 'commit' }));
    expect(commit.commit).toBe(true);
    expect(ports.pullRequests.calls).toEqual([]);
    const quiet = await publishResults(ports, request({ report: { pr_comment: true, summary: false, commit: false } }));
    expect(quiet.comment.status).toBe('created');
    expect(quiet.summary).toBeNull();
  });

  it('uploads the files as mltrain-<name>; no artifact service is a notice, a failed upload a warning', async () => {
    const { ports, request } = setup();
    const uploaded = await publishResults(ports, request());
    expect(uploaded.artifact).toMatchObject({ status: 'uploaded', name: 'mltrain-churn' });
    expect(ports.artifacts.uploads).toEqual([{ name: 'mltrain-churn', files: ['/out/metrics.json', '/out/model.json'], rootDir: '/out' }]);
    ports.artifacts.mode = 'unavailable';
    const unavailable = await publishResults(ports, request());
    expect(unavailable.artifact.status).toBe('unavailable');
    expect(ports.logger.messages('notice')[0]).toMatch(/artifact mltrain-churn not uploaded: no artifact service/);
    ports.artifacts.mode = 'failing';
    const failed = await publishResults(ports, request());
    expect(failed.artifact.status).toBe('failed');
    expect(failed.comment.status).toBe('updated');
    expect(ports.logger.messages('warning')[0]).toMatch(/could not be uploaded: artifact service answered 500/);
  });

  it('renders with the run link, and the artifact link only once the artifact is uploaded', async () => {
    const { ports, request } = setup();
    const seen: unknown[] = [];
    const event = { ...prEvent, runUrl: 'https://github.com/acme/models/actions/runs/77/attempts/3' };
    const render = (links: unknown) => (seen.push(links), { comment: 'c', summary: 's' });
    await publishResults(ports, request({ event, render }));
    ports.artifacts.mode = 'unavailable';
    await publishResults(ports, request({ event, render }));
    expect(seen).toEqual([
      { runUrl: 'https://github.com/acme/models/actions/runs/77/attempts/3', artifactUrl: 'https://github.com/acme/models/actions/runs/77/artifacts/1' },
      { runUrl: 'https://github.com/acme/models/actions/runs/77/attempts/3' },
    ]);
  });

  it('cuts an oversized comment at GitHub\'s limit, keeping the marker', async () => {
    const { ports, request } = setup();
    const huge = `<!-- mltrain:churn -->\n${'| a | b |\n'.repeat(10_000)}`;
    await publishResults(ports, request({ render: () => ({ comment: huge, summary: '' }) }));
    const [comment] = ports.pullRequests.commentsOn(PULL);
    expect(comment.body.length).toBeLessThanOrEqual(65_536);
    expect(comment.body.startsWith('<!-- mltrain:churn -->')).toBe(true);
    expect(comment.body).toMatch(/cut at GitHub's 65,536-character limit/);
  });
});
