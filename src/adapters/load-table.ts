import { extname } from 'node:path';
import { createCsvReader, withCategorical } from '../core/data/csv-reader';
import type { DataIssue } from '../core/data/data-error';
import type { DataFormat, ParseOptions, ParseResult } from '../core/data/load-options';
import type { Table } from '../core/data/table';
import { readJsonLinesFile } from './read-jsonl-file';
import { readParquetFile } from './read-parquet-file';
import { hashWhileReading } from './stream-file';

export interface LoadTableOptions extends ParseOptions {
  /** Default: from the extension (.jsonl/.ndjson, .parquet, .tsv, anything else CSV). */
  readonly format?: DataFormat;
}

/** What `lineage.data` records for one file. */
export interface DataLineage {
  readonly path: string;
  /** sha256 of the file's bytes, hex. */
  readonly sha256: string;
  readonly rows: number;
  readonly columns: number;
}

export interface LoadedTable {
  readonly table: Table;
  readonly lineage: DataLineage;
  /** Rows left out under `onBadRows: 'skip'` (always 0 otherwise). */
  readonly skippedRows: number;
  readonly issues: readonly DataIssue[];
}

/** Reads a data file into a Table (library export). Bad input throws a DataError. */
export async function loadTable(path: string, options: LoadTableOptions = {}): Promise<Table> {
  return (await loadTableWithLineage(path, options)).table;
}

/**
 * Reads a data file in one streaming pass that also hashes its bytes. A CSV column that looked
 * numeric and held text further down is read again as text (a second pass, rare) so no value
 * changes its spelling.
 */
export async function loadTableWithLineage(path: string, options: LoadTableOptions = {}): Promise<LoadedTable> {
  const format = options.format ?? formatOf(path);
  const parseOptions: ParseOptions = {
    ...options,
    source: options.source ?? path,
    delimiter: options.delimiter ?? (extname(path).toLowerCase() === '.tsv' ? '\t' : undefined),
  };
  let result: ParseResult;
  let sha256: string;
  if (format === 'parquet') {
    ({ result, sha256 } = await readParquetFile(path, parseOptions));
  } else if (format === 'jsonl') {
    ({ result, sha256 } = await readJsonLinesFile(path, parseOptions));
  } else {
    const first = await streamCsv(path, parseOptions);
    sha256 = first.sha256;
    result = first.result;
    if (result.retypeColumns.length > 0) {
      result = (await streamCsv(path, withCategorical(parseOptions, result.retypeColumns))).result;
    }
  }
  const table = result.table;
  return {
    table,
    lineage: { path, sha256, rows: table.numRows, columns: table.columns.length },
    skippedRows: result.skippedRows,
    issues: result.issues,
  };
}

export function formatOf(path: string): DataFormat {
  const extension = extname(path).toLowerCase();
  if (extension === '.jsonl' || extension === '.ndjson') return 'jsonl';
  if (extension === '.parquet') return 'parquet';
  return 'csv';
}

async function streamCsv(path: string, options: ParseOptions): Promise<{ result: ParseResult; sha256: string }> {
  const reader = createCsvReader(options);
  const sha256 = await hashWhileReading(path, options.source ?? path, (chunk) => reader.push(chunk));
  return { result: reader.finish(), sha256 };
}
