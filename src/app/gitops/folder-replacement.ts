import { staleModelFiles } from '../../core/gitops/stale-model-files';
import type { FileToCommit, GitData } from '../../ports/git-data';
import type { Logger } from '../../ports/logger';

/** The deletions that make a folder of a tree hold exactly the new files. */
export interface FolderReplacement {
  /** Repository paths under the folder that the new set lacks. */
  deletions: string[];
  /** The host listed the folder only in part, so nothing is deleted (stale files may remain). */
  truncated: boolean;
}

/**
 * Lists `folder` in the tree `treeSha` and returns the files the new set lacks. A truncated
 * listing deletes nothing: deleting from half a list could keep some stale files and, worse,
 * would look complete.
 */
export async function planFolderReplacement(git: GitData, treeSha: string, folder: string, files: readonly FileToCommit[]): Promise<FolderReplacement> {
  const listing = await git.listFiles(treeSha, folder);
  if (listing.truncated) return { deletions: [], truncated: true };
  return { deletions: staleModelFiles(folder, listing.paths, files.map((file) => file.path)), truncated: false };
}

/** The warning for a truncated listing, once per commit. */
export function warnTruncatedListing(logger: Logger, folder: string): void {
  logger.warning(`the host listed ${folder}/ only in part (too many files), so mltrain removed none of its stale files: delete the files of earlier models there by hand`);
}

/** For a log line: how many stale files a commit removed (nothing when none). */
export function removalNote(removed: readonly string[]): string {
  return removed.length === 0 ? '' : `, removing ${removed.length} stale file(s) of an earlier model`;
}
