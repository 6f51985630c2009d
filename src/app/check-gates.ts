import { ConfigError, type ConfigIssue } from '../core/config/config-error';
import type { Task } from '../core/config/training-config';
import { checkGateSpecs } from '../core/gate/index';
import type { LoadedConfig } from './load-config';

/** Gate specs checked against the gateable metrics (and the task, once known) before training. */
export function checkGates(loaded: LoadedConfig, task?: Task): void {
  const config = loaded.config;
  const sensitive = config.evaluation.fairness.sensitive_columns ?? config.data.sensitive_columns;
  const problems = checkGateSpecs(config.gates, { task, sensitiveColumns: sensitive.length > 0 ? sensitive : undefined });
  if (problems.length === 0) return;
  throw new ConfigError(
    problems.map((problem): ConfigIssue => {
      const pointer = problem.key ? `/gates/${problem.index}/${problem.key}` : `/gates/${problem.index}`;
      const pos = loaded.locate(pointer);
      return { file: loaded.file, line: pos.line, column: pos.column, pointer, message: problem.message };
    }),
  );
}
