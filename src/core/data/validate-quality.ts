import { presentSorted } from './profile';
import { RowHashIndex, rowHashes, rowsEqual } from './row-hash';
import { getColumn, isMissing } from './table';
import type { Column } from './table';
import type { RuleContext, ValidationFinding } from './validation-types';

const ID_NAME = /(^|[_\s.-])(id|uuid|guid|key)$|^id([_\s.-]|$)|^(index|row_?num(ber)?|unnamed: \d+)$/i;
/** Below this many rows uniqueness says little about a column being an identifier. */
const ID_MIN_ROWS = 20;
/** How many leading values `repeatsEarly` looks at. */
const EARLY_ROWS = 4096;

/** Missing fraction, minimum rows, duplicate rows, constant columns, id-like features. */
export function validateQuality(ctx: RuleContext): ValidationFinding[] {
  const { table, config } = ctx;
  const n = table.numRows;
  const findings: ValidationFinding[] = [];

  const minRows = config.minRows ?? 10;
  findings.push(ctx.finding('min_rows', n < minRows, { message: `${n} rows (minimum ${minRows})`, value: n, threshold: minRows }));

  const maxMissing = config.maxMissingFraction ?? 0.5;
  let worst: { name: string; fraction: number } | undefined;
  const tooSparse: ValidationFinding[] = [];
  for (const column of table.columns) {
    const missingRows: number[] = [];
    for (let r = 0; r < n; r++) if (isMissing(column, r)) missingRows.push(r);
    const fraction = n === 0 ? 0 : missingRows.length / n;
    if (!worst || fraction > worst.fraction) worst = { name: column.name, fraction };
    if (fraction > maxMissing) {
      tooSparse.push(ctx.finding('missing_fraction', true, {
        column: column.name,
        message: `${(fraction * 100).toFixed(1)}% missing (${missingRows.length} of ${n} rows), more than ${(maxMissing * 100).toFixed(1)}%`,
        value: fraction,
        threshold: maxMissing,
        lines: ctx.lines(missingRows),
      }));
    }
  }
  findings.push(...tooSparse);
  if (tooSparse.length === 0) {
    findings.push(ctx.finding('missing_fraction', false, {
      message: worst ? `no column above ${(maxMissing * 100).toFixed(1)}% missing (highest: ${worst.name}, ${(worst.fraction * 100).toFixed(2)}%)` : 'no columns',
      value: worst?.fraction ?? 0,
      threshold: maxMissing,
    }));
  }

  findings.push(duplicateRows(ctx));

  const features = ctx.features.map((name) => getColumn(table, name)).filter((c): c is Column => c !== undefined);
  const constant = features.filter((c) => atMostOneValue(c, n));
  for (const column of constant) {
    findings.push(ctx.finding('constant_column', true, { column: column.name, message: 'has at most one distinct value: it carries no information', value: distinctCount(column, n), threshold: 2 }));
  }
  if (constant.length === 0) findings.push(ctx.finding('constant_column', false, { message: `no constant feature among ${features.length}` }));

  let idLike = 0;
  for (const column of features) {
    const distinct = idLikeDistinct(column, n);
    if (distinct === undefined) continue;
    idLike++;
    findings.push(ctx.finding('id_like_feature', true, {
      column: column.name,
      message: `looks like an identifier (${ID_NAME.test(column.name) ? 'its name, ' : ''}${distinct} distinct values in ${n} rows): a model can memorise it; leave it out of the features`,
      value: distinct / Math.max(1, n),
      threshold: 1,
    }));
  }
  if (idLike === 0) findings.push(ctx.finding('id_like_feature', false, { message: 'no feature looks like an identifier' }));
  return findings;
}

function duplicateRows(ctx: RuleContext): ValidationFinding {
  const { table } = ctx;
  const n = table.numRows;
  const hashes = rowHashes(table.columns, n);
  const index = new RowHashIndex(hashes, n);
  const duplicates: number[] = [];
  for (let r = 0; r < n; r++) {
    if (index.find(hashes[r], (earlier) => rowsEqual(table.columns, earlier, table.columns, r))) duplicates.push(r);
    else index.add(r);
  }
  const max = ctx.config.maxDuplicateFraction ?? 0;
  const fraction = n === 0 ? 0 : duplicates.length / n;
  return ctx.finding('duplicate_rows', fraction > max, {
    message: duplicates.length > 0 ? `${duplicates.length} row(s) repeat an earlier row exactly (${(fraction * 100).toFixed(2)}%)` : 'no duplicate rows',
    value: fraction,
    threshold: max,
    lines: ctx.lines(duplicates),
  });
}

/** Distinct non-missing values (numbers through a sorted copy: no Set of a million doubles). */
export function distinctCount(column: Column, n: number): number {
  if (column.type === 'categorical') {
    const used = new Uint8Array(column.categories.length);
    let distinct = 0;
    for (let r = 0; r < n; r++) {
      const code = column.codes[r];
      if (code >= 0 && used[code] === 0) {
        used[code] = 1;
        distinct++;
      }
    }
    return distinct;
  }
  const sorted = presentSorted(column.values, n);
  let distinct = sorted.length > 0 ? 1 : 0;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) distinct++;
  return distinct;
}

/** Stops at the second distinct value. */
function atMostOneValue(column: Column, n: number): boolean {
  let first: number | undefined;
  for (let r = 0; r < n; r++) {
    if (isMissing(column, r)) continue;
    const value = column.type === 'categorical' ? column.codes[r] : column.values[r];
    if (first === undefined) first = value;
    else if (value !== first) return false;
  }
  return true;
}

/** Does a present value repeat among the column's first EARLY_ROWS present values? */
function repeatsEarly(column: Column, n: number): boolean {
  const seen = new Set<number>();
  for (let r = 0; r < n && seen.size < EARLY_ROWS; r++) {
    if (isMissing(column, r)) continue;
    const value = column.type === 'categorical' ? column.codes[r] : column.values[r];
    if (seen.has(value)) return true;
    seen.add(value);
  }
  return false;
}

/**
 * The distinct count when the column looks like an identifier (else undefined): every value
 * distinct and text or whole numbers, or a name like `id` / `customer_id` with over 90% distinct.
 */
function idLikeDistinct(column: Column, n: number): number | undefined {
  if (n < ID_MIN_ROWS || column.type === 'boolean') return undefined;
  const named = ID_NAME.test(column.name);
  // Cheap exclusions first: unnamed datetimes and fractional numbers are never identifiers (the
  // scan stops at the first fraction, so a float column costs a few rows, not a pass).
  if (!named && column.type === 'datetime') return undefined;
  let present = 0;
  for (let r = 0; r < n; r++) {
    if (isMissing(column, r)) continue;
    present++;
    if (!named && column.type === 'numeric' && !Number.isInteger(column.values[r])) return undefined;
  }
  if (present === 0) return undefined;
  // An unnamed column is an identifier only if no value repeats: a repeat among the first values
  // settles it without sorting the column.
  if (!named && repeatsEarly(column, n)) return undefined;
  const distinct = distinctCount(column, n);
  if (named) return distinct / present > 0.9 ? distinct : undefined;
  return distinct === present ? distinct : undefined;
}
