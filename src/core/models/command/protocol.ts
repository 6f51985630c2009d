import type { ParamValue, Task } from '../../config/training-config';

/**
 * The command protocol (docs/command-protocol.md): the files and environment variables mltrain
 * hands a training or prediction program, and what it reads back. Bump the version on any change
 * a program could notice.
 */
export const COMMAND_PROTOCOL_VERSION = 1;

export const COMMAND_MODES = ['train', 'predict'] as const;
export type CommandMode = (typeof COMMAND_MODES)[number];

/** The environment variables every run of a program gets (predict adds MLTRAIN_MODEL_DIR). */
export const MLTRAIN_ENV = {
  protocol: 'MLTRAIN_PROTOCOL',
  mode: 'MLTRAIN_MODE',
  params: 'MLTRAIN_PARAMS',
  train: 'MLTRAIN_TRAIN',
  validation: 'MLTRAIN_VALIDATION',
  test: 'MLTRAIN_TEST',
  outputDir: 'MLTRAIN_OUTPUT_DIR',
  checkpointDir: 'MLTRAIN_CHECKPOINT_DIR',
  modelDir: 'MLTRAIN_MODEL_DIR',
  seed: 'MLTRAIN_SEED',
  trial: 'MLTRAIN_TRIAL',
  target: 'MLTRAIN_TARGET',
  task: 'MLTRAIN_TASK',
} as const;

export const DATA_PART_NAMES = ['train', 'validation', 'test'] as const;
export type DataPartName = (typeof DATA_PART_NAMES)[number];

/** The parts a program writes predictions for, and the file names it writes them to. */
export const PREDICTED_PARTS = ['validation', 'test'] as const;
export type PredictedPart = (typeof PREDICTED_PARTS)[number];
export const PREDICTION_FILES: Readonly<Record<PredictedPart, string>> = {
  validation: 'predictions-validation.csv',
  test: 'predictions-test.csv',
};

/** How the data parts are written (model.output_format); predictions are always CSV. */
export const DATA_FILE_FORMATS = ['csv', 'parquet'] as const;
export type DataFileFormat = (typeof DATA_FILE_FORMATS)[number];

/** The prefix of a progress line on stdout or stderr: `MLTRAIN {"step": 3, "value": 0.81}`. */
export const PROGRESS_PREFIX = 'MLTRAIN ';

/** Column types as written into params.json, so a reader without type inference can convert cells. */
export const PROTOCOL_COLUMN_TYPES = ['numeric', 'categorical', 'boolean', 'datetime'] as const;
export type ProtocolColumnType = (typeof PROTOCOL_COLUMN_TYPES)[number];

export interface ParamsDocument {
  protocol: number;
  mode: CommandMode;
  params: Record<string, ParamValue>;
  seed: number;
  /** The trial number, from 0 (0 when not tuning and in predict mode). */
  trial: number;
  task: Task;
  target: string;
  /** Class labels as text, in the order prediction columns p0, p1, ... follow; null for regression. */
  classes: string[] | null;
  /** Binary: the label whose probability mltrain scores (classes[1]); null otherwise. */
  positive_class: string | null;
  /** The feature columns (the data files hold these, the target, and the weight column if any). */
  features: string[];
  weight_column: string | null;
  columns: { name: string; type: ProtocolColumnType }[];
  /** What intermediate values should measure, and which way is better (null when not tuning). */
  metric: string | null;
  direction: 'maximize' | 'minimize' | null;
  /** The data files' format: csv, or parquet (model.output_format). */
  format: DataFileFormat;
  /** Absolute paths; a part that is not given is null (no validation part, or predict mode). */
  files: Record<DataPartName, string | null>;
  output_dir: string;
  checkpoint_dir: string | null;
  model_dir: string | null;
  predictions: Record<PredictedPart, string>;
}
