import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeRunDependencies } from '../../src/adapters/node-run-dependencies';
import { baselineModelFromFile, baselineModelFromRepository } from '../../src/app/baseline-model-source';
import { loadConfig } from '../../src/app/load-config';
import { prepareData } from '../../src/app/prepare-data';
import { rescoreBaseline } from '../../src/app/rescore-baseline';
import { runTraining } from '../../src/app/run-training';
import { getColumn } from '../../src/core/data/table';
import { computeMetrics } from '../../src/core/evaluate/index';
import { evaluateGates } from '../../src/core/gate/index';
import { Rng } from '../../src/core/random/rng';
import { MemoryRepositoryContents } from '../fakes/github-repository-contents';
import { RecordingLogger } from '../fakes/recording-logger';
import type { GitHubEvent } from '../../src/ports/github-event';

// Base branch: train-curve.mjs with sharpness 2 on one data file; today: sharpness 8 on more rows.
// The base model must be scored on today's test rows through predict-curve.mjs (Node only).
const TRAIN = resolve(__dirname, '../fixtures/command/train-curve.mjs');
const PREDICT = resolve(__dirname, '../fixtures/command/predict-curve.mjs');
const dir = mkdtempSync(join(tmpdir(), 'mltrain-command-baseline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function dataCsv(rows: number, salt: number): string {
  const lines = ['x,noise,label'];
  for (let i = 0; i < rows; i++) {
    const x = ((i * 7919 + salt) % rows) / rows;
    const noise = ((i * 104729 + salt) % 97) / 97;
    lines.push(`${x.toFixed(4)},${noise.toFixed(4)},${x + (noise - 0.5) * 0.8 > 0.5 ? 1 : 0}`);
  }
  return `${lines.join('\n')}\n`;
}

function config(folder: string, sharpness: number, options: { predict: boolean; gates: string }): string {
  const path = join(dir, folder, 'config.yaml');
  mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(
    path,
    [
      'name: curve',
      'seed: 3',
      'data: {path: data.csv, target: label, validation: {min_rows: 100}}',
      `model: {type: command, command: [${JSON.stringify(process.execPath)}, ${JSON.stringify(TRAIN)}], params: {steps: 3, step_ms: 1, sharpness: ${sharpness}}${options.predict ? `, predict_command: [${JSON.stringify(process.execPath)}, ${JSON.stringify(PREDICT)}]` : ''}}`,
      `gates: ${options.gates}`,
      '',
    ].join('\n'),
  );
  return path;
}

const logger = new RecordingLogger();
const deps = createNodeRunDependencies({ logger, cwd: dir, env: { PATH: process.env.PATH }, version: 'test' });
const baseOutput = join(dir, 'base', 'out');
const event: GitHubEvent = { eventName: 'pull_request', repository: { owner: 'o', repo: 'r' }, sha: 'a'.repeat(40), ref: 'refs/pull/1/merge', actor: 'me', pullRequest: { number: 1, baseRef: 'main', headRef: 'feature', headSha: 'b'.repeat(40), fromFork: false } };
const sigmoid = (sharpness: number) => (x: number) => 1 / (1 + Math.exp(-sharpness * (x - 0.5)));

beforeAll(async () => {
  const path = config('base', 2, { predict: true, gates: '[{metric: roc_auc, min: 0.5}]' });
  writeFileSync(join(dir, 'base', 'data.csv'), dataCsv(500, 1));
  const run = await runTraining(deps, { configPath: path, displayPath: 'base/config.yaml', outputDir: baseOutput, baseDirectory: join(dir, 'base') });
  expect(run.exitCode).toBe(0);
}, 30_000);

describe('baseline re-scoring of a command model through predict_command', () => {
  it('records the kept folder relative to model.json and its files', () => {
    const model = JSON.parse(readFileSync(join(baseOutput, 'model.json'), 'utf8')).engine.model;
    expect(model.model_dir).toBe('command/trial-0000/output');
    expect(model.files).toEqual(expect.arrayContaining(['model.json', 'pid', 'env.json']));
    expect(model.files).not.toContain('predictions-test.csv');
  });

  it('explains the model through predict_command: permutation SHAP on raw rows, nothing for the column the program ignores', () => {
    const metrics = JSON.parse(readFileSync(join(baseOutput, 'metrics.json'), 'utf8'));
    const explanations = metrics.explanations;
    expect(explanations).toMatchObject({ available: true, method: 'permutation_shap', engine: 'command', output: 'log_odds', permutations: 8, background_rows: 16, features_total: 2 });
    expect(explanations.rows).toBe(explanations.test_rows);
    const byName = Object.fromEntries((explanations.features as { name: string; mean_abs_shap: number }[]).map((f) => [f.name, f.mean_abs_shap]));
    // the program scores sigmoid(2 (x - 0.5)): log-odds linear in x, and noise never read
    expect(byName.x).toBeGreaterThan(0.1);
    expect(byName.noise).toBe(0);
    expect(readFileSync(join(baseOutput, 'MODEL_CARD.md'), 'utf8')).toMatch(/permutation SHAP .*16 training rows/);
    expect(existsSync(join(baseOutput, 'explain'))).toBe(false);
  });

  it('scores today\'s test rows with the base model (file and repository sources), and the statistical gates run', { timeout: 30_000 }, async () => {
    const path = config('today', 8, { predict: true, gates: '[]' });
    writeFileSync(join(dir, 'today', 'data.csv'), dataCsv(700, 5));
    const loaded = await loadConfig(deps.fs, path, 'today/config.yaml');
    const data = await prepareData(deps, loaded, 'codes', Rng.fromSeed(loaded.config.seed));
    const x = getColumn(data.parts.test.table, 'x');
    if (x?.type !== 'numeric') throw new Error('x should be numeric');
    const candidate = { testScores: Float64Array.from(x.values, sigmoid(8)), threshold: 0.5 };
    // The base model's scores on today's rows, computed here independently of the programs.
    const expected = computeMetrics({ task: 'binary', yTrue: data.parts.test.encoded.label, yScore: Float64Array.from(x.values, sigmoid(2)), threshold: 0.5 });
    const outputDir = join(dir, 'today', 'out');

    const repository = new MemoryRepositoryContents();
    const walk = (folder: string): string[] => readdirSync(folder, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(folder, e.name)) : [join(folder, e.name)]));
    for (const file of walk(baseOutput)) repository.put('main', `models/curve/${relative(baseOutput, file)}`, readFileSync(file));
    const sources = {
      file: baselineModelFromFile(deps.fs, join(baseOutput, 'model.json')),
      repository: baselineModelFromRepository(repository, event, logger),
    };
    for (const [label, source] of Object.entries(sources)) {
      const baseline = await rescoreBaseline({ ...deps, baselineModel: source }, 'curve', data, candidate, { loaded, outputDir });
      expect(baseline, label).toMatchObject({ rescored: true });
      expect(baseline!.metrics, label).toEqual(expected);
      expect(existsSync(join(outputDir, 'baseline')), 'the scratch folder is removed').toBe(false);
      // Both score by x alone, so their AUCs tie; the Brier score tells them apart.
      const gates = evaluateGates([{ metric: 'brier_score', significance: 0.05, mode: 'better' }, { metric: 'roc_auc', max_drop_vs_baseline: 0 }], {
        metrics: { test: computeMetrics({ task: 'binary', yTrue: data.parts.test.encoded.label, yScore: candidate.testScores }) },
        baseline: baseline!.subject,
        paired: baseline!.paired,
      });
      const candidateBrier = computeMetrics({ task: 'binary', yTrue: data.parts.test.encoded.label, yScore: candidate.testScores }).brier_score;
      expect(candidateBrier).toBeLessThan(expected.brier_score);
      expect(gates[0], label).toMatchObject({ status: 'passed', value: candidateBrier, baseline: expected.brier_score });
      expect(gates[0].p_value).toBeLessThan(0.05);
      expect(gates[1], label).toMatchObject({ status: 'passed', baseline: expected.roc_auc });
    }
    expect(repository.reads.map((r) => r.path)).toContain('models/curve/command/trial-0000/output/model.json');
  });

  it('without predict_command, baseline gates compare with the base branch\'s metrics.json, and the log says so', { timeout: 30_000 }, async () => {
    const path = config('fallback', 8, { predict: false, gates: '[{metric: roc_auc, max_drop_vs_baseline: 0.5}, {metric: roc_auc, significance: 0.05}]' });
    writeFileSync(join(dir, 'fallback', 'data.csv'), dataCsv(700, 5));
    const committed = JSON.parse(readFileSync(join(baseOutput, 'metrics.json'), 'utf8'));
    const run = await runTraining({ ...deps, baselineModel: baselineModelFromFile(deps.fs, join(baseOutput, 'model.json')) }, { configPath: path, displayPath: 'fallback/config.yaml', outputDir: join(dir, 'fallback', 'out'), baseDirectory: join(dir, 'fallback') });
    const [drop, significance] = run.document.gates;
    expect(drop).toMatchObject({ status: 'passed', baseline: committed.metrics.test.roc_auc });
    expect(significance).toMatchObject({ status: 'skipped' });
    expect(logger.messages('warning').join('\n')).toMatch(/was not re-scored on today's data \(.+\): baseline gates compare with the base branch's metrics\.json/);
  });
});
