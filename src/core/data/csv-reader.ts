import { CsvScanner } from './csv-scanner';
import { CsvTableBuilder } from './csv-table-builder';
import type { ParseOptions, ParseResult } from './load-options';
import type { ColumnType } from './table';

/** A CSV parser fed chunk by chunk (the adapter streams a file into it). */
export interface CsvReader {
  push(chunk: Uint8Array): void;
  /** Ends the input: returns the table or throws a DataError. */
  finish(): ParseResult;
}

export function createCsvReader(options: ParseOptions = {}, maxRecordBytes?: number): CsvReader {
  const delimiter = options.delimiter ?? ',';
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    throw new RangeError(`delimiter must be one character other than a quote or a newline, got '${delimiter}'`);
  }
  const builder = new CsvTableBuilder(options);
  const scanner = new CsvScanner(builder, delimiter.charCodeAt(0), maxRecordBytes);
  return {
    push: (chunk) => scanner.push(chunk),
    finish: () => builder.finish(scanner.finish()),
  };
}

/**
 * Parses CSV held in memory (tests, small inputs). Like the file loader, it parses a second time
 * when a column turned from numbers to text part-way, so that text keeps its exact spelling.
 */
export function parseCsv(input: Uint8Array | string, options: ParseOptions = {}, chunkSize = 1 << 16): ParseResult {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const once = (opts: ParseOptions): ParseResult => {
    const reader = createCsvReader(opts);
    for (let offset = 0; offset < bytes.length; offset += chunkSize) reader.push(bytes.subarray(offset, offset + chunkSize));
    return reader.finish();
  };
  const first = once(options);
  if (first.retypeColumns.length === 0) return first;
  return once(withCategorical(options, first.retypeColumns));
}

/** Options for the second pass: the retyped columns become categorical. */
export function withCategorical(options: ParseOptions, columns: readonly string[]): ParseOptions {
  const columnTypes: Record<string, ColumnType> = { ...options.columnTypes };
  for (const column of columns) columnTypes[column] = 'categorical';
  return { ...options, columnTypes };
}
