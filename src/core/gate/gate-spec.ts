/**
 * Gate specifications (the `gates:` list of training_config.yaml, snake_case as in the YAML), the
 * names of everything a gate can read, and which way each of them is better.
 */
import { FAIRNESS_METRICS } from '../evaluate/fairness';
import { ALL_METRICS, METRICS_BY_TASK, isLowerBetterMetric } from '../evaluate/metric-names';
import type { Task } from '../evaluate/task';

export type GateSplit = 'test' | 'validation';
export type GateMode = 'no_worse' | 'better';

export interface GateSpec {
  /** A label for the gate (default: it reads like `roc_auc >= 0.8`). */
  name?: string;
  metric: string;
  /** The value must be at least this. */
  min?: number;
  /** The value must be at most this. */
  max?: number;
  /** Largest absolute worsening against the baseline model (in the metric's units). */
  max_drop_vs_baseline?: number;
  /** Largest relative worsening against the baseline model (0.01 = 1%). */
  max_relative_drop?: number;
  /** Level of a statistical comparison with the baseline on the same rows (e.g. 0.05). */
  significance?: number;
  /** Statistical gate: fail only when significantly worse (default), or pass only when significantly better. */
  mode?: GateMode;
  /** Fairness gates: the sensitive column (default: the worst value over all columns). */
  column?: string;
  /** The part the metric is read on (default test). */
  split?: GateSplit;
}

/** Run-level numbers a gate can read, outside the per-split metrics. */
export const RUN_METRICS = ['cost_usd', 'duration_s', 'drift_max_psi'] as const;

/** Latency and throughput (measured on the test part). */
export const LATENCY_METRICS = ['latency_p50_ms', 'latency_p95_ms', 'latency_p99_ms', 'throughput_per_s'] as const;

/** Business and calibration numbers the pipeline may add to a split's metrics. */
export const EXTRA_SPLIT_METRICS = ['expected_cost_per_1000', 'expected_profit_per_1000', 'expected_calibration_error'] as const;

/** Every metric name a gate accepts. */
export const GATEABLE_METRICS: readonly string[] = [
  ...ALL_METRICS,
  ...EXTRA_SPLIT_METRICS,
  ...FAIRNESS_METRICS,
  ...LATENCY_METRICS,
  ...RUN_METRICS,
];

const LOWER_IS_BETTER_EXTRA = new Set<string>([
  'cost_usd',
  'duration_s',
  'drift_max_psi',
  'latency_p50_ms',
  'latency_p95_ms',
  'latency_p99_ms',
  'expected_cost_per_1000',
  'expected_calibration_error',
]);

export function isGateableMetric(name: string): boolean {
  return GATEABLE_METRICS.includes(name);
}

export function isFairnessMetric(name: string): boolean {
  return (FAIRNESS_METRICS as readonly string[]).includes(name);
}

/**
 * True when a smaller value is better: losses and errors, latency, cost, duration, drift and the
 * fairness differences. Fairness ratios, scores and throughput are better larger.
 */
export function isLowerBetter(name: string): boolean {
  if (isLowerBetterMetric(name) || LOWER_IS_BETTER_EXTRA.has(name)) return true;
  return isFairnessMetric(name) && name.endsWith('_difference');
}

/** Metrics that have a statistical test against the baseline on paired rows. */
export function supportsStatisticalGate(name: string): boolean {
  return (ALL_METRICS as readonly string[]).includes(name);
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}

