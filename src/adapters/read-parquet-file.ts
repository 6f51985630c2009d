import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects, parquetSchema } from 'hyparquet';
import { ColumnBuilder } from '../core/data/column-builder';
import { DataError } from '../core/data/data-error';
import type { DataProblem } from '../core/data/data-error';
import { IssueLog } from '../core/data/issue-log';
import { DEFAULT_NA_VALUES, declaredType } from '../core/data/load-options';
import type { ParseOptions, ParseResult } from '../core/data/load-options';
import { makeTable } from '../core/data/table';
import { hashWhileReading } from './stream-file';

const ROWS_PER_BATCH = 65536;

/**
 * Reads a Parquet file with hyparquet, a batch of rows at a time, into the same column builders
 * as CSV (so schema types, missing values and inference behave alike). Parquet has no lines:
 * problems name the 1-based row and the table carries no `sourceLines`.
 */
export async function readParquetFile(path: string, options: ParseOptions): Promise<{ result: ParseResult; sha256: string }> {
  const source = options.source ?? path;
  const sha256 = await hashWhileReading(path, source);
  const file = await asyncBufferFromFile(path);
  let metadata;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    throw new DataError(source, { problem: 'unsupported_format', message: `not a readable Parquet file (${(error as Error).message})`, count: 1 });
  }
  const names = parquetSchema(metadata).children.map((child) => child.element.name);
  const builders = names.map((name) => new ColumnBuilder(name, declaredType(options, name)));
  const naValues = new Set(options.naValues ?? DEFAULT_NA_VALUES);
  const log = new IssueLog(source);
  const numRows = Number(metadata.num_rows);
  let kept = 0;
  for (let rowStart = 0; rowStart < numRows; rowStart += ROWS_PER_BATCH) {
    const rows = await parquetReadObjects({ file, metadata, rowStart, rowEnd: Math.min(numRows, rowStart + ROWS_PER_BATCH) });
    rows.forEach((row, offset) => {
      for (let c = 0; c < builders.length; c++) {
        const problem = stageValue(builders[c], row[names[c]], naValues);
        if (problem) {
          const shown = String(row[names[c]]).slice(0, 40);
          log.note(problem, undefined, names[c], c + 1, `row ${rowStart + offset + 1}: expected a ${builders[c].declared} value (data.schema), got '${shown}'`);
          return;
        }
      }
      for (const builder of builders) builder.commit();
      kept++;
    });
  }
  const issues = log.issues();
  if (issues.length > 0 && options.onBadRows !== 'skip') throw log.error();
  if (kept === 0) throw log.noRows(log.badRows);
  const table = makeTable(builders.map((b) => b.build()), { source });
  return { result: { table, skippedRows: log.badRows, issues, retypeColumns: [] }, sha256 };
}

function stageValue(builder: ColumnBuilder, value: unknown, naValues: ReadonlySet<string>): DataProblem | undefined {
  if (value === null || value === undefined) {
    builder.stageMissing();
    return undefined;
  }
  if (typeof value === 'number') return builder.takesNumbers ? builder.stageNumber(value) : builder.stageText(String(value));
  if (typeof value === 'bigint') return builder.takesNumbers ? builder.stageNumber(Number(value)) : builder.stageText(String(value));
  if (typeof value === 'boolean') return builder.stageText(String(value));
  if (value instanceof Date) return builder.stageText(value.toISOString());
  if (typeof value === 'string') {
    if (naValues.has(value)) {
      builder.stageMissing();
      return undefined;
    }
    return builder.stageText(value);
  }
  return 'type_mismatch';
}
