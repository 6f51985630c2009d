import { describe, expect, it } from 'vitest';
import { MemoryActionsRuns, MemoryGitData, MemoryPulls } from '../../../test/fakes/memory-gitops';
import { RecordingLogger } from '../../../test/fakes/recording-logger';
import { promoteOnPush, promoteTrainedModel } from './promote-on-push';

const sha = (c: string) => c.repeat(64);
const today = { configSha256: sha('c'), dataSha256: [sha('d')] };
const MERGE = 'f'.repeat(40);
const HEAD = 'e'.repeat(40);

function metrics(over: { config?: string; data?: string; passed?: boolean } = {}): string {
  return JSON.stringify({ name: 'churn', passed: over.passed ?? true, model: { path: '/runner/.mltrain/churn/model.json' }, lineage: { config_sha256: over.config ?? sha('c'), data: [{ path: 'data/t.csv', sha256: over.data ?? sha('d'), rows: 10, columns: 3 }] } });
}

function artifact(over: Parameters<typeof metrics>[0] = {}): Record<string, string> {
  return { 'metrics.json': metrics(over), 'model.json': '{"trees":[]}', 'MODEL_CARD.md': '# churn', 'model-card.json': '{}', 'data-profile.json': '{}', 'report.html': '<html>', 'report.md': '# report' };
}

function setup() {
  const git = new MemoryGitData({ 'churn/training_config.yaml': 'name: churn' });
  const pulls = new MemoryPulls();
  const runs = new MemoryActionsRuns();
  const logger = new RecordingLogger();
  pulls.seedMerged({ number: 12, headSha: HEAD, mergeCommitSha: MERGE });
  const request = { name: 'churn', branch: 'main', pushedSha: MERGE, push: { message: 'Merge pull request #12', actor: 'alice', changedPaths: ['churn/training_config.yaml'] }, today };
  return { git, pulls, runs, logger, ports: { git, pulls, runs, logger }, request };
}

