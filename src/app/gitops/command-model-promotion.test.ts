import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MemoryFileSystem } from '../../../test/fakes/memory-file-system';
import { MemoryActionsRuns, MemoryGitData, MemoryPulls } from '../../../test/fakes/memory-gitops';
import { RecordingLogger } from '../../../test/fakes/recording-logger';
import { commandModelFilePaths } from '../../core/models/command/command-model-json';
import type { RunResult } from '../run-training';
import { promoteOnPush } from './promote-on-push';
import { readPromotedRunFiles } from './read-run-files';
import { runPromoteFlow, runRetrainFlow } from './run-gitops-flow';

/**
 * A command model (issue 10) through the four GitOps paths: its files, listed in model.json,
 * land under models/<name>/<model_dir>/<file> beside model.json, where the base branch's
 * re-scoring reads them (src/app/baseline-model-source.ts); nothing else of its folders does.
 */
const CONFIG = 'name: churn\ndata:\n  path: data/c.csv\n  target: y\nmodel:\n  type: command\n  command: [python, train.py]\n';
const DATA = 'x,y\n1,0\n';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const MERGE = '1'.repeat(40);
const HEAD = '2'.repeat(40);
const TRIAL = 'command/trial-0003/output';
const OUT = '/repo/.mltrain/churn';

function metricsJson(passed = true): string {
  return JSON.stringify({ name: 'churn', stage: 'complete', passed, model: { path: `${OUT}/model.json` }, lineage: { config_sha256: sha256(CONFIG), data: [{ path: 'data/c.csv', sha256: sha256(DATA), rows: 1, columns: 2 }] } });
}

function modelJson(files: string[], modelDir = TRIAL): string {
  return JSON.stringify({ engine: { type: 'command', model: { protocol: 1, command: ['python', 'train.py'], model_dir: modelDir, files, code_version: 'abc', params: {}, iterations: 3 } } });
}

/** The run's files by path relative to its output dir: a kept trial's output plus folders promotion leaves out. */
function runFiles(over: Record<string, string> = {}): Record<string, string> {
  return {
    'metrics.json': metricsJson(),
    'model.json': modelJson(['model.pkl', 'vocab/words.txt']),
    'MODEL_CARD.md': '# churn',
    'report.md': '# report',
    [`${TRIAL}/model.pkl`]: 'pickle',
    [`${TRIAL}/vocab/words.txt`]: 'a\nb\n',
    [`${TRIAL}/predictions-test.csv`]: 'score\n',
    'command/trial-0001/output/model.pkl': 'a worse trial',
    'command/checkpoints/trial-0003/state.bin': 'checkpoint',
    ...over,
  };
}

const PROMOTED = ['models/churn/MODEL_CARD.md', `models/churn/${TRIAL}/model.pkl`, `models/churn/${TRIAL}/vocab/words.txt`, 'models/churn/metrics.json', 'models/churn/model.json'];

function setup() {
  const fs = new MemoryFileSystem({ '/repo/churn/training_config.yaml': CONFIG, '/repo/churn/data/c.csv': DATA });
  const git = new MemoryGitData({ 'churn/training_config.yaml': CONFIG });
  const pulls = new MemoryPulls();
  const runs = new MemoryActionsRuns();
  const logger = new RecordingLogger();
  pulls.seedMerged({ number: 8, headSha: HEAD, mergeCommitSha: MERGE });
  const ports = { git, pulls, runs, retrain: { git, pulls: new MemoryPulls(), checksWillRun: true }, fs, logger };
  const request = { configPath: '/repo/churn/training_config.yaml', displayPath: 'churn/training_config.yaml', defaultBranch: 'main', sha: MERGE, push: { message: 'Merge #8', actor: 'alice', changedPaths: ['churn/data/c.csv'] }, now: '2026-11-30T04:17:00Z' };
  const train =
    (files: Record<string, string> = runFiles()) =>
    async (): Promise<RunResult> => {
      for (const [path, text] of Object.entries(files)) fs.files.set(`${OUT}/${path}`, new TextEncoder().encode(text));
      return { exitCode: 0, document: JSON.parse(files['metrics.json']), paths: { outputDir: OUT, report: `${OUT}/report.md` }, summaryMarkdown: 'summary' } as unknown as RunResult;
    };
  const modelPaths = (branch: string) => [...git.trees.get(git.head(branch).treeSha)!.keys()].filter((p) => p.startsWith('models/')).sort();
  /** What the base branch's re-scoring would read: every file model.json lists, beside it. */
  const rescorable = (branch: string) => commandModelFilePaths(JSON.parse(git.fileAt(branch, 'models/churn/model.json')!)).map((p) => git.fileAt(branch, `models/churn/${p}`));
  return { fs, git, runs, logger, ports, request, train, modelPaths, rescorable };
}

