/**
 * The typed form of training_config.yaml after validation and defaults
 * (schemas/training-config.schema.json is the source of truth for names, ranges and defaults).
 */
import type { OverridableRule } from '../data/validation-types';

export const TASKS = ['binary', 'multiclass', 'regression'] as const;
export type Task = (typeof TASKS)[number];

export const MODEL_TYPES = ['gbdt', 'logistic', 'mlp', 'command'] as const;
export type ModelType = (typeof MODEL_TYPES)[number];

export const SPLIT_METHODS = ['stratified', 'random', 'group', 'time'] as const;
export type SplitMethod = (typeof SPLIT_METHODS)[number];

export const COLUMN_SCHEMA_TYPES = ['numeric', 'categorical', 'boolean', 'datetime'] as const;
export type ColumnSchemaType = (typeof COLUMN_SCHEMA_TYPES)[number];

export const SAMPLERS = ['tpe', 'random', 'grid'] as const;
export type SamplerName = (typeof SAMPLERS)[number];

export const PRUNERS = ['median', 'percentile', 'successive_halving', 'hyperband', 'none'] as const;
export type PrunerName = (typeof PRUNERS)[number];

export const BACKENDS = ['auto', 'cuda', 'node', 'webgpu', 'wasm', 'cpu'] as const;
export type Backend = (typeof BACKENDS)[number];

/** A duration as written: '90s', '30m', '2h', '1h30m' or a number of seconds. */
export type DurationText = string | number;

export type ScalarValue = string | number | boolean;

export interface ColumnSchema {
  type?: ColumnSchemaType;
  min?: number;
  max?: number;
  allowed?: ScalarValue[];
  nullable: boolean;
  required: boolean;
}

export interface DataConfig {
  path?: string;
  train?: string;
  test?: string;
  target: string;
  task?: Task;
  positive_class?: ScalarValue;
  id_columns: string[];
  features: { include?: string[]; exclude?: string[] };
  weight_column: string | null;
  na_values: string[];
  sensitive_columns: string[];
  on_bad_rows: 'error' | 'skip';
  split: { method?: SplitMethod; test_size: number; validation_size: number; group_column?: string; time_column?: string };
  schema: Record<string, ColumnSchema>;
  validation: {
    /** An explicit validation file. */
    path?: string;
    min_rows: number;
    max_missing_fraction: number;
    min_class_fraction: number;
    max_duplicate_fraction: number;
    leakage_auc: number;
    /** Per quality rule, fail or warn (the schema lists the rules that may be overridden). */
    severity: Partial<Record<OverridableRule, 'fail' | 'warn'>>;
  };
  drift: { reference?: string; max_psi: number };
}

export type ParamValue = string | number | boolean | null | ParamValue[] | { [key: string]: ParamValue };

export interface ModelConfig {
  type: ModelType;
  params: Record<string, ParamValue>;
  compute: { backend: Backend; threads: 'auto' | number };
  checkpoint_every?: number | null;
  command?: string[] | string;
  predict_command?: string[] | string;
  working_directory?: string;
  env: Record<string, string>;
  timeout_per_trial?: DurationText;
  output_format: 'csv' | 'parquet';
}

export type SearchDimension =
  | (string | number | boolean | null)[]
  | { type: 'float' | 'int'; low: number; high: number; log?: boolean; step?: number };

export interface TuningConfig {
  n_trials: number;
  timeout?: DurationText;
  sampler: SamplerName;
  pruner: PrunerName;
  metric?: string;
  direction?: 'maximize' | 'minimize';
  search_space: Record<string, SearchDimension>;
  parallelism: number;
  cv_folds: number | null;
  patience: number | null;
  max_consecutive_failures: number;
  storage: string;
}

export interface BudgetConfig {
  max_cost_usd?: number;
  hourly_rate_usd: number;
  max_duration?: DurationText;
}

export type ThresholdConfig = number | 'max_f1' | 'min_cost' | { recall: number };

export interface EvaluationConfig {
  threshold: ThresholdConfig;
  fairness: { sensitive_columns?: string[]; min_group_size: number; intersections: boolean };
  business?: { false_positive_cost: number; false_negative_cost: number; true_positive_value: number };
  bootstrap: { n_resamples: number; confidence: number };
  latency: { rows: number; batch_size: number };
  explanations: { max_rows: number; top_features: number };
}

export interface GateConfig {
  name?: string;
  metric: string;
  min?: number;
  max?: number;
  max_drop_vs_baseline?: number;
  max_relative_drop?: number;
  significance?: number;
  mode: 'no_worse' | 'better';
  column?: string;
  split: 'test' | 'validation';
}

export interface ReportConfig {
  model_card: boolean;
  pr_comment: boolean;
  summary: boolean;
  commit: boolean;
  baseline?: string;
}

export interface ModelCardConfig {
  owners: string[];
  intended_use?: string;
  limitations: string[];
  ethical_considerations: string[];
  license?: string;
}

export interface TrainingConfig {
  name: string;
  description: string;
  seed: number;
  data: DataConfig;
  model: ModelConfig;
  tuning?: TuningConfig;
  budget: BudgetConfig;
  evaluation: EvaluationConfig;
  gates: GateConfig[];
  report: ReportConfig;
  model_card: ModelCardConfig;
}
