import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../data/csv-reader';
import { cellValue, makeTable, type Table } from '../../data/table';
import { tableToCsv } from './table-csv';

function sample(): Table {
  return makeTable([
    { name: 'plan', type: 'categorical', codes: Int32Array.from([0, 1, -1, 2]), categories: ['Month-to-month', 'a, "quoted" plan', 'two\nlines'] },
    { name: 'charges', type: 'numeric', values: Float64Array.from([29.85, -0, NaN, 1e21]) },
    { name: 'paperless', type: 'boolean', values: Float64Array.from([1, 0, NaN, 1]) },
    { name: 'since', type: 'datetime', values: Float64Array.from([Date.UTC(2020, 0, 2), NaN, 0, Date.UTC(1999, 11, 31, 23, 59, 59)]) },
  ]);
}

/** -0 is written as 0 on purpose (readers in other languages print it as -0.0). */
const zeroUnsigned = (v: unknown) => (v === 0 ? 0 : v);

describe('tableToCsv', () => {
  it('writes the chosen columns in order with quoting and empty missing fields', () => {
    const text = [...tableToCsv(sample(), ['charges', 'plan', 'paperless', 'since'])].join('');
    expect(text).toBe(
      'charges,plan,paperless,since\n' +
        '29.85,Month-to-month,true,2020-01-02T00:00:00.000Z\n' +
        '0,"a, ""quoted"" plan",false,\n' +
        ',,,1970-01-01T00:00:00.000Z\n' +
        '1e+21,"two\nlines",true,1999-12-31T23:59:59.000Z\n',
    );
  });

  it('round-trips through mltrain\'s own CSV reader, whatever the chunk size', () => {
    const table = sample();
    for (const rowsPerChunk of [1, 3, 4096]) {
      const text = [...tableToCsv(table, table.columnNames, rowsPerChunk)].join('');
      const back = parseCsv(text).table;
      expect(back.numRows).toBe(table.numRows);
      for (const column of table.columns) {
        const other = back.columns.find((c) => c.name === column.name)!;
        for (let row = 0; row < table.numRows; row++) expect(zeroUnsigned(cellValue(other, row))).toEqual(zeroUnsigned(cellValue(column, row)));
      }
    }
  });

  it('writes only the header for an empty table and refuses unknown columns', () => {
    const empty = makeTable([{ name: 'x', type: 'numeric', values: new Float64Array(0) }]);
    expect([...tableToCsv(empty, ['x'])].join('')).toBe('x\n');
    expect(() => [...tableToCsv(empty, ['y'])]).toThrow(/no column 'y'/);
  });
});
