import { lstatSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { promotedFilePaths, refusedFileWarning } from '../../core/gitops/promoted-file-paths';

function readModelJson(outputDir: string): unknown {
  try {
    return JSON.parse(readFileSync(join(outputDir, 'model.json'), 'utf8')) as unknown;
  } catch {
    return null;
  }
}

/**
 * Whether a path under the output dir is a regular file reached through real folders only: a
 * symbolic link (of the file or any folder on the way) could put a file from anywhere on the
 * runner into the artifact, and from there into the repository.
 */
function isPlainFileInside(realOutputDir: string, relativePath: string): boolean {
  const path = join(realOutputDir, ...relativePath.split('/'));
  try {
    return lstatSync(path).isFile() && realpathSync(path) === path;
  } catch {
    return false;
  }
}

/**
 * The artifact's files, sorted: the regular files directly inside the output dir, and a command
 * model's files (exactly those its model.json lists, at their sub-paths, which the upload keeps
 * relative to the output dir). Other sub-folders (checkpoints, caches, other trials) stay out.
 * Command files that are refused, absent or not plain files are left out with a warning.
 */
export function listOutputFiles(outputDir: string, warn: (message: string) => void = () => undefined): string[] {
  const topLevel = readdirSync(outputDir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(outputDir, entry.name));
  const selection = promotedFilePaths(undefined, readModelJson(outputDir));
  for (const refused of selection.refused) warn(refusedFileWarning(refused));
  const commandPaths = selection.paths.slice(selection.paths.length - selection.commandFileCount);
  const realOutputDir = commandPaths.length > 0 ? realpathSync(outputDir) : outputDir;
  const left: string[] = [];
  const nested: string[] = [];
  for (const path of commandPaths) {
    if (!isPlainFileInside(realOutputDir, path)) left.push(path);
    else if (path.includes('/')) nested.push(join(outputDir, ...path.split('/')));
  }
  if (left.length > 0) warn(`the artifact leaves out ${left.length} of the command model's files that model.json lists, absent or not plain files (symbolic links are never uploaded): ${left.join(', ')}`);
  return [...topLevel, ...nested].sort();
}
