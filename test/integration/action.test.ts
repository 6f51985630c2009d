import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repo = resolve(__dirname, '../..');
const action = parse(readFileSync(join(repo, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };

/** Starts dist/index.js the way the runner does: every declared input as INPUT_<NAME>, files for outputs and summary. */
function runAction(inputs: Record<string, string>, workspace = repo) {
  const dir = mkdtempSync(join(tmpdir(), 'mltrain-action-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, RUNNER_TEMP: dir, GITHUB_ACTIONS: 'true' };
  for (const [name, spec] of Object.entries(action.inputs)) {
    const value = inputs[name] ?? (spec.default === '${{ github.token }}' ? 'ghs_fake_token_for_tests' : spec.default ?? '');
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const child = spawnSync(process.execPath, [join(repo, 'dist/index.js')], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8'), dir };
}

/** Reads GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]] = match[3];
  return outputs;
}

describe('the action, run as the runner runs dist/index.js', () => {
  it('runs the example, sets every output and writes the summary', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'mltrain-action-out-')), 'out');
    const result = runAction({ config: 'examples/churn/training_config.yaml', publish: 'summary', 'output-dir': out });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.outputs.passed).toBe('true');
    const metrics = JSON.parse(result.outputs['metrics-json']);
    expect(metrics.metrics.test.roc_auc).toBeGreaterThan(0.8);
    expect(result.outputs['metrics-path']).toBe(join(out, 'metrics.json'));
    expect(existsSync(result.outputs['metrics-path'])).toBe(true);
    expect(result.outputs['model-path']).toBe(join(out, 'model.json'));
    expect(Number(result.outputs['cost-usd'])).toBeGreaterThanOrEqual(0);
    expect(Object.keys(result.outputs).sort()).toEqual(['cost-usd', 'metrics-json', 'metrics-path', 'model-card-path', 'model-path', 'passed']);
    expect(result.summary).toMatch(/mltrain: `churn_prediction`/);
    expect(result.summary).toMatch(/\| `roc_auc` \| 0\.8\d{3} \|/);
    // The token is registered as a secret (the runner masks it) and appears nowhere else.
    expect(result.stdout).toContain('::add-mask::ghs_fake_token_for_tests');
    expect(result.stdout.replace('::add-mask::ghs_fake_token_for_tests', '')).not.toContain('ghs_fake_token_for_tests');
  });

  it('resolves relative inputs against working-directory, not the process directory', () => {
    const result = runAction({ 'working-directory': 'examples/churn', config: 'training_config.yaml', publish: 'none' });
    expect(result.status).toBe(0);
    expect(result.outputs['metrics-path']).toBe(join(repo, 'examples/churn/.mltrain/churn_prediction/metrics.json'));
    expect(result.summary).toBe('');
  });

  it('turns a config error into an annotation on the config line and fails the step', () => {
    const result = runAction({ config: 'test/fixtures/config/misspelt-key.yaml' });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/::error file=test\/fixtures\/config\/misspelt-key\.yaml,line=5,col=1::'tunning' is not allowed here; did you mean 'tuning'\?/);
  });

  it('fails the step on a failed gate unless fail-on-gates is false', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mltrain-action-ws-'));
    const config = readFileSync(join(repo, 'examples/churn/training_config.yaml'), 'utf8')
      .replace('data/telco_churn.csv', join(repo, 'examples/churn/data/telco_churn.csv'))
      .replace('min: 0.80', 'min: 0.99');
    writeFileSync(join(dir, 'training_config.yaml'), config);
    const failing = runAction({ publish: 'summary' }, dir);
    expect(failing.status).toBe(1);
    expect(failing.outputs.passed).toBe('false');
    expect(failing.stdout).toMatch(/::error::quality gates failed: roc_auc >= 0.99/);
    const tolerated = runAction({ publish: 'summary', 'fail-on-gates': 'false' }, dir);
    expect(tolerated.status).toBe(0);
    expect(tolerated.stdout).toMatch(/::warning::quality gates failed \(fail-on-gates is false\)/);
  });
});
