import Ajv2020 from 'ajv/dist/2020';
import Ajv from 'ajv';
import mctSchema from '../../schemas/reference/model-card-toolkit-v0.0.2.schema.json';
import { describe, expect, it } from 'vitest';
import metricsSchema from '../../schemas/metrics.schema.json';
import { MemoryDataLoader } from '../../test/fakes/memory-data-loader';
import { MemoryFileSystem } from '../../test/fakes/memory-file-system';
import { RecordingLogger } from '../../test/fakes/recording-logger';
import { MemoryJournals } from '../../test/fakes/memory-journals';
import { SteppingClock } from '../../test/fakes/stepping-clock';
import { syntheticBinaryCsv } from '../../test/builders/synthetic-csv';
import { ConfigError } from '../core/config/config-error';
import type { MetricsDocument } from '../core/report/metrics-document';
import { EXIT_CODES } from './exit-codes';
import { classifyError } from './classify-error';
import { NoModelError, RunCancelledError } from './tune-model';
import { DataValidationError } from '../core/errors/data-validation-error';
import type { RunDependencies } from './run-dependencies';
import { runTraining } from './run-training';

const CONFIG = `name: demo
seed: 3
data:
  path: data/demo.csv
  target: label
  id_columns: [id]
  sensitive_columns: [group]
model:
  type: logistic
budget: {hourly_rate_usd: 3.6}
gates:
  - {metric: roc_auc, min: 0.7}
  - {metric: accuracy, max: 0.99, split: validation}
`;

function setup(config = CONFIG, machine: RunDependencies['machine'] = { cores: 2 }) {
  const fs = new MemoryFileSystem({ '/repo/models/demo.yaml': config, '/repo/models/data/demo.csv': syntheticBinaryCsv(800) });
  const logger = new RecordingLogger();
  const journals = new MemoryJournals();
  const deps: RunDependencies = {
    fs,
    logger,
    clock: new SteppingClock(0, 500),
    data: new MemoryDataLoader(fs),
    repository: { commit: async () => 'a'.repeat(40) },
    machine,
    version: '0.0.0-test',
    openStudyStorage: (path) => journals.open(path),
    timestamp: () => '2026-01-01T00:00:00.000Z',
  };
  return { fs, logger, deps, journals };
}

const options = { configPath: '/repo/models/demo.yaml', displayPath: 'models/demo.yaml', baseDirectory: '/repo' };

