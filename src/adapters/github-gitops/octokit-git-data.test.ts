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

  it('lists a folder by walking its path one level at a time, then that folder recursively', async () => {
    gitops.pushNow('main', { 'models/churn/model.json': 'm', 'models/churn/command/trial-0003/output/model.pkl': 'p', 'models/churn2/model.json': 'o', 'models/churn.md': 'x', 'data/a.csv': 'a' }, 'models');
    const git = gitData();
    const head = (await git.branchHead('main'))!;
    expect(await git.listFiles(head.treeSha, 'models/churn')).toEqual({ paths: ['models/churn/command/trial-0003/output/model.pkl', 'models/churn/model.json'], truncated: false });
    expect(await git.listFiles(head.treeSha, 'models/absent')).toEqual({ paths: [], truncated: false });
    expect(await git.listFiles(head.treeSha, 'models/churn.md')).toEqual({ paths: [], truncated: false });
    const gets = standIn.requestsTo('git-trees.get');
    // Root and models/ without recursion, then models/churn/ with it; the root is never listed recursively.
    expect(gets.slice(0, 3).map((r) => ('recursive' in r.query ? 'recursive' : 'children'))).toEqual(['children', 'children', 'recursive']);
    expect(gets.filter((r) => r.path.endsWith(head.treeSha) && 'recursive' in r.query)).toEqual([]);
  });

  it('says when GitHub truncated the listing', async () => {
    gitops.pushNow('main', { 'models/churn/a': '1', 'models/churn/b': '2', 'models/churn/c/d': '3' }, 'models');
    gitops.treeListingLimit = 2;
    const git = gitData();
    const listing = await git.listFiles((await git.branchHead('main'))!.treeSha, 'models/churn');
    expect(listing.truncated).toBe(true);
    expect(listing.paths.length).toBeLessThan(3);
  });

  it('deletes paths with sha null in the same tree that adds files; deleting a missing path fails', async () => {
    gitops.pushNow('main', { 'models/churn/old/model.pkl': 'old', 'models/churn/model.json': 'v1', 'models/churn2/model.json': 'other' }, 'models');
    const git = gitData();
    const head = (await git.branchHead('main'))!;
    const tree = await git.createTree(head.treeSha, [{ path: 'models/churn/model.json', content: new TextEncoder().encode('v2') }], ['models/churn/old/model.pkl']);
    const commit = await git.createCommit('replace', tree, [head.commitSha]);
    expect(await git.updateBranch('main', commit)).toEqual({ outcome: 'updated' });
    expect(gitops.paths('main')).toEqual(['README.md', 'models/churn/model.json', 'models/churn2/model.json']);
    expect(standIn.requestsTo('git-trees.create').at(-1)!.body).toMatchObject({ tree: expect.arrayContaining([{ path: 'models/churn/old/model.pkl', mode: '100644', type: 'blob', sha: null }]) });
    expect(await git.listFiles(tree, 'models/churn')).toEqual({ paths: ['models/churn/model.json'], truncated: false });
    await expect(git.createTree(tree, [], ['models/churn/old/model.pkl'])).rejects.toMatchObject({ status: 422 });
  });
});
