import { createHash } from 'node:crypto';
import { parseCsv } from '../../src/core/data/csv-reader';
import type { DataLoader, DataLoadOptions, LoadedData } from '../../src/ports/data-loader';
import type { MemoryFileSystem } from './memory-file-system';

/** A DataLoader over a MemoryFileSystem's CSV files, parsed by the same pure parser as the real one. */
export class MemoryDataLoader implements DataLoader {
  readonly loaded: string[] = [];
  constructor(private readonly fs: MemoryFileSystem) {}

  async load(path: string, options: DataLoadOptions): Promise<LoadedData> {
    const bytes = await this.fs.readBytes(path);
    this.loaded.push(path);
    const result = parseCsv(bytes, { ...options, source: options.source ?? path });
    return {
      table: result.table,
      lineage: { path, sha256: createHash('sha256').update(bytes).digest('hex'), rows: result.table.numRows, columns: result.table.columns.length },
      skippedRows: result.skippedRows,
      issues: result.issues,
    };
  }
}
