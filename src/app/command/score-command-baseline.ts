import { dirname, join } from 'node:path';
import type { ModelFile } from '../../core/models/model-file';
import { readCommandModelJson, recordFilePaths } from '../../core/models/command/command-model-json';
import type { BaselineModel } from '../baseline-model-source';
import type { LoadedConfig } from '../load-config';
import type { PreparedData } from '../prepare-data';
import type { CommandDependencies } from './command-dependencies';
import { predictWithCommand } from './predict-with-command';

/** What re-scoring a command baseline needs beyond the model: today's config and a scratch folder. */
export interface CommandBaselineContext {
  loaded: LoadedConfig;
  /** The run's output dir; the baseline's files go to <outputDir>/baseline/ and are removed after. */
  outputDir: string;
  signal?: AbortSignal;
}

export type CommandBaselineScores = { ok: true; scores: Float64Array } | { ok: false; reason: string };

/** Scratch folder under the run's output dir, removed once the baseline is scored. */
export const BASELINE_SCRATCH = 'baseline';

/**
 * Scores today's test rows with the base branch's command model: its kept files (listed in its
 * model.json, committed beside it) are copied into a scratch folder, which predict_command gets as
 * MLTRAIN_MODEL_DIR. Any reason it cannot is returned, never thrown: the caller falls back.
 */
export async function scoreCommandBaseline(deps: CommandDependencies, found: BaselineModel, file: ModelFile, data: PreparedData, context: CommandBaselineContext): Promise<CommandBaselineScores> {
  const model = context.loaded.config.model;
  if (model.predict_command === undefined) return { ok: false, reason: 'model.predict_command is not set, so nothing can score today\'s rows with it' };
  let record;
  try {
    record = readCommandModelJson(file.engine.model);
  } catch (error) {
    return { ok: false, reason: `its model.json is not usable: ${(error as Error).message}` };
  }
  if (record.files === null) return { ok: false, reason: 'its model.json lists no model files (written by an older mltrain)' };
  if (!found.readFile) return { ok: false, reason: 'its model files cannot be read from where model.json was found' };
  const missingColumn = file.features.find((name) => !data.parts.test.table.columns.some((column) => column.name === name));
  if (missingColumn !== undefined) return { ok: false, reason: `today's data has no column '${missingColumn}', which it was trained on` };

  const scratch = join(context.outputDir, BASELINE_SCRATCH);
  const modelDir = join(scratch, 'model');
  await deps.folders.removeDirectory(scratch);
  try {
    await deps.fs.makeDirectory(modelDir);
    const committedPaths = recordFilePaths(record);
    for (const [i, relativePath] of record.files.entries()) {
      const committed = committedPaths[i];
      const bytes = await found.readFile(committed);
      if (bytes === null) return { ok: false, reason: `its model file ${committed} is missing beside model.json (the model folder must be committed with it)` };
      await deps.folders.writeBytes(join(modelDir, ...relativePath.split('/')), bytes);
    }
    const predicted = await predictWithCommand(deps, {
      model,
      configDirectory: dirname(context.loaded.path),
      rows: data.parts.test.table,
      target: data.target,
      features: file.features,
      task: data.task,
      classes: data.classes,
      params: record.params,
      seed: context.loaded.config.seed,
      modelDir,
      workDir: join(scratch, 'predict'),
      signal: context.signal,
      onOutput: (line) => deps.logger.debug(`[baseline predict] ${line}`),
    });
    if (!predicted.ok) return { ok: false, reason: `predict_command failed: ${predicted.details}` };
    return { ok: true, scores: predicted.scores };
  } catch (error) {
    // A failed read at the base ref or a full disk: the caller falls back like any other reason.
    return { ok: false, reason: `its files could not be prepared: ${(error as Error).message}` };
  } finally {
    await deps.folders.removeDirectory(scratch);
  }
}
