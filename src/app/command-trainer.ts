import { dirname, join, relative, resolve } from 'node:path';
import { ConfigError } from '../core/config/config-error';
import { commandSettingsProblems } from '../core/models/command/command-settings';
import type { CommandLineage } from '../core/models/command/command-lineage';
import { PREDICTION_FILES } from '../core/models/command/protocol';
import { EnvironmentError } from '../core/errors/environment-error';
import type { TrainedModel, Trainer, TrainRequest } from '../core/models/trainer';
import { commandTrainedModel } from './command/command-model';
import type { CommandDependencies } from './command/command-dependencies';
import { describeProgram } from './command/program-lineage';
import { runCommandTrial } from './command/run-command-trial';
import { keepBestTrial } from './command/trial-folders';
import type { LoadedConfig } from './load-config';
import type { PreparedData } from './prepare-data';
import type { RepositoryInfo } from '../ports/repository-info';

const PREDICTION_FILE_NAMES = new Set<string>(Object.values(PREDICTION_FILES));

/** The config's `model` section for type command, checked before any data is read. */
export function checkCommandSettings(loaded: LoadedConfig): void {
  const problems = commandSettingsProblems(loaded.config.model);
  if (problems.length === 0) return;
  throw new ConfigError(
    problems.map((p) => {
      const pos = loaded.locate(p.pointer);
      return { file: loaded.file, line: pos.line, column: pos.column, pointer: p.pointer, message: p.message };
    }),
  );
}

/**
 * `model.type: command` as a Trainer: each train() runs the user's program on mltrain's raw
 * train/validation/test parts (protocol 1, docs/command-protocol.md) and wraps its predictions as
 * a model that answers for those parts. Intermediate values go to onIteration (pruning, budget).
 */
export function createCommandTrainer(
  deps: CommandDependencies,
  context: { loaded: LoadedConfig; data: PreparedData; outputDir: string; metric?: { name: string; direction: 'maximize' | 'minimize' }; codeVersion: string },
): Trainer & { keepBest(trialNumber: number): Promise<string>; lineage(repository: RepositoryInfo): Promise<CommandLineage> } {
  const { loaded, data } = context;
  const root = join(context.outputDir, 'command');
  const cwd = resolve(dirname(loaded.path), loaded.config.model.working_directory ?? '.');
  let nextTrial = 0;
  let described: Promise<CommandLineage> | undefined;
  return {
    type: 'command',
    encoding: 'codes',
    tasks: ['binary', 'multiclass', 'regression'],
    validateParams: () => [],
    async train(request: TrainRequest): Promise<TrainedModel> {
      const trialNumber = request.trialNumber ?? nextTrial++;
      const result = await runCommandTrial(deps, {
        model: loaded.config.model,
        configDirectory: dirname(loaded.path),
        parts: { train: data.parts.train.table, validation: data.parts.validation?.table, test: data.parts.test.table },
        target: data.target,
        features: data.features,
        weightColumn: loaded.config.data.weight_column,
        task: data.task,
        classes: data.classes,
        params: request.params,
        seed: request.seed,
        trialNumber,
        metric: context.metric,
        root,
        signal: request.signal,
        onReport: ({ step, value }) => request.onIteration?.({ iteration: step, validationLoss: value }) ?? 'continue',
      });
      if (result.failure === 'not_runnable') throw new EnvironmentError(`the training command cannot run: ${result.reason ?? ''}`);
      if (result.status === 'failed' || !result.testScores) throw new Error(result.details ?? result.reason ?? 'the training command failed');
      const scores = [{ features: data.parts.test.encoded.features, scores: result.testScores }];
      if (data.parts.validation && result.validationScores) scores.push({ features: data.parts.validation.encoded.features, scores: result.validationScores });
      // Relative paths, so the model folder can be found again beside model.json wherever it is promoted.
      const modelDir = relative(context.outputDir, result.outputDir).split('\\').join('/');
      const files = (await deps.folders.listFiles(result.outputDir)).filter((file) => !PREDICTION_FILE_NAMES.has(file));
      return commandTrainedModel({ argv: result.argv, params: request.params, iterations: result.iterations, modelDir, files, codeVersion: context.codeVersion, scores });
    },
    load(): TrainedModel {
      throw new Error('a command model is scored through model.predict_command, not loaded in-process');
    },
    keepBest: (trialNumber) => keepBestTrial(deps.folders, root, trialNumber),
    // metrics.json lineage.command; the interpreter is asked its version once per run.
    lineage: (repository) => (described ??= describeProgram({ ...deps, repository }, loaded.config.model, cwd)),
  };
}
