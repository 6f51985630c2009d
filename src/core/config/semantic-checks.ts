import type { TrainingConfig } from './training-config';

/** A rule the schema cannot express, broken at `pointer`. */
export interface SemanticProblem {
  pointer: string;
  message: string;
  atKey?: boolean;
}

const BOUND_KEYS = ['min', 'max', 'max_drop_vs_baseline', 'max_relative_drop', 'significance'] as const;

/** Cross-field rules over a config that already passed the schema. */
export function semanticChecks(config: TrainingConfig): SemanticProblem[] {
  const problems: SemanticProblem[] = [];
  const { data } = config;
  if (data.path === undefined && data.train === undefined) {
    problems.push({ pointer: '/data', atKey: true, message: "'data' needs 'path' (one file to split) or 'train' (explicit files)" });
  }
  if (data.path !== undefined && data.train !== undefined) {
    problems.push({ pointer: '/data/train', atKey: true, message: "'data' has both 'path' and 'train': give one file to split, or explicit train/validation/test files" });
  }
  if (data.split.method === 'group' && !data.split.group_column) {
    problems.push({ pointer: '/data/split/method', message: "split method 'group' needs 'data.split.group_column'" });
  }
  if (data.split.method === 'time' && !data.split.time_column) {
    problems.push({ pointer: '/data/split/method', message: "split method 'time' needs 'data.split.time_column'" });
  }
  if (data.split.method === 'stratified' && data.task === 'regression') {
    problems.push({ pointer: '/data/split/method', message: "split method 'stratified' needs a classification task; use 'random' for regression" });
  }
  for (const [column, spec] of Object.entries(data.schema)) {
    if (spec.min !== undefined && spec.max !== undefined && spec.min > spec.max) {
      problems.push({ pointer: `/data/schema/${column}/min`, message: `'min' (${spec.min}) is larger than 'max' (${spec.max}) for column '${column}'` });
    }
  }
  if (config.model.type === 'command' && config.model.command === undefined) {
    problems.push({ pointer: '/model', atKey: true, message: "model type 'command' needs 'model.command' (the training program as a list of arguments)" });
  }
  config.gates.forEach((gate, index) => {
    if (!BOUND_KEYS.some((key) => gate[key] !== undefined)) {
      problems.push({ pointer: `/gates/${index}`, message: `gate on '${gate.metric}' sets no bound: give one of ${BOUND_KEYS.join(', ')}` });
    }
    if (gate.min !== undefined && gate.max !== undefined && gate.min > gate.max) {
      problems.push({ pointer: `/gates/${index}/min`, message: `gate on '${gate.metric}': 'min' (${gate.min}) is larger than 'max' (${gate.max})` });
    }
  });
  for (const [param, dimension] of Object.entries(config.tuning?.search_space ?? {})) {
    if (Array.isArray(dimension)) continue;
    const at = `/tuning/search_space/${param}`;
    if (dimension.low > dimension.high) problems.push({ pointer: `${at}/low`, message: `'low' (${dimension.low}) is larger than 'high' (${dimension.high}) for '${param}'` });
    if (dimension.log && dimension.low <= 0) problems.push({ pointer: `${at}/low`, message: `a log-scale range needs 'low' > 0 for '${param}'` });
    if (dimension.log && dimension.step !== undefined) problems.push({ pointer: `${at}/step`, message: `'step' cannot be combined with 'log' for '${param}'` });
    if (dimension.type === 'int' && (!Number.isInteger(dimension.low) || !Number.isInteger(dimension.high))) {
      problems.push({ pointer: `${at}/low`, message: `an int range needs whole-number 'low' and 'high' for '${param}'` });
    }
  }
  return problems;
}
