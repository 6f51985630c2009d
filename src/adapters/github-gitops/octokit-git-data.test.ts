import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecordingLogger } from '../../../test/fakes/recording-logger';
import { GitOpsState } from '../../../test/integration/github-stand-in/gitops-routes';
import { GitHubStandIn } from '../../../test/integration/github-stand-in/server';
import { createGitHubClient } from '../github/github-client';
import { OctokitGitData } from './octokit-git-data';

let standIn: GitHubStandIn;
let gitops: GitOpsState;
let clients = 0;

beforeEach(async () => {
  standIn = await GitHubStandIn.start();
  gitops = new GitOpsState();
  for (const route of gitops.routes()) standIn.addRoute(route);
  gitops.initBranch('main', { 'README.md': 'hi' });
});
afterEach(async () => {
  await standIn.close();
});

function gitData(): OctokitGitData {
  const client = createGitHubClient({ token: standIn.state.token, apiUrl: standIn.apiUrl, logger: new RecordingLogger(), backoffUnitMs: 5, pacingId: `git-data-${++clients}` });
  return new OctokitGitData(client, { owner: 'acme', repo: 'models' });
}

describe('OctokitGitData against the stand-in', () => {
  it('commits text inline and binary bytes through a base64 blob, byte for byte, on a branch with slashes', async () => {
    const git = gitData();
    expect(await git.branchHead('mltrain/retrain-churn')).toBeNull();
    const head = (await git.branchHead('main'))!;
    const binary = new Uint8Array(300).map((_, i) => (i * 7) % 256);
    const tree = await git.createTree(head.treeSha, [
      { path: 'models/churn/model.pt', content: binary },
      { path: 'models/churn/metrics.json', content: new TextEncoder().encode('{"é": 1}\n') },
    ]);
    const commit = await git.createCommit('m [mltrain]', tree, [head.commitSha]);
    await git.forceBranch('mltrain/retrain-churn', commit);
    expect(gitops.fileAt('mltrain/retrain-churn', 'models/churn/model.pt')).toEqual(binary);
    expect(new TextDecoder().decode(gitops.fileAt('mltrain/retrain-churn', 'models/churn/metrics.json'))).toBe('{"é": 1}\n');
    expect(gitops.fileAt('mltrain/retrain-churn', 'README.md')).toBeDefined();
    expect(standIn.requestsTo('git-blobs.create')).toHaveLength(1);
    expect(standIn.requestsTo('git-refs.create')[0].body).toEqual({ ref: 'refs/heads/mltrain/retrain-churn', sha: commit });
    expect(await git.branchHead('mltrain/retrain-churn')).toEqual({ commitSha: commit, treeSha: tree });
  });

  it('tells a moved branch from a protected one', async () => {
    const git = gitData();
    const head = (await git.branchHead('main'))!;
    const commit = await git.createCommit('m', head.treeSha, [head.commitSha]);
    gitops.pushNow('main', { 'x.txt': 'meanwhile' }, 'someone');
    expect(await git.updateBranch('main', commit)).toEqual({ outcome: 'moved', message: expect.stringContaining('not a fast forward') });
    gitops.protectedBranches.add('main');
    expect(await git.updateBranch('main', commit)).toEqual({ outcome: 'refused', message: expect.stringContaining('Protected branch update failed') });
  });
});
