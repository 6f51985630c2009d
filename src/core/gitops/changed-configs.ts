import type { TrainingConfig } from '../config/training-config';
import { resolveRepositoryPath } from './repository-path';

/** One config in a repository with what it depends on, all as repository paths. */
export interface ConfigFiles {
  /** The config file, e.g. `models-src/churn/training_config.yaml`. */
  configPath: string;
  /** The config's `name`, or the folder's name when the config could not be read. */
  name: string;
  /** Files the config reads (data files, the drift reference); empty when it could not be read. */
  references: string[];
}

/** One entry of `strategy.matrix.include`. */
export interface MatrixEntry {
  config: string;
  name: string;
}

export interface ConfigMatrix {
  include: MatrixEntry[];
}

/** The data files and reference profile a config reads, as repository paths (absolute ones left out). */
export function configReferences(configPath: string, config: Pick<TrainingConfig, 'data'>): string[] {
  const { data } = config;
  const written = [data.path, data.train, data.validation.path, data.test, data.drift.reference];
  const resolved = written.flatMap((file) => (file === undefined ? [] : [resolveRepositoryPath(configPath, file)]));
  return [...new Set(resolved.filter((p): p is string => p !== null))];
}

/** The name a config gets when its `name` is unknown: its folder's, else the file's stem. */
export function fallbackConfigName(configPath: string): string {
  const parts = configPath.split('/');
  return parts.length > 1 ? parts[parts.length - 2] : parts[0].replace(/\.[^.]+$/, '');
}

/**
 * The configs a change touches: the config file itself, or any file it reads. A path that
 * names a folder a config reads from (a partitioned data set) counts too.
 */
export function selectChangedConfigs(configs: readonly ConfigFiles[], changedPaths: readonly string[]): ConfigFiles[] {
  const changed = new Set(changedPaths);
  const touches = (file: string) => changed.has(file) || changedPaths.some((path) => path.startsWith(`${file}/`));
  return configs.filter((config) => touches(config.configPath) || config.references.some(touches));
}

/** `strategy.matrix` for the configs, in path order; names made unique (a matrix job name is a key for people). */
export function configMatrix(configs: readonly ConfigFiles[]): ConfigMatrix {
  const sorted = [...configs].sort((a, b) => (a.configPath < b.configPath ? -1 : a.configPath > b.configPath ? 1 : 0));
  const counts = new Map<string, number>();
  for (const config of sorted) counts.set(config.name, (counts.get(config.name) ?? 0) + 1);
  return {
    include: sorted.map((config) => ({
      config: config.configPath,
      name: (counts.get(config.name) ?? 0) > 1 ? `${config.name} (${config.configPath})` : config.name,
    })),
  };
}
