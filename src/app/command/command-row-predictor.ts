import { dirname, join } from 'node:path';
import { readCommandModelJson } from '../../core/models/command/command-model-json';
import type { TrainedModel } from '../../core/models/trainer';
import type { RowPredictor } from '../explain-by-permutation';
import type { LoadedConfig } from '../load-config';
import type { PreparedData } from '../prepare-data';
import type { CommandDependencies } from './command-dependencies';
import { predictWithCommand } from './predict-with-command';

/** Scratch folder under the run's output dir for the explanation's rows and predictions, removed after each call. */
export const EXPLAIN_SCRATCH = 'explain';

/**
 * The trained command model as a row predictor for permutation SHAP: each call writes the rows as
 * the test part and runs `model.predict_command` on the kept model folder. Undefined when the
 * config sets no predict_command. A failed run throws its reason; the caller reports it.
 */
export function commandRowPredictor(
  deps: CommandDependencies,
  context: { loaded: LoadedConfig; data: PreparedData; model: TrainedModel; outputDir: string; signal?: AbortSignal },
): RowPredictor | undefined {
  const settings = context.loaded.config.model;
  if (settings.predict_command === undefined) return undefined;
  const { data } = context;
  const record = readCommandModelJson(context.model.toJSON());
  const scratch = join(context.outputDir, EXPLAIN_SCRATCH);
  return {
    features: data.features,
    async predict(rows) {
      try {
        const predicted = await predictWithCommand(deps, {
          model: settings,
          configDirectory: dirname(context.loaded.path),
          rows,
          target: data.target,
          features: data.features,
          task: data.task,
          classes: data.classes,
          params: record.params,
          seed: context.loaded.config.seed,
          modelDir: join(context.outputDir, ...record.model_dir.split('/')),
          workDir: scratch,
          signal: context.signal,
          onOutput: (line) => deps.logger.debug(`[explain predict] ${line}`),
        });
        if (!predicted.ok) throw new Error(predicted.reason);
        return predicted.scores;
      } finally {
        await deps.folders.removeDirectory(scratch);
      }
    },
  };
}
