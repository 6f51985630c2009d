import { ConfigError, type ConfigIssue } from '../core/config/config-error';
import { didYouMean } from '../core/config/did-you-mean';
import type { LoadedConfig } from './load-config';

/**
 * The feature columns: `features.include` when given, else every column except the target, ids,
 * the weight column, sensitive columns and `features.exclude`. Every column the config names must
 * exist; a missing one is a config error at the line that names it.
 */
export function selectFeatures(columns: readonly string[], loaded: LoadedConfig): string[] {
  const data = loaded.config.data;
  const available = new Set(columns);
  const issues: ConfigIssue[] = [];
  const requireColumn = (column: string, pointer: string) => {
    if (available.has(column)) return;
    const pos = loaded.locate(pointer);
    const hint = nearestColumns(column, columns);
    issues.push({ file: loaded.file, line: pos.line, column: pos.column, pointer, message: `column '${column}' is not in the data${hint}` });
  };
  requireColumn(data.target, '/data/target');
  data.id_columns.forEach((c, i) => requireColumn(c, `/data/id_columns/${i}`));
  data.sensitive_columns.forEach((c, i) => requireColumn(c, `/data/sensitive_columns/${i}`));
  data.features.include?.forEach((c, i) => requireColumn(c, `/data/features/include/${i}`));
  data.features.exclude?.forEach((c, i) => requireColumn(c, `/data/features/exclude/${i}`));
  if (data.weight_column) requireColumn(data.weight_column, '/data/weight_column');
  if (data.split.group_column) requireColumn(data.split.group_column, '/data/split/group_column');
  if (data.split.time_column) requireColumn(data.split.time_column, '/data/split/time_column');
  if (issues.length > 0) throw new ConfigError(issues);

  const never = new Set([data.target, ...data.id_columns, ...(data.weight_column ? [data.weight_column] : [])]);
  let features: string[];
  if (data.features.include) {
    features = data.features.include.filter((c) => !never.has(c));
  } else {
    const excluded = new Set([...never, ...data.sensitive_columns, ...(data.features.exclude ?? [])]);
    features = columns.filter((c) => !excluded.has(c));
  }
  if (data.features.include && data.features.exclude) {
    const exclude = new Set(data.features.exclude);
    features = features.filter((c) => !exclude.has(c));
  }
  if (features.length === 0) {
    const pos = loaded.locate('/data/features', { key: true });
    throw new ConfigError([{ file: loaded.file, line: pos.line, column: pos.column, pointer: '/data/features', message: 'no feature columns are left after the target, ids, weight, sensitive columns and exclusions' }]);
  }
  return features;
}

function nearestColumns(column: string, columns: readonly string[]): string {
  const nearest = didYouMean(column, columns);
  if (nearest) return `; did you mean '${nearest}'?`;
  return `; columns: ${columns.slice(0, 12).join(', ')}${columns.length > 12 ? ', ...' : ''}`;
}
