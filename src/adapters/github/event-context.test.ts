import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGitHubEvent } from './event-context';

function payloadFile(payload: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'mltrain-event-')), 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

const pullRequestPayload = {
  pull_request: {
    number: 42,
    base: { ref: 'main', repo: { full_name: 'acme/models' } },
    head: { ref: 'tune-depth', sha: 'f00d', repo: { full_name: 'acme/models' } },
  },
  repository: { full_name: 'acme/models', default_branch: 'main' },
};

const runner = { GITHUB_REPOSITORY: 'acme/models', GITHUB_SHA: 'abc', GITHUB_REF: 'refs/pull/42/merge', GITHUB_ACTOR: 'dev', GITHUB_SERVER_URL: 'https://ghe.example.com', GITHUB_RUN_ID: '77' };

describe('readGitHubEvent', () => {
  it('reads a pull_request event: number, base branch, head, run link', () => {
    const event = readGitHubEvent({ ...runner, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: payloadFile(pullRequestPayload) });
    expect(event).toEqual({
      eventName: 'pull_request',
      repository: { owner: 'acme', repo: 'models' },
      sha: 'abc',
      ref: 'refs/pull/42/merge',
      actor: 'dev',
      defaultBranch: 'main',
      pullRequest: { number: 42, baseRef: 'main', headRef: 'tune-depth', headSha: 'f00d', fromFork: false },
      runUrl: 'https://ghe.example.com/acme/models/actions/runs/77',
    });
  });

  it('marks pull requests from forks, and from deleted forks', () => {
    const fork = structuredClone(pullRequestPayload);
    fork.pull_request.head.repo.full_name = 'outsider/models';
    expect(readGitHubEvent({ ...runner, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: payloadFile(fork) })?.pullRequest?.fromFork).toBe(true);
    const deleted = { ...pullRequestPayload, pull_request: { ...pullRequestPayload.pull_request, head: { ref: 'x', sha: 'y', repo: null } } };
    expect(readGitHubEvent({ ...runner, GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: payloadFile(deleted) })?.pullRequest?.fromFork).toBe(true);
  });

  it('has no pull request for other events, and links to the attempt on a re-run', () => {
    const event = readGitHubEvent({ ...runner, GITHUB_EVENT_NAME: 'push', GITHUB_RUN_ATTEMPT: '2', GITHUB_EVENT_PATH: payloadFile(pullRequestPayload) });
    expect(event?.pullRequest).toBeUndefined();
    expect(event?.runUrl).toBe('https://ghe.example.com/acme/models/actions/runs/77/attempts/2');
  });

  it('is null outside Actions and copes with a missing payload file', () => {
    expect(readGitHubEvent({})).toBeNull();
    const event = readGitHubEvent({ GITHUB_REPOSITORY: 'acme/models', GITHUB_EVENT_NAME: 'schedule', GITHUB_EVENT_PATH: '/no/such/event.json' });
    expect(event).toMatchObject({ eventName: 'schedule', repository: { owner: 'acme', repo: 'models' } });
    expect(event?.defaultBranch).toBeUndefined();
  });
});
