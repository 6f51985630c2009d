import { describe, expect, it } from 'vitest';
import { FakeProcessRunner } from '../../../test/fakes/fake-process-runner';
import { describeProgram } from './program-lineage';
import type { CommandModelSettings } from './run-command-trial';

const repository = { commit: async () => 'c0ffee'.padEnd(40, '0') };
const model: CommandModelSettings = {
  command: 'python3 train.py --epochs 20',
  predict_command: ['python3', 'predict.py'],
  working_directory: 'ml',
  env: { OMP_NUM_THREADS: '4', GITHUB_TOKEN: 'ghs_x', CUDA_VISIBLE_DEVICES: '0' },
  output_format: 'parquet',
};

describe('describeProgram', () => {
  it('records argv, folder, commit, the interpreter\'s version and env names (not values)', async () => {
    const runner = new FakeProcessRunner(async ({ spec, stderr }) => {
      expect(spec.argv).toEqual(['python3', '--version']);
      expect(spec.env.GITHUB_TOKEN).toBeUndefined();
      stderr('');
      stderr('Python 3.11.4');
      return { code: 0 };
    });
    const lineage = await describeProgram({ runner, environment: { PATH: '/usr/bin', GITHUB_TOKEN: 'parent' }, repository }, model, '/repo/ml');
    expect(lineage).toEqual({
      argv: ['python3', 'train.py', '--epochs', '20'],
      predict_argv: ['python3', 'predict.py'],
      working_directory: 'ml',
      git_commit: 'c0ffee'.padEnd(40, '0'),
      interpreter: { program: 'python3', version: 'Python 3.11.4' },
      env: ['CUDA_VISIBLE_DEVICES', 'OMP_NUM_THREADS'],
      env_dropped: ['GITHUB_TOKEN'],
      output_format: 'parquet',
      protocol: 1,
    });
    expect(JSON.stringify(lineage)).not.toMatch(/ghs_x|"4"/);
    expect(runner.started[0].cwd).toBe('/repo/ml');
  });

  it('does not run other programs with --version', async () => {
    const runner = new FakeProcessRunner(async () => ({ code: 0 }));
    const lineage = await describeProgram({ runner, environment: {}, repository: { commit: async () => null } }, { ...model, command: ['./train', '--fast'], predict_command: undefined, working_directory: undefined, env: {} }, '/repo');
    expect(lineage).toMatchObject({ interpreter: null, predict_argv: null, working_directory: '.', git_commit: null, env: [], env_dropped: [] });
    expect(runner.started).toEqual([]);
  });

  it('notes an interpreter that is missing, fails or hangs', async () => {
    const ask = (runner: FakeProcessRunner) => describeProgram({ runner, environment: {}, repository }, { ...model, command: ['Rscript', 'fit.R'] }, '/repo').then((l) => l.interpreter);
    expect(await ask(new FakeProcessRunner({ startError: { code: 'ENOENT', message: 'spawn Rscript ENOENT' } }))).toEqual({ program: 'Rscript', version: null, note: 'could not start: ENOENT' });
    expect(await ask(new FakeProcessRunner(async () => ({ code: 2 })))).toEqual({ program: 'Rscript', version: null, note: '--version exited with status 2' });
  });
});
