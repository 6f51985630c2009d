import { describe, expect, it } from 'vitest';
import { cellValue, getColumn, makeTable, takeRows } from './table';

describe('Table', () => {
  const table = makeTable(
    [
      { name: 'x', type: 'numeric', values: Float64Array.from([1, NaN, 3]) },
      { name: 'c', type: 'categorical', codes: Int32Array.from([0, 1, -1]), categories: ['a', 'b'] },
    ],
    { sourceLines: Uint32Array.from([2, 3, 5]), source: 'data.csv' },
  );

  it('reads cells with missing values as null', () => {
    expect(table.numRows).toBe(3);
    expect(table.columnNames).toEqual(['x', 'c']);
    const x = getColumn(table, 'x')!;
    const c = getColumn(table, 'c')!;
    expect([0, 1, 2].map((r) => cellValue(x, r))).toEqual([1, null, 3]);
    expect([0, 1, 2].map((r) => cellValue(c, r))).toEqual(['a', 'b', null]);
  });

  it('takes rows in order and keeps their source lines', () => {
    const picked = takeRows(table, [2, 0]);
    expect(picked.numRows).toBe(2);
    expect(Array.from(picked.sourceLines!)).toEqual([5, 2]);
    expect(cellValue(getColumn(picked, 'x')!, 1)).toBe(1);
  });

  it('refuses columns of different lengths', () => {
    expect(() => makeTable([
      { name: 'a', type: 'numeric', values: new Float64Array(2) },
      { name: 'b', type: 'numeric', values: new Float64Array(3) },
    ])).toThrow(/internal error/);
  });
});
