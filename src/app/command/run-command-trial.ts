import { join, resolve } from 'node:path';
import { parseDuration } from '../../core/config/duration';
import type { ModelConfig, ParamValue, Task } from '../../core/config/training-config';
import type { Table } from '../../core/data/table';
import type { ProgressReport } from '../../core/models/command/progress-line';
import { commandArgv } from '../../core/models/command/split-command';
import { childEnvironment } from './child-environment';
import { writeCommandData } from './command-data-files';
import type { CommandDependencies } from './command-dependencies';
import { paramsDocument, protocolVariables } from './params-document';
import { exitFailure, failureDetails, type CommandFailure } from './program-failure';
import { readPredictions } from './read-predictions';
import { runProgram, type OutputStream } from './run-program';
import { checkpointFolder, dataFolder, trialFolder } from './trial-folders';

/** How a trial ended: finished with valid predictions, stopped by its pruner, stopped by the budget or an abort, or failed. */
export const COMMAND_TRIAL_STATUSES = ['complete', 'pruned', 'aborted', 'failed'] as const;
export type CommandTrialStatus = (typeof COMMAND_TRIAL_STATUSES)[number];

/** The config's model section, as far as the command trainer reads it. */
export type CommandModelSettings = Pick<ModelConfig, 'command' | 'predict_command' | 'working_directory' | 'env' | 'timeout_per_trial' | 'output_format'>;

/** SIGTERM to SIGKILL: time for a program to write its checkpoint. */
export const DEFAULT_GRACE_MS = 10_000;
const STDERR_TAIL_LINES = 20;

export interface CommandTrialInput {
  model: CommandModelSettings;
  /** The config file's folder: working_directory resolves against it (and is it by default). */
  configDirectory: string;
  /** mltrain's raw parts after its own split and validation. */
  parts: { train: Table; validation?: Table; test: Table };
  target: string;
  /** The feature columns (data.features); only these, the target and the weight column are written. */
  features: readonly string[];
  weightColumn?: string | null;
  task: Task;
  /** Class labels in mltrain's order (binary: [negative, positive]); null for regression. */
  classes: string[] | null;
  params: Record<string, ParamValue>;
  seed: number;
  /** From 0; names the trial folder and the checkpoint folder (a re-run of the same number resumes). */
  trialNumber: number;
  /** The tuning metric, so that the program reports the value the pruner compares. */
  metric?: { name: string; direction: 'maximize' | 'minimize' };
  /** Folder holding data/, trial-NNNN/ and checkpoints/ (e.g. <outputDir>/command). */
  root: string;
  graceMs?: number;
  /** Each intermediate value; 'stop' prunes the trial (SIGTERM, grace, SIGKILL). */
  onReport?: (report: ProgressReport) => 'continue' | 'stop';
  /** Aborting stops the program the same way; the trial is 'aborted' (budget, cancelled study). */
  signal?: AbortSignal;
  /** The program's plain output lines (default: the logger's debug, prefixed with the trial). */
  onOutput?: (line: string, stream: OutputStream) => void;
}

export interface CommandTrialResult {
  status: CommandTrialStatus;
  failure: CommandFailure | null;
  /** One line (failed, pruned or aborted); null when complete. */
  reason: string | null;
  /** The reason and the last stderr lines, for the log and metrics.json. */
  details: string | null;
  /** mltrain's layout: binary P(positive) per row, multiclass row-major n*k, regression values. */
  validationScores: Float64Array | null;
  testScores: Float64Array | null;
  trialDir: string;
  /** MLTRAIN_OUTPUT_DIR: predictions and the model files. */
  outputDir: string;
  checkpointDir: string;
  argv: string[];
  reports: ProgressReport[];
  /** The highest step the program reported (0 when it reported none). */
  iterations: number;
  exitCode: number | null;
  signal: string | null;
  durationMs: number;
  stderrTail: string[];
}

/**
 * One trial of `model.type: command` (docs/command-protocol.md): writes the parts (test without
 * its target) and params.json, runs the program without a shell and without secrets in its
 * environment, passes its progress lines to `onReport`, and reads back its predictions.
 * Failures are values: the study marks the trial failed and goes on.
 */
