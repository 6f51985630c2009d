/**
 * One timed load of a CSV with mltrain's loader (the whole process is timed from outside).
 * Usage: node load-csv.mjs PATH -> prints rows, columns and the load time in seconds.
 */
import { loadTableWithLineage } from '../../src/adapters/load-table';

const path = process.argv[2];
const start = performance.now();
const { table, lineage } = await loadTableWithLineage(path);
const seconds = (performance.now() - start) / 1000;
console.log(JSON.stringify({ rows: table.numRows, columns: table.columns.length, seconds: Number(seconds.toFixed(3)), sha256: lineage.sha256.slice(0, 12) }));
