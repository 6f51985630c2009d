import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MemoryFileSystem } from '../../../test/fakes/memory-file-system';
import { MemoryActionsRuns, MemoryGitData, MemoryPulls } from '../../../test/fakes/memory-gitops';
import { RecordingLogger } from '../../../test/fakes/recording-logger';
import type { RunResult } from '../run-training';
import { runPromoteFlow, runRetrainFlow } from './run-gitops-flow';

const CONFIG = 'name: churn\ndata:\n  path: data/c.csv\n  target: y\nmodel:\n  type: logistic\n';
const DATA = 'x,y\n1,0\n';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const MERGE = '1'.repeat(40);
const HEAD = '2'.repeat(40);

function metricsJson(passed: boolean, data = DATA): string {
  return JSON.stringify({ name: 'churn', stage: 'complete', passed, model: { path: 'model.json' }, lineage: { config_sha256: sha256(CONFIG), data: [{ path: 'data/c.csv', sha256: sha256(data), rows: 1, columns: 2 }] } });
}

function setup() {
  const fs = new MemoryFileSystem({ '/repo/churn/training_config.yaml': CONFIG, '/repo/churn/data/c.csv': DATA });
  const git = new MemoryGitData({ 'churn/training_config.yaml': CONFIG });
  const pulls = new MemoryPulls();
  const runs = new MemoryActionsRuns();
  const retrainPulls = new MemoryPulls();
  const logger = new RecordingLogger();
  pulls.seedMerged({ number: 8, headSha: HEAD, mergeCommitSha: MERGE });
  const ports = { git, pulls, runs, retrain: { git, pulls: retrainPulls, checksWillRun: true }, fs, logger };
  const request = { configPath: '/repo/churn/training_config.yaml', displayPath: 'churn/training_config.yaml', defaultBranch: 'main', sha: MERGE, push: { message: 'Merge #8', actor: 'alice', changedPaths: ['churn/data/c.csv'] }, now: '2026-11-30T04:17:00Z' };
  let trainings = 0;
  const train = (passed: boolean) => async (): Promise<RunResult> => {
    trainings++;
    const dir = '/repo/.mltrain/churn';
    fs.files.set(`${dir}/metrics.json`, new TextEncoder().encode(metricsJson(passed)));
    fs.files.set(`${dir}/model.json`, new TextEncoder().encode(`trained ${trainings}`));
    fs.files.set(`${dir}/report.md`, new TextEncoder().encode('## churn report'));
    const result = { exitCode: passed ? 0 : 1, document: JSON.parse(metricsJson(passed)), paths: { outputDir: dir, report: `${dir}/report.md` }, summaryMarkdown: 'summary' };
    return result as unknown as RunResult;
  };
  return { fs, git, pulls, runs, retrainPulls, ports, request, train, trainings: () => trainings };
}

describe('runPromoteFlow', () => {
  it('promotes the reviewed artifact without training', async () => {
    const s = setup();
    s.runs.addRun(HEAD, { 'mltrain-churn': { 'metrics.json': metricsJson(true), 'model.json': 'reviewed' } });
    const outcome = await runPromoteFlow(s.ports, s.request, s.train(true));
    expect(outcome).toMatchObject({ flow: 'promote', promotion: { action: 'promoted' }, run: null, commit: { status: 'committed' }, exitCode: 0 });
    expect(s.trainings()).toBe(0);
    expect(s.git.fileAt('main', 'models/churn/model.json')).toBe('reviewed');
  });

  it('trains and commits when nothing reviewed matches, and commits nothing when the gates fail', async () => {
    const s = setup();
    s.runs.addRun(HEAD, { 'mltrain-churn': { 'metrics.json': metricsJson(true, 'other data'), 'model.json': 'stale' } });
    const failed = await runPromoteFlow(s.ports, s.request, s.train(false));
    expect(failed).toMatchObject({ promotion: { action: 'train' }, commit: null, exitCode: 1 });
    expect(s.git.fileAt('main', 'models/churn/model.json')).toBeUndefined();
    const passed = await runPromoteFlow(s.ports, s.request, s.train(true));
    expect(passed).toMatchObject({ promotion: { action: 'train' }, commit: { status: 'committed' }, exitCode: 0 });
    expect(s.git.fileAt('main', 'models/churn/model.json')).toBe('trained 2');
  });

  it('neither trains nor commits on the action\'s own push', async () => {
    const s = setup();
    const outcome = await runPromoteFlow(s.ports, { ...s.request, push: { message: 'mltrain: promote churn [mltrain]', actor: 'github-actions[bot]', changedPaths: ['models/churn/model.json'] } }, s.train(true));
    expect(outcome).toMatchObject({ promotion: { action: 'skipped' }, run: null, exitCode: 0 });
    expect(s.trainings()).toBe(0);
  });
});

describe('runRetrainFlow', () => {
  it('trains and opens the pull request through the pr-token ports with the report as its body', async () => {
    const s = setup();
    const outcome = await runRetrainFlow(s.ports, s.request, s.train(true));
    expect(outcome).toMatchObject({ flow: 'retrain', pullRequest: { pull: 'opened', branch: 'mltrain/retrain-churn' }, exitCode: 0 });
    expect(s.retrainPulls.pulls).toEqual([expect.objectContaining({ body: '## churn report', headRef: 'mltrain/retrain-churn' })]);
    expect(s.pulls.calls).toEqual([]);
    expect(s.git.fileAt('mltrain/retrain-churn', 'models/churn/model.json')).toBe('trained 1');
  });
});
