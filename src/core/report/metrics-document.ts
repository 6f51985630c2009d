import type { CommandLineage } from '../models/command/command-lineage';
import type { Task } from '../config/training-config';
import type { ExplanationsSection } from './explanations';

/** One gate's verdict (DESIGN.md): `name` reads like `roc_auc >= 0.8`. */
export interface GateOutcome {
  name: string;
  metric: string;
  column?: string;
  split: 'test' | 'validation';
  status: 'passed' | 'failed' | 'skipped';
  value: number | null;
  threshold: number | null;
  baseline?: number | null;
  p_value?: number | null;
  reason: string;
}

export interface CostReport {
  usd: number;
  seconds: number;
  hourly_rate_usd: number;
  /** Where the rate came from: the runner's environment, the config, or nowhere (0). */
  rate_source: 'environment' | 'config' | 'default';
  max_cost_usd?: number;
  /** Wall time per pipeline phase (load_and_split, validate_and_profile, train or tune, evaluate, ...). */
  phases_seconds?: Record<string, number>;
}

export interface DataFileLineageEntry {
  path: string;
  sha256: string;
  rows: number;
  columns: number;
}

export interface Lineage {
  data: DataFileLineageEntry[];
  config_sha256: string;
  git_commit: string | null;
  engine: string;
  engine_version: string;
  backend: string;
  seed: number;
  mltrain_version: string;
  /** model.type command: the training program (argv, folder, commit, interpreter, env names). */
  command?: CommandLineage;
}

export interface DataFinding {
  rule: string;
  severity: 'pass' | 'warn' | 'fail';
  column?: string;
  message: string;
  value?: number | string | null;
  threshold?: number | string | null;
  lines?: readonly number[];
}

export interface DataSection {
  rows: { train: number; validation: number; test: number };
  skipped_rows: number;
  features: string[];
  target: string;
  classes?: string[];
  validation: DataFinding[];
  drift: {
    reference?: string;
    max_psi?: number;
    drifted?: string[];
    missing_columns?: string[];
    new_columns?: string[];
    label?: Record<string, unknown>;
    columns: Record<string, Record<string, number | boolean | string | null | undefined>>;
  };
}

export interface ModelSection {
  type: string;
  params: Record<string, unknown>;
  iterations: number;
  threshold?: number;
  threshold_strategy?: string;
  path: string;
}

/** metrics.json: the contract other parts and users rely on (schemas/metrics.schema.json). */
/** How far a run got: `complete`, or stopped by failed data validation (exit 2). */
export const RUN_STAGES = ['complete', 'data_validation'] as const;
export type RunStage = (typeof RUN_STAGES)[number];

export interface MetricsDocument {
  schema_version: 1;
  stage: RunStage;
  name: string;
  task: Task;
  created_at: string;
  passed: boolean;
  metrics: { test: Record<string, number | null>; validation: Record<string, number | null> };
  intervals?: Record<string, Record<string, [number, number]>>;
  fairness: Record<string, Record<string, unknown>>;
  gates: GateOutcome[];
  cost: CostReport;
  tuning?: Record<string, unknown>;
  /** The base branch's model re-scored on today's test part, when there is one. */
  baseline?: { source: string; rescored: boolean; metrics: { test: Record<string, number | null> } };
  data: DataSection;
  model: ModelSection;
  /** Global feature attributions on a sample of test rows (or why there are none). */
  explanations?: ExplanationsSection;
  lineage: Lineage;
}

/** JSON with non-finite numbers written as null (JSON has no NaN), keys in insertion order. */
export function toJson(value: unknown, indent = 2): string {
  return `${JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), indent)}\n`;
}
