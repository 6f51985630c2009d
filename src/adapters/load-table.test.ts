import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DataError } from '../core/data/data-error';
import type { DataProblem } from '../core/data/data-error';
import { cellValue, getColumn } from '../core/data/table';
import type { Table } from '../core/data/table';
import { loadTable, loadTableWithLineage } from './load-table';
import type { LoadTableOptions } from './load-table';

const fixture = (name: string): string => fileURLToPath(new URL(`../../test/fixtures/data/${name}`, import.meta.url));

function values(table: Table, name: string): unknown[] {
  const column = getColumn(table, name)!;
  return Array.from({ length: table.numRows }, (_, r) => cellValue(column, r));
}

async function loadError(name: string, options: LoadTableOptions = {}): Promise<DataError> {
  try {
    await loadTable(fixture(name), options);
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error(`expected ${name} to fail`);
}

describe('loadTableWithLineage', () => {
  it('reads an RFC 4180 CSV with BOM, CRLF, quotes and embedded newlines, and hashes its bytes', async () => {
    const path = fixture('good.csv');
    const { table, lineage, skippedRows } = await loadTableWithLineage(path);
    expect(table.columnNames).toEqual(['id', 'name', 'score', 'active', 'joined', 'note']);
    expect(table.columns.map((c) => c.type)).toEqual(['numeric', 'categorical', 'numeric', 'boolean', 'datetime', 'categorical']);
    expect(values(table, 'name')).toEqual(['Smith, Ann', 'Bob', 'Cé']);
    expect(values(table, 'note')).toEqual(['said "hi"', 'two\r\nlines', null]);
    expect(Array.from(table.sourceLines!)).toEqual([2, 3, 5]);
    expect(lineage).toEqual({ path, sha256: createHash('sha256').update(readFileSync(path)).digest('hex'), rows: 3, columns: 6 });
    expect(skippedRows).toBe(0);
  });

  // The shared data sets live outside the repository (see /work/shared/datasets/README.md).
  const telco = '/work/shared/datasets/telco_churn.csv';
  it.skipIf(!existsSync(telco))('reads the telco data set with its 11 empty total_charges as missing', async () => {
    const table = await loadTable(telco);
    expect(table.numRows).toBe(7043);
    const total = getColumn(table, 'total_charges')!;
    expect(total.type).toBe('numeric');
    let missing = 0;
    for (let r = 0; r < table.numRows; r++) if (cellValue(total, r) === null) missing++;
    expect(missing).toBe(11);
    expect(getColumn(table, 'contract')!.type).toBe('categorical');
  });

  it('re-reads a column that turns from numbers to text so every value keeps its spelling', async () => {
    const table = await loadTable(fixture('numbers-then-text.csv'));
    expect(values(table, 'code')).toEqual(['1', '2', '007', 'X1']);
    expect(values(table, 'value')).toEqual([10, 20, 30, 40]);
  });

  it('reads JSON Lines', async () => {
    const { table, lineage } = await loadTableWithLineage(fixture('rows.jsonl'));
    expect(table.columnNames).toEqual(['x', 'c', 'flag', 't']);
    expect(values(table, 'x')).toEqual([1, 2.5, null]);
    expect(values(table, 'flag')).toEqual([true, null, false]);
    expect(values(table, 't')).toEqual([null, null, '2024-01-01T00:00:00.000Z']);
    expect(Array.from(table.sourceLines!)).toEqual([1, 2, 4]);
    expect(lineage.rows).toBe(3);
  });

  it('reports every bad JSON Lines row, or skips them when told', async () => {
    const error = await loadError('bad-rows.jsonl');
    expect(error.details.issues.map((i) => [i.problem, i.line, i.count])).toEqual([['invalid_json', 2, 2], ['type_mismatch', 4, 1]]);
    const { table, skippedRows } = await loadTableWithLineage(fixture('bad-rows.jsonl'), { onBadRows: 'skip' });
    expect([table.numRows, skippedRows]).toEqual([1, 3]);
  });

  it('reads Parquet (pandas test file simple.parquet: A int64 1..3, B "foo")', async () => {
    const { table, lineage } = await loadTableWithLineage(fixture('simple.parquet'));
    expect(values(table, 'A')).toEqual([1, 2, 3]);
    expect(values(table, 'B')).toEqual(['foo', 'foo', 'foo']);
    expect(lineage.columns).toBe(2);
  });

  const badInputs: [string, DataProblem, number | undefined, string | undefined, number, LoadTableOptions?][] = [
    ['ragged-rows.csv', 'ragged_row', 3, undefined, 2],
    ['unterminated-quote.csv', 'unterminated_quote', 2, 'b', 0],
    ['invalid-utf8.csv', 'invalid_utf8', 2, 'b', 1],
    ['wrong-delimiter.csv', 'wrong_delimiter', 1, undefined, 0],
    ['empty.csv', 'empty_file', undefined, undefined, 0],
    ['header-only.csv', 'no_rows', 1, undefined, 0],
    ['duplicate-column.csv', 'duplicate_column', 1, 'x', 0],
    ['string-in-numeric.csv', 'type_mismatch', 4, 'age', 1, { schema: { age: { type: 'numeric' } } }],
    ['stray-quote.csv', 'stray_quote', 2, 'b', 0],
    ['no-such-file.csv', 'unreadable_file', undefined, undefined, 0],
    ['not-parquet.parquet', 'unsupported_format', undefined, undefined, 0],
  ];
  for (const [name, problem, line, column, otherRows, options] of badInputs) {
    it(`stops on ${name} with ${problem}, naming the file, line and column`, async () => {
      const error = await loadError(name, options);
      expect([error.details.problem, error.line, error.column, error.details.otherRows]).toEqual([problem, line, column, otherRows]);
      expect(error.file).toBe(fixture(name));
      expect(error.message.startsWith(line === undefined ? `${fixture(name)}:` : `${fixture(name)}:${line}:`)).toBe(true);
    });
  }

  it('skips bad rows only under onBadRows: skip, and counts them', async () => {
    const { table, skippedRows, issues } = await loadTableWithLineage(fixture('ragged-rows.csv'), { onBadRows: 'skip' });
    expect(table.numRows).toBe(2);
    expect(skippedRows).toBe(3);
    expect(issues).toHaveLength(1);
  });
});
