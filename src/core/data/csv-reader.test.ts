import { describe, expect, it } from 'vitest';
import { createCsvReader, parseCsv } from './csv-reader';
import { DataError } from './data-error';
import { cellValue, getColumn } from './table';
import type { Table } from './table';

function column(table: Table, name: string): unknown[] {
  const col = getColumn(table, name)!;
  return Array.from({ length: table.numRows }, (_, r) => cellValue(col, r));
}

function errorOf(run: () => unknown): DataError {
  try {
    run();
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('expected a DataError');
}

const RFC = '\uFEFFid,name,score,note\r\n1,"Smith, Ann",3.5,"said ""hi"""\r\n2,Bob,NA,"two\nlines"\r\n\r\n3,"Cé",-1e3,\r\n';

describe('parseCsv (RFC 4180)', () => {
  it('reads quotes, escaped quotes, embedded newlines, CRLF, BOM and blank lines', () => {
    const { table } = parseCsv(RFC, { source: 'x.csv' });
    expect(table.columnNames).toEqual(['id', 'name', 'score', 'note']);
    expect(column(table, 'name')).toEqual(['Smith, Ann', 'Bob', 'Cé']);
    expect(column(table, 'score')).toEqual([3.5, null, -1000]);
    expect(column(table, 'note')).toEqual(['said "hi"', 'two\nlines', null]);
    // the quoted newline pushes row 3 to line 5, the blank line to line 7
    expect(Array.from(table.sourceLines!)).toEqual([2, 3, 6]);
    expect(table.source).toBe('x.csv');
  });

  it('gives the same table whatever the chunk size (records split across chunks)', () => {
    const reference = parseCsv(RFC).table;
    const bytes = new TextEncoder().encode(RFC);
    for (const size of [1, 2, 3, 5, 7, 13]) {
      const { table } = parseCsv(bytes, {}, size);
      expect(table.columns).toEqual(reference.columns); // column names included: the BOM is gone
      expect(Array.from(table.sourceLines!)).toEqual(Array.from(reference.sourceLines!));
    }
  });

  it('reads a CR at the end of one chunk and its LF at the start of the next as one line break', () => {
    const reader = createCsvReader();
    reader.push(new TextEncoder().encode('a,b\r'));
    reader.push(new TextEncoder().encode('\n1,2\r'));
    reader.push(new TextEncoder().encode('\n3,4'));
    const { table } = reader.finish();
    expect(Array.from(table.sourceLines!)).toEqual([2, 3]);
    expect(column(table, 'b')).toEqual([2, 4]);
  });

  it('infers numeric, boolean, datetime and categorical columns', () => {
    const { table } = parseCsv('n,b,d,c\n1,true,2024-01-05,x\n2.5,FALSE,2024-01-06T12:00:00+02:00,1\n,,,\n');
    expect(table.columns.map((c) => c.type)).toEqual(['numeric', 'boolean', 'datetime', 'categorical']);
    expect(column(table, 'b')).toEqual([true, false, null]);
    expect(column(table, 'd')).toEqual(['2024-01-05T00:00:00.000Z', '2024-01-06T10:00:00.000Z', null]);
    expect(column(table, 'c')).toEqual(['x', '1', null]);
  });

  it('lets the schema override inference', () => {
    const { table } = parseCsv('zip,flag\n02134,1\n10001,0\n', { schema: { zip: { type: 'categorical' }, flag: { type: 'boolean' } } });
    expect(column(table, 'zip')).toEqual(['02134', '10001']);
    expect(column(table, 'flag')).toEqual([true, false]);
  });

  it('keeps the exact spelling of numbers in a column that turns to text further down', () => {
    const reader = createCsvReader();
    reader.push(new TextEncoder().encode('code\n1.50\n007\nX1\n'));
    expect(reader.finish().retypeColumns).toEqual(['code']);
    const { table } = parseCsv('code\n1.50\n007\nX1\n');
    expect(column(table, 'code')).toEqual(['1.50', '007', 'X1']);
  });

  it('uses the caller\'s missing-value texts', () => {
    const { table } = parseCsv('a,b\n-,x\n1,\n', { naValues: ['-'] });
    expect(column(table, 'a')).toEqual([null, 1]);
    expect(column(table, 'b')).toEqual(['x', '']);
  });

  it('reads another delimiter when told', () => {
    const { table } = parseCsv('a;b\n1;"x;y"\n', { delimiter: ';' });
    expect(column(table, 'b')).toEqual(['x;y']);
  });
});

describe('parseCsv errors', () => {
  it('names the file, line and column of a ragged row and counts the others', () => {
    const error = errorOf(() => parseCsv('a,b,c\n1,2,3\n4,5\n6,7,8\n9,10\n', { source: 'r.csv' }));
    expect(error.details.problem).toBe('ragged_row');
    expect(error.line).toBe(3);
    expect(error.details.otherRows).toBe(1);
    expect(error.message).toBe('r.csv:3: has 2 fields, the header has 3 (1 other row has the same problem)');
    expect(error.reason).toBe('has 2 fields, the header has 3 (1 other row has the same problem)');
  });

  it('skips bad rows only when told, and counts them', () => {
    const result = parseCsv('a,b\n1,2\n3\n4,5\n', { onBadRows: 'skip' });
    expect(result.table.numRows).toBe(2);
    expect(result.skippedRows).toBe(1);
    expect(result.issues.map((i) => [i.problem, i.line, i.count])).toEqual([['ragged_row', 3, 1]]);
    expect(Array.from(result.table.sourceLines!)).toEqual([2, 4]);
  });

  it('reports a string in a column the schema says is numeric, with the column', () => {
    const error = errorOf(() => parseCsv('age,city\n31,Paris\nforty,Oslo\nn/a,Bern\n', { source: 's.csv', schema: { age: { type: 'numeric' } } }));
    expect(error.details.problem).toBe('type_mismatch');
    expect([error.line, error.column, error.details.columnNumber, error.details.otherRows]).toEqual([3, 'age', 1, 1]);
    expect(error.message).toContain("s.csv:3: column 'age' (1): expected a numeric value (data.schema), got 'forty'");
  });

  it('reports an unterminated quote at the line where it opens', () => {
    const error = errorOf(() => parseCsv('a,b\n1,2\n3,"open\n4,5\n'));
    expect([error.details.problem, error.line, error.column]).toEqual(['unterminated_quote', 3, 'b']);
  });

  it('stops reading when a quoted field grows past the record limit, naming where the quote opened', () => {
    const reader = createCsvReader({ source: 'big.csv' }, 100);
    reader.push(new TextEncoder().encode('a,b\n1,2\n3,"never closed'));
    const error = errorOf(() => reader.push(new TextEncoder().encode('x'.repeat(200))));
    expect([error.details.problem, error.line, error.column]).toEqual(['unterminated_quote', 3, 'b']);
  });

  it('reports invalid UTF-8 with its line and column', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('a,b\n1,caf'), 0xe9, 0x0a]);
    const error = errorOf(() => parseCsv(bytes));
    expect([error.details.problem, error.line, error.column]).toEqual(['invalid_utf8', 2, 'b']);
  });

  it('recognises a wrong delimiter, an empty file, a header without rows and duplicate names', () => {
    expect(errorOf(() => parseCsv('a;b;c\n1;2;3\n')).details.problem).toBe('wrong_delimiter');
    expect(errorOf(() => parseCsv('a\tb\n1\t2\n')).message).toContain("'\\t' as its delimiter");
    expect(errorOf(() => parseCsv('')).details.problem).toBe('empty_file');
    expect(errorOf(() => parseCsv('\uFEFF\n\n')).details.problem).toBe('empty_file');
    expect(errorOf(() => parseCsv('a,b\n')).details.problem).toBe('no_rows');
    const duplicate = errorOf(() => parseCsv('id,x,x\n1,2,3\n'));
    expect([duplicate.details.problem, duplicate.line, duplicate.column, duplicate.details.columnNumber]).toEqual(['duplicate_column', 1, 'x', 3]);
  });

  it('reports text after a closing quote', () => {
    const error = errorOf(() => parseCsv('a,b\n1,"x"y\n'));
    expect([error.details.problem, error.line, error.column]).toEqual(['stray_quote', 2, 'b']);
  });

  it('names every kind of problem in one error, the earliest line first', () => {
    const error = errorOf(() => parseCsv('a,b\n1\n2,"x"y\n3\n', { source: 'm.csv' }));
    expect(error.details.issues.map((i) => [i.problem, i.count])).toEqual([['ragged_row', 2], ['stray_quote', 1]]);
    expect(error.message).toContain('also: stray_quote x1 from line 3');
  });
});
