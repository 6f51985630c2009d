import { describe, expect, it } from 'vitest';
import { MemoryGitData, MemoryPulls } from '../../../test/fakes/memory-gitops';
import { RecordingLogger } from '../../../test/fakes/recording-logger';
import { openRetrainPullRequest } from './retrain-pull-request';

const encode = (t: string) => new TextEncoder().encode(t);

describe('openRetrainPullRequest', () => {
  it('commits the candidate to mltrain/retrain-<name> on top of main, opens one pull request, then updates it', async () => {
    const git = new MemoryGitData({ 'churn/training_config.yaml': 'name: churn', 'models/churn/model.json': 'old' });
    const pulls = new MemoryPulls();
    const logger = new RecordingLogger();
    const request = { name: 'churn', baseBranch: 'main', files: new Map([['model.json', encode('week 1')]]), report: '## churn: gates passed', now: '2026-11-23T04:17:00Z', checksWillRun: true };

    const first = await openRetrainPullRequest({ git, pulls, logger }, request);
    expect(first).toMatchObject({ branch: 'mltrain/retrain-churn', pull: 'opened' });
    expect(git.fileAt('mltrain/retrain-churn', 'models/churn/model.json')).toBe('week 1');
    expect(git.fileAt('mltrain/retrain-churn', 'churn/training_config.yaml')).toBe('name: churn');
    expect(git.fileAt('main', 'models/churn/model.json')).toBe('old');
    expect(git.commits.get(first.commitSha)).toMatchObject({ message: 'mltrain: retrain churn on the data of 2026-11-23 [mltrain]', parents: [git.head('main').commitSha] });
    expect(pulls.pulls[0]).toMatchObject({ title: 'mltrain: retrained churn', body: '## churn: gates passed', headRef: 'mltrain/retrain-churn', baseRef: 'main' });

    git.pushNow('main', { 'README.md': 'main moved on' }, 'a week of work');
    const second = await openRetrainPullRequest({ git, pulls, logger }, { ...request, files: new Map([['model.json', encode('week 2')]]), report: '## week 2', now: '2026-11-30T04:17:00Z' });
    expect(second).toMatchObject({ pull: 'updated', pullNumber: first.pullNumber });
    expect(pulls.pulls).toHaveLength(1);
    expect(pulls.pulls[0].body).toBe('## week 2');
    expect(git.fileAt('mltrain/retrain-churn', 'models/churn/model.json')).toBe('week 2');
    expect(git.fileAt('mltrain/retrain-churn', 'README.md')).toBe('main moved on');
  });

  it("replaces the model's folder on the retraining branch: the base's stale files go, nothing else does, main keeps them", async () => {
    const base = { 'churn/training_config.yaml': 'name: churn', 'models/churn/model.json': 'old', 'models/churn/command/trial-0003/output/model.pkl': 'old pickle', 'models/churn2/model.json': 'other', 'models/churn.md': 'beside' };
    const git = new MemoryGitData(base);
    const logger = new RecordingLogger();
    const request = { name: 'churn', baseBranch: 'main', files: new Map([['model.json', encode('new')], ['command/trial-0007/output/model.pkl', encode('new pickle')]]), report: 'r', now: '2026-11-23T04:17:00Z', checksWillRun: true };
    const outcome = await openRetrainPullRequest({ git, pulls: new MemoryPulls(), logger }, request);
    expect(outcome.removed).toEqual(['models/churn/command/trial-0003/output/model.pkl']);
    const paths = [...git.trees.get(git.head('mltrain/retrain-churn').treeSha)!.keys()].sort();
    expect(paths).toEqual(['churn/training_config.yaml', 'models/churn.md', 'models/churn/command/trial-0007/output/model.pkl', 'models/churn/model.json', 'models/churn2/model.json']);
    expect(git.fileAt('main', 'models/churn/command/trial-0003/output/model.pkl')).toBe('old pickle');
    expect(git.commits.get(outcome.commitSha)!.message).toBe('mltrain: retrain churn on the data of 2026-11-23 [mltrain]\n\nRemoves 1 stale file(s) under models/churn/ that the new model does not have:\n- models/churn/command/trial-0003/output/model.pkl');
    expect(logger.messages('notice')).toEqual([expect.stringMatching(/opened the retraining pull request #\d+ for churn, removing 1 stale file\(s\) of an earlier model: /)]);

    git.listingLimit = 1;
    const cut = await openRetrainPullRequest({ git, pulls: new MemoryPulls(), logger }, { ...request, files: new Map([['model.json', encode('newer')]]) });
    expect(cut.removed).toEqual([]);
    expect(git.fileAt('mltrain/retrain-churn', 'models/churn/command/trial-0003/output/model.pkl')).toBe('old pickle');
    expect(logger.messages('warning')).toEqual([expect.stringMatching(/only in part/)]);
  });

  it('says in the body and the log when the default token will start no checks, and cuts an overlong report', async () => {
    const git = new MemoryGitData({});
    const pulls = new MemoryPulls();
    const logger = new RecordingLogger();
    const report = `${'line of the report\n'.repeat(5000)}`;
    await openRetrainPullRequest({ git, pulls, logger }, { name: 'churn', baseBranch: 'main', files: new Map([['model.json', encode('m')]]), report, now: '2026-11-23T04:17:00Z', checksWillRun: false });
    const body = pulls.pulls[0].body;
    expect(body.startsWith('> [!NOTE]')).toBe(true);
    expect(body).toContain('pr-token');
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('The rest of the report was cut');
    expect(logger.messages('warning').join('\n')).toMatch(/no workflow runs on it/);
  });

  it('fails plainly when the base branch does not exist', async () => {
    const git = new MemoryGitData({});
    await expect(openRetrainPullRequest({ git, pulls: new MemoryPulls(), logger: new RecordingLogger() }, { name: 'c', baseBranch: 'trunk', files: new Map(), report: '', now: '2026-11-23T00:00:00Z', checksWillRun: true })).rejects.toThrow(/trunk does not exist/);
  });
});
