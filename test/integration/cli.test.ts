import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

const repo = resolve(__dirname, '../..');

async function cli(args: string[], cwd = repo, env: NodeJS.ProcessEnv = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(c.toString()));
  stderr.on('data', (c: Buffer) => err.push(c.toString()));
  const code = await main(args, { stdout, stderr, cwd, env }, '9.9.9');
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('mltrain CLI', () => {
  it('prints its version and help', async () => {
    expect(await cli(['--version'])).toMatchObject({ code: 0, stdout: '9.9.9\n' });
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/mltrain run <config>/);
    expect((await cli([])).code).toBe(2);
  });

  it('validates the example and rejects each class of broken config with exit 2 and the line', async () => {
    expect(await cli(['validate', 'examples/churn/training_config.yaml'])).toMatchObject({ code: 0 });
    const cases: [string, RegExp][] = [
      ['yaml-syntax.yaml', /yaml-syntax\.yaml:\d+:\d+: error: YAML syntax error/],
      ['misspelt-key.yaml', /misspelt-key\.yaml:5:1: error: 'tunning' is not allowed here; did you mean 'tuning'\?/],
      ['wrong-type.yaml', /wrong-type\.yaml:6:13: error: 'tuning\.n_trials' must be an integer/],
      ['out-of-range.yaml', /out-of-range\.yaml:6:\d+: error: 'data\.split\.test_size' must be < 1/],
      ['missing-required.yaml', /missing-required\.yaml:2:1: error: missing required key 'target' in 'data'/],
    ];
    for (const [file, expected] of cases) {
      const result = await cli(['validate', `test/fixtures/config/${file}`]);
      expect(result.code, file).toBe(2);
      expect(result.stderr, file).toMatch(expected);
      expect(result.stderr, file).not.toMatch(/\n\s+at /);
    }
  });

  it('says a referenced data file is missing, at its line', async () => {
    const result = await cli(['validate', 'test/fixtures/config/valid.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/valid\.yaml:4:\d+: error: file 'data\.csv' not found/);
  });

  it('runs the example end to end and writes its files', async () => {
    const out = mkdtempSync(join(tmpdir(), 'mltrain-cli-'));
    const result = await cli(['run', 'examples/churn/training_config.yaml', '--output-dir', out]);
    expect(result.stderr).not.toMatch(/internal error/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/roc_auc\s+0\.8\d{3}/);
    expect(result.stdout).toMatch(/PASSED: 2 gate\(s\) passed/);
    const metrics = JSON.parse(readFileSync(join(out, 'metrics.json'), 'utf8'));
    expect(metrics.metrics.test.roc_auc).toBeGreaterThan(0.8);
    expect(metrics.lineage.data[0]).toMatchObject({ path: 'data/telco_churn.csv', rows: 7043, columns: 20 });
    expect(metrics.lineage.data[0].sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('predicts with a saved model and exits 1 on a failed gate', async () => {
    const out = mkdtempSync(join(tmpdir(), 'mltrain-cli-'));
    const config = join(out, 'strict.yaml');
    const original = readFileSync(join(repo, 'examples/churn/training_config.yaml'), 'utf8');
    writeFileSync(config, original.replace('data/telco_churn.csv', join(repo, 'examples/churn/data/telco_churn.csv')).replace('min: 0.80', 'min: 0.99'));
    const run = await cli(['run', config, '--output-dir', join(out, 'run')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/FAILED: 1 of 2 gate\(s\) failed: roc_auc >= 0.99/);
    const predict = await cli(['predict', '--model', join(out, 'run/model.json'), '--data', 'examples/churn/data/telco_churn.csv', '--output', join(out, 'preds.csv')]);
    expect(predict.code).toBe(0);
    const lines = readFileSync(join(out, 'preds.csv'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe('probability,prediction');
    expect(lines).toHaveLength(7044);
  });

  it('profiles a data file, and a run with that profile as drift reference finds no drift', async () => {
    const out = mkdtempSync(join(tmpdir(), 'mltrain-cli-'));
    const profile = await cli(['data', 'profile', 'examples/churn/data/telco_churn.csv', '--output', join(out, 'profile.json'), '--target', 'target']);
    expect(profile.code).toBe(0);
    const written = JSON.parse(readFileSync(join(out, 'profile.json'), 'utf8'));
    expect(written).toMatchObject({ rows: 7043, target: 'target' });
    expect(written.columns.find((c: { name: string }) => c.name === 'total_charges')).toMatchObject({ missing: 11 });
    const config = join(out, 'config.yaml');
    const original = readFileSync(join(repo, 'examples/churn/training_config.yaml'), 'utf8');
    writeFileSync(config, original.replace('data/telco_churn.csv', join(repo, 'examples/churn/data/telco_churn.csv')).replace('  validation: {', `  drift: {reference: ${join(out, 'profile.json')}}\n  validation: {`).replace('n_estimators: 200', 'n_estimators: 20'));
    const run = await cli(['run', config, '--output-dir', join(out, 'run')]);
    expect(run.code).toBe(0);
    const metrics = JSON.parse(readFileSync(join(out, 'run/metrics.json'), 'utf8'));
    expect(metrics.data.drift.drifted).toEqual([]);
    expect(Object.keys(metrics.data.drift.columns)).toContain('tenure');
  });

  it('trains the mlp engine on TensorFlow.js (wasm by default) and records the backend', async () => {
    const out = mkdtempSync(join(tmpdir(), 'mltrain-cli-'));
    const config = join(out, 'mlp.yaml');
    const original = readFileSync(join(repo, 'examples/churn/training_config.yaml'), 'utf8');
    writeFileSync(
      config,
      original
        .replace('data/telco_churn.csv', join(repo, 'examples/churn/data/telco_churn.csv'))
        .replace(/type: gbdt.*\n {2}params: .*\n/, 'type: mlp\n  params: {epochs: 3, hidden_layers: [16]}\n')
        .replace(/gates:[\s\S]*?\n\n/, 'gates: []\n\n'),
    );
    const run = await cli(['run', config, '--output-dir', join(out, 'run')]);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.code).toBe(0);
    const metrics = JSON.parse(readFileSync(join(out, 'run/metrics.json'), 'utf8'));
    expect(metrics.lineage).toMatchObject({ engine: 'mlp' });
    expect(metrics.lineage.backend).toMatch(/^(wasm|cpu) /);
    expect(metrics.metrics.test.roc_auc).toBeGreaterThan(0.7);
    // permutation SHAP of the network's log-odds, one attribution per source column (categories summed);
    // tenure, a known driver of churn, ranks near the top
    expect(metrics.explanations).toMatchObject({ available: true, method: 'permutation_shap', engine: 'mlp', output: 'log_odds', permutations: 8, background_rows: 32, features_total: 17 });
    const ranked = (metrics.explanations.features as { name: string; mean_abs_shap: number }[]).map((f) => f.name);
    expect(ranked).toContain('contract');
    expect(ranked.slice(0, 5)).toContain('tenure');
    expect(readFileSync(join(out, 'run/MODEL_CARD.md'), 'utf8')).toMatch(/permutation SHAP .*Estimated from 8 feature orders per row against 32 training rows/);
  });

  it('init writes a config and workflows once and refuses to overwrite; matrix lists the configs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mltrain-init-'));
    const first = await cli(['init', dir]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/wrote \.github\/workflows\/mltrain-pr\.yml/);
    expect((await cli(['validate', join(dir, 'training_config.yaml')])).stderr).not.toMatch(/is not allowed|must be/);
    const again = await cli(['init', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/refuses to overwrite training_config\.yaml/);
    const matrix = await cli(['matrix', 'examples/churn/*.yaml']);
    expect(JSON.parse(matrix.stdout)).toEqual({ include: [{ config: 'examples/churn/training_config.yaml', name: 'churn_prediction' }] });
  });

  it('tunes and gates a user program (model.type command) through the command protocol', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mltrain-command-'));
    const rows = ['x,noise,label'];
    for (let i = 0; i < 600; i++) {
      const x = ((i * 7919) % 600) / 600;
      const noise = ((i * 104729) % 97) / 97;
      rows.push(`${x.toFixed(4)},${noise.toFixed(4)},${x + (noise - 0.5) * 0.6 > 0.5 ? 1 : 0}`);
    }
    writeFileSync(join(dir, 'data.csv'), `${rows.join('\n')}\n`);
    writeFileSync(
      join(dir, 'config.yaml'),
      [
        'name: curve',
        'data: {path: data.csv, target: label, validation: {min_rows: 100}}',
        `model: {type: command, command: [${JSON.stringify(process.execPath)}, ${JSON.stringify(join(repo, 'test/fixtures/command/train-curve.mjs'))}], params: {steps: 5, step_ms: 1}}`,
        'tuning: {n_trials: 3, sampler: random, pruner: none, search_space: {sharpness: [2, 4, 8]}}',
        'gates: [{metric: roc_auc, min: 0.6}]',
        '',
      ].join('\n'),
    );
    const run = await cli(['run', join(dir, 'config.yaml')], dir);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.code).toBe(0);
    const metrics = JSON.parse(readFileSync(join(dir, '.mltrain/curve/metrics.json'), 'utf8'));
    expect(metrics.lineage.engine).toBe('command');
    expect(metrics.tuning).toMatchObject({ trials: 3, completed: 3 });
    expect(metrics.metrics.test.roc_auc).toBeGreaterThan(0.6);
    expect(JSON.parse(readFileSync(join(dir, '.mltrain/curve/model.json'), 'utf8')).engine.model.command[1]).toMatch(/train-curve\.mjs$/);
  });

  it('stops a study at once with exit 2 when the training program cannot run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mltrain-command-'));
    const rows = ['x,label', ...Array.from({ length: 300 }, (_, i) => `${(i / 300).toFixed(3)},${i % 3 === 0 ? 1 : 0}`)];
    writeFileSync(join(dir, 'data.csv'), `${rows.join('\n')}\n`);
    writeFileSync(join(dir, 'config.yaml'), 'name: missing\ndata: {path: data.csv, target: label, validation: {min_rows: 100}}\nmodel: {type: command, command: [/nonexistent/trainer]}\ntuning: {n_trials: 5, sampler: random, search_space: {a: [1, 2]}}\n');
    const run = await cli(['run', join(dir, 'config.yaml')], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot run/);
    const journal = readFileSync(join(dir, '.mltrain/missing/study.jsonl'), 'utf8');
    expect(journal.match(/"fail"/g)?.length ?? 0).toBeLessThanOrEqual(2);
  });

  it('turns unreadable data into exit 2 naming file and line, without a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mltrain-cli-'));
    writeFileSync(join(dir, 'data.csv'), 'a,b,label\n1,2,0\n3,4\n5,6,1\n');
    writeFileSync(join(dir, 'config.yaml'), 'name: bad\ndata: {path: data.csv, target: label}\n');
    const result = await cli(['run', join(dir, 'config.yaml')], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/data\.csv:3/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
