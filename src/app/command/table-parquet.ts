import { parquetWriteBuffer, type ColumnSource } from 'hyparquet-writer';
import type { Column, Table } from '../../core/data/table';

/** Rows per row group: small enough to keep a reader's memory flat, big enough to compress well. */
const ROW_GROUP_ROWS = 100_000;

/**
 * A Table as a Parquet file for a command program (output_format: parquet), with the same
 * conventions as the CSV files: categories as UTF-8 strings in their original spelling, numbers as
 * DOUBLE, booleans as BOOLEAN, datetimes as TIMESTAMP_MILLIS (UTC), and a missing value as null.
 */
export function tableToParquet(table: Table, columnNames: readonly string[]): Uint8Array {
  const columnData = columnNames.map((name): ColumnSource => {
    const column = table.columns.find((c) => c.name === name);
    if (!column) throw new Error(`internal error: the table has no column '${name}'`);
    return parquetColumn(column);
  });
  return new Uint8Array(parquetWriteBuffer({ columnData, rowGroupSize: ROW_GROUP_ROWS, createdBy: 'mltrain' }));
}

function parquetColumn(column: Column): ColumnSource {
  switch (column.type) {
    case 'categorical':
      return { name: column.name, type: 'STRING', data: Array.from(column.codes, (code) => (code < 0 ? null : column.categories[code])) };
    case 'numeric':
      return { name: column.name, type: 'DOUBLE', data: Array.from(column.values, (v) => (Number.isNaN(v) ? null : v)) };
    case 'boolean':
      return { name: column.name, type: 'BOOLEAN', data: Array.from(column.values, (v) => (Number.isNaN(v) ? null : v === 1)) };
    case 'datetime':
      return { name: column.name, type: 'TIMESTAMP', data: Array.from(column.values, (v) => (Number.isNaN(v) ? null : new Date(v))) };
  }
}
