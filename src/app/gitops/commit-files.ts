import { withRemovedFilesNote } from '../../core/gitops/commit-messages';
import type { FileToCommit, GitData } from '../../ports/git-data';
import { planFolderReplacement, type FolderReplacement } from './folder-replacement';

/** What became of the folder's other files: those removed, and whether the listing was cut (then none were). */
export interface FolderCleanup {
  removed: string[];
  listingTruncated: boolean;
}

export type CommitFilesOutcome =
  | ({ status: 'committed'; commitSha: string; parentSha: string; attempts: number } & FolderCleanup)
  /** The branch already holds exactly these files (and, with `replaceFolder`, no others there). */
  | ({ status: 'unchanged'; commitSha: string } & FolderCleanup)
  /** Branch protection (or the token) refused the update; the commit made for it exists, on no branch. */
  | ({ status: 'refused'; message: string; parentSha: string; treeSha: string; commitSha: string } & FolderCleanup)
  | { status: 'no-branch' };

export interface CommitFilesRequest {
  branch: string;
  files: readonly FileToCommit[];
  message: string;
  /** A folder the commit makes hold exactly the files of `files` under it: its other files are deleted. */
  replaceFolder?: string;
  /** How many times to rebuild on the branch's new head when it moved meanwhile. */
  maxAttempts?: number;
}

const DEFAULT_ATTEMPTS = 5;
const NOTHING_REMOVED: FolderReplacement = { deletions: [], truncated: false };

/**
 * Commits files on top of a branch through the Git Data API: a tree on the head's tree, a commit
 * with the head as parent, and a fast-forward of the branch. When someone pushed in between, the
 * fast-forward fails and the commit is rebuilt on the new head (the files replace whatever those
 * paths held, and the stale files are listed again on that head, so rebuilding is always right).
 */
export async function commitFilesToBranch(git: GitData, request: CommitFilesRequest): Promise<CommitFilesOutcome> {
  const maxAttempts = request.maxAttempts ?? DEFAULT_ATTEMPTS;
  let lastMessage = '';
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const head = await git.branchHead(request.branch);
    if (!head) return { status: 'no-branch' };
    const folder = request.replaceFolder;
    const plan = folder === undefined ? NOTHING_REMOVED : await planFolderReplacement(git, head.treeSha, folder, request.files);
    const cleanup: FolderCleanup = { removed: plan.deletions, listingTruncated: plan.truncated };
    const treeSha = await git.createTree(head.treeSha, request.files, plan.deletions);
    if (treeSha === head.treeSha) return { status: 'unchanged', commitSha: head.commitSha, ...cleanup };
    const message = folder === undefined ? request.message : withRemovedFilesNote(request.message, folder, plan.deletions);
    const commitSha = await git.createCommit(message, treeSha, [head.commitSha]);
    const update = await git.updateBranch(request.branch, commitSha);
    if (update.outcome === 'updated') return { status: 'committed', commitSha, parentSha: head.commitSha, attempts: attempt, ...cleanup };
    if (update.outcome === 'refused') return { status: 'refused', message: update.message ?? 'the branch refused the update', parentSha: head.commitSha, treeSha, commitSha, ...cleanup };
    lastMessage = update.message ?? 'not a fast-forward';
  }
  throw new Error(`could not commit to ${request.branch}: it moved during each of ${maxAttempts} attempts (${lastMessage})`);
}
