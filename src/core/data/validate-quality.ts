import { rowHashes, rowsEqual } from './row-hash';
import { getColumn, isMissing } from './table';
import type { Column } from './table';
import type { RuleContext, ValidationFinding } from './validation-types';

const ID_NAME = /(^|[_\s.-])(id|uuid|guid|key)$|^id([_\s.-]|$)|^(index|row_?num(ber)?|unnamed: \d+)$/i;
/** Below this many rows uniqueness says little about a column being an identifier. */
const ID_MIN_ROWS = 20;

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
  const constant = features.filter((c) => distinctCount(c, n) <= 1);
  for (const column of constant) {
    findings.push(ctx.finding('constant_column', true, { column: column.name, message: 'has at most one distinct value: it carries no information', value: distinctCount(column, n), threshold: 2 }));
  }
  if (constant.length === 0) findings.push(ctx.finding('constant_column', false, { message: `no constant feature among ${features.length}` }));

  const idLike = features.filter((c) => isIdLike(c, n));
  for (const column of idLike) {
    findings.push(ctx.finding('id_like_feature', true, {
      column: column.name,
      message: `looks like an identifier (${ID_NAME.test(column.name) ? 'its name, ' : ''}${distinctCount(column, n)} distinct values in ${n} rows): a model can memorise it; leave it out of the features`,
      value: distinctCount(column, n) / Math.max(1, n),
      threshold: 1,
    }));
  }
  if (idLike.length === 0) findings.push(ctx.finding('id_like_feature', false, { message: 'no feature looks like an identifier' }));
  return findings;
}

function duplicateRows(ctx: RuleContext): ValidationFinding {
  const { table } = ctx;
  const n = table.numRows;
  const hashes = rowHashes(table.columns, n);
  const firstByHash = new Map<number, number[]>();
  const duplicates: number[] = [];
  for (let r = 0; r < n; r++) {
    const candidates = firstByHash.get(hashes[r]);
    if (candidates?.some((c) => rowsEqual(table.columns, c, table.columns, r))) {
      duplicates.push(r);
      continue;
    }
    if (candidates) candidates.push(r);
    else firstByHash.set(hashes[r], [r]);
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

export function distinctCount(column: Column, n: number): number {
  const seen = new Set<number>();
  for (let r = 0; r < n; r++) {
    if (isMissing(column, r)) continue;
    seen.add(column.type === 'categorical' ? column.codes[r] : column.values[r]);
  }
  return seen.size;
}

/** Every value distinct, and text, whole numbers or a name like `id` / `customer_id`. */
function isIdLike(column: Column, n: number): boolean {
  if (n < ID_MIN_ROWS || column.type === 'boolean') return false;
  let present = 0;
  let whole = true;
  for (let r = 0; r < n; r++) {
    if (isMissing(column, r)) continue;
    present++;
    if (column.type !== 'categorical' && !Number.isInteger(column.values[r])) whole = false;
  }
  const distinct = distinctCount(column, n);
  if (present === 0) return false;
  if (ID_NAME.test(column.name)) return distinct / present > 0.9;
  if (distinct !== present) return false;
  return column.type === 'categorical' || (column.type === 'numeric' && whole);
}
