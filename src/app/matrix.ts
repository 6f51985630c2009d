import { posix } from 'node:path';
import { configMatrix, configReferences, fallbackConfigName, selectChangedConfigs, type ConfigFiles, type ConfigMatrix } from '../core/gitops/changed-configs';
import { matchesGlob } from '../core/gitops/glob-pattern';
import type { FileSystem } from '../ports/file-system';
import type { LocalGit } from '../ports/git-data';
import { EnvironmentError } from '../core/errors/environment-error';
import { loadConfig } from './load-config';

export const DEFAULT_CONFIG_GLOB = '**/training_config.yaml';

export interface MatrixRequest {
  glob?: string;
  /** Both or neither: without them every config is in the matrix. */
  baseRef?: string;
  headRef?: string;
}

export interface MatrixOutcome {
  matrix: ConfigMatrix;
  /** What the CLI prints: the matrix as one line of JSON, for `$GITHUB_OUTPUT`. */
  json: string;
}

/**
 * `mltrain matrix [glob] [--base REF --head REF]`: the configs (tracked files matching the glob)
 * changed between two refs (the config itself or a data file it reads), or all of them, as
 * `strategy.matrix` JSON. A config that cannot be read is listed when its file changed, so its
 * job fails loudly rather than being skipped.
 */
export async function matrixOfConfigs(deps: { fs: FileSystem; git: LocalGit }, request: MatrixRequest): Promise<MatrixOutcome> {
  const glob = request.glob ?? DEFAULT_CONFIG_GLOB;
  if ((request.baseRef === undefined) !== (request.headRef === undefined)) throw new EnvironmentError('give both --base and --head, or neither');
  const root = await deps.git.root();
  const tracked = (await deps.git.trackedFiles()).filter((path) => matchesGlob(path, glob));
  const configs: ConfigFiles[] = [];
  for (const configPath of tracked) {
    const absolute = posix.join(root.replace(/\\/g, '/'), configPath);
    try {
      const loaded = await loadConfig(deps.fs, absolute, configPath);
      configs.push({ configPath, name: loaded.config.name, references: configReferences(configPath, loaded.config) });
    } catch {
      configs.push({ configPath, name: fallbackConfigName(configPath), references: [] });
    }
  }
  const selected = request.baseRef !== undefined && request.headRef !== undefined ? selectChangedConfigs(configs, await deps.git.changedFiles(request.baseRef, request.headRef)) : configs;
  const matrix = configMatrix(selected);
  return { matrix, json: JSON.stringify(matrix) };
}
