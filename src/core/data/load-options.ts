import type { DataIssue } from './data-error';
import type { ColumnType, Table } from './table';

/** What to do with a row that cannot be read: stop (default) or skip it and count it. */
export const BAD_ROW_POLICIES = ['error', 'skip'] as const;
export type BadRowPolicy = (typeof BAD_ROW_POLICIES)[number];

export const DATA_FORMATS = ['csv', 'jsonl', 'parquet'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

/** Texts read as a missing value unless the caller gives its own list. */
export const DEFAULT_NA_VALUES: readonly string[] = ['', 'NA', 'NaN', 'null'];

/** What the config's `data.schema` says about one column. */
export interface ColumnSchema {
  /** Overrides type inference; a value that does not fit is a `type_mismatch`. */
  readonly type?: ColumnType;
  readonly min?: number;
  readonly max?: number;
  readonly allowed?: readonly (string | number | boolean)[];
  /** false: a missing value is a validation failure. */
  readonly nullable?: boolean;
  /** false: the column may be absent (default: every schema column is required). */
  readonly required?: boolean;
}

export type TableSchema = Readonly<Record<string, ColumnSchema>>;

export interface ParseOptions {
  readonly naValues?: readonly string[];
  readonly schema?: TableSchema;
  readonly onBadRows?: BadRowPolicy;
  /** One character; default ','. */
  readonly delimiter?: string;
  /** The file name used in messages. */
  readonly source?: string;
  /**
   * Column types decided by the caller, on top of the schema's: the loader uses it for its second
   * pass when a column that looked numeric turned out to hold text further down.
   */
  readonly columnTypes?: Readonly<Record<string, ColumnType>>;
}

export interface ParseResult {
  readonly table: Table;
  /** Rows left out because `onBadRows` is 'skip' (0 otherwise: bad rows throw). */
  readonly skippedRows: number;
  /** The problems behind the skipped rows, one entry per kind. */
  readonly issues: readonly DataIssue[];
  /**
   * Columns inferred as numeric at first and as text later: the numbers seen before the switch
   * lost their original spelling, so the caller should parse again with these columns typed
   * categorical (the adapter does it).
   */
  readonly retypeColumns: readonly string[];
}

export function declaredType(options: ParseOptions, column: string): ColumnType | undefined {
  return options.columnTypes?.[column] ?? options.schema?.[column]?.type;
}
