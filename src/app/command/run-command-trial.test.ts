import { describe, expect, it } from 'vitest';
import { makeTable, type Table } from '../../core/data/table';
import { FakeProcessRunner, type FakeProgram } from '../../../test/fakes/fake-process-runner';
import { MemoryFileSystem } from '../../../test/fakes/memory-file-system';
import { MemoryTrialFolders } from '../../../test/fakes/memory-trial-folders';
import { RecordingLogger } from '../../../test/fakes/recording-logger';
import type { CommandDependencies } from './command-dependencies';
import { runCommandTrial, type CommandTrialInput } from './run-command-trial';

function part(rows: number, offset = 0): Table {
  const labels = Int32Array.from({ length: rows }, (_, i) => (i + offset) % 2);
  return makeTable([
    { name: 'tenure', type: 'numeric', values: Float64Array.from({ length: rows }, (_, i) => i + offset) },
    { name: 'contract', type: 'categorical', codes: Int32Array.from({ length: rows }, (_, i) => (i % 3 === 0 ? -1 : i % 2)), categories: ['Month-to-month', 'One year'] },
    { name: 'customer_id', type: 'categorical', codes: Int32Array.from({ length: rows }, (_, i) => i), categories: Array.from({ length: rows }, (_, i) => `c${i + offset}`) },
    { name: 'churn', type: 'categorical', codes: labels, categories: ['No', 'Yes'] },
  ]);
}

