import { createHash } from 'node:crypto';
import { ConfigError } from '../core/config/config-error';
import { parseConfig, type ParsedConfig } from '../core/config/parse-config';
import type { FileSystem } from '../ports/file-system';

export interface LoadedConfig extends ParsedConfig {
  sha256: string;
  path: string;
}

/** Reads and validates a config file; a missing file is a ConfigError too (exit 2). */
export async function loadConfig(fs: FileSystem, path: string, displayPath: string): Promise<LoadedConfig> {
  if (!(await fs.exists(path))) {
    throw new ConfigError([{ file: displayPath, line: 0, column: 0, pointer: '', message: `config file not found (looked for ${path})` }]);
  }
  const bytes = await fs.readBytes(path);
  const text = new TextDecoder('utf-8').decode(bytes);
  const parsed = parseConfig(text, displayPath);
  return { ...parsed, path, sha256: createHash('sha256').update(bytes).digest('hex') };
}
