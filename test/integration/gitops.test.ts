import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ActionsArtifactUploader } from '../../src/adapters/github/actions-artifact-uploader';
import { createGitCli } from '../../src/adapters/github-gitops/git-cli';
import { createGitOpsPorts, type GitOpsPorts } from '../../src/adapters/github-gitops/gitops-ports';
import { createNodeRunDependencies } from '../../src/adapters/node-run-dependencies';
import { nodeFileSystem } from '../../src/adapters/node-file-system';
import { promoteOnPush, promoteTrainedModel } from '../../src/app/gitops/promote-on-push';
import { readPromotedRunFiles } from '../../src/app/gitops/read-run-files';
import { openRetrainPullRequest } from '../../src/app/gitops/retrain-pull-request';
import { todaysFingerprint } from '../../src/app/gitops/todays-fingerprint';
import { matrixOfConfigs } from '../../src/app/matrix';
import { runTraining } from '../../src/app/run-training';
import { syntheticBinaryCsv } from '../builders/synthetic-csv';
import { RecordingLogger } from '../fakes/recording-logger';
import { GitOpsState } from './github-stand-in/gitops-routes';
import { GitHubStandIn } from './github-stand-in/server';

/**
 * Issue 8 end to end: a real run's output uploaded with @actions/artifact as the pull request run
 * does, then the push and schedule flows through the Octokit adapters against the loopback stand-in.
 */

const CONFIG = `name: churn
seed: 7
data:
  path: data/churn.csv
  target: label
  id_columns: [id]
model:
  type: logistic
budget: {hourly_rate_usd: 1}
gates:
  - {metric: roc_auc, min: 0.6}
`;
const PROMOTED = ['MODEL_CARD.md', 'data-profile.json', 'metrics.json', 'model-card.json', 'model.json'];
const HEAD_SHA = 'a'.repeat(40);
const MERGE_SHA = 'b'.repeat(40);

let repo: string;
let reviewedZip: Buffer;
let reviewedDir: string;
let standIn: GitHubStandIn;
let gitops: GitOpsState;
let ports: GitOpsPorts;
let logger: RecordingLogger;

const configPath = () => join(repo, 'churn/training_config.yaml');
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

async function train(): Promise<string> {
  const deps = createNodeRunDependencies({ logger: new RecordingLogger(), cwd: repo, env: {}, version: '0.0.0-test' });
  const result = await runTraining(deps, { configPath: configPath(), displayPath: 'churn/training_config.yaml', baseDirectory: repo });
  expect(result.document.passed).toBe(true);
  return result.paths.outputDir;
}

