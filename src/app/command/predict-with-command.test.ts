import { describe, expect, it } from 'vitest';
import { makeTable } from '../../core/data/table';
import { FakeProcessRunner } from '../../../test/fakes/fake-process-runner';
import { MemoryFileSystem } from '../../../test/fakes/memory-file-system';
import { MemoryTrialFolders } from '../../../test/fakes/memory-trial-folders';
import { RecordingLogger } from '../../../test/fakes/recording-logger';
import { predictWithCommand, type CommandPredictInput } from './predict-with-command';
import { keepBestTrial } from './trial-folders';

const rows = makeTable([
  { name: 'x', type: 'numeric', values: Float64Array.from([1, 2]) },
  { name: 'y', type: 'categorical', codes: Int32Array.from([0, 1]), categories: ['no', 'yes'] },
]);

function input(overrides: Partial<CommandPredictInput> = {}): CommandPredictInput {
  return {
    model: { predict_command: ['python', 'predict.py'], env: {}, output_format: 'csv' },
    configDirectory: '/repo',
    rows,
    target: 'y',
    features: ['x'],
    task: 'binary',
    classes: ['no', 'yes'],
    params: { depth: 3 },
    seed: 1,
    modelDir: '/base/model',
    workDir: '/out/predict',
    ...overrides,
  };
}

describe('predictWithCommand', () => {
  it('runs predict_command on the rows with the saved model and reads predictions-test.csv', async () => {
    const fs = new MemoryFileSystem();
    const runner = new FakeProcessRunner(async ({ spec }) => {
      expect(fs.text(spec.env.MLTRAIN_TEST)).toBe('x\n1\n2\n');
      await fs.writeText(`${spec.env.MLTRAIN_OUTPUT_DIR}/predictions-test.csv`, 'p0,p1\n0.4,0.6\n0.9,0.1\n');
      return { code: 0 };
    });
    const result = await predictWithCommand({ fs, runner, logger: new RecordingLogger(), folders: new MemoryTrialFolders(fs), environment: { GITHUB_TOKEN: 't' } }, input());
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect([...result.scores]).toEqual([0.6, 0.1]);
    const env = runner.started[0].env;
    expect(env).toMatchObject({ MLTRAIN_MODE: 'predict', MLTRAIN_MODEL_DIR: '/base/model' });
    expect(env).not.toHaveProperty('MLTRAIN_TRAIN');
    expect(env).not.toHaveProperty('GITHUB_TOKEN');
    expect(JSON.parse(fs.text(env.MLTRAIN_PARAMS))).toMatchObject({ mode: 'predict', model_dir: '/base/model', files: { train: null, validation: null, test: '/out/predict/data/test.csv' } });
  });

  it('returns the failure with the stderr tail', async () => {
    const fs = new MemoryFileSystem();
    const runner = new FakeProcessRunner(async ({ stderr }) => (stderr('FileNotFoundError: model.pkl'), { code: 1 }));
    const result = await predictWithCommand({ fs, runner, logger: new RecordingLogger(), folders: new MemoryTrialFolders(fs), environment: {} }, input());
    expect(result).toMatchObject({ ok: false, failure: 'exit_code', stderrTail: ['FileNotFoundError: model.pkl'] });
  });
});

describe('keepBestTrial', () => {
  it('keeps the best trial and its checkpoint, removes the others and the data copies', async () => {
    const fs = new MemoryFileSystem({
      '/r/data/train.csv': 'x',
      '/r/trial-0000/output/model.pkl': 'a',
      '/r/trial-0001/output/model.pkl': 'b',
      '/r/trial-0002/params.json': '{}',
      '/r/checkpoints/trial-0001/state': 's',
      '/r/checkpoints/trial-0002/state': 's',
      '/r/study.jsonl': '',
    });
    const kept = await keepBestTrial(new MemoryTrialFolders(fs), '/r', 1);
    expect(kept).toBe('/r/trial-0001/output');
    expect([...fs.files.keys()].sort()).toEqual(['/r/checkpoints/trial-0001/state', '/r/study.jsonl', '/r/trial-0001/output/model.pkl']);
  });
});