describe('promoteOnPush', () => {
  it('commits exactly the reviewed artifact\'s model files under models/<name>/ and trains nothing', async () => {
    const { git, runs, ports, request } = setup();
    runs.addRun(HEAD, { 'mltrain-churn': artifact(), 'mltrain-other': artifact() });
    const outcome = await promoteOnPush(ports, request);
    expect(outcome).toMatchObject({ action: 'promoted', pullNumber: 12, commit: { status: 'committed' } });
    const head = git.head('main');
    const commit = git.commits.get(head.commitSha)!;
    expect(commit.message).toBe('mltrain: promote churn: the model reviewed in #12 [mltrain]');
    const paths = [...git.trees.get(head.treeSha)!.keys()].filter((p) => p.startsWith('models/')).sort();
    expect(paths).toEqual(['models/churn/MODEL_CARD.md', 'models/churn/data-profile.json', 'models/churn/metrics.json', 'models/churn/model-card.json', 'models/churn/model.json']);
    expect(git.fileAt('main', 'models/churn/model.json')).toBe('{"trees":[]}');
  });

  it('takes the newest matching run, skipping ones trained on other data or whose gates failed', async () => {
    const { git, runs, ports, request } = setup();
    runs.addRun(HEAD, { 'mltrain-churn': { ...artifact(), 'model.json': 'good' } });
    runs.addRun(HEAD, { 'mltrain-churn': { ...artifact({ passed: false }), 'model.json': 'failed gates' } });
    runs.addRun(HEAD, { 'mltrain-churn': { ...artifact({ data: sha('0') }), 'model.json': 'old data' } });
    runs.addRun(HEAD, { 'mltrain-churn': artifact() }, { event: 'push' });
    const outcome = await promoteOnPush(ports, request);
    expect(outcome.action).toBe('promoted');
    expect(git.fileAt('main', 'models/churn/model.json')).toBe('good');
  });

  it('never promotes an artifact of a run that built a fork\'s code', async () => {
    const { git, runs, ports, request } = setup();
    runs.addRun(HEAD, { 'mltrain-churn': { ...artifact(), 'model.json': 'from a fork' } }, { fromFork: true });
    const outcome = await promoteOnPush(ports, request);
    expect(outcome).toMatchObject({ action: 'train', reasons: [expect.stringContaining("fork's code")] });
    expect(git.fileAt('main', 'models/churn/model.json')).toBeUndefined();
  });

  it('says train, with the reasons, when no reviewed artifact matches today\'s config and data', async () => {
    const { git, runs, logger, ports, request } = setup();
    runs.addRun(HEAD, { 'mltrain-churn': artifact({ config: sha('9') }) });
    const before = git.head('main').commitSha;
    const outcome = await promoteOnPush(ports, request);
    expect(outcome).toMatchObject({ action: 'train', pullNumber: 12 });
    if (outcome.action !== 'train') return;
    expect(outcome.reasons[0]).toContain('config sha256 999999999999');
    expect(git.head('main').commitSha).toBe(before);
    expect(logger.messages('notice').join('\n')).toMatch(/so this push trains one/);
  });

  it('says train on a direct push (no pull request)', async () => {
    const { ports, request } = setup();
    expect(await promoteOnPush(ports, { ...request, pushedSha: '1'.repeat(40) })).toMatchObject({ action: 'train', pullNumber: null, reasons: [expect.stringContaining('direct push')] });
  });

  it('ignores the action\'s own commit before looking anything up', async () => {
    const { pulls, ports, request } = setup();
    const outcome = await promoteOnPush(ports, { ...request, push: { message: 'mltrain: promote churn [mltrain]', actor: 'github-actions[bot]', changedPaths: ['models/churn/model.json'] } });
    expect(outcome).toMatchObject({ action: 'skipped', reason: 'commit-marker' });
    expect(pulls.calls).toEqual([]);
  });

  it('rebuilds the commit on the new head when the branch moved meanwhile', async () => {
    const { git, runs, ports, request } = setup();
    runs.addRun(HEAD, { 'mltrain-churn': artifact() });
    git.pushBeforeNextUpdate('main', { 'README.md': 'pushed meanwhile' });
    const outcome = await promoteOnPush(ports, request);
    expect(outcome).toMatchObject({ action: 'promoted', commit: { status: 'committed', attempts: 2 } });
    expect(git.fileAt('main', 'README.md')).toBe('pushed meanwhile');
    expect(git.fileAt('main', 'models/churn/metrics.json')).toContain('"passed":true');
  });

  it('opens a pull request from mltrain/promote-<name> when the branch is protected, and updates it next time', async () => {
    const { git, pulls, runs, logger, ports, request } = setup();
    runs.addRun(HEAD, { 'mltrain-churn': artifact() });
    git.protectedBranches.add('main');
    const first = await promoteOnPush(ports, request);
    expect(first).toMatchObject({ action: 'promoted', commit: { status: 'pull-request', refusal: expect.stringContaining('Protected branch') } });
    expect(git.fileAt('mltrain/promote-churn', 'models/churn/model.json')).toBe('{"trees":[]}');
    expect(git.fileAt('main', 'models/churn/model.json')).toBeUndefined();
    // One commit, made once: the branch that refused it gets it through the pull request.
    expect(git.calls.filter((c) => c === 'createCommit')).toHaveLength(1);
    expect(git.commits.get(git.branches.get('mltrain/promote-churn')!)?.parents).toEqual([git.branches.get('main')]);
    const second = await promoteOnPush(ports, request);
    if (first.action !== 'promoted' || second.action !== 'promoted' || first.commit.status !== 'pull-request' || second.commit.status !== 'pull-request') throw new Error('expected pull requests');
    expect(second.commit.pullNumber).toBe(first.commit.pullNumber);
    expect(pulls.pulls.filter((p) => p.state === 'open')).toHaveLength(1);
    expect(logger.messages('warning').join('\n')).toMatch(/refused the commit .*opened pull request/);
  });

  it('commits nothing when models/<name>/ already holds the reviewed files', async () => {
    const { runs, ports, request } = setup();
    runs.addRun(HEAD, { 'mltrain-churn': artifact() });
    await promoteOnPush(ports, request);
    expect(await promoteOnPush(ports, request)).toMatchObject({ action: 'promoted', commit: { status: 'unchanged' } });
  });

  it('warns about oversized model files and points to Git LFS', async () => {
    const { runs, logger, ports, request } = setup();
    runs.addRun(HEAD, { 'mltrain-churn': { ...artifact(), 'model.json': 'x'.repeat(2000) } });
    const outcome = await promoteOnPush(ports, { ...request, sizeWarningBytes: 1000 });
    expect(outcome).toMatchObject({ action: 'promoted', commit: { warnings: [expect.stringContaining('Git LFS')] } });
    expect(logger.messages('warning')).toHaveLength(1);
  });
});

describe('promoteTrainedModel', () => {
  it('commits what the push trained, saying so in the message', async () => {
    const { git, ports } = setup();
    const files = new Map([['metrics.json', new TextEncoder().encode('{}')], ['model.json', new TextEncoder().encode('m')]]);
    const outcome = await promoteTrainedModel(ports, { name: 'churn', branch: 'main', pullNumber: 12, files });
    expect(outcome.status).toBe('committed');
    expect(git.commits.get(git.head('main').commitSha)!.message).toBe('mltrain: promote churn: a model trained on push (no reviewed artifact of #12 matched) [mltrain]');
  });

  it('gives up after the branch moved on every attempt', async () => {
    const { git, ports } = setup();
    const files = new Map([['model.json', new TextEncoder().encode('m')]]);
    const realUpdate = git.updateBranch.bind(git);
    git.updateBranch = async (branch, sha) => {
      git.pushNow(branch, { [`noise-${Math.random()}`]: 'x' }, 'busy');
      return realUpdate(branch, sha);
    };
    await expect(promoteTrainedModel(ports, { name: 'churn', branch: 'main', pullNumber: null, files })).rejects.toThrow(/moved during each of 5 attempts/);
  });
});
