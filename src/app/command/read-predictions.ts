import { join } from 'node:path';
import type { Task } from '../../core/config/training-config';
import { parsePredictions } from '../../core/models/command/prediction-file';
import { PREDICTION_FILES, type PredictedPart } from '../../core/models/command/protocol';
import type { FileSystem } from '../../ports/file-system';

export type PredictionsRead = { ok: true; scores: Float64Array } | { ok: false; reason: string };

/** Reads and checks the predictions a program wrote for one part into its output folder. */
export async function readPredictions(fs: FileSystem, outputDir: string, part: PredictedPart, expect: { task: Task; classes: readonly string[] | null; rows: number }): Promise<PredictionsRead> {
  const path = join(outputDir, PREDICTION_FILES[part]);
  if (!(await fs.exists(path))) return { ok: false, reason: `the program wrote no ${PREDICTION_FILES[part]} into MLTRAIN_OUTPUT_DIR (${outputDir})` };
  return parsePredictions(await fs.readText(path), { ...expect, source: PREDICTION_FILES[part] });
}
