import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecordingLogger } from '../../../test/fakes/recording-logger';
import { GitHubStandIn } from '../../../test/integration/github-stand-in/server';
import { createGitHubClient } from './github-client';
import { OctokitPullRequests } from './octokit-pull-requests';
import { OctokitRepositoryContents } from './octokit-repository-contents';

const repository = { owner: 'acme', repo: 'models' };
let standIn: GitHubStandIn;
let logger: RecordingLogger;
let clients = 0;

function client(token = standIn.state.token) {
  // Back-off in milliseconds and write pacing per test: the stand-in is local and the suite must stay fast.
  return createGitHubClient({ token, apiUrl: standIn.apiUrl, logger, backoffUnitMs: 5, pacingId: `test-${++clients}` });
}

beforeEach(async () => {
  standIn = await GitHubStandIn.start();
  logger = new RecordingLogger();
});
afterEach(async () => {
  await standIn.close();
});

describe('OctokitPullRequests against the stand-in', () => {
  it('lists every page of comments (100 a page) under the GHES-style API prefix, with the token', async () => {
    for (let i = 0; i < 250; i++) standIn.state.addComment(7, `comment ${i}`);
    const comments = await new OctokitPullRequests(client(), repository).listComments(7);
    expect(comments).toHaveLength(250);
    expect(comments[249]).toMatchObject({ body: 'comment 249', author: 'someone' });
    const pages = standIn.requestsTo('issue-comments.list');
    expect(pages.map((r) => [r.query.per_page, r.query.page ?? '1'])).toEqual([['100', '1'], ['100', '2'], ['100', '3']]);
    expect(pages[0].headers.authorization).toBe(`token ${standIn.state.token}`);
  });

  it('creates, updates and deletes comments', async () => {
    const pulls = new OctokitPullRequests(client(), repository);
    const created = await pulls.createComment(7, 'first');
    expect(created).toMatchObject({ body: 'first', author: 'github-actions[bot]' });
    expect(created.url).toBe(`${standIn.serverUrl}/acme/models/pull/7#issuecomment-${created.id}`);
    const updated = await pulls.updateComment(created.id, 'second');
    expect(updated).toMatchObject({ id: created.id, body: 'second' });
    expect(standIn.state.commentsOn(7).map((c) => c.body)).toEqual(['second']);
    await pulls.deleteComment(created.id);
    expect(standIn.state.commentsOn(7)).toEqual([]);
    expect(standIn.requestsTo('issue-comments.delete').map((r) => r.status)).toEqual([204]);
  });

  it('fails fast with the status on 403 (no retry), so the caller can fall back', async () => {
    standIn.fail('issue-comments.create', { status: 403, message: 'Resource not accessible by integration' });
    const error = await new OctokitPullRequests(client(), repository).createComment(7, 'x').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, message: expect.stringContaining('Resource not accessible by integration') });
    expect(standIn.requestsTo('issue-comments.create')).toHaveLength(1);
  });

  it('retries a transient 502 and a primary rate limit, warning about the latter', async () => {
    standIn.state.addComment(7, 'hello');
    standIn.fail('issue-comments.list', { status: 502, message: 'Bad Gateway', times: 1 });
    expect(await new OctokitPullRequests(client(), repository).listComments(7)).toHaveLength(1);
    expect(standIn.requestsTo('issue-comments.list').map((r) => r.status)).toEqual([502, 200]);

    const reset = String(Math.floor(Date.now() / 1000));
    standIn.fail('issue-comments.list', { status: 403, message: 'API rate limit exceeded', times: 1, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } });
    expect(await new OctokitPullRequests(client(), repository).listComments(7)).toHaveLength(1);
    expect(logger.messages('warning').join('\n')).toMatch(/GitHub primary rate limit on GET .*: retrying in \d+s/);
  });

  it('never puts the token into what it logs or throws', async () => {
    const secret = 'ghs_wrong_token_1234567890';
    const error = await new OctokitPullRequests(client(secret), repository).listComments(7).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401 });
    expect(String((error as Error).message)).not.toContain(secret);
    expect(JSON.stringify(logger.lines)).not.toContain(secret);
  });
});

describe('OctokitRepositoryContents against the stand-in', () => {
  it('decodes a small file from base64, byte for byte', async () => {
    const bytes = new Uint8Array(256).map((_, i) => i);
    standIn.state.putFile('main', 'models/churn/model.bin', bytes);
    const read = await new OctokitRepositoryContents(client(), repository).readFile('models/churn/model.bin', 'main');
    expect(read).toEqual(bytes);
    expect(standIn.requestsTo('contents.get')).toHaveLength(1);
    expect(standIn.requestsTo('contents.get')[0].query.ref).toBe('main');
  });

  it('reads a file over 1 MB through the raw media type', async () => {
    const big = new Uint8Array(1_500_000).map((_, i) => (i * 7) % 251);
    standIn.state.putFile('main', 'models/churn/metrics.json', big);
    const read = await new OctokitRepositoryContents(client(), repository).readFile('models/churn/metrics.json', 'main');
    expect(read?.length).toBe(big.length);
    expect(Buffer.from(read!).equals(Buffer.from(big))).toBe(true);
    const requests = standIn.requestsTo('contents.get');
    expect(requests.map((r) => r.headers.accept)).toEqual(['application/vnd.github.v3+json', 'application/vnd.github.v3.raw']);
  });

  it('is null for a missing file, a missing ref and a folder; keeps odd names one path', async () => {
    standIn.state.putFile('main', 'models/churn/metrics.json', '{}');
    standIn.state.putFile('main', 'models/my model #1/metrics ü?.json', '{"ok":true}');
    const contents = new OctokitRepositoryContents(client(), repository);
    expect(await contents.readFile('models/other/metrics.json', 'main')).toBeNull();
    expect(await contents.readFile('models/churn/metrics.json', 'no-such-branch')).toBeNull();
    expect(await contents.readFile('models/churn', 'main')).toBeNull();
    const odd = await contents.readFile('models/my model #1/metrics ü?.json', 'main');
    expect(new TextDecoder().decode(odd!)).toBe('{"ok":true}');
  });

  it('passes other failures on with their status', async () => {
    standIn.fail('contents.get', { status: 403, message: 'Resource not accessible by integration' });
    await expect(new OctokitRepositoryContents(client(), repository).readFile('a.json', 'main')).rejects.toMatchObject({ status: 403 });
  });
});
