import type { DataLoader } from '../ports/data-loader';
import { loadTableWithLineage } from './load-table';

export const fileDataLoader: DataLoader = {
  load: async (path, options) => {
    const loaded = await loadTableWithLineage(path, options);
    return { table: loaded.table, lineage: { ...loaded.lineage }, skippedRows: loaded.skippedRows, issues: loaded.issues };
  },
};
