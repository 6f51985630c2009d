import { ConfigError } from '../core/config/config-error';
import { EnvironmentError } from '../core/errors/environment-error';
import { lazyMlpTrainer } from '../core/models/mlp-lazy-trainer';
import type { Trainer } from '../core/models/trainer';
import { createCommandTrainer } from './command-trainer';
import type { LoadedConfig } from './load-config';
import type { PreparedData } from './prepare-data';
import type { RunDependencies } from './run-dependencies';
import { pickTrainer } from './train-model';
import { tuningMetric } from './tune-model';

export interface ResolvedTrainer {
  trainer: Trainer;
  /** What lineage.backend records: cpu, or the TensorFlow.js backend and device for mlp. */
  backend: string;
  /** For model.type command: keeps the best trial's folder after tuning. */
  command?: ReturnType<typeof createCommandTrainer>;
}

/**
 * The engine for this run, once the task is known: the user's program for `command`, the
 * TensorFlow.js backend loaded (lazily) for `mlp`, or an in-process engine from the registry.
 */
export async function resolveTrainer(deps: RunDependencies, loaded: LoadedConfig, data: PreparedData, outputDir: string): Promise<ResolvedTrainer> {
  const config = loaded.config;
  if (config.model.type === 'command') {
    if (!deps.command) throw new EnvironmentError('model type command needs a process runner, which this environment does not provide');
    if (config.tuning?.cv_folds) {
      const pos = loaded.locate('/tuning/cv_folds');
      throw new ConfigError([{ file: loaded.file, line: pos.line, column: pos.column, pointer: '/tuning/cv_folds', message: 'cv_folds is not supported with model type command: the program trains on the train part and is judged on the validation part' }]);
    }
    const chosen = config.tuning ? tuningMetric(config.tuning, data.task) : undefined;
    const command = createCommandTrainer(
      { ...deps.command, fs: deps.fs, logger: deps.logger },
      { loaded, data, outputDir, codeVersion: (await deps.repository.commit()) ?? 'unknown (not a git checkout)', metric: chosen ? { name: chosen.metric, direction: chosen.direction } : undefined },
    );
    return { trainer: command, backend: 'cpu', command };
  }
  const trainer = pickTrainer(loaded, data.task);
  if (config.model.type === 'mlp' && deps.prepareNeuralBackend) {
    const prepared = await deps.prepareNeuralBackend(config.model.compute.backend);
    for (const note of prepared.notes) deps.logger.warning(note);
    const backend = `${prepared.runtime.backend} (${prepared.runtime.device})`;
    deps.logger.info(`neural network backend: ${backend}`);
    return { trainer: lazyMlpTrainer(prepared.runtime), backend };
  }
  return { trainer, backend: 'cpu' };
}
