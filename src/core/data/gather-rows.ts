import { getColumn, makeTable, takeColumnRows, type Column, type Table } from './table';

/**
 * The named columns of `first` followed by those of `second` (say, explained test rows and
 * background training rows). Categories are merged by value, so a category seen only in one part
 * keeps its label. A column that is missing, or of another type in `second`, is an error.
 */
export function stackRows(first: Table, second: Table, names: readonly string[]): Table {
  const columns = names.map((name): Column => {
    const a = getColumn(first, name);
    const b = getColumn(second, name);
    if (!a || !b || a.type !== b.type) throw new Error(`column '${name}' is not in both parts with the same type`);
    if (a.type === 'categorical' && b.type === 'categorical') {
      const categories = [...a.categories];
      const index = new Map(categories.map((c, i) => [c, i]));
      const remap = b.categories.map((c) => {
        let code = index.get(c);
        if (code === undefined) {
          code = categories.length;
          categories.push(c);
          index.set(c, code);
        }
        return code;
      });
      const codes = new Int32Array(a.codes.length + b.codes.length);
      codes.set(a.codes);
      for (let i = 0; i < b.codes.length; i++) codes[a.codes.length + i] = b.codes[i] < 0 ? -1 : remap[b.codes[i]];
      return { name, type: 'categorical', codes, categories };
    }
    if (a.type === 'categorical' || b.type === 'categorical') throw new Error(`column '${name}' is not in both parts with the same type`);
    const values = new Float64Array(a.values.length + b.values.length);
    values.set(a.values);
    values.set(b.values, a.values.length);
    return { ...a, values };
  });
  return makeTable(columns);
}

/**
 * A table whose column j takes, for each output row i, the value of `pool`'s column j at row
 * `rowsByColumn[j][i]`: rows mixed column by column (a coalition of features from one row, the
 * others from another).
 */
export function gatherRows(pool: Table, rowsByColumn: readonly ArrayLike<number>[]): Table {
  if (rowsByColumn.length !== pool.columns.length) throw new Error(`internal error: ${rowsByColumn.length} index columns for ${pool.columns.length} columns`);
  const columns = pool.columns.map((column, j) => takeColumnRows(column, rowsByColumn[j]));
  return makeTable(columns);
}