describe("a command model's files through promotion", () => {
  it('the push run takes exactly the listed files, at their sub-paths, from the reviewed artifact', async () => {
    const s = setup();
    s.runs.addRun(HEAD, { 'mltrain-churn': runFiles() });
    const outcome = await promoteOnPush(s.ports, { name: 'churn', branch: 'main', pushedSha: MERGE, push: s.request.push, today: { configSha256: sha256(CONFIG), dataSha256: [sha256(DATA)] } });
    expect(outcome).toMatchObject({ action: 'promoted', commit: { status: 'committed', paths: PROMOTED } });
    expect(s.modelPaths('main')).toEqual(PROMOTED);
    expect(s.rescorable('main')).toEqual(['pickle', 'a\nb\n']);
    expect(s.logger.messages('warning')).toEqual([]);
  });

  it('promotes a reviewed artifact that lacks a listed file, and warns that re-scoring will fall back', async () => {
    const s = setup();
    const files = runFiles();
    delete files[`${TRIAL}/vocab/words.txt`];
    s.runs.addRun(HEAD, { 'mltrain-churn': files });
    await runPromoteFlow(s.ports, s.request, s.train());
    expect(s.modelPaths('main')).not.toContain(`models/churn/${TRIAL}/vocab/words.txt`);
    expect(s.modelPaths('main')).toContain(`models/churn/${TRIAL}/model.pkl`);
    expect(s.logger.messages('warning')).toEqual([expect.stringMatching(/artifact mltrain-churn lacks 1 of the command model's files .*vocab\/words\.txt/)]);
  });

  it('a push that trains commits the listed files from the output dir', async () => {
    const s = setup();
    const outcome = await runPromoteFlow(s.ports, s.request, s.train());
    expect(outcome).toMatchObject({ promotion: { action: 'train' }, commit: { status: 'committed', paths: PROMOTED } });
    expect(s.modelPaths('main')).toEqual(PROMOTED);
    expect(s.rescorable('main')).toEqual(['pickle', 'a\nb\n']);
  });

  it('a later push that keeps another trial replaces the folder: the earlier trial output is gone', async () => {
    const s = setup();
    await runPromoteFlow(s.ports, s.request, s.train());
    const later = 'command/trial-0007/output';
    const files = { 'metrics.json': metricsJson(), 'model.json': modelJson(['model.pkl'], later), 'MODEL_CARD.md': '# churn, later', [`${later}/model.pkl`]: 'a better pickle' };
    const outcome = await runPromoteFlow(s.ports, s.request, s.train(files));
    expect(outcome).toMatchObject({ commit: { status: 'committed', removed: [`models/churn/${TRIAL}/model.pkl`, `models/churn/${TRIAL}/vocab/words.txt`] } });
    expect(s.modelPaths('main')).toEqual(['models/churn/MODEL_CARD.md', `models/churn/${later}/model.pkl`, 'models/churn/metrics.json', 'models/churn/model.json']);
    expect(s.rescorable('main')).toEqual(['a better pickle']);
    expect(s.git.fileAt('main', 'churn/training_config.yaml')).toBe(CONFIG);
  });

  it('the retraining pull request commits the same set on its branch', async () => {
    const s = setup();
    const outcome = await runRetrainFlow(s.ports, s.request, s.train());
    expect(outcome).toMatchObject({ pullRequest: { branch: 'mltrain/retrain-churn' } });
    expect(s.modelPaths('mltrain/retrain-churn')).toEqual(PROMOTED);
    expect(s.rescorable('mltrain/retrain-churn')).toEqual(['pickle', 'a\nb\n']);
    expect(s.modelPaths('main')).toEqual([]);
  });

  it('warns about a large command file with a Git LFS pattern for its own folder', async () => {
    const s = setup();
    await runRetrainFlow(s.ports, { ...s.request, sizeWarningBytes: 5 }, s.train(runFiles({ [`${TRIAL}/model.pkl`]: 'a pickle over the limit' })));
    const warnings = s.logger.messages('warning').filter((m) => m.includes('Git LFS'));
    expect(warnings.some((m) => m.startsWith(`models/churn/${TRIAL}/model.pkl is `) && m.includes(`git lfs track 'models/churn/${TRIAL}/*.pkl'`))).toBe(true);
  });

  it('refuses, with a warning, a model.json whose files would leave the folder or collide with run files', async () => {
    const s = setup();
    await runPromoteFlow(s.ports, s.request, s.train(runFiles({ 'model.json': modelJson(['../../../../.ssh/id_rsa']) })));
    expect(s.modelPaths('main')).toEqual(['models/churn/MODEL_CARD.md', 'models/churn/metrics.json', 'models/churn/model.json']);
    expect(s.logger.messages('warning')).toEqual([expect.stringContaining("does not promote any of the command model's files")]);

    const t = setup();
    await runPromoteFlow(t.ports, t.request, t.train(runFiles({ 'model.json': modelJson(['metrics.json', 'weights.bin'], '.'), 'weights.bin': 'w' })));
    expect(t.modelPaths('main')).toContain('models/churn/weights.bin');
    expect(t.git.fileAt('main', 'models/churn/metrics.json')).toBe(metricsJson());
    expect(t.logger.messages('warning')).toEqual([expect.stringContaining("does not promote metrics.json: it would replace the run's own metrics.json")]);
  });

  it('leaves other engines as they were', async () => {
    const s = setup();
    const files = await readPromotedRunFiles(new MemoryFileSystem({ [`${OUT}/metrics.json`]: metricsJson(), [`${OUT}/model.json`]: '{"engine":{"type":"gbdt","model":{}}}', [`${OUT}/${TRIAL}/model.pkl`]: 'x' }), OUT, s.logger);
    expect([...files.keys()]).toEqual(['metrics.json', 'model.json']);
  });
});
