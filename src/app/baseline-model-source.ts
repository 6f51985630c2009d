import { dirname, join } from 'node:path';
import type { GitHubEvent } from '../ports/github-event';
import type { FileSystem } from '../ports/file-system';
import type { Logger } from '../ports/logger';
import type { RepositoryContents } from '../ports/repository-contents';
import { baselineRef } from './publish/fetch-baseline';

/** The base branch's model as found: its parsed model.json and the files committed beside it. */
export interface BaselineModel {
  json: unknown;
  /** Where it came from, for messages: models/<name>/model.json@main, or a path. */
  source: string;
  /**
   * Reads a file of the same commit relative to model.json's folder (a command model's kept files,
   * the metrics.json of its run); null when absent. Optional: a source may offer model.json only.
   */
  readFile?(relativePath: string): Promise<Uint8Array | null>;
}

export type BaselineModelSource = (name: string) => Promise<BaselineModel | null>;

/** The promoted model committed on the base branch: models/<name>/model.json at the base ref. */
export function baselineModelFromRepository(contents: RepositoryContents, event: GitHubEvent | null, logger: Logger): BaselineModelSource {
  return async (name) => {
    const ref = baselineRef(event);
    if (!ref) return null;
    const folder = `models/${name}`;
    const path = `${folder}/model.json`;
    try {
      const bytes = await contents.readFile(path, ref);
      if (!bytes) return null;
      return { json: JSON.parse(new TextDecoder().decode(bytes)), source: `${path}@${ref}`, readFile: (relativePath) => contents.readFile(`${folder}/${relativePath}`, ref) };
    } catch (error) {
      logger.warning(`could not read the baseline model ${path} at ${ref}: ${(error as Error).message}`);
      return null;
    }
  };
}

/** A model.json on disk given with `mltrain run --baseline-model FILE` (its run's files beside it). */
export function baselineModelFromFile(fs: FileSystem, path: string): BaselineModelSource {
  return async () => {
    if (!(await fs.exists(path))) return null;
    const folder = dirname(path);
    return {
      json: JSON.parse(await fs.readText(path)),
      source: path,
      readFile: async (relativePath) => {
        const file = join(folder, relativePath);
        return (await fs.exists(file)) ? fs.readBytes(file) : null;
      },
    };
  };
}
