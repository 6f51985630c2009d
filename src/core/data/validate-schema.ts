import type { ColumnSchema } from './load-options';
import { cellValue, getColumn, isMissing } from './table';
import type { Column } from './table';
import type { RuleContext, ValidationFinding } from './validation-types';

/** data.schema: required columns, types, ranges, allowed values, not-null. */
export function validateSchema(ctx: RuleContext): ValidationFinding[] {
  const schema = ctx.config.schema ?? {};
  const findings: ValidationFinding[] = [];
  const absent = Object.entries(schema).filter(([name, spec]) => spec.required !== false && !getColumn(ctx.table, name)).map(([name]) => name);
  findings.push(ctx.finding('required_columns', absent.length > 0, {
    message: absent.length > 0 ? `missing required column(s): ${absent.join(', ')}` : `all ${Object.keys(schema).length} schema columns are present`,
    value: absent.length,
    threshold: 0,
  }));
  for (const [name, spec] of Object.entries(schema)) {
    const column = getColumn(ctx.table, name);
    if (!column) continue;
    if (spec.type) {
      const wrong = spec.type !== column.type;
      findings.push(ctx.finding('column_types', wrong, { column: name, message: wrong ? `expected ${spec.type}, the data is ${column.type}` : `is ${column.type}` }));
    }
    if (spec.min !== undefined || spec.max !== undefined) findings.push(checkRange(ctx, column, spec));
    if (spec.allowed) findings.push(checkAllowed(ctx, column, spec.allowed));
    if (spec.nullable === false) {
      const rows = matching(ctx.table.numRows, (r) => isMissing(column, r));
      findings.push(ctx.finding('not_null', rows.length > 0, {
        column: name,
        message: rows.length > 0 ? `${rows.length} missing value(s) in a column the schema says is not nullable` : 'no missing values',
        value: rows.length,
        threshold: 0,
        lines: ctx.lines(rows),
      }));
    }
  }
  return findings;
}

function checkRange(ctx: RuleContext, column: Column, spec: ColumnSchema): ValidationFinding {
  const range = `[${spec.min ?? '-inf'}, ${spec.max ?? 'inf'}]`;
  if (column.type === 'categorical') {
    return ctx.finding('numeric_range', true, { column: column.name, message: `has a range ${range} in the schema but holds text` });
  }
  const values = column.values;
  const min = spec.min ?? -Infinity;
  const max = spec.max ?? Infinity;
  const rows = matching(ctx.table.numRows, (r) => values[r] < min || values[r] > max);
  let low = Infinity;
  let high = -Infinity;
  for (const r of rows) {
    low = Math.min(low, values[r]);
    high = Math.max(high, values[r]);
  }
  return ctx.finding('numeric_range', rows.length > 0, {
    column: column.name,
    message: rows.length > 0 ? `${rows.length} value(s) outside ${range} (from ${low} to ${high})` : `all values within ${range}`,
    value: rows.length,
    threshold: 0,
    lines: ctx.lines(rows),
  });
}

function checkAllowed(ctx: RuleContext, column: Column, allowed: readonly (string | number | boolean)[]): ValidationFinding {
  const permitted = new Set(allowed.map(String));
  const rows = matching(ctx.table.numRows, (r) => !isMissing(column, r) && !permitted.has(String(cellValue(column, r))));
  const unexpected = [...new Set(rows.map((r) => String(cellValue(column, r))))];
  return ctx.finding('allowed_values', rows.length > 0, {
    column: column.name,
    message: rows.length > 0
      ? `${rows.length} value(s) not in the allowed list: ${unexpected.slice(0, 5).map((v) => `'${v}'`).join(', ')}${unexpected.length > 5 ? ` and ${unexpected.length - 5} more` : ''}`
      : 'all values allowed',
    value: rows.length,
    threshold: 0,
    lines: ctx.lines(rows),
  });
}

function matching(numRows: number, test: (row: number) => boolean): number[] {
  const rows: number[] = [];
  for (let r = 0; r < numRows; r++) if (test(r)) rows.push(r);
  return rows;
}
