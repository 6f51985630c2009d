import type { TableSchema } from './load-options';
import type { TargetTask } from './target';
import type { Table } from './table';

/** Every check `validateData` runs; config `data.validation.severity.<rule>` can override. */
export const VALIDATION_RULES = [
  'required_columns',
  'column_types',
  'numeric_range',
  'allowed_values',
  'not_null',
  'missing_fraction',
  'min_rows',
  'duplicate_rows',
  'constant_column',
  'target_present',
  'target_missing',
  'target_task',
  'min_class_fraction',
  'id_like_feature',
  'single_feature_leakage',
  'train_test_overlap',
] as const;
export type ValidationRule = (typeof VALIDATION_RULES)[number];

/** Rules on the columns and the target themselves: the run cannot go on past them, so they always fail. */
export const STRUCTURAL_RULES = ['required_columns', 'column_types', 'target_present', 'target_missing', 'target_task'] as const;
/** The data-quality rules whose severity `data.validation.severity` may set. */
export type OverridableRule = Exclude<ValidationRule, (typeof STRUCTURAL_RULES)[number]>;
export const OVERRIDABLE_RULES = VALIDATION_RULES.filter((rule): rule is OverridableRule => !(STRUCTURAL_RULES as readonly string[]).includes(rule));

export const SEVERITIES = ['pass', 'warn', 'fail'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What a rule does when it finds a problem (a rule that finds nothing yields 'pass'). */
export type ProblemSeverity = Exclude<Severity, 'pass'>;

export const DEFAULT_SEVERITY: Readonly<Record<ValidationRule, ProblemSeverity>> = {
  required_columns: 'fail',
  column_types: 'fail',
  numeric_range: 'fail',
  allowed_values: 'fail',
  not_null: 'fail',
  missing_fraction: 'warn',
  min_rows: 'fail',
  duplicate_rows: 'warn',
  constant_column: 'warn',
  target_present: 'fail',
  target_missing: 'fail',
  target_task: 'fail',
  min_class_fraction: 'warn',
  id_like_feature: 'warn',
  single_feature_leakage: 'warn',
  train_test_overlap: 'warn',
};

export interface ValidationFinding {
  readonly rule: ValidationRule;
  readonly severity: Severity;
  readonly column?: string;
  readonly message: string;
  /** The measured number (a fraction, a count, an AUC...). */
  readonly value?: number;
  readonly threshold?: number;
  /** Up to 10 example lines in the file (1-based, header = 1), or row numbers where the table has no lines. */
  readonly lines?: number[];
}

/** `data.validation` and `data.schema` of the config, in camelCase. */
export interface ValidationConfig {
  readonly schema?: TableSchema;
  readonly target?: string;
  readonly task?: TargetTask;
  /** Feature columns (default: every column but the target). */
  readonly features?: readonly string[];
  /** Default 0.5. */
  readonly maxMissingFraction?: number;
  /** Default 10. */
  readonly minRows?: number;
  /** Default 0: any duplicate row is reported. */
  readonly maxDuplicateFraction?: number;
  /** Default 0.01. */
  readonly minClassFraction?: number;
  /** A feature whose AUC (or |correlation| for regression, purity for categories) reaches this alone predicts the label. Default 0.99. */
  readonly leakageThreshold?: number;
  readonly severity?: Partial<Record<ValidationRule, ProblemSeverity>>;
}

/** What a rule needs: the table, the resolved settings and a way to build findings. */
export interface RuleContext {
  readonly table: Table;
  readonly config: ValidationConfig;
  readonly target?: string;
  readonly features: readonly string[];
  finding(rule: ValidationRule, problem: boolean, fields: Omit<ValidationFinding, 'rule' | 'severity'>): ValidationFinding;
  /** Up to 10 example lines for rows (file lines when the table has them). */
  lines(rows: ArrayLike<number>): number[];
}

export const MAX_EXAMPLE_LINES = 10;