/** The closest gateable name, when one is close enough to be a likely typo. */
export function suggestMetric(name: string): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of GATEABLE_METRICS) {
    const d = editDistance(name.toLowerCase(), candidate);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

export class UnknownMetricError extends Error {
  constructor(
    readonly metric: string,
    readonly suggestion?: string,
  ) {
    super(`unknown gate metric '${metric}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; gateable: ${GATEABLE_METRICS.join(', ')}`);
    this.name = 'UnknownMetricError';
  }
}

/** Throws UnknownMetricError (with a did-you-mean suggestion) unless `name` is gateable. */
export function assertGateableMetric(name: string): void {
  if (!isGateableMetric(name)) throw new UnknownMetricError(name, suggestMetric(name));
}

export interface GateSpecProblem {
  /** Index of the gate in the list. */
  index: number;
  /** The offending key ('metric', 'min', ...), for a JSON pointer like /gates/<index>/<key>. */
  key: keyof GateSpec | '';
  message: string;
}

export interface GateSpecCheckOptions {
  /** The task: metrics the task does not produce are reported. */
  task?: Task;
  /** The sensitive columns: a fairness gate's `column` must be one of them. */
  sensitiveColumns?: readonly string[];
}

const BOUND_KEYS = ['min', 'max', 'max_drop_vs_baseline', 'max_relative_drop', 'significance'] as const;

/** Everything wrong with a list of gate specs, for the config validator to report at once. */
export function checkGateSpecs(specs: readonly GateSpec[], options: GateSpecCheckOptions = {}): GateSpecProblem[] {
  const problems: GateSpecProblem[] = [];
  specs.forEach((spec, index) => {
    const add = (key: GateSpecProblem['key'], message: string): void => {
      problems.push({ index, key, message });
    };
    if (!isGateableMetric(spec.metric)) {
      const s = suggestMetric(spec.metric);
      add('metric', `unknown metric '${spec.metric}'${s ? ` (did you mean '${s}'?)` : ''}`);
      return;
    }
    const fairness = isFairnessMetric(spec.metric);
    if (options.task && (ALL_METRICS as readonly string[]).includes(spec.metric) && !(METRICS_BY_TASK[options.task] as readonly string[]).includes(spec.metric)) {
      add('metric', `'${spec.metric}' is not computed for a ${options.task} task (it has: ${METRICS_BY_TASK[options.task].join(', ')})`);
    }
    if (BOUND_KEYS.every((k) => spec[k] === undefined)) add('', `gate on '${spec.metric}' sets no bound: give one of ${BOUND_KEYS.join(', ')}`);
    for (const k of BOUND_KEYS) {
      const v = spec[k];
      if (v !== undefined && !Number.isFinite(v)) add(k, `'${k}' must be a finite number`);
    }
    if (spec.min !== undefined && spec.max !== undefined && spec.min > spec.max) add('min', `'min' (${spec.min}) is larger than 'max' (${spec.max})`);
    for (const k of ['max_drop_vs_baseline', 'max_relative_drop'] as const) {
      const v = spec[k];
      if (v !== undefined && v < 0) add(k, `'${k}' must be >= 0`);
    }
    if (spec.significance !== undefined) {
      if (!(spec.significance > 0 && spec.significance < 1)) add('significance', `'significance' must be in (0, 1), got ${spec.significance}`);
      if (!supportsStatisticalGate(spec.metric)) add('significance', `'${spec.metric}' has no statistical test against the baseline (only model metrics do)`);
    }
    if (spec.mode === 'better' && spec.significance === undefined) add('mode', `mode 'better' needs 'significance' (the test's level, e.g. 0.05)`);
    if (spec.column !== undefined) {
      if (!fairness) add('column', `'column' applies to fairness metrics only, not '${spec.metric}'`);
      else if (options.sensitiveColumns && !options.sensitiveColumns.includes(spec.column)) {
        add('column', `unknown sensitive column '${spec.column}' (sensitive columns: ${options.sensitiveColumns.join(', ') || 'none'})`);
      }
    }
    if (spec.split !== undefined && spec.split !== 'test' && spec.split !== 'validation') add('split', `'split' must be test or validation`);
  });
  return problems;
}

/** A JSON Schema (draft 2020-12) for one gate spec, as training-config.schema.json embeds it. */
export const GATE_SPEC_JSON_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['metric'],
  properties: {
    name: { type: 'string', description: 'A label for the gate (default: it reads like `roc_auc >= 0.8`).' },
    metric: { type: 'string', enum: [...GATEABLE_METRICS], description: 'A model metric, a fairness metric, latency, cost, duration or drift.' },
    min: { type: 'number', description: 'The value must be at least this.' },
    max: { type: 'number', description: 'The value must be at most this.' },
    max_drop_vs_baseline: { type: 'number', minimum: 0, description: 'Largest absolute worsening against the baseline model.' },
    max_relative_drop: { type: 'number', minimum: 0, description: 'Largest relative worsening against the baseline model (0.01 = 1%).' },
    significance: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1, description: 'Level of a statistical comparison with the baseline on the same rows.' },
    mode: { enum: ['no_worse', 'better'], default: 'no_worse', description: 'Statistical gate: fail only when significantly worse, or pass only when significantly better.' },
    column: { type: 'string', description: 'Fairness gates: the sensitive column (default: the worst over all columns).' },
    split: { enum: ['test', 'validation'], default: 'test', description: 'The part the metric is read on.' },
  },
} as const;
