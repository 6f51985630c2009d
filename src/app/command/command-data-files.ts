import { join } from 'node:path';
import type { Table } from '../../core/data/table';
import { tableToCsv } from '../../core/models/command/table-csv';
import type { DataFileFormat, DataPartName, ProtocolColumnType } from '../../core/models/command/protocol';
import type { FileSystem } from '../../ports/file-system';
import type { TrialFolders } from './command-dependencies';
import { tableToParquet } from './table-parquet';

export interface CommandDataRequest {
  /** The parts to write; test and predict inputs are written without the target. */
  parts: Partial<Record<DataPartName, Table>>;
  target: string;
  features: readonly string[];
  weightColumn: string | null;
  /** Folder the files go into. */
  directory: string;
  /** csv (default) or parquet: model.output_format. */
  format?: DataFileFormat;
}

/** Where the files are written: text through the FileSystem port, Parquet's bytes through the folders. */
export interface CommandDataWriters {
  fs: FileSystem;
  folders: Pick<TrialFolders, 'writeBytes'>;
}

export interface CommandDataFiles {
  files: Record<DataPartName, string | null>;
  /** The columns the training file holds, with their types (params.json lists them). */
  columns: { name: string; type: ProtocolColumnType }[];
}

// The same Table objects written to the same path need not be written again: trials of one study
// share their data files. Keyed weakly, so tables of finished runs are not kept alive.
const written = new WeakMap<Table, Map<string, Promise<void>>>();

/**
 * Writes each part as CSV (or Parquet) with the features, the target (not for the test part: no program may
 * peek at it) and the weight column. Returns the absolute paths, null for a part not given.
 */
export async function writeCommandData(writers: CommandDataWriters, request: CommandDataRequest): Promise<CommandDataFiles> {
  const format = request.format ?? 'csv';
  await writers.fs.makeDirectory(request.directory);
  const files: Record<DataPartName, string | null> = { train: null, validation: null, test: null };
  const writes: Promise<void>[] = [];
  for (const part of ['train', 'validation', 'test'] as const) {
    const table = request.parts[part];
    if (!table) continue;
    const names = partColumns(request, part);
    const path = join(request.directory, `${part}.${format}`);
    files[part] = path;
    writes.push(writeOnce(writers, table, path, names, format));
  }
  await Promise.all(writes);
  const reference = request.parts.train ?? request.parts.test ?? request.parts.validation;
  const columns = reference ? partColumns(request, 'train').flatMap((name) => {
    const column = reference.columns.find((c) => c.name === name);
    return column ? [{ name, type: column.type }] : [];
  }) : [];
  return { files, columns };
}

function partColumns(request: CommandDataRequest, part: DataPartName): string[] {
  const names = [...request.features];
  if (request.weightColumn && !names.includes(request.weightColumn)) names.push(request.weightColumn);
  if (part !== 'test' && !names.includes(request.target)) names.push(request.target);
  return part === 'test' ? names.filter((name) => name !== request.target) : names;
}

async function writeOnce(writers: CommandDataWriters, table: Table, path: string, names: string[], format: DataFileFormat): Promise<void> {
  const key = `${path}\u0000${names.join('\u0000')}`;
  let byPath = written.get(table);
  if (!byPath) {
    byPath = new Map();
    written.set(table, byPath);
  }
  const earlier = byPath.get(key);
  if (earlier && (await earlier.then(() => writers.fs.exists(path), () => false))) return;
  const writing = format === 'parquet' ? writers.folders.writeBytes(path, tableToParquet(table, names)) : writers.fs.writeText(path, [...tableToCsv(table, names)].join(''));
  byPath.set(key, writing);
  try {
    await writing;
  } catch (error) {
    byPath.delete(key);
    throw error;
  }
}
