import type { DataIssue } from '../core/data/data-error';
import type { DataFormat, ParseOptions } from '../core/data/load-options';
import type { Table } from '../core/data/table';

/** What `lineage.data` records for one file. */
export interface DataFileLineage {
  path: string;
  sha256: string;
  rows: number;
  columns: number;
}

export interface LoadedData {
  table: Table;
  lineage: DataFileLineage;
  skippedRows: number;
  issues: readonly DataIssue[];
}

export interface DataLoadOptions extends ParseOptions {
  format?: DataFormat;
}

/** Reads data files into tables, with their lineage; bad input throws a DataError. */
export interface DataLoader {
  load(path: string, options: DataLoadOptions): Promise<LoadedData>;
}
