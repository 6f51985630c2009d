import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-reader';
import type { ParseOptions } from './load-options';
import type { Table } from './table';
import { hasFailures, validateData } from './validate-data';
import type { ValidationConfig, ValidationFinding, ValidationRule } from './validation-types';

// Fixtures written by test/fixtures/data/validation/make-fixtures.py (seeded).
function load(name: string, options: ParseOptions = {}): Table {
  const bytes = readFileSync(new URL(`../../../test/fixtures/data/validation/${name}`, import.meta.url));
  return parseCsv(bytes, { source: name, ...options }).table;
}

function problems(findings: ValidationFinding[]): [ValidationRule, string, string | undefined][] {
  return findings.filter((f) => f.severity !== 'pass').map((f) => [f.rule, f.severity, f.column]);
}

const target: ValidationConfig = { target: 'y' };

describe('validateData', () => {
  it('passes clean data, with a pass finding for every rule it ran', () => {
    const findings = validateData(load('clean.csv'), target);
    expect(problems(findings)).toEqual([]);
    expect(hasFailures(findings)).toBe(false);
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set([
      'required_columns', 'min_rows', 'missing_fraction', 'duplicate_rows', 'constant_column', 'id_like_feature',
      'target_present', 'target_missing', 'target_task', 'min_class_fraction', 'single_feature_leakage',
    ]));
  });

  it('schema: required columns and column types', () => {
    const findings = validateData(load('clean.csv'), { ...target, schema: { age: {}, note: { required: false }, c: { type: 'numeric' } } });
    expect(problems(findings)).toEqual([['required_columns', 'fail', undefined], ['column_types', 'fail', 'c']]);
    expect(findings.find((f) => f.rule === 'required_columns')!.message).toBe('missing required column(s): age');
  });

  it('schema: numeric range and allowed values, with the file lines', () => {
    const findings = validateData(load('out-of-range.csv'), { ...target, schema: { x: { min: 0, max: 200 }, c: { allowed: ['red', 'green', 'blue'] } } });
    expect(problems(findings)).toEqual([['numeric_range', 'fail', 'x'], ['allowed_values', 'fail', 'c']]);
    const range = findings.find((f) => f.rule === 'numeric_range')!;
    expect([range.value, range.lines]).toEqual([2, [5, 19]]);
    expect(range.message).toBe('2 value(s) outside [0, 200] (from -5 to -5)');
    const allowed = findings.find((f) => f.rule === 'allowed_values')!;
    expect([allowed.lines, allowed.message]).toEqual([[27], "1 value(s) not in the allowed list: 'purple'"]);
  });

  it('not-null columns and the missing fraction', () => {
    const findings = validateData(load('sparse.csv'), { ...target, schema: { x: { nullable: false } } });
    // (80% missing also makes duplicate rows here; only these two rules are under test)
    expect(problems(findings).filter(([rule]) => rule === 'not_null' || rule === 'missing_fraction')).toEqual([['not_null', 'fail', 'x'], ['missing_fraction', 'warn', 'x']]);
    expect(findings.find((f) => f.rule === 'single_feature_leakage')!.severity).toBe('pass'); // 8 values: too few to judge
    const sparse = findings.find((f) => f.rule === 'missing_fraction')!;
    expect([sparse.value, sparse.threshold]).toEqual([0.8, 0.5]);
    expect(sparse.lines!.slice(0, 3)).toEqual([3, 4, 5]);
  });

  it('minimum rows', () => {
    expect(problems(validateData(load('tiny.csv'), { ...target, minRows: 20 })).slice(0, 1)).toEqual([['min_rows', 'fail', undefined]]);
  });

  it('duplicate rows, naming the repeats', () => {
    const finding = validateData(load('duplicates.csv'), target).find((f) => f.rule === 'duplicate_rows')!;
    expect([finding.severity, finding.value, finding.lines]).toEqual(['warn', 2 / 40, [12, 32]]);
  });

  it('constant columns', () => {
    expect(problems(validateData(load('constant.csv'), target))).toEqual([['constant_column', 'warn', 'country']]);
  });

  it('target: present, no missing labels, fits the task, minimum class fraction', () => {
    expect(problems(validateData(load('clean.csv'), { target: 'label' }))).toEqual([['target_present', 'fail', 'label']]);
    const missing = validateData(load('missing-labels.csv'), target).find((f) => f.rule === 'target_missing')!;
    expect([missing.severity, missing.value, missing.lines]).toEqual(['fail', 2, [9, 21]]);
    const task = validateData(load('three-classes.csv'), { ...target, task: 'binary' }).find((f) => f.rule === 'target_task')!;
    expect([task.severity, task.message]).toEqual(['fail', "the task is binary but the target 'y' has 3 values (a, b, c)"]);
    const rare = validateData(load('imbalanced.csv'), { ...target, severity: { min_class_fraction: 'fail' } }).find((f) => f.rule === 'min_class_fraction')!;
    expect([rare.severity, rare.value, rare.threshold]).toEqual(['fail', 1 / 300, 0.01]);
  });

  it('id-like columns used as features', () => {
    expect(problems(validateData(load('with-id.csv'), target))).toEqual([['id_like_feature', 'warn', 'customer_id']]);
    expect(problems(validateData(load('with-id.csv'), { ...target, features: ['x', 'c'] }))).toEqual([]);
  });

  it('a feature that alone predicts the label (AUC for numbers, purity for categories)', () => {
    const findings = validateData(load('leaky.csv'), target).filter((f) => f.rule === 'single_feature_leakage');
    expect(findings.map((f) => [f.column, f.value])).toEqual([['refund_issued', 1], ['days_to_churn', 1]]);
  });

  it('rows shared between train and test', () => {
    const train = load('overlap-train.csv');
    const test = load('overlap-test.csv');
    const finding = validateData(train, target, { train, test }).find((f) => f.rule === 'train_test_overlap')!;
    expect([finding.severity, finding.value, finding.lines]).toEqual(['warn', 2 / 12, [6, 10]]);
    const clean = load('clean.csv');
    expect(validateData(clean, target, { train, test: clean }).find((f) => f.rule === 'train_test_overlap')!.severity).toBe('pass');
  });

  // Reference: pandas 1.5.3, df.duplicated().sum() == 22 on telco_churn.csv, first repeats at
  // file lines 966, 1340, 1493, 1741, 1934 (index + 2).
  const telco = '/work/shared/datasets/telco_churn.csv';
  it.skipIf(!existsSync(telco))('counts the same duplicate rows as pandas on the telco data set', () => {
    const table = parseCsv(readFileSync(telco), { source: telco }).table;
    const finding = validateData(table, { target: 'target' }).find((f) => f.rule === 'duplicate_rows')!;
    expect(finding.value! * table.numRows).toBeCloseTo(22, 9);
    expect(finding.lines!.slice(0, 5)).toEqual([966, 1340, 1493, 1741, 1934]);
  });
});