beforeAll(async () => {
  repo = realpathSync(mkdtempSync(join(tmpdir(), 'mltrain-gitops-')));
  mkdirSync(join(repo, 'churn/data'), { recursive: true });
  writeFileSync(configPath(), CONFIG);
  writeFileSync(join(repo, 'churn/data/churn.csv'), syntheticBinaryCsv(600));
  reviewedDir = await train();
  // The pull request run's upload, through the real @actions/artifact client and the stand-in's results service.
  const uploadStandIn = await GitHubStandIn.start();
  vi.stubEnv('ACTIONS_RUNTIME_TOKEN', uploadStandIn.state.runtimeToken);
  vi.stubEnv('ACTIONS_RESULTS_URL', `${uploadStandIn.serverUrl}/`);
  vi.stubEnv('GITHUB_SERVER_URL', 'https://github.com');
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const files = readdirSync(reviewedDir).map((name) => join(reviewedDir, name));
  const uploaded = await new ActionsArtifactUploader(process.env).upload('mltrain-churn', files, reviewedDir);
  stdout.mockRestore();
  vi.unstubAllEnvs();
  expect(uploaded.status).toBe('uploaded');
  reviewedZip = uploadStandIn.state.artifact('mltrain-churn')!.content!;
  await uploadStandIn.close();
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

beforeEach(async () => {
  standIn = await GitHubStandIn.start();
  gitops = new GitOpsState();
  for (const route of gitops.routes()) standIn.addRoute(route);
  logger = new RecordingLogger();
  const repository = { owner: 'acme', repo: 'models' };
  // Octokit with retries but without GitHub's write pacing (a second between writes, three
  // between pull requests), which would make this file wait half a minute; the pacing client
  // itself is exercised in src/adapters/github-gitops/octokit-git-data.test.ts.
  const createClient = (token: string) => getOctokit(token, { baseUrl: standIn.apiUrl, retry: { retryAfterBaseValue: 5 } }, retry);
  ports = createGitOpsPorts({ repository, apiUrl: standIn.apiUrl, token: standIn.state.token, prToken: standIn.state.token, logger, createClient });
  gitops.initBranch('main', { 'churn/training_config.yaml': CONFIG, 'README.md': '# models' });
  gitops.addMergedPull(12, HEAD_SHA, MERGE_SHA);
});
afterEach(async () => {
  await standIn.close();
});

const push = { message: 'Merge pull request #12 from acme/tune-churn', actor: 'alice', changedPaths: ['churn/training_config.yaml'] };

describe('promotion on push against the stand-in', () => {
  it('commits exactly the reviewed artifact\'s files under models/churn/ and trains nothing', async () => {
    gitops.addRun(HEAD_SHA, [{ name: 'mltrain-other', zip: reviewedZip }, { name: 'mltrain-churn', zip: reviewedZip }]);
    const today = await todaysFingerprint(nodeFileSystem, configPath(), 'churn/training_config.yaml');
    const outcome = await promoteOnPush({ ...ports, logger }, { name: 'churn', branch: 'main', pushedSha: MERGE_SHA, push, today });
    expect(outcome).toMatchObject({ action: 'promoted', pullNumber: 12, commit: { status: 'committed', attempts: 1 } });
    expect(gitops.paths('main')).toEqual(['README.md', 'churn/training_config.yaml', ...PROMOTED.map((f) => `models/churn/${f}`)]);
    for (const file of PROMOTED) expect(text(gitops.fileAt('main', `models/churn/${file}`))).toBe(readFileSync(join(reviewedDir, file), 'utf8'));
    const head = gitops.commit(gitops.branches.get('main')!);
    expect(head.message).toBe('mltrain: promote churn: the model reviewed in #12 [mltrain]');
    expect(standIn.requestsTo('artifact-zip.blob')).toHaveLength(1);
    expect(standIn.requestsTo('git-blobs.create')).toHaveLength(0); // text files go inline in the tree
    expect(standIn.requestsTo('git-refs.update')[0].body).toMatchObject({ force: false });
  });

  it('trusts no artifact of a fork\'s run: it trains instead', async () => {
    gitops.addRun(HEAD_SHA, [{ name: 'mltrain-churn', zip: reviewedZip }], { headRepository: 'mallory/models' });
    const today = await todaysFingerprint(nodeFileSystem, configPath(), 'churn/training_config.yaml');
    const outcome = await promoteOnPush({ ...ports, logger }, { name: 'churn', branch: 'main', pushedSha: MERGE_SHA, push, today });
    expect(outcome).toMatchObject({ action: 'train', reasons: [expect.stringContaining("fork's code")] });
    expect(standIn.requestsTo('artifact-zip.get')).toEqual([]);
  });

  it('retries on the new head when the branch moved (a 422 not-a-fast-forward)', async () => {
    gitops.addRun(HEAD_SHA, [{ name: 'mltrain-churn', zip: reviewedZip }]);
    standIn.fail('git-refs.update', { status: 422, message: 'Update is not a fast forward', times: 1 });
    const today = await todaysFingerprint(nodeFileSystem, configPath(), 'churn/training_config.yaml');
    const outcome = await promoteOnPush({ ...ports, logger }, { name: 'churn', branch: 'main', pushedSha: MERGE_SHA, push, today });
    expect(outcome).toMatchObject({ action: 'promoted', commit: { status: 'committed', attempts: 2 } });
    expect(standIn.requestsTo('git-refs.update').map((r) => r.status)).toEqual([422, 200]);
  });

  it('opens a pull request when branch protection refuses the commit', async () => {
    gitops.addRun(HEAD_SHA, [{ name: 'mltrain-churn', zip: reviewedZip }]);
    gitops.protectedBranches.add('main');
    const mainBefore = gitops.branches.get('main');
    const today = await todaysFingerprint(nodeFileSystem, configPath(), 'churn/training_config.yaml');
    const outcome = await promoteOnPush({ ...ports, logger }, { name: 'churn', branch: 'main', pushedSha: MERGE_SHA, push, today });
    expect(outcome).toMatchObject({ action: 'promoted', commit: { status: 'pull-request', refusal: expect.stringContaining('Protected branch update failed') } });
    expect(gitops.branches.get('main')).toBe(mainBefore);
    const open = gitops.pulls.filter((p) => p.state === 'open');
    expect(open).toEqual([expect.objectContaining({ headRef: 'mltrain/promote-churn', baseRef: 'main', title: 'mltrain: promote churn (reviewed in #12)' })]);
    expect(text(gitops.fileAt('mltrain/promote-churn', 'models/churn/model.json'))).toBe(readFileSync(join(reviewedDir, 'model.json'), 'utf8'));
  });

  it('ignores the action\'s own commit without a single request', async () => {
    const today = await todaysFingerprint(nodeFileSystem, configPath(), 'churn/training_config.yaml');
    const own = { message: 'mltrain: promote churn: the model reviewed in #12 [mltrain]', actor: 'github-actions[bot]', changedPaths: ['models/churn/model.json'] };
    expect(await promoteOnPush({ ...ports, logger }, { name: 'churn', branch: 'main', pushedSha: MERGE_SHA, push: own, today })).toMatchObject({ action: 'skipped', reason: 'commit-marker' });
    expect(standIn.requests).toEqual([]);
  });

  it('trains and commits when the data changed after the review', async () => {
    gitops.addRun(HEAD_SHA, [{ name: 'mltrain-churn', zip: reviewedZip }]);
    const original = readFileSync(join(repo, 'churn/data/churn.csv'), 'utf8');
    writeFileSync(join(repo, 'churn/data/churn.csv'), syntheticBinaryCsv(600, 2));
    try {
      const today = await todaysFingerprint(nodeFileSystem, configPath(), 'churn/training_config.yaml');
      const outcome = await promoteOnPush({ ...ports, logger }, { name: 'churn', branch: 'main', pushedSha: MERGE_SHA, push, today });
      expect(outcome).toMatchObject({ action: 'train', pullNumber: 12, reasons: [expect.stringContaining('data differs')] });
      const outputDir = await train();
      const commit = await promoteTrainedModel({ ...ports, logger }, { name: 'churn', branch: 'main', pullNumber: 12, files: await readPromotedRunFiles(nodeFileSystem, outputDir) });
      expect(commit.status).toBe('committed');
      const metrics = JSON.parse(text(gitops.fileAt('main', 'models/churn/metrics.json'))) as { lineage: { data: { sha256: string }[] } };
      expect(metrics.lineage.data.map((d) => d.sha256)).toEqual(today.dataSha256);
      expect(gitops.commit(gitops.branches.get('main')!).message).toContain('trained on push');
    } finally {
      writeFileSync(join(repo, 'churn/data/churn.csv'), original);
    }
  });
});

describe('weekly retraining against the stand-in', () => {
  it('opens one pull request from mltrain/retrain-churn, then updates it', async () => {
    const files = await readPromotedRunFiles(nodeFileSystem, reviewedDir);
    const report = readFileSync(join(reviewedDir, 'report.md'), 'utf8');
    const request = { name: 'churn', baseBranch: 'main', files, report, now: '2026-11-23T04:17:00Z', checksWillRun: ports.retrain.checksWillRun };
    const first = await openRetrainPullRequest({ ...ports.retrain, logger }, request);
    gitops.pushNow('main', { 'README.md': '# models, edited' }, 'docs');
    const second = await openRetrainPullRequest({ ...ports.retrain, logger }, { ...request, report: `${report}\nweek two`, now: '2026-11-30T04:17:00Z' });
    expect([first.pull, second.pull]).toEqual(['opened', 'updated']);
    expect(second.pullNumber).toBe(first.pullNumber);
    expect(gitops.pulls.filter((p) => p.state === 'open')).toHaveLength(1);
    expect(gitops.pulls.at(-1)).toMatchObject({ headRef: 'mltrain/retrain-churn', baseRef: 'main', body: `${report}\nweek two` });
    expect(text(gitops.fileAt('mltrain/retrain-churn', 'README.md'))).toBe('# models, edited');
    expect(gitops.paths('mltrain/retrain-churn').filter((p) => p.startsWith('models/'))).toEqual(PROMOTED.map((f) => `models/churn/${f}`));
    expect(standIn.requestsTo('pulls.create')).toHaveLength(1);
    expect(standIn.requestsTo('pulls.update')).toHaveLength(1);
  });
});

describe('mltrain matrix on a real clone', () => {
  it('picks the configs whose file or data changed between the refs', async () => {
    const clone = realpathSync(mkdtempSync(join(tmpdir(), 'mltrain-matrix-')));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: clone });
    try {
      for (const name of ['churn', 'credit', 'fraud']) {
        mkdirSync(join(clone, name, 'data'), { recursive: true });
        writeFileSync(join(clone, name, 'training_config.yaml'), CONFIG.replace('name: churn', `name: ${name}`));
        writeFileSync(join(clone, name, 'data/churn.csv'), 'id,label\n1,yes\n');
      }
      git('init', '-q', '-b', 'main');
      git('add', '.');
      git('commit', '-q', '-m', 'three models');
      git('checkout', '-q', '-b', 'change');
      writeFileSync(join(clone, 'credit/data/churn.csv'), 'id,label\n1,no\n');
      writeFileSync(join(clone, 'fraud/training_config.yaml'), CONFIG.replace('name: churn', 'name: fraud').replace('seed: 7', 'seed: 8'));
      writeFileSync(join(clone, 'NOTES.md'), 'unrelated');
      git('add', '.');
      git('commit', '-q', '-m', 'change two');
      const deps = { fs: nodeFileSystem, git: createGitCli(join(clone, 'churn')) };
      expect((await matrixOfConfigs(deps, { baseRef: 'main', headRef: 'HEAD' })).json).toBe(
        '{"include":[{"config":"credit/training_config.yaml","name":"credit"},{"config":"fraud/training_config.yaml","name":"fraud"}]}',
      );
      expect((await matrixOfConfigs(deps, {})).matrix.include.map((e) => e.name)).toEqual(['churn', 'credit', 'fraud']);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});
