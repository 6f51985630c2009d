import { rankAuc } from './rank-auc';
import { RowHashIndex, rowHashes, rowsEqual } from './row-hash';
import type { EncodedTarget } from './target';
import { getColumn, takeRows } from './table';
import type { Column, Table } from './table';
import type { RuleContext, ValidationFinding } from './validation-types';

/**
 * A feature that alone predicts the label is almost always a leak (the label copied, or a value
 * known only after the fact). Measured per feature: binary, numbers: max(AUC, 1 - AUC);
 * categories (any class task): purity, the share of rows whose label is their category's
 * majority label (only for features with at most n/2 categories, when the majority class alone
 * stays below the threshold); regression, numbers: |Pearson correlation|.
 */
/** Fewer present values than this say nothing about leakage (8 points can be perfectly ordered by chance). */
const MIN_PRESENT_ROWS = 20;

/**
 * Above this many rows the measures use evenly spaced rows: a feature that predicts the label
 * with AUC >= 0.99 does so on 50k rows (standard error about 0.0005) as on 10M, and a sort per feature of every row would cost
 * more than the rest of the validation together.
 */
const LEAKAGE_SAMPLE_ROWS = 50_000;

export function validateLeakage(ctx: RuleContext, fullTarget: EncodedTarget | undefined): ValidationFinding[] {
  if (!fullTarget) return [];
  const threshold = ctx.config.leakageThreshold ?? 0.99;
  const rows = ctx.table.numRows > LEAKAGE_SAMPLE_ROWS ? evenlySpacedRows(ctx.table.numRows, LEAKAGE_SAMPLE_ROWS) : undefined;
  const table = rows ? takeRows(ctx.table, rows) : ctx.table;
  const target = rows ? { ...fullTarget, labels: Float64Array.from(rows, (r) => fullTarget.labels[r]) } : fullTarget;
  const n = table.numRows;
  const findings: ValidationFinding[] = [];
  for (const name of ctx.features) {
    const column = getColumn(table, name);
    if (!column) continue;
    let present = 0;
    for (let r = 0; r < n; r++) if (column.type === 'categorical' ? column.codes[r] >= 0 : !Number.isNaN(column.values[r])) present++;
    if (present < MIN_PRESENT_ROWS) continue;
    const measured = measure(column, target, n);
    if (measured && measured.value >= threshold) {
      findings.push(ctx.finding('single_feature_leakage', true, {
        column: name,
        message: `alone predicts the label (${measured.what} ${measured.value.toFixed(4)} >= ${threshold}): is it derived from the label or known only afterwards?`,
        value: measured.value,
        threshold,
      }));
    }
  }
  if (findings.length === 0) findings.push(ctx.finding('single_feature_leakage', false, { message: `no single feature predicts the label (threshold ${threshold})`, threshold }));
  return findings;
}

function measure(column: Column, target: EncodedTarget, n: number): { what: string; value: number } | undefined {
  const labels = target.labels;
  if (column.type === 'categorical') {
    if (!target.classes) return undefined;
    return categoryPurity(column, labels, target.classes.length, n);
  }
  if (target.task === 'binary') {
    const auc = rankAuc(column.values, labels);
    return Number.isNaN(auc) ? undefined : { what: 'AUC', value: Math.max(auc, 1 - auc) };
  }
  if (target.task === 'regression') {
    const r = pearson(column.values, labels);
    return Number.isNaN(r) ? undefined : { what: '|correlation|', value: Math.abs(r) };
  }
  return undefined;
}

function categoryPurity(column: Column & { type: 'categorical' }, labels: Float64Array, numClasses: number, n: number): { what: string; value: number } | undefined {
  const counts = new Float64Array(column.categories.length * numClasses);
  const classTotals = new Float64Array(numClasses);
  let present = 0;
  for (let r = 0; r < n; r++) {
    const code = column.codes[r];
    if (code < 0) continue;
    counts[code * numClasses + labels[r]]++;
    classTotals[labels[r]]++;
    present++;
  }
  const used = new Set<number>();
  for (let r = 0; r < n; r++) if (column.codes[r] >= 0) used.add(column.codes[r]);
  if (present === 0 || used.size > present / 2) return undefined;
  let pure = 0;
  for (const code of used) {
    let best = 0;
    for (let k = 0; k < numClasses; k++) best = Math.max(best, counts[code * numClasses + k]);
    pure += best;
  }
  const baseline = Math.max(...classTotals) / present;
  const purity = pure / present;
  return baseline >= purity ? undefined : { what: 'category purity', value: purity };
}

function pearson(x: Float64Array, y: Float64Array): number {
  let n = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i])) continue;
    n++;
    sx += x[i];
    sy += y[i];
  }
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i])) continue;
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? NaN : sxy / Math.sqrt(sxx * syy);
}

/** Test rows whose features equal a training row: their scores say little about new data. */
export function validateOverlap(ctx: RuleContext, parts: { train: Table; test: Table }): ValidationFinding {
  const names = ctx.features.filter((name) => getColumn(parts.train, name) && getColumn(parts.test, name));
  const trainColumns = names.map((name) => getColumn(parts.train, name)!);
  const testColumns = names.map((name) => getColumn(parts.test, name)!);
  const trainHashes = rowHashes(trainColumns, parts.train.numRows);
  const index = new RowHashIndex(trainHashes, parts.train.numRows);
  for (let r = 0; r < parts.train.numRows; r++) index.add(r);
  const testHashes = rowHashes(testColumns, parts.test.numRows);
  const shared: number[] = [];
  for (let r = 0; r < parts.test.numRows; r++) {
    if (index.find(testHashes[r], (t) => rowsEqual(trainColumns, t, testColumns, r))) shared.push(r);
  }
  const fraction = parts.test.numRows === 0 ? 0 : shared.length / parts.test.numRows;
  const lines = shared.slice(0, 10).map((r) => parts.test.sourceLines?.[r] ?? r + 1);
  return ctx.finding('train_test_overlap', shared.length > 0, {
    message: shared.length > 0
      ? `${shared.length} test row(s) (${(fraction * 100).toFixed(2)}%) have the same features as a training row${parts.test.source ? ` (lines in ${parts.test.source})` : ''}`
      : `no test row repeats a training row (${names.length} features compared)`,
    value: fraction,
    threshold: 0,
    lines,
  });
}


/** `count` row indices spread evenly over 0..n-1 (deterministic, every part of the file represented). */
function evenlySpacedRows(n: number, count: number): Uint32Array {
  const rows = new Uint32Array(count);
  for (let i = 0; i < count; i++) rows[i] = Math.floor((i * n) / count);
  return rows;
}
