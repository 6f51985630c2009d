import { join, resolve } from 'node:path';
import { parseDuration } from '../../core/config/duration';
import type { ParamValue, Task } from '../../core/config/training-config';
import type { Table } from '../../core/data/table';
import { commandArgv } from '../../core/models/command/split-command';
import { childEnvironment } from './child-environment';
import { writeCommandData } from './command-data-files';
import type { CommandDependencies } from './command-dependencies';
import { paramsDocument, protocolVariables } from './params-document';
import { exitFailure, failureDetails, type CommandFailure } from './program-failure';
import { readPredictions } from './read-predictions';
import { runProgram, type OutputStream } from './run-program';
import { DEFAULT_GRACE_MS, type CommandModelSettings } from './run-command-trial';

export interface CommandPredictInput {
  model: CommandModelSettings;
  configDirectory: string;
  /** The rows to score (a target column, if any, is not written). */
  rows: Table;
  target: string;
  features: readonly string[];
  task: Task;
  classes: string[] | null;
  /** The trained model's parameters (the best trial's), for programs that need them to load it. */
  params: Record<string, ParamValue>;
  seed: number;
  /** The saved model: the kept output folder of the run that trained it (MLTRAIN_MODEL_DIR). */
  modelDir: string;
  /** A scratch folder for the input file, params.json and the predictions (emptied first). */
  workDir: string;
  graceMs?: number;
  signal?: AbortSignal;
  onOutput?: (line: string, stream: OutputStream) => void;
}

export type CommandPredictResult =
  | { ok: true; scores: Float64Array; durationMs: number }
  | { ok: false; failure: CommandFailure | 'aborted'; reason: string; details: string; stderrTail: string[] };

/**
 * `model.predict_command`: the same protocol without training. The rows go in as the test part
 * (MLTRAIN_TEST), the saved model's folder as MLTRAIN_MODEL_DIR; the program writes
 * predictions-test.csv into MLTRAIN_OUTPUT_DIR. Used to re-score the base branch's model.
 */
export async function predictWithCommand(deps: CommandDependencies, input: CommandPredictInput): Promise<CommandPredictResult> {
  const command = input.model.predict_command;
  if (command === undefined) throw new Error('internal error: predictWithCommand needs model.predict_command (checked with the config)');
  const argv = commandArgv(command);
  const graceMs = input.graceMs ?? DEFAULT_GRACE_MS;
  const timeoutSeconds = input.model.timeout_per_trial === undefined ? undefined : parseDuration(input.model.timeout_per_trial);
  await deps.folders.removeDirectory(input.workDir);
  const outputDir = join(input.workDir, 'output');
  await deps.fs.makeDirectory(outputDir);
  const data = await writeCommandData(deps, { parts: { test: input.rows }, target: input.target, features: input.features, weightColumn: null, directory: join(input.workDir, 'data'), format: input.model.output_format });
  const document = paramsDocument({ mode: 'predict', params: input.params, seed: input.seed, trialNumber: 0, task: input.task, target: input.target, classes: input.classes, features: input.features, weightColumn: null, metric: null, data, format: input.model.output_format, outputDir, checkpointDir: null, modelDir: input.modelDir });
  const paramsPath = join(input.workDir, 'params.json');
  await deps.fs.writeText(paramsPath, `${JSON.stringify(document, null, 2)}\n`);
  const environment = childEnvironment(deps.environment, input.model.env, protocolVariables(document, paramsPath));

  const outcome = await runProgram(deps.runner, {
    argv,
    cwd: resolve(input.configDirectory, input.model.working_directory ?? '.'),
    env: environment.env,
    timeoutMs: timeoutSeconds === undefined ? undefined : timeoutSeconds * 1000,
    graceMs,
    signal: input.signal,
    onOutput: input.onOutput ?? ((line) => deps.logger.debug(`[predict] ${line}`)),
    onInvalidReport: () => undefined,
    tailLines: 20,
  });
  const failed = (failure: CommandFailure | 'aborted', reason: string): CommandPredictResult => ({ ok: false, failure, reason, details: failureDetails(reason, outcome.stderrTail), stderrTail: outcome.stderrTail });
  const problem = exitFailure(outcome, argv, timeoutSeconds, graceMs);
  if (problem) return failed(problem.failure, problem.reason);
  if (outcome.earlyStop !== null) return failed('aborted', 'prediction was stopped before it finished');
  const read = await readPredictions(deps.fs, outputDir, 'test', { task: input.task, classes: input.classes, rows: input.rows.numRows });
  if (!read.ok) return failed('bad_predictions', read.reason);
  return { ok: true, scores: read.scores, durationMs: outcome.exit.durationMs };
}
