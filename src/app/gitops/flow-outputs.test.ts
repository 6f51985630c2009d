import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MemoryFileSystem } from '../../../test/fakes/memory-file-system';
import { MemoryActionsRuns, MemoryGitData, MemoryPulls } from '../../../test/fakes/memory-gitops';
import { RecordingLogger } from '../../../test/fakes/recording-logger';
import type { RunResult } from '../run-training';
import { gitopsFlowOutputs, promotionSummary } from './flow-outputs';
import { runPromoteFlow, runRetrainFlow } from './run-gitops-flow';

const CONFIG = 'name: churn\ndata:\n  path: data/c.csv\n  target: y\nmodel:\n  type: logistic\n';
const DATA = 'x,y\n1,0\n';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const MERGE = '1'.repeat(40);
const HEAD = '2'.repeat(40);
const METRICS = JSON.stringify({ name: 'churn', stage: 'complete', passed: true, model: { path: 'model.json' }, lineage: { config_sha256: sha256(CONFIG), data: [{ path: 'data/c.csv', sha256: sha256(DATA), rows: 1, columns: 2 }] } });

/** Real flow outcomes over the in-memory ports (the outputs are read off what the flows return). */
function setup(options: { protectedMain?: boolean; reviewed?: boolean; passed?: boolean } = {}) {
  const fs = new MemoryFileSystem({ '/repo/churn/training_config.yaml': CONFIG, '/repo/churn/data/c.csv': DATA });
  const git = new MemoryGitData({ 'churn/training_config.yaml': CONFIG });
  if (options.protectedMain) git.protectedBranches.add('main');
  const pulls = new MemoryPulls();
  const runs = new MemoryActionsRuns();
  pulls.seedMerged({ number: 8, headSha: HEAD, mergeCommitSha: MERGE });
  if (options.reviewed) runs.addRun(HEAD, { 'mltrain-churn': { 'metrics.json': METRICS, 'model.json': 'reviewed' } });
  const ports = { git, pulls, runs, retrain: { git, pulls, checksWillRun: true }, fs, logger: new RecordingLogger() };
  const request = { configPath: '/repo/churn/training_config.yaml', displayPath: 'churn/training_config.yaml', defaultBranch: 'main', sha: MERGE, push: { message: 'Merge #8', actor: 'alice', changedPaths: ['churn/data/c.csv'] }, now: '2026-11-30T04:17:00Z' };
  const passed = options.passed ?? true;
  const train = async (): Promise<RunResult> => {
    const dir = '/repo/.mltrain/churn';
    fs.files.set(`${dir}/metrics.json`, new TextEncoder().encode(METRICS));
    fs.files.set(`${dir}/model.json`, new TextEncoder().encode('trained'));
    const document = { ...JSON.parse(METRICS), passed };
    return { exitCode: passed ? 0 : 1, document, paths: { outputDir: dir, report: `${dir}/report.md` }, summaryMarkdown: 'summary' } as unknown as RunResult;
  };
  return { ports, request, train, pulls };
}

describe('gitopsFlowOutputs', () => {
  it('promoted, with no pull request when the commit went in', async () => {
    const s = setup({ reviewed: true });
    expect(gitopsFlowOutputs(await runPromoteFlow(s.ports, s.request, s.train))).toEqual({ promotion: 'promoted', pullRequestUrl: null });
  });

  it('promoted, with the pull request a protected branch got instead of the commit', async () => {
    const s = setup({ reviewed: true, protectedMain: true });
    const outputs = gitopsFlowOutputs(await runPromoteFlow(s.ports, s.request, s.train));
    const opened = s.pulls.pulls.find((p) => p.headRef === 'mltrain/promote-churn');
    expect(opened).toBeDefined();
    expect(outputs).toEqual({ promotion: 'promoted', pullRequestUrl: opened!.url });
  });

  it('trained, with the pull request when the trained model had to be proposed', async () => {
    const s = setup({ protectedMain: true });
    const outputs = gitopsFlowOutputs(await runPromoteFlow(s.ports, s.request, s.train));
    expect(outputs).toEqual({ promotion: 'trained', pullRequestUrl: s.pulls.pulls.find((p) => p.headRef === 'mltrain/promote-churn')!.url });
  });

  it('not-promoted when the model trained on push failed its gates; skipped on its own push', async () => {
    const failed = setup({ passed: false });
    expect(gitopsFlowOutputs(await runPromoteFlow(failed.ports, failed.request, failed.train))).toEqual({ promotion: 'not-promoted', pullRequestUrl: null });
    const own = setup();
    const outcome = await runPromoteFlow(own.ports, { ...own.request, push: { message: 'mltrain: promote churn [mltrain]', actor: 'github-actions[bot]', changedPaths: [] } }, own.train);
    expect(gitopsFlowOutputs(outcome)).toEqual({ promotion: 'skipped', pullRequestUrl: null });
  });

  it('retrain-pull-request with its url on a schedule', async () => {
    const s = setup();
    const outputs = gitopsFlowOutputs(await runRetrainFlow(s.ports, s.request, s.train));
    expect(outputs).toEqual({ promotion: 'retrain-pull-request', pullRequestUrl: s.pulls.pulls.find((p) => p.headRef === 'mltrain/retrain-churn')!.url });
  });
});

describe('promotionSummary', () => {
  it('names the pull request, the commit and the files of a promotion that trained nothing', async () => {
    const s = setup({ reviewed: true });
    const outcome = await runPromoteFlow(s.ports, s.request, s.train);
    const summary = promotionSummary(outcome);
    expect(outcome.flow === 'promote' && outcome.promotion.action === 'promoted' && outcome.promotion.commit.status).toBe('committed');
    const sha = outcome.flow === 'promote' && outcome.promotion.action === 'promoted' ? outcome.promotion.commit.commitSha : '';
    expect(summary).toContain('pull request #8');
    expect(summary).toContain(`committed as ${sha.slice(0, 7)}`);
    expect(summary).toContain('`models/churn/model.json`');
    expect(summary).not.toContain('stale');
  });

  it('says which stale files of an earlier model the promotion removed', async () => {
    const s = setup({ reviewed: true });
    s.ports.git.pushNow('main', { 'models/churn/model.pt': 'an earlier engine' }, 'earlier');
    const summary = promotionSummary(await runPromoteFlow(s.ports, s.request, s.train));
    expect(summary).toContain('\nRemoved 1 stale file(s) of an earlier model: `models/churn/model.pt`\n');
  });

  it('names the pull request a protected branch got, says why a push was skipped, and is null when the run trained', async () => {
    const guarded = setup({ reviewed: true, protectedMain: true });
    expect(promotionSummary(await runPromoteFlow(guarded.ports, guarded.request, guarded.train))).toContain(guarded.pulls.pulls.find((p) => p.headRef === 'mltrain/promote-churn')!.url);
    const own = setup();
    const skipped = await runPromoteFlow(own.ports, { ...own.request, push: { message: 'mltrain: promote churn [mltrain]', actor: 'github-actions[bot]', changedPaths: [] } }, own.train);
    expect(promotionSummary(skipped)).toMatch(/^### mltrain\n\nSkipped: /);
    const trained = setup();
    expect(promotionSummary(await runPromoteFlow(trained.ports, trained.request, trained.train))).toBeNull();
  });
});
