import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import type { TrainingFingerprint } from '../../core/gitops/fingerprint';
import type { FileSystem } from '../../ports/file-system';
import { loadConfig } from '../load-config';

/**
 * The fingerprint a run of this config would record today (metrics.json's lineage): the config
 * file's sha256 and the sha256 of each data file it reads, without training.
 */
export async function todaysFingerprint(fs: FileSystem, configPath: string, displayPath: string): Promise<TrainingFingerprint & { name: string }> {
  const loaded = await loadConfig(fs, configPath, displayPath);
  const { data } = loaded.config;
  const written = [data.path, data.train, data.validation.path, data.test].filter((f): f is string => f !== undefined);
  const dataSha256: string[] = [];
  for (const file of written) {
    const bytes = await fs.readBytes(resolve(dirname(configPath), file));
    dataSha256.push(createHash('sha256').update(bytes).digest('hex'));
  }
  return { name: loaded.config.name, configSha256: loaded.sha256, dataSha256 };
}
