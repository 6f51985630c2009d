import { dirname, resolve } from 'node:path';
import { ConfigError, type ConfigIssue } from '../core/config/config-error';
import { loadConfig } from './load-config';
import type { RunDependencies } from './run-dependencies';

export interface ValidateOutcome {
  lines: string[];
  errors: unknown[];
}

/** Checks each config (schema, cross-field rules, referenced files exist) and reports all of them. */
export async function validateConfigs(deps: RunDependencies, configs: { configPath: string; displayPath: string }[]): Promise<ValidateOutcome> {
  const lines: string[] = [];
  const errors: unknown[] = [];
  for (const { configPath, displayPath } of configs) {
    try {
      const loaded = await loadConfig(deps.fs, configPath, displayPath);
      const missing: ConfigIssue[] = [];
      const data = loaded.config.data;
      const files: [string, string | undefined][] = [
        ['/data/path', data.path],
        ['/data/train', data.train],
        ['/data/validation/path', data.validation.path],
        ['/data/test', data.test],
      ];
      for (const [pointer, file] of files) {
        if (file === undefined) continue;
        const absolute = resolve(dirname(configPath), file);
        if (!(await deps.fs.exists(absolute))) {
          const pos = loaded.locate(pointer);
          missing.push({ file: displayPath, line: pos.line, column: pos.column, pointer, message: `file '${file}' not found (resolved against the config's folder: ${absolute})` });
        }
      }
      if (missing.length > 0) throw new ConfigError(missing);
      lines.push(`${displayPath}: valid (${loaded.config.name}, model ${loaded.config.model.type}, ${loaded.config.gates.length} gate(s))`);
    } catch (error) {
      errors.push(error);
    }
  }
  return { lines, errors };
}