describe('runTraining', () => {
  it('trains, evaluates, gates and writes metrics.json that follows the schema', async () => {
    const { fs, deps } = setup();
    const result = await runTraining(deps, options);
    expect(result.exitCode).toBe(EXIT_CODES.passed);
    expect(result.paths.outputDir).toBe('/repo/.mltrain/demo');
    const document = JSON.parse(fs.text('/repo/.mltrain/demo/metrics.json')) as MetricsDocument;
    const validate = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(metricsSchema);
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.metrics.test.roc_auc).toBeGreaterThan(0.75);
    expect(document.data.rows).toEqual({ train: 512, validation: 128, test: 160 });
    expect(document.data.features).toEqual(['x1', 'x2', 'noise', 'category']);
    expect(document.data.classes).toEqual(['no', 'yes']);
    expect(document.gates.map((g) => [g.name, g.status])).toEqual([
      ['roc_auc >= 0.7', 'passed'],
      ['accuracy <= 0.99', 'passed'],
    ]);
    expect(document.lineage).toMatchObject({ git_commit: 'a'.repeat(40), engine: 'logistic', seed: 3, data: [{ path: 'data/demo.csv', rows: 800, columns: 7 }] });
    expect(document.cost.rate_source).toBe('config');
    expect(document.cost.usd).toBeCloseTo((document.cost.seconds * 3.6) / 3600, 12);
    expect(fs.text('/repo/.mltrain/demo/report.md')).toContain('roc_auc &gt;= 0.7');
    expect(fs.text('/repo/.mltrain/demo/report.md')).toMatch(/^<!-- mltrain:demo -->/);
    expect(JSON.parse(fs.text('/repo/.mltrain/demo/model.json'))).toMatchObject({ format: 'mltrain-model', task: 'binary', target: { column: 'label', classes: ['no', 'yes'] } });
    const card = JSON.parse(fs.text('/repo/.mltrain/demo/model-card.json'));
    const validateCard = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(mctSchema);
    expect(validateCard(card), JSON.stringify(validateCard.errors)).toBe(true);
    expect(card.model_details.name).toBe('demo');
    expect(fs.text('/repo/.mltrain/demo/MODEL_CARD.md')).toMatch(/^---\n/);
    expect(fs.text('/repo/.mltrain/demo/report.html')).toMatch(/<svg/);
  });

  it('gives the same metrics for the same seed, and other metrics for another seed', async () => {
    const first = await runTraining(setup().deps, options);
    const again = await runTraining(setup().deps, options);
    const other = await runTraining(setup(CONFIG.replace('seed: 3', 'seed: 4')).deps, options);
    expect(again.document.metrics).toEqual(first.document.metrics);
    expect(other.document.metrics.test.roc_auc).not.toBe(first.document.metrics.test.roc_auc);
  });

  it('fails (exit 1) on a gate, still writing every file, and names the gate', async () => {
    const { fs, deps, logger } = setup(CONFIG.replace('min: 0.7', 'min: 0.999'));
    const result = await runTraining(deps, options);
    expect(result.exitCode).toBe(EXIT_CODES.gatesFailed);
    expect(result.failedGates.map((g) => g.name)).toEqual(['roc_auc >= 0.999']);
    expect(JSON.parse(fs.text('/repo/.mltrain/demo/metrics.json')).passed).toBe(false);
    expect(logger.messages('error')[0]).toMatch(/gate failed: roc_auc >= 0.999/);
    expect(result.verdictLine).toMatch(/^FAILED: 1 of 2 gate\(s\) failed: roc_auc >= 0.999/);
  });

  it('prices the run with the operator rate when the machine sets one', async () => {
    const result = await runTraining(setup(CONFIG, { cores: 2, hourlyRateUsd: 36 }).deps, options);
    expect(result.document.cost).toMatchObject({ hourly_rate_usd: 36, rate_source: 'environment' });
  });

  it('reports a column the config names but the data lacks at the config line', async () => {
    const { deps } = setup(CONFIG.replace('target: label', 'target: labl'));
    const error = await runTraining(deps, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues[0]).toMatchObject({ file: 'models/demo.yaml', line: 5, pointer: '/data/target' });
    expect((error as ConfigError).issues[0].message).toMatch(/column 'labl' is not in the data; did you mean 'label'/);
  });

  it('stops before training on failed data validation (exit 2) and leaves the findings in metrics.json', async () => {
    const { fs, deps } = setup(CONFIG.replace('  sensitive_columns: [group]', '  sensitive_columns: [group]\n  validation: {min_rows: 5000}'));
    const error = await runTraining(deps, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataValidationError);
    expect(classifyError(error).exitCode).toBe(EXIT_CODES.invalidInput);
    expect(classifyError(error).problems[0].message).toMatch(/data validation failed: min_rows/);
    const document = JSON.parse(fs.text('/repo/.mltrain/demo/metrics.json'));
    expect(document).toMatchObject({ stage: 'data_validation', passed: false });
    expect(document.data.validation.find((f: { rule: string }) => f.rule === 'min_rows')).toMatchObject({ severity: 'fail', value: 800, threshold: 5000 });
    const validate = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(metricsSchema);
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
  });

  it('data.validation.severity: a failing rule can be made a warning, and a warning a failure', async () => {
    const relaxed = setup(CONFIG.replace('  sensitive_columns: [group]', '  sensitive_columns: [group]\n  validation: {min_rows: 5000, severity: {min_rows: warn}}'));
    const { document } = await runTraining(relaxed.deps, options);
    expect(document.data.validation.find((f) => f.rule === 'min_rows')).toMatchObject({ severity: 'warn', value: 800 });
    expect(relaxed.logger.messages('warning').some((m) => /^min_rows: /.test(m))).toBe(true);

    // any two-class data has a minority class under 0.499; by default that is only a warning
    const strict = setup(CONFIG.replace('  sensitive_columns: [group]', '  sensitive_columns: [group]\n  validation: {min_class_fraction: 0.499, severity: {min_class_fraction: fail}}'));
    const error = await runTraining(strict.deps, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataValidationError);
    expect(classifyError(error).problems[0].message).toMatch(/data validation failed: min_class_fraction/);
  });

  it('rejects a severity for a structural rule, or a value other than fail and warn, as a config error', async () => {
    for (const severity of ['{target_present: warn}', '{min_rows: off}']) {
      const { deps } = setup(CONFIG.replace('  sensitive_columns: [group]', `  sensitive_columns: [group]\n  validation: {severity: ${severity}}`));
      const error = await runTraining(deps, options).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect(classifyError(error).exitCode).toBe(EXIT_CODES.invalidInput);
    }
  });

  it('computes fairness per sensitive column, intervals, latency and data-profile.json', async () => {
    const { fs, deps } = setup();
    const { document } = await runTraining(deps, options);
    expect(Object.keys(document.fairness)).toEqual(['group']);
    expect(document.fairness.group).toHaveProperty('demographic_parity_difference');
    const [low, high] = document.intervals!.test.roc_auc;
    expect(low).toBeLessThan(document.metrics.test.roc_auc!);
    expect(high).toBeGreaterThan(document.metrics.test.roc_auc!);
    expect(document.metrics.test.latency_p99_ms).toBeGreaterThanOrEqual(document.metrics.test.latency_p50_ms!);
    expect(JSON.parse(fs.text('/repo/.mltrain/demo/data-profile.json'))).toMatchObject({ rows: 800, target: 'label' });
  });

  it('finds drift against a reference profile of shifted data, and gates on it', async () => {
    const first = setup();
    await runTraining(first.deps, options);
    const reference = first.fs.text('/repo/.mltrain/demo/data-profile.json');
    const shifted = syntheticBinaryCsv(800).replace(/^(\d+),(-?[\d.]+),/gm, (_m, id: string, x1: string) => `${id},${(Number(x1) + 2).toFixed(4)},`);
    const config = CONFIG.replace('  sensitive_columns: [group]', '  sensitive_columns: [group]\n  drift: {reference: reference-profile.json}') + '  - {metric: drift_max_psi, max: 0.2}\n';
    const { fs, deps } = setup(config);
    fs.files.set('/repo/models/reference-profile.json', new TextEncoder().encode(reference));
    fs.files.set('/repo/models/data/demo.csv', new TextEncoder().encode(shifted));
    const result = await runTraining(deps, options);
    expect(result.document.data.drift.columns.x1).toMatchObject({ drifted: true });
    expect(result.document.data.drift.columns.noise).toMatchObject({ drifted: false });
    expect(result.failedGates.map((g) => g.name)).toEqual(['drift_max_psi <= 0.2']);
  });

  const TUNED = CONFIG.replace('  type: logistic', '  type: gbdt\n  params: {n_estimators: 30}').replace('budget: {hourly_rate_usd: 3.6}', 'budget: {hourly_rate_usd: 3.6}\ntuning:\n  n_trials: 6\n  sampler: random\n  search_space:\n    max_depth: [2, 3, 4]\n    learning_rate: {type: float, low: 0.05, high: 0.3, log: true}');

  it('tunes with a study, keeps the best trial\'s model and records the study', async () => {
    const { deps, journals } = setup(TUNED);
    const result = await runTraining(deps, options);
    const tuning = result.document.tuning as Record<string, unknown> & { history: { state: string; value: number | null }[] };
    expect(tuning).toMatchObject({ metric: 'roc_auc', direction: 'maximize', trials: 6, stop_reason: 'n_trials' });
    expect((tuning.completed as number) + (tuning.pruned as number) + (tuning.failed as number)).toBe(6);
    const best = Math.max(...tuning.history.filter((t) => t.state === 'complete').map((t) => t.value!));
    expect(tuning.best_value).toBe(best);
    expect(Object.keys(tuning.best_params as object).sort()).toEqual(['learning_rate', 'max_depth']);
    expect(result.document.model.params).toMatchObject(tuning.best_params as object);
    expect([...journals.lines.keys()]).toEqual(['/repo/.mltrain/demo/study.jsonl']);
    const again = await runTraining(setup(TUNED).deps, options);
    expect((again.document.tuning as { history: unknown }).history).toEqual(tuning.history);
  });

  it('cross-validates each trial over stratified folds and refits the best parameters', async () => {
    const { deps, logger } = setup(TUNED.replace('n_trials: 6', 'n_trials: 3\n  cv_folds: 3'));
    const result = await runTraining(deps, options);
    const tuning = result.document.tuning as { cv_folds: number; history: { steps: number; state: string }[] };
    expect(tuning.cv_folds).toBe(3);
    expect(tuning.history.filter((t) => t.state === 'complete').every((t) => t.steps === 3)).toBe(true);
    expect(logger.messages('info').some((m) => /refitting the best parameters/.test(m))).toBe(true);
  });

  it('saves the journal to the study cache after each trial and stops cleanly when the runner cancels', async () => {
    const { deps, journals } = setup(TUNED);
    const controller = new AbortController();
    const saves: string[] = [];
    deps.cancelSignal = controller.signal;
    deps.studyCache = {
      restore: async () => false,
      save: async (path, keyPrefix) => {
        saves.push(`${path} ${keyPrefix}`);
        controller.abort('SIGTERM');
      },
    };
    const error = await runTraining(deps, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunCancelledError);
    expect((error as Error).message).toMatch(/cancelled after 1 trial\(s\).*a re-run resumes it/);
    expect(saves[0]).toMatch(/^\/repo\/.mltrain\/demo\/study.jsonl mltrain-study-demo-[0-9a-f]{24}-$/);
    expect(journals.lines.get('/repo/.mltrain/demo/study.jsonl')!.length).toBeGreaterThan(0);
  });

  it('continues a study from its journal instead of restarting it', async () => {
    const first = setup(TUNED.replace('n_trials: 6', 'n_trials: 3'));
    await runTraining(first.deps, options);
    const second = setup(TUNED.replace('n_trials: 6', 'n_trials: 5'));
    second.journals.lines.set('/repo/.mltrain/demo/study.jsonl', [...first.journals.lines.get('/repo/.mltrain/demo/study.jsonl')!]);
    const result = await runTraining(second.deps, options);
    expect((result.document.tuning as { trials: number }).trials).toBe(5);
    expect(second.logger.messages('info').some((m) => /resuming study .* 3 trial\(s\) already run/.test(m))).toBe(true);
  });

  it('stops tuning at the cost cap with the best model so far, or exits 1 when none completed', async () => {
    // The stepping clock advances 0.5 s per reading: at $3.6/h every reading costs $0.0005.
    const capped = setup(TUNED.replace('budget: {hourly_rate_usd: 3.6}', 'budget: {hourly_rate_usd: 3.6, max_cost_usd: 0.06}'));
    const result = await runTraining(capped.deps, options);
    expect((result.document.tuning as { stop_reason: string }).stop_reason).toBe('budget');
    expect((result.document.tuning as { trials: number }).trials).toBeLessThan(6);
    const none = setup(TUNED.replace('budget: {hourly_rate_usd: 3.6}', 'budget: {hourly_rate_usd: 3.6, max_cost_usd: 0.002}'));
    const error = await runTraining(none.deps, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoModelError);
    expect(classifyError(error).exitCode).toBe(EXIT_CODES.gatesFailed);
    expect((error as Error).message).toMatch(/budget/);
  });

  it('re-scores the baseline model on today\'s test rows for baseline and statistical gates', async () => {
    const gates = '  - {metric: roc_auc, max_drop_vs_baseline: 0.01}\n  - {metric: roc_auc, significance: 0.05}\n';
    const firstRun = setup(CONFIG + gates);
    const first = await runTraining(firstRun.deps, options);
    expect(first.document.gates.slice(2).map((g) => g.status)).toEqual(['skipped', 'skipped']);
    expect(first.exitCode).toBe(EXIT_CODES.passed);

    const baselineJson = JSON.parse(firstRun.fs.text('/repo/.mltrain/demo/model.json'));
    const weaker = setup(CONFIG.replace('  id_columns: [id]', '  id_columns: [id]\n  features: {exclude: [x1]}') + gates);
    weaker.deps.baselineModel = async () => ({ json: baselineJson, source: 'models/demo/model.json@main' });
    const result = await runTraining(weaker.deps, options);
    expect(result.document.baseline).toMatchObject({ source: 'models/demo/model.json@main', rescored: true });
    expect(result.document.baseline!.metrics.test.roc_auc).toBeCloseTo(first.document.metrics.test.roc_auc!, 12);
    const [drop, significance] = result.document.gates.slice(2);
    expect(drop).toMatchObject({ name: 'roc_auc drop vs baseline <= 0.01', status: 'failed' });
    expect(drop.baseline).toBeCloseTo(first.document.metrics.test.roc_auc!, 12);
    expect(significance).toMatchObject({ metric: 'roc_auc', status: 'failed' });
    expect(significance.p_value).toBeLessThan(0.05);
    expect(result.exitCode).toBe(EXIT_CODES.gatesFailed);
  });

  it('checkpoints GBDT training and resumes the same training from checkpoint.json, ignoring another config\'s', async () => {
    const config = CONFIG.replace('  type: logistic', '  type: gbdt\n  params: {n_estimators: 20}\n  checkpoint_every: 5');
    const first = setup(config);
    const run = await runTraining(first.deps, options);
    const saved = JSON.parse(first.fs.text('/repo/.mltrain/demo/checkpoint.json'));
    expect(saved.state).toMatchObject({ format: 'mltrain-gbdt-checkpoint', iteration: 20 });
    const second = setup(config);
    second.fs.files.set('/repo/.mltrain/demo/checkpoint.json', first.fs.files.get('/repo/.mltrain/demo/checkpoint.json')!);
    const resumed = await runTraining(second.deps, options);
    expect(second.logger.messages('info').some((m) => m.startsWith('resuming training from'))).toBe(true);
    expect(resumed.document.metrics).toEqual(run.document.metrics);
    const other = setup(config.replace('seed: 3', 'seed: 5'));
    other.fs.files.set('/repo/.mltrain/demo/checkpoint.json', first.fs.files.get('/repo/.mltrain/demo/checkpoint.json')!);
    await runTraining(other.deps, options);
    expect(other.logger.messages('notice').some((m) => /belongs to another config or other data/.test(m))).toBe(true);
  });

  it('reports an engine parameter problem at its key', async () => {
    const { deps } = setup(CONFIG.replace('  type: logistic', '  type: logistic\n  params: {C: -2}'));
    const error = (await runTraining(deps, options).catch((e: unknown) => e)) as ConfigError;
    expect(error.issues[0]).toMatchObject({ line: 10, pointer: '/model/params/C' });
  });
});
