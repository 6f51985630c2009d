import { DataError } from './data-error';
import { getColumn } from './table';
import type { Column, Table } from './table';

/**
 * The named columns of a table, or a DataError on the header line (line 1) naming the first
 * absent one, how many others are absent, and the columns the file does have, e.g. a missing
 * target column.
 */
export function requireColumns(table: Table, names: readonly string[], role: string): Column[] {
  const absent = names.filter((name) => !getColumn(table, name));
  if (absent.length > 0) {
    const available = table.columnNames.slice(0, 12).join(', ') + (table.columnNames.length > 12 ? ', ...' : '');
    const others = absent.length > 1 ? ` (also missing: ${absent.slice(1).join(', ')})` : '';
    throw new DataError(table.source ?? '<data>', {
      problem: 'missing_column',
      line: table.sourceLines ? 1 : undefined,
      column: absent[0],
      message: `the ${role} column '${absent[0]}' is not in the file${others}; its columns are: ${available}`,
      count: 1,
    });
  }
  return names.map((name) => getColumn(table, name)!);
}