export async function runCommandTrial(deps: CommandDependencies, input: CommandTrialInput): Promise<CommandTrialResult> {
  if (input.model.command === undefined) throw new Error('internal error: runCommandTrial needs model.command (checked with the config)');
  const argv = commandArgv(input.model.command);
  const graceMs = input.graceMs ?? DEFAULT_GRACE_MS;
  const timeoutSeconds = input.model.timeout_per_trial === undefined ? undefined : parseDuration(input.model.timeout_per_trial);
  const trialDir = trialFolder(input.root, input.trialNumber);
  const outputDir = join(trialDir, 'output');
  const checkpointDir = checkpointFolder(input.root, input.trialNumber);
  const weightColumn = input.weightColumn ?? null;

  const data = await writeCommandData(deps, { parts: input.parts, target: input.target, features: input.features, weightColumn, directory: dataFolder(input.root), format: input.model.output_format });
  // A fresh trial folder every time; the checkpoint folder survives so that a re-run resumes.
  await deps.folders.removeDirectory(trialDir);
  await deps.fs.makeDirectory(outputDir);
  await deps.fs.makeDirectory(checkpointDir);
  const document = paramsDocument({ mode: 'train', params: input.params, seed: input.seed, trialNumber: input.trialNumber, task: input.task, target: input.target, classes: input.classes, features: input.features, weightColumn, metric: input.metric ?? null, data, format: input.model.output_format, outputDir, checkpointDir, modelDir: null });
  const paramsPath = join(trialDir, 'params.json');
  await deps.fs.writeText(paramsPath, `${JSON.stringify(document, null, 2)}\n`);
  const environment = childEnvironment(deps.environment, input.model.env, protocolVariables(document, paramsPath));
  if (environment.droppedFromConfig.length > 0) deps.logger.warning(`model.env: ${environment.droppedFromConfig.join(', ')} not passed to the program (secrets stay out)`);

  const label = `trial ${input.trialNumber}`;
  let invalidReports = 0;
  const outcome = await runProgram(deps.runner, {
    argv,
    cwd: resolve(input.configDirectory, input.model.working_directory ?? '.'),
    env: environment.env,
    timeoutMs: timeoutSeconds === undefined ? undefined : timeoutSeconds * 1000,
    graceMs,
    onReport: input.onReport,
    signal: input.signal,
    onOutput: input.onOutput ?? ((line) => deps.logger.debug(`[${label}] ${line}`)),
    onInvalidReport: (reason) => {
      if (invalidReports++ === 0) deps.logger.warning(`${label}: ignored a progress line (${reason})`);
    },
    tailLines: STDERR_TAIL_LINES,
  });

  const base = {
    trialDir,
    outputDir,
    checkpointDir,
    argv,
    reports: outcome.reports,
    iterations: outcome.reports.reduce((max, r) => Math.max(max, r.step), 0),
    exitCode: outcome.exit.code,
    signal: outcome.exit.signal,
    durationMs: outcome.exit.durationMs,
    stderrTail: outcome.stderrTail,
    validationScores: null,
    testScores: null,
  };
  const failed = (failure: CommandFailure, reason: string): CommandTrialResult => ({ ...base, status: 'failed', failure, reason, details: failureDetails(reason, outcome.stderrTail) });

  const exitProblem = exitFailure(outcome, argv, timeoutSeconds, graceMs);
  if (exitProblem) return failed(exitProblem.failure, exitProblem.reason);
  if (outcome.earlyStop !== null) {
    const last = outcome.reports.at(-1);
    const reason = outcome.earlyStop === 'pruned' ? `pruned at step ${last?.step ?? 0}` : 'stopped by the budget or a cancelled study';
    return { ...base, status: outcome.earlyStop, failure: null, reason, details: reason };
  }
  let validationScores: Float64Array | null = null;
  if (input.parts.validation) {
    const read = await readPredictions(deps.fs, outputDir, 'validation', { task: input.task, classes: input.classes, rows: input.parts.validation.numRows });
    if (!read.ok) return failed('bad_predictions', read.reason);
    validationScores = read.scores;
  }
  const test = await readPredictions(deps.fs, outputDir, 'test', { task: input.task, classes: input.classes, rows: input.parts.test.numRows });
  if (!test.ok) return failed('bad_predictions', test.reason);
  return { ...base, status: 'complete', failure: null, reason: null, details: null, validationScores, testScores: test.scores };
}
