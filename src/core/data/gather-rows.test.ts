import { describe, expect, it } from 'vitest';
import { gatherRows, stackRows } from './gather-rows';
import { cellValue, makeTable, type Table } from './table';

const part = (x: number[], c: (string | null)[], categories: string[], when: number[]): Table =>
  makeTable([
    { name: 'x', type: 'numeric', values: Float64Array.from(x) },
    { name: 'c', type: 'categorical', codes: Int32Array.from(c, (v) => (v === null ? -1 : categories.indexOf(v))), categories },
    { name: 'when', type: 'datetime', values: Float64Array.from(when) },
  ]);
const rows = (table: Table) => Array.from({ length: table.numRows }, (_, i) => table.columns.map((column) => cellValue(column, i)));

describe('stackRows and gatherRows', () => {
  it('stacks two parts with their categories merged by label, missing values kept', () => {
    const test = part([1, 2], ['a', null], ['a', 'b'], [0, 86_400_000]);
    const train = part([3, NaN], ['c', 'b'], ['c', 'b'], [0, 0]);
    const pool = stackRows(test, train, ['c', 'x']);
    expect(pool.columnNames).toEqual(['c', 'x']);
    expect(rows(pool)).toEqual([['a', 1], [null, 2], ['c', 3], ['b', null]]);
    expect(() => stackRows(test, makeTable([{ name: 'x', type: 'boolean', values: Float64Array.of(1) }]), ['x'])).toThrow(/column 'x' is not in both parts/);
  });

  it('mixes rows column by column', () => {
    const pool = stackRows(part([1, 2], ['a', 'b'], ['a', 'b'], [5, 6]), part([3], [null], ['z'], [7]), ['x', 'c', 'when']);
    const mixed = gatherRows(pool, [Float64Array.of(0, 2), Float64Array.of(2, 1), Float64Array.of(1, 0)]);
    expect(rows(mixed)).toEqual([
      [1, null, new Date(6).toISOString()],
      [3, 'b', new Date(5).toISOString()],
    ]);
  });
});
