import { profileTable } from '../core/data/profile';
import { toJson } from '../core/report/metrics-document';
import type { RunDependencies } from './run-dependencies';

/** `mltrain data profile <file> --output FILE`: the per-column profile a later run can check drift against. */
export async function profileDataFile(deps: RunDependencies, options: { dataPath: string; displayPath: string; outputPath: string; target?: string }): Promise<string> {
  const { table, lineage } = await deps.data.load(options.dataPath, { source: options.displayPath });
  const profile = profileTable(table, { target: options.target });
  await deps.fs.writeText(options.outputPath, toJson({ ...profile, sha256: lineage.sha256 }));
  return `profiled ${table.numRows} rows x ${table.columns.length} columns of ${options.displayPath} into ${options.outputPath}`;
}
