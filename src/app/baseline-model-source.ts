import type { GitHubEvent } from '../ports/github-event';
import type { FileSystem } from '../ports/file-system';
import type { Logger } from '../ports/logger';
import type { RepositoryContents } from '../ports/repository-contents';
import { baselineRef } from './publish/fetch-baseline';
import type { RunDependencies } from './run-dependencies';

type BaselineModelSource = NonNullable<RunDependencies['baselineModel']>;

/** The promoted model committed on the base branch: models/<name>/model.json at the base ref. */
export function baselineModelFromRepository(contents: RepositoryContents, event: GitHubEvent | null, logger: Logger): BaselineModelSource {
  return async (name) => {
    const ref = baselineRef(event);
    if (!ref) return null;
    const path = `models/${name}/model.json`;
    try {
      const bytes = await contents.readFile(path, ref);
      if (!bytes) return null;
      return { json: JSON.parse(new TextDecoder().decode(bytes)), source: `${path}@${ref}` };
    } catch (error) {
      logger.warning(`could not read the baseline model ${path} at ${ref}: ${(error as Error).message}`);
      return null;
    }
  };
}

/** A model.json on disk given with `mltrain run --baseline-model FILE`. */
export function baselineModelFromFile(fs: FileSystem, path: string): BaselineModelSource {
  return async () => {
    if (!(await fs.exists(path))) return null;
    return { json: JSON.parse(await fs.readText(path)), source: path };
  };
}
