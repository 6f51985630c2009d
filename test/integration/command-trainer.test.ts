import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ChildProcessRunner } from '../../src/adapters/child-process-runner';
import { nodeFileSystem } from '../../src/adapters/node-file-system';
import { nodeTrialFolders } from '../../src/adapters/node-trial-folders';
import type { CommandDependencies } from '../../src/app/command/command-dependencies';
import { runCommandTrial, type CommandTrialInput, type CommandTrialResult } from '../../src/app/command/run-command-trial';
import { keepBestTrial } from '../../src/app/command/trial-folders';
import { predictWithCommand } from '../../src/app/command/predict-with-command';
import { parseConfig } from '../../src/core/config/parse-config';
import { parseCsv } from '../../src/core/data/csv-reader';
import { makeTable, takeRows, type Table } from '../../src/core/data/table';
import { commandSettingsProblems } from '../../src/core/models/command/command-settings';
import { computeMetrics } from '../../src/core/evaluate/index';
import { parsePredictions } from '../../src/core/models/command/prediction-file';
import { Rng } from '../../src/core/random/rng';
import { createStudy, MedianPruner, TrialPruned } from '../../src/core/tune/index';
import { RecordingLogger } from '../fakes/recording-logger';

const SCRIPT = resolve(__dirname, '../fixtures/command/train-curve.mjs');
const root = mkdtempSync(join(tmpdir(), 'mltrain-command-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** x uniform in [0, 1]; label 'yes' with probability sigmoid(6 (x - 0.5)). */
function part(rows: number, rng: Rng): Table {
  const x = Float64Array.from({ length: rows }, () => rng.nextFloat());
  const codes = Int32Array.from(x, (v) => (rng.nextFloat() < 1 / (1 + Math.exp(-6 * (v - 0.5))) ? 1 : 0));
  return makeTable([
    { name: 'x', type: 'numeric', values: x },
    { name: 'label', type: 'categorical', codes, categories: ['no', 'yes'] },
  ]);
}

/** A process that exists and is not a zombie (killed, waiting for init to reap it). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return true;
  const state = readFileSync(stat, 'utf8').replace(/^.*\) /s, '')[0];
  return state !== 'Z' && state !== 'X';
}

const rng = Rng.fromSeed(11);
const parts = { train: part(200, rng.fork('train')), validation: part(120, rng.fork('validation')), test: part(80, rng.fork('test')) };
const labels = (table: Table) => Float64Array.from((table.columns[1] as { codes: Int32Array }).codes);
const logger = new RecordingLogger();
const deps: CommandDependencies = {
  fs: nodeFileSystem,
  folders: nodeTrialFolders,
  runner: new ChildProcessRunner(),
  logger,
  environment: { ...process.env, GITHUB_TOKEN: 'ghs_secret', 'INPUT_GITHUB-TOKEN': 'ghs_secret', ACTIONS_RUNTIME_TOKEN: 'rt' },
};
const base: Omit<CommandTrialInput, 'params' | 'trialNumber'> = {
  model: { command: [process.execPath, SCRIPT], env: {}, output_format: 'csv', timeout_per_trial: '5s' },
  configDirectory: root,
  parts,
  target: 'label',
  features: ['x'],
  task: 'binary',
  classes: ['no', 'yes'],
  seed: 5,
  metric: { name: 'roc_auc', direction: 'maximize' },
  root: join(root, 'study'),
  graceMs: 300,
};

describe('command trainer end to end (a Node program, median pruner)', () => {
  it('tunes: pruned by SIGTERM, a crash and a hang marked failed, metrics equal mltrain\'s, nothing left running', { timeout: 30_000 }, async () => {
    const study = await createStudy({ direction: 'maximize', pruner: new MedianPruner({ nStartupTrials: 2, nWarmupSteps: 1 }) });
    const plan: Record<string, string | number>[] = [
      { behaviour: 'ok', sharpness: 4, steps: 10 },
      { behaviour: 'ok', sharpness: 8, steps: 10 },
      { behaviour: 'ok', sharpness: -4, steps: 50, step_ms: 40 },
      { behaviour: 'crash', sharpness: 0 },
      { behaviour: 'hang', sharpness: 0 },
      { behaviour: 'ok', sharpness: -2, steps: 50, step_ms: 40 },
    ];
    for (const params of plan) await study.enqueueTrial(params);
    const results = new Map<number, CommandTrialResult>();
    await study.optimize(
      async (trial) => {
        const params = { behaviour: trial.suggestCategorical('behaviour', ['ok', 'crash', 'hang']), sharpness: trial.suggestFloat('sharpness', -10, 10), steps: trial.suggestInt('steps', 1, 50), step_ms: trial.suggestInt('step_ms', 10, 40) };
        const result = await runCommandTrial(deps, {
          ...base,
          params,
          trialNumber: trial.number,
          onReport: ({ step, value }) => {
            trial.report(value, step);
            return trial.shouldPrune() ? 'stop' : 'continue';
          },
        });
        results.set(trial.number, result);
        if (result.status === 'pruned') throw new TrialPruned(result.reason ?? 'pruned');
        if (result.status !== 'complete') throw new Error(result.details ?? 'failed');
        return computeMetrics({ task: 'binary', yTrue: labels(parts.validation), yScore: result.validationScores! }).roc_auc;
      },
      { nTrials: plan.length, maxConsecutiveFailures: 5 },
    );

    expect(study.trials.map((t) => t.state)).toEqual(['complete', 'complete', 'pruned', 'fail', 'fail', 'pruned']);
    // Completed trials: mltrain's roc_auc from the scores equals the program's own brute-force AUC
    // (its last report) and mltrain's metric on the predictions file read directly.
    for (const number of [0, 1]) {
      const result = results.get(number)!;
      const value = study.trials[number].value!;
      expect(value).toBeCloseTo(result.reports.at(-1)!.value, 12);
      const direct = parsePredictions(readFileSync(join(result.outputDir, 'predictions-test.csv'), 'utf8'), { task: 'binary', classes: ['no', 'yes'], rows: 80, source: 'test' });
      if (!direct.ok) throw new Error(direct.reason);
      expect(computeMetrics({ task: 'binary', yTrue: labels(parts.test), yScore: result.testScores! })).toEqual(computeMetrics({ task: 'binary', yTrue: labels(parts.test), yScore: direct.scores }));
      expect(value).toBeGreaterThan(0.7);
    }
    // Pruned trials got SIGTERM long before their 50 steps and saved a checkpoint on the way out.
    for (const number of [2, 5]) {
      const result = results.get(number)!;
      expect(result.reports.length).toBeLessThan(50);
      expect(JSON.parse(readFileSync(join(result.checkpointDir, 'checkpoint.json'), 'utf8')).step).toBeGreaterThan(0);
    }
    expect(results.get(3)).toMatchObject({ failure: 'exit_code', exitCode: 3, stderrTail: ['Traceback (most recent call last):', 'ValueError: sharpness 0 is not allowed'] });
    expect(study.trials[3].failReason).toMatch(/exited with status 3\nlast 2 line\(s\) of stderr:\n {2}Traceback/);
    const hang = results.get(4)!;
    expect(hang).toMatchObject({ failure: 'timeout', signal: 'SIGKILL' });
    expect(hang.stderrTail).toContain('SIGTERM ignored');

    // No secrets reached the program; no process of any trial is still alive.
    const seen = JSON.parse(readFileSync(join(results.get(0)!.outputDir, 'env.json'), 'utf8')) as string[];
    expect(seen).toEqual(expect.arrayContaining(['MLTRAIN_PARAMS', 'MLTRAIN_TRAIN', 'MLTRAIN_VALIDATION', 'MLTRAIN_TEST', 'MLTRAIN_OUTPUT_DIR', 'MLTRAIN_CHECKPOINT_DIR', 'MLTRAIN_SEED', 'MLTRAIN_TRIAL', 'MLTRAIN_TARGET', 'MLTRAIN_TASK']));
    for (const secret of ['GITHUB_TOKEN', 'INPUT_GITHUB-TOKEN', 'ACTIONS_RUNTIME_TOKEN']) expect(seen).not.toContain(secret);
    for (const result of results.values()) expect(isAlive(Number(readFileSync(join(result.outputDir, 'pid'), 'utf8')))).toBe(false);
    expect(isAlive(Number(readFileSync(join(hang.outputDir, 'grandchild-pid'), 'utf8')))).toBe(false);

    // The best trial's folder is the model; the rest is cleaned.
    const kept = await keepBestTrial(nodeTrialFolders, base.root, study.bestTrial!.number);
    expect(existsSync(join(kept, 'model.json'))).toBe(true);
    expect((await nodeTrialFolders.listDirectory(base.root)).sort()).toEqual(['checkpoints', `trial-000${study.bestTrial!.number}`]);
  });

  it('a program that is not installed fails as not_runnable', async () => {
    const result = await runCommandTrial(deps, { ...base, model: { ...base.model, command: ['mltrain-no-such-program-xyz'] }, params: {}, trialNumber: 9 });
    expect(result).toMatchObject({ status: 'failed', failure: 'not_runnable' });
    expect(result.reason).toMatch(/not found/);
  });
});

const EXAMPLE = resolve(__dirname, '../../examples/command-sklearn');
const PYTHON = '/usr/bin/python3';
const hasSklearn = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import sklearn, pandas, numpy'], { stdio: 'ignore' }).status === 0;
if (!hasSklearn) console.warn(`NOTICE: skipping the scikit-learn example test: ${PYTHON} with scikit-learn, pandas and numpy is not available`);

describe('clients/python/mltrain_client.py', () => {
  it.skipIf(!existsSync(PYTHON))('passes its unittest suite (standard library only)', { timeout: 120_000 }, () => {
    const run = spawnSync(PYTHON, ['-m', 'unittest', 'discover', '-s', resolve(__dirname, '../../clients/python')], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', PYTHONDONTWRITEBYTECODE: '1' } });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/Ran \d+ tests[\s\S]*OK/);
  });
});

describe('examples/command-sklearn', () => {
  const { config } = parseConfig(readFileSync(join(EXAMPLE, 'training_config.yaml'), 'utf8'), 'training_config.yaml');

  it('has a valid config for model.type command', () => {
    expect(config.model.type).toBe('command');
    expect(commandSettingsProblems(config.model)).toEqual([]);
  });

  it.skipIf(!hasSklearn)('trains with HistGradientBoostingClassifier, resumes after SIGTERM, and predict.py re-scores the saved model', { timeout: 300_000 }, async () => {
    const all = parseCsv(readFileSync(join(EXAMPLE, config.data.path!), 'utf8')).table;
    const order = Rng.fromSeed(3).permutation(all.numRows);
    const slice = (from: number, to: number) => takeRows(all, order.slice(from, to));
    const churn = { train: slice(0, 2500), validation: slice(2500, 3500), test: slice(3500, 4300) };
    const features = all.columnNames.filter((name) => name !== 'target');
    const model = { ...config.model, command: [PYTHON, 'train.py'], predict_command: [PYTHON, 'predict.py'], timeout_per_trial: '120s' };
    const input = { ...base, model, configDirectory: EXAMPLE, parts: churn, target: 'target', features, classes: ['0', '1'], params: { ...config.model.params, max_iter: 40, report_every: 10, learning_rate: 0.1 }, trialNumber: 0, root: join(root, 'sklearn'), graceMs: 20_000 };

    const pruned = await runCommandTrial(deps, { ...input, onReport: ({ step }) => (step >= 10 ? 'stop' : 'continue') });
    expect(pruned.status).toBe('pruned');
    expect(existsSync(join(pruned.checkpointDir, 'model.pkl'))).toBe(true);

    const output: string[] = [];
    const result = await runCommandTrial(deps, { ...input, onOutput: (line) => output.push(line) });
    expect(result.status, result.details ?? '').toBe('complete');
    expect(output.join('\n')).toMatch(/resuming from .* at (10|20) rounds/);
    expect(result.reports.at(-1)!.step).toBe(40);
    // sklearn's roc_auc_score in the program and mltrain's roc_auc on the same predictions agree.
    const validationAuc = computeMetrics({ task: 'binary', yTrue: labelsOf(churn.validation), yScore: result.validationScores! }).roc_auc;
    expect(validationAuc).toBeCloseTo(result.reports.at(-1)!.value, 9);
    expect(computeMetrics({ task: 'binary', yTrue: labelsOf(churn.test), yScore: result.testScores! }).roc_auc).toBeGreaterThan(0.75);

    const rescored = await predictWithCommand(deps, { model, configDirectory: EXAMPLE, rows: churn.test, target: 'target', features, task: 'binary', classes: ['0', '1'], params: input.params, seed: 5, modelDir: result.outputDir, workDir: join(root, 'predict') });
    if (!rescored.ok) throw new Error(rescored.details);
    expect([...rescored.scores]).toEqual([...result.testScores!]);
  });
});

function labelsOf(table: Table): Float64Array {
  const column = table.columns.find((c) => c.name === 'target')!;
  return Float64Array.from((column as { values: Float64Array }).values);
}
