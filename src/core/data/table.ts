/**
 * The column-major table every stage works on. Numbers live in typed arrays (NaN = missing);
 * categorical strings are dictionary-encoded (code -1 = missing). Rows are never dropped or
 * reordered silently: `sourceLines` keeps, for each row, the 1-based line in its file (the header
 * is line 1) so that any finding can point at the line a user can open.
 */
export const COLUMN_TYPES = ['numeric', 'categorical', 'boolean', 'datetime'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** Numbers; NaN marks a missing value. */
export interface NumericColumn {
  readonly name: string;
  readonly type: 'numeric';
  readonly values: Float64Array;
}

/** Dictionary-encoded strings: `codes[i]` indexes `categories`, -1 marks a missing value. */
export interface CategoricalColumn {
  readonly name: string;
  readonly type: 'categorical';
  readonly codes: Int32Array;
  readonly categories: readonly string[];
}

/** true/false as 1/0; NaN marks a missing value. */
export interface BooleanColumn {
  readonly name: string;
  readonly type: 'boolean';
  readonly values: Float64Array;
}

/** Milliseconds since the Unix epoch (UTC); NaN marks a missing value. */
export interface DatetimeColumn {
  readonly name: string;
  readonly type: 'datetime';
  readonly values: Float64Array;
}

export type Column = NumericColumn | CategoricalColumn | BooleanColumn | DatetimeColumn;

export interface Table {
  readonly numRows: number;
  readonly columns: readonly Column[];
  readonly columnNames: readonly string[];
  /** For each row, its 1-based line in the source file (header = line 1); absent for built tables. */
  readonly sourceLines?: Uint32Array;
  /** The file the rows came from, for messages. */
  readonly source?: string;
}

export function getColumn(table: Table, name: string): Column | undefined {
  return table.columns.find((c) => c.name === name);
}

export function isMissing(column: Column, row: number): boolean {
  return column.type === 'categorical' ? column.codes[row] < 0 : Number.isNaN(column.values[row]);
}

/** The value at a row as a JS value (for messages and small outputs, not for hot loops). */
export function cellValue(column: Column, row: number): string | number | boolean | null {
  if (isMissing(column, row)) return null;
  switch (column.type) {
    case 'categorical':
      return column.categories[column.codes[row]];
    case 'boolean':
      return column.values[row] === 1;
    case 'numeric':
      return column.values[row];
    case 'datetime':
      return new Date(column.values[row]).toISOString();
  }
}

export function makeTable(columns: readonly Column[], options: { sourceLines?: Uint32Array; source?: string } = {}): Table {
  const numRows = columns.length === 0 ? 0 : columnLength(columns[0]);
  for (const column of columns) {
    if (columnLength(column) !== numRows) {
      throw new Error(`internal error: column '${column.name}' has ${columnLength(column)} rows, expected ${numRows}`);
    }
  }
  return { numRows, columns, columnNames: columns.map((c) => c.name), ...options };
}

export function columnLength(column: Column): number {
  return column.type === 'categorical' ? column.codes.length : column.values.length;
}

/** A new column holding the given rows of `column`, in the given order (categories are kept as they are). */
export function takeColumnRows(column: Column, rows: ArrayLike<number>): Column {
  if (column.type === 'categorical') {
    const codes = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i++) codes[i] = column.codes[rows[i]];
    return { ...column, codes };
  }
  const values = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) values[i] = column.values[rows[i]];
  return { ...column, values };
}

/** A new table holding the given rows, in the given order (categories are kept as they are). */
export function takeRows(table: Table, rows: ArrayLike<number>): Table {
  const columns = table.columns.map((column) => takeColumnRows(column, rows));
  let sourceLines: Uint32Array | undefined;
  if (table.sourceLines) {
    sourceLines = new Uint32Array(rows.length);
    for (let i = 0; i < rows.length; i++) sourceLines[i] = table.sourceLines[rows[i]];
  }
  return makeTable(columns, { sourceLines, source: table.source });
}
