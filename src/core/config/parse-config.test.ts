import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, type ConfigIssue } from './config-error';
import { parseConfig } from './parse-config';

const fixtures = join(__dirname, '../../../test/fixtures/config');

function issuesOf(fixture: string): ConfigIssue[] {
  const text = readFileSync(join(fixtures, fixture), 'utf8');
  try {
    parseConfig(text, fixture);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.issues];
    throw error;
  }
  throw new Error(`${fixture} was accepted`);
}

describe('parseConfig', () => {
  it('accepts a valid config and fills in the schema defaults', () => {
    const { config } = parseConfig(readFileSync(join(fixtures, 'valid.yaml'), 'utf8'), 'valid.yaml');
    expect(config.name).toBe('churn_prediction');
    expect(config.seed).toBe(7);
    expect(config.model.type).toBe('gbdt');
    expect(config.data.split).toEqual({ test_size: 0.2, validation_size: 0.2 });
    expect(config.data.na_values).toEqual(['', 'NA', 'NaN', 'null']);
    expect(config.gates[0]).toMatchObject({ metric: 'roc_auc', min: 0.8, split: 'test' });
    expect(config.tuning).toBeUndefined();
    expect(config.report.model_card).toBe(true);
  });

  it('reports a YAML syntax error with its line', () => {
    const [issue] = issuesOf('yaml-syntax.yaml');
    expect(issue.message).toMatch(/YAML syntax error/);
    expect(issue.line).toBeGreaterThanOrEqual(4);
  });

  it('suggests the nearest key for a misspelt one, at the key', () => {
    expect(issuesOf('misspelt-key.yaml')).toEqual([
      { file: 'misspelt-key.yaml', line: 5, column: 1, pointer: '/tunning', message: "'tunning' is not allowed here; did you mean 'tuning'?" },
    ]);
  });

  it('names the key and the expected type', () => {
    const [issue] = issuesOf('wrong-type.yaml');
    expect(issue).toMatchObject({ line: 6, column: 13, pointer: '/tuning/n_trials' });
    expect(issue.message).toBe("'tuning.n_trials' must be an integer, got 'many'");
  });

  it('names the limit of an out-of-range number', () => {
    const [issue] = issuesOf('out-of-range.yaml');
    expect(issue).toMatchObject({ line: 6, pointer: '/data/split/test_size' });
    expect(issue.message).toBe("'data.split.test_size' must be < 1, got 1.5");
  });

  it('names a missing required key and the mapping that lacks it', () => {
    const [issue] = issuesOf('missing-required.yaml');
    expect(issue).toMatchObject({ line: 2, pointer: '/data' });
    expect(issue.message).toBe("missing required key 'target' in 'data'");
  });

  it('reports every problem at once, in file order', () => {
    const issues = issuesOf('many-problems.yaml');
    expect(issues.map((i) => [i.line, i.pointer])).toEqual([
      [2, '/seed'],
      [6, '/data/split/method'],
      [8, '/tuning/timeout'],
      [9, '/budget/max_cost_usd'],
    ]);
    expect(issues[1].message).toMatch(/did you mean 'stratified'/);
    expect(issues[2].message).toMatch(/duration like 90s/);
  });

  it('checks rules the schema cannot express', () => {
    const messages = issuesOf('semantic.yaml').map((i) => `${i.line}: ${i.message}`);
    expect(messages).toEqual([
      "2: 'data' needs 'path' (one file to split) or 'train' (explicit files)",
      "4: split method 'group' needs 'data.split.group_column'",
      "6: gate on 'roc_auc' sets no bound: give one of min, max, max_drop_vs_baseline, max_relative_drop, significance",
      "9: a log-scale range needs 'low' > 0 for 'learning_rate'",
    ]);
  });

  it('rejects a document that is not a mapping and duplicate keys', () => {
    expect(() => parseConfig('- a\n- b\n', 'list.yaml')).toThrow(/must be a YAML mapping/);
    expect(() => parseConfig('name: a\nname: b\ndata: {target: y, path: x}\n', 'dup.yaml')).toThrow(/dup.yaml:2/);
  });
});
