import type { ParamValue, Task } from '../../core/config/training-config';
import { COMMAND_PROTOCOL_VERSION, MLTRAIN_ENV, PREDICTION_FILES, type CommandMode, type DataFileFormat, type ParamsDocument } from '../../core/models/command/protocol';
import type { CommandDataFiles } from './command-data-files';
import { join } from 'node:path';

export interface ParamsDocumentInput {
  mode: CommandMode;
  params: Record<string, ParamValue>;
  seed: number;
  trialNumber: number;
  task: Task;
  target: string;
  classes: string[] | null;
  features: readonly string[];
  weightColumn: string | null;
  metric: { name: string; direction: 'maximize' | 'minimize' } | null;
  data: CommandDataFiles;
  format: DataFileFormat;
  outputDir: string;
  checkpointDir: string | null;
  modelDir: string | null;
}

/** params.json: everything a program needs to know about its run, in one file. */
export function paramsDocument(input: ParamsDocumentInput): ParamsDocument {
  return {
    protocol: COMMAND_PROTOCOL_VERSION,
    mode: input.mode,
    params: input.params,
    seed: input.seed,
    trial: input.trialNumber,
    task: input.task,
    target: input.target,
    classes: input.classes,
    positive_class: input.task === 'binary' && input.classes ? input.classes[1] : null,
    features: [...input.features],
    weight_column: input.weightColumn,
    columns: input.data.columns,
    metric: input.metric?.name ?? null,
    direction: input.metric?.direction ?? null,
    format: input.format,
    files: input.data.files,
    output_dir: input.outputDir,
    checkpoint_dir: input.checkpointDir,
    model_dir: input.modelDir,
    predictions: { validation: join(input.outputDir, PREDICTION_FILES.validation), test: join(input.outputDir, PREDICTION_FILES.test) },
  };
}

/** The protocol's environment variables for a params document written at `paramsPath`. */
export function protocolVariables(document: ParamsDocument, paramsPath: string): Record<string, string> {
  const vars: Record<string, string> = {
    [MLTRAIN_ENV.protocol]: String(document.protocol),
    [MLTRAIN_ENV.mode]: document.mode,
    [MLTRAIN_ENV.params]: paramsPath,
    [MLTRAIN_ENV.outputDir]: document.output_dir,
    [MLTRAIN_ENV.seed]: String(document.seed),
    [MLTRAIN_ENV.trial]: String(document.trial),
    [MLTRAIN_ENV.target]: document.target,
    [MLTRAIN_ENV.task]: document.task,
  };
  if (document.files.train) vars[MLTRAIN_ENV.train] = document.files.train;
  if (document.files.validation) vars[MLTRAIN_ENV.validation] = document.files.validation;
  if (document.files.test) vars[MLTRAIN_ENV.test] = document.files.test;
  if (document.checkpoint_dir) vars[MLTRAIN_ENV.checkpointDir] = document.checkpoint_dir;
  if (document.model_dir) vars[MLTRAIN_ENV.modelDir] = document.model_dir;
  return vars;
}