function setup(program: FakeProgram | { startError: { code: string; message: string } }) {
  const fs = new MemoryFileSystem();
  const runner = new FakeProcessRunner(program);
  const logger = new RecordingLogger();
  const deps: CommandDependencies = { fs, runner, logger, folders: new MemoryTrialFolders(fs), environment: { PATH: '/usr/bin', GITHUB_TOKEN: 'ghs_x', 'INPUT_GITHUB-TOKEN': 'ghs_x', ACTIONS_RUNTIME_TOKEN: 'rt', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc' } };
  const input: CommandTrialInput = {
    model: { command: 'python train.py --epochs 3', env: { OMP_NUM_THREADS: '2' }, output_format: 'csv', working_directory: 'ml' },
    configDirectory: '/repo',
    parts: { train: part(6), validation: part(4, 10), test: part(3, 20) },
    target: 'churn',
    features: ['tenure', 'contract'],
    task: 'binary',
    classes: ['No', 'Yes'],
    params: { learning_rate: 0.1, max_depth: 4 },
    seed: 7,
    trialNumber: 3,
    metric: { name: 'roc_auc', direction: 'maximize' },
    root: '/out/command',
    graceMs: 5,
  };
  return { fs, runner, logger, deps, input };
}

/** Writes both prediction files as a well-behaved program would. */
async function writePredictions(fs: MemoryFileSystem, env: Readonly<Record<string, string>>, rows = { validation: 4, test: 3 }): Promise<void> {
  const out = env.MLTRAIN_OUTPUT_DIR;
  const body = (n: number) => Array.from({ length: n }, (_, i) => `${1 - i / 10},${i / 10}`).join('\n');
  await fs.writeText(`${out}/predictions-validation.csv`, `No,Yes\n${body(rows.validation)}\n`);
  await fs.writeText(`${out}/predictions-test.csv`, `p0,p1\n${body(rows.test)}\n`);
}

describe('runCommandTrial', () => {
  it('hands the program its data, params and environment, and reads back its predictions', async () => {
    const { fs, runner, deps, input } = setup(async ({ spec, stdout }) => {
      stdout('loading data');
      for (let step = 1; step <= 3; step++) stdout(`MLTRAIN {"step": ${step}, "value": ${0.7 + step / 100}}`);
      await writePredictions(fs, spec.env);
      return { code: 0 };
    });
    const reports: number[] = [];
    const result = await runCommandTrial(deps, { ...input, onReport: (r) => (reports.push(r.value), 'continue') });

    expect(result.status).toBe('complete');
    expect([...result.validationScores!]).toEqual([0, 0.1, 0.2, 0.3]);
    expect([...result.testScores!]).toEqual([0, 0.1, 0.2]);
    expect(reports).toEqual([0.71, 0.72, 0.73]);
    expect(result.iterations).toBe(3);

    const spec = runner.started[0];
    expect(spec.argv).toEqual(['python', 'train.py', '--epochs', '3']);
    expect(spec.cwd).toBe('/repo/ml');
    expect(spec.env).toMatchObject({ PATH: '/usr/bin', OMP_NUM_THREADS: '2', MLTRAIN_PROTOCOL: '1', MLTRAIN_MODE: 'train', MLTRAIN_TRIAL: '3', MLTRAIN_SEED: '7', MLTRAIN_TARGET: 'churn', MLTRAIN_TASK: 'binary' });
    for (const secret of ['GITHUB_TOKEN', 'INPUT_GITHUB-TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN']) expect(spec.env).not.toHaveProperty(secret);
    expect(spec.env.MLTRAIN_OUTPUT_DIR).toBe('/out/command/trial-0003/output');
    expect(spec.env.MLTRAIN_CHECKPOINT_DIR).toBe('/out/command/checkpoints/trial-0003');

    const params = JSON.parse(fs.text(spec.env.MLTRAIN_PARAMS));
    expect(params).toMatchObject({ protocol: 1, mode: 'train', params: { learning_rate: 0.1, max_depth: 4 }, seed: 7, trial: 3, task: 'binary', target: 'churn', classes: ['No', 'Yes'], positive_class: 'Yes', metric: 'roc_auc', direction: 'maximize', features: ['tenure', 'contract'] });
    expect(params.columns).toEqual([{ name: 'tenure', type: 'numeric' }, { name: 'contract', type: 'categorical' }, { name: 'churn', type: 'categorical' }]);
    // Only features and target are written (no id column), the test part without its target.
    expect(fs.text(spec.env.MLTRAIN_TRAIN).split('\n').slice(0, 3)).toEqual(['tenure,contract,churn', '0,,No', '1,One year,Yes']);
    expect(fs.text(spec.env.MLTRAIN_TEST)).toBe('tenure,contract\n20,\n21,One year\n22,Month-to-month\n');
    expect(fs.text(spec.env.MLTRAIN_VALIDATION).split('\n')[0]).toBe('tenure,contract,churn');
  });

  it('prunes: stop from onReport sends SIGTERM, the checkpoint survives and a re-run starts fresh', async () => {
    const { fs, deps, input } = setup(async ({ spec, stdout, terminated }) => {
      const checkpoint = `${spec.env.MLTRAIN_CHECKPOINT_DIR}/state.json`;
      const start = (await fs.exists(checkpoint)) ? JSON.parse(fs.text(checkpoint)).step + 1 : 1;
      await fs.writeText(`${spec.env.MLTRAIN_OUTPUT_DIR}/started-at-${start}`, '');
      let stop = false;
      void terminated.then(() => (stop = true));
      for (let step = start; step <= 5; step++) {
        stdout(`MLTRAIN {"step": ${step}, "value": ${step}}`);
        await Promise.resolve();
        if (stop) {
          await fs.writeText(checkpoint, JSON.stringify({ step }));
          return { code: 0 };
        }
      }
      await writePredictions(fs, spec.env);
      return { code: 0 };
    });
    const first = await runCommandTrial(deps, { ...input, onReport: (r) => (r.step >= 2 ? 'stop' : 'continue') });
    expect(first).toMatchObject({ status: 'pruned', reason: 'pruned at step 2', failure: null, validationScores: null });
    expect(first.reports.map((r) => r.step)).toEqual([1, 2]);

    const again = await runCommandTrial(deps, input);
    expect(again.status).toBe('complete');
    expect(again.reports.map((r) => r.step)).toEqual([3, 4, 5]);
    expect(await fs.exists(`${again.outputDir}/started-at-1`)).toBe(false);
    expect(await fs.exists(`${again.outputDir}/started-at-3`)).toBe(true);
  });

  it('fails with the exit status and the last stderr lines', async () => {
    const { deps, input } = setup(async ({ stderr }) => {
      for (let i = 0; i < 30; i++) stderr(`trace ${i}`);
      stderr('ValueError: learning_rate must be positive');
      return { code: 1 };
    });
    const result = await runCommandTrial(deps, input);
    expect(result).toMatchObject({ status: 'failed', failure: 'exit_code', reason: "'python' exited with status 1" });
    expect(result.stderrTail).toHaveLength(20);
    expect(result.stderrTail.at(-1)).toBe('ValueError: learning_rate must be positive');
    expect(result.details).toMatch(/exited with status 1\nlast 20 line\(s\) of stderr:\n {2}trace 11\n[\s\S]*ValueError/);
  });

  it('kills a program that ignores SIGTERM at its timeout', async () => {
    const { deps, input, runner } = setup(() => new Promise(() => undefined));
    const result = await runCommandTrial(deps, { ...input, model: { ...input.model, timeout_per_trial: '0.02s' } });
    expect(result).toMatchObject({ status: 'failed', failure: 'timeout', signal: 'SIGKILL' });
    expect(result.reason).toMatch(/ran past timeout_per_trial \(0.0s\): stopped with SIGTERM, then SIGKILL/);
    expect(runner.running).toBe(0);
  });

  it('says when the program cannot start', async () => {
    const { deps, input } = setup({ startError: { code: 'ENOENT', message: 'spawn python ENOENT' } });
    const result = await runCommandTrial(deps, input);
    expect(result).toMatchObject({ status: 'failed', failure: 'not_runnable' });
    expect(result.reason).toMatch(/cannot start 'python' \(not found/);
  });

  it('fails on missing or malformed predictions', async () => {
    const missing = setup(async () => ({ code: 0 }));
    expect(await runCommandTrial(missing.deps, missing.input)).toMatchObject({ status: 'failed', failure: 'bad_predictions', reason: expect.stringMatching(/wrote no predictions-validation.csv/) });
    const short = setup(async ({ spec }) => (await writePredictions(short.fs, spec.env, { validation: 4, test: 2 }), { code: 0 }));
    expect(await runCommandTrial(short.deps, short.input)).toMatchObject({ failure: 'bad_predictions', reason: 'predictions-test.csv has 2 row(s), expected 3 (one per input row, same order)' });
  });

  it('stops on abort (budget) and skips a trial aborted before it starts', async () => {
    const controller = new AbortController();
    const { deps, input, runner } = setup(async ({ stdout, terminated }) => {
      stdout('MLTRAIN {"step": 1, "value": 0.5}');
      controller.abort();
      await terminated;
      return { code: null, signal: 'SIGTERM' };
    });
    expect(await runCommandTrial(deps, { ...input, signal: controller.signal })).toMatchObject({ status: 'aborted', failure: null });
    expect(await runCommandTrial(deps, { ...input, signal: controller.signal })).toMatchObject({ status: 'aborted' });
    expect(runner.started).toHaveLength(1);
  });

  it('multiclass and regression layouts', async () => {
    const multi = setup(async ({ spec }) => {
      await multi.fs.writeText(`${spec.env.MLTRAIN_OUTPUT_DIR}/predictions-test.csv`, 'c,b,a\n0.1,0.2,0.7\n0,0,1\n1,0,0\n');
      return { code: 0 };
    });
    const mc = await runCommandTrial(multi.deps, { ...multi.input, task: 'multiclass', classes: ['a', 'b', 'c'], parts: { train: part(6), test: part(3) } });
    expect([...mc.testScores!]).toEqual([0.7, 0.2, 0.1, 1, 0, 0, 0, 0, 1]);
    expect(mc.validationScores).toBeNull();
    expect(multi.runner.started[0].env).not.toHaveProperty('MLTRAIN_VALIDATION');

    const reg = setup(async ({ spec }) => {
      await reg.fs.writeText(`${spec.env.MLTRAIN_OUTPUT_DIR}/predictions-test.csv`, 'prediction\n1.5\n2.5\n-3\n');
      return { code: 0 };
    });
    const result = await runCommandTrial(reg.deps, { ...reg.input, task: 'regression', classes: null, target: 'tenure', features: ['contract'], parts: { train: part(6), test: part(3) } });
    expect([...result.testScores!]).toEqual([1.5, 2.5, -3]);
  });

  it('warns once about malformed progress lines and ignores them', async () => {
    const { fs, deps, input, logger } = setup(async ({ spec, stdout }) => {
      stdout('MLTRAIN not json');
      stdout('MLTRAIN {"step": "x"}');
      stdout('MLTRAIN {"step": 1, "value": 0.6}');
      await writePredictions(fs, spec.env);
      return { code: 0 };
    });
    const result = await runCommandTrial(deps, input);
    expect(result.reports).toEqual([{ step: 1, value: 0.6 }]);
    expect(logger.messages('warning')).toEqual([expect.stringMatching(/^trial 3: ignored a progress line \(not JSON/)]);
  });
});
