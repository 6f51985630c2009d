import type { Task } from '../../config/training-config';
import { parseCsv } from '../../data/csv-reader';
import type { Column, Table } from '../../data/table';

export interface PredictionExpectation {
  task: Task;
  /** Class labels in mltrain's order (binary: [negative, positive]); null for regression. */
  classes: readonly string[] | null;
  rows: number;
  /** The file name, for reasons. */
  source: string;
}

export type PredictionParse = { ok: true; scores: Float64Array } | { ok: false; reason: string };

/** How far a row of class probabilities may sum from 1 (programs write rounded numbers). */
const ROW_SUM_TOLERANCE = 1e-3;
const PROBABILITY_SLACK = 1e-9;

/**
 * Reads and checks a predictions file, returning scores in mltrain's layout: binary P(positive
 * class) per row, multiclass row-major n*k probabilities in the classes' order, regression values.
 * Classification files hold one column per class, named p0, p1, ... or by the class labels, in any
 * order; regression files one column `prediction`. Every row must be there, every cell a finite
 * number, probabilities in [0, 1] with rows summing to 1.
 */
export function parsePredictions(text: string, expect: PredictionExpectation): PredictionParse {
  let table: Table;
  try {
    table = parseCsv(text, { source: expect.source, naValues: ['', 'NA', 'NaN', 'nan', 'null', 'None'] }).table;
  } catch (error) {
    return fail(expect, `cannot be read as CSV: ${(error as Error).message}`);
  }
  const order = columnOrder(table, expect);
  if (typeof order === 'string') return fail(expect, order);
  if (table.numRows !== expect.rows) return fail(expect, `has ${table.numRows} row(s), expected ${expect.rows} (one per input row, same order)`);
  const columns: Column[] = order.map((index) => table.columns[index]);
  for (const column of columns) {
    if (column.type === 'categorical') return fail(expect, `column '${column.name}' holds text ('${column.categories[0] ?? ''}'), expected numbers`);
  }
  const values = columns.map((c) => (c as Exclude<Column, { type: 'categorical' }>).values);
  for (let j = 0; j < values.length; j++) {
    const bad = values[j].findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) return fail(expect, `row ${bad + 1} (line ${bad + 2}) of column '${columns[j].name}' is missing, NaN or infinite`);
  }
  if (expect.task === 'regression') return { ok: true, scores: Float64Array.from(values[0]) };

  const k = values.length;
  const scores = new Float64Array(expect.task === 'binary' ? expect.rows : expect.rows * k);
  for (let row = 0; row < expect.rows; row++) {
    let sum = 0;
    for (let j = 0; j < k; j++) {
      const p = values[j][row];
      if (p < -PROBABILITY_SLACK || p > 1 + PROBABILITY_SLACK) return fail(expect, `row ${row + 1} (line ${row + 2}) of column '${columns[j].name}' is ${p}, not a probability in [0, 1]`);
      sum += p;
      if (expect.task === 'multiclass') scores[row * k + j] = Math.min(1, Math.max(0, p));
    }
    if (Math.abs(sum - 1) > ROW_SUM_TOLERANCE) return fail(expect, `row ${row + 1} (line ${row + 2}) sums to ${sum}, expected class probabilities summing to 1`);
    if (expect.task === 'binary') scores[row] = Math.min(1, Math.max(0, values[1][row]));
  }
  return { ok: true, scores };
}

/** The table's column index for each expected column (classes' order), or why the header is wrong. */
function columnOrder(table: Table, expect: PredictionExpectation): number[] | string {
  const header = table.columnNames;
  const wanted = expect.classes === null ? ['prediction'] : expect.classes.map((_, i) => `p${i}`);
  const alternatives = [wanted];
  if (expect.classes !== null) alternatives.push([...expect.classes]);
  for (const names of alternatives) {
    if (header.length !== names.length) continue;
    const indices = names.map((name) => header.indexOf(name));
    if (indices.every((i) => i >= 0) && new Set(indices).size === names.length) return indices;
  }
  const expected = expect.classes === null ? "one column 'prediction'" : `one column per class named ${wanted.join(', ')} or ${expect.classes.map((c) => `'${c}'`).join(', ')}`;
  return `has columns ${header.map((h) => `'${h}'`).join(', ') || '(none)'}, expected ${expected}`;
}

function fail(expect: PredictionExpectation, message: string): PredictionParse {
  return { ok: false, reason: `${expect.source} ${message}` };
}
