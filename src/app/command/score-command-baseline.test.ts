import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../core/config/parse-config';
import { makeTable } from '../../core/data/table';
import type { ModelFile } from '../../core/models/model-file';
import { FakeProcessRunner } from '../../../test/fakes/fake-process-runner';
import { MemoryFileSystem } from '../../../test/fakes/memory-file-system';
import { MemoryTrialFolders } from '../../../test/fakes/memory-trial-folders';
import { RecordingLogger } from '../../../test/fakes/recording-logger';
import type { BaselineModel } from '../baseline-model-source';
import type { LoadedConfig } from '../load-config';
import type { PreparedData } from '../prepare-data';
import { committedBaselineMetrics } from './committed-baseline-metrics';
import { scoreCommandBaseline } from './score-command-baseline';

const table = makeTable([
  { name: 'x', type: 'numeric', values: Float64Array.from([0.1, 0.9]) },
  { name: 'label', type: 'categorical', codes: Int32Array.from([0, 1]), categories: ['no', 'yes'] },
]);
// Only what scoring reads of the prepared data: the task, target, classes and the raw test rows.
const data = { task: 'binary', target: 'label', classes: ['no', 'yes'], parts: { test: { table, encoded: { features: [], label: Float64Array.from([0, 1]) } } } } as unknown as PreparedData;

function loaded(model: string): LoadedConfig {
  const parsed = parseConfig(`name: m\ndata: {path: d.csv, target: label}\nmodel: ${model}\n`, 'config.yaml');
  return { ...parsed, sha256: '0', path: '/repo/config.yaml' };
}
const withPredict = loaded('{type: command, command: [python, train.py], predict_command: [python, predict.py], env: {SECRET_NAME: v}}');
const modelFile = (engine: unknown): ModelFile => ({ format: 'mltrain-model', version: 1, name: 'm', task: 'binary', created_at: '', target: { column: 'label', classes: ['no', 'yes'] }, features: ['x'], encoder: null, threshold: 0.5, engine: { type: 'command', version: 'abc', model: engine } });
const engine = { protocol: 1, command: ['python', 'train.py'], model_dir: 'command/trial-0002/output', files: ['model.bin', 'sub/vocab.txt'], code_version: 'abc', params: { depth: 3 }, iterations: 5 };

function committed(files: Record<string, string>): BaselineModel {
  return { json: null, source: 'models/m/model.json@main', readFile: async (path) => (path in files ? new TextEncoder().encode(files[path]) : null) };
}

function setup(program: ConstructorParameters<typeof FakeProcessRunner>[0]) {
  const fs = new MemoryFileSystem();
  const runner = new FakeProcessRunner(program);
  return { fs, runner, deps: { fs, runner, logger: new RecordingLogger(), folders: new MemoryTrialFolders(fs), environment: {} } };
}

describe('scoreCommandBaseline', () => {
  it('copies the committed model files into MLTRAIN_MODEL_DIR, runs predict_command and cleans up', async () => {
    const { fs, runner, deps } = setup(async ({ spec }) => {
      expect(fs.text(`${spec.env.MLTRAIN_MODEL_DIR}/model.bin`)).toBe('weights');
      expect(fs.text(`${spec.env.MLTRAIN_MODEL_DIR}/sub/vocab.txt`)).toBe('a b');
      expect(JSON.parse(fs.text(spec.env.MLTRAIN_PARAMS)).params).toEqual({ depth: 3 });
      await fs.writeText(`${spec.env.MLTRAIN_OUTPUT_DIR}/predictions-test.csv`, 'p0,p1\n0.8,0.2\n0.3,0.7\n');
      return { code: 0 };
    });
    const files = committed({ 'command/trial-0002/output/model.bin': 'weights', 'command/trial-0002/output/sub/vocab.txt': 'a b' });
    const result = await scoreCommandBaseline(deps, files, modelFile(engine), data, { loaded: withPredict, outputDir: '/out' });
    expect(result).toEqual({ ok: true, scores: Float64Array.from([0.2, 0.7]) });
    expect(runner.started[0].argv).toEqual(['python', 'predict.py']);
    expect(runner.started[0].env.SECRET_NAME).toBe('v');
    expect([...fs.files.keys()].filter((key) => key.startsWith('/out/'))).toEqual([]);
  });

  it('says why it cannot score, without running anything', async () => {
    const { runner, deps } = setup(async () => ({ code: 0 }));
    const files = committed({ 'command/trial-0002/output/model.bin': 'weights' });
    const reason = async (found: BaselineModel, json: unknown, config = withPredict) => {
      const result = await scoreCommandBaseline(deps, found, modelFile(json), data, { loaded: config, outputDir: '/out' });
      return result.ok ? 'scored' : result.reason;
    };
    expect(await reason(files, engine, loaded('{type: command, command: [python, train.py]}'))).toMatch(/predict_command is not set/);
    expect(await reason(files, { ...engine, files: undefined })).toMatch(/lists no model files/);
    expect(await reason(files, { ...engine, model_dir: '../elsewhere' })).toMatch(/not a relative path/);
    expect(await reason({ json: null, source: 's' }, engine)).toMatch(/cannot be read/);
    expect(await reason(files, engine)).toMatch(/command\/trial-0002\/output\/sub\/vocab.txt is missing beside model.json/);
    const failing: BaselineModel = { json: null, source: 's', readFile: () => Promise.reject(new Error('502 Bad Gateway')) };
    expect(await reason(failing, engine)).toMatch(/could not be prepared: 502 Bad Gateway/);
    expect(runner.started).toEqual([]);
  });

  it('passes on predict_command\'s failure with its stderr', async () => {
    const { deps } = setup(async ({ stderr }) => {
      stderr('FileNotFoundError: model.bin');
      return { code: 1 };
    });
    const result = await scoreCommandBaseline(deps, committed({}), modelFile({ ...engine, files: [] }), data, { loaded: withPredict, outputDir: '/out' });
    expect(result.ok ? '' : result.reason).toMatch(/predict_command failed: 'python' exited with status 1\n.*\n {2}FileNotFoundError/);
  });
});

describe('committedBaselineMetrics', () => {
  it('reads metrics.test and fairness beside model.json, finite numbers only', async () => {
    const metrics = JSON.stringify({ metrics: { test: { roc_auc: 0.8, log_loss: null } }, fairness: { sex: { demographic_parity_difference: 0.1, note: 'x' } } });
    expect(await committedBaselineMetrics(committed({ 'metrics.json': metrics }))).toEqual({
      test: { roc_auc: 0.8 },
      subject: { metrics: { test: { roc_auc: 0.8 } }, fairness: { sex: { demographic_parity_difference: 0.1 } } },
    });
  });

  it('is null without a readable metrics.json', async () => {
    expect(await committedBaselineMetrics(committed({}))).toBeNull();
    expect(await committedBaselineMetrics(committed({ 'metrics.json': '{' }))).toBeNull();
    expect(await committedBaselineMetrics(committed({ 'metrics.json': '{"metrics": 3}' }))).toBeNull();
    expect(await committedBaselineMetrics({ json: null, source: 's' })).toBeNull();
  });
});
