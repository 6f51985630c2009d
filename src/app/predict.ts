import { encoderFromJSON } from '../core/data/encoder';
import { findTrainer } from '../core/models/registry';
import { ModelFileError, readModelFile } from '../core/models/model-file';
import { predictionsCsv } from '../core/report/predictions-csv';
import type { RunDependencies } from './run-dependencies';

export interface PredictOptions {
  modelPath: string;
  dataPath: string;
  outputPath: string;
}

/** `mltrain predict`: scores raw rows with a saved model.json, the encoder as fitted in training. */
export async function predictWithModel(deps: RunDependencies, options: PredictOptions): Promise<string> {
  if (!(await deps.fs.exists(options.modelPath))) throw new ModelFileError(`model file not found: ${options.modelPath}`);
  let json: unknown;
  try {
    json = JSON.parse(await deps.fs.readText(options.modelPath));
  } catch (error) {
    throw new ModelFileError(`${options.modelPath}: not valid JSON (${(error as Error).message})`);
  }
  const file = readModelFile(json, options.modelPath);
  const trainer = findTrainer(file.engine.type);
  if (!trainer) throw new ModelFileError(`${options.modelPath}: engine '${file.engine.type}' is not available in this version of mltrain`);
  const model = trainer.load(file.engine.model);
  const encoder = encoderFromJSON(file.encoder);
  const { table } = await deps.data.load(options.dataPath, { columnTypes: encoder.columnTypes });
  const { features } = encoder.transform(table);
  const scores = model.predict(features);
  await deps.fs.writeText(options.outputPath, predictionsCsv(file.task, scores, file.target.classes, file.threshold));
  return `wrote ${table.numRows} predictions to ${options.outputPath}`;
}
