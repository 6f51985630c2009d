import type { FileToCommit, GitData } from '../../ports/git-data';

export type CommitFilesOutcome =
  | { status: 'committed'; commitSha: string; parentSha: string; attempts: number }
  /** The branch already holds exactly these files. */
  | { status: 'unchanged'; commitSha: string }
  /** Branch protection (or the token) refused the update; the commit made for it exists, on no branch. */
  | { status: 'refused'; message: string; parentSha: string; treeSha: string; commitSha: string }
  | { status: 'no-branch' };

export interface CommitFilesRequest {
  branch: string;
  files: readonly FileToCommit[];
  message: string;
  /** How many times to rebuild on the branch's new head when it moved meanwhile. */
  maxAttempts?: number;
}

const DEFAULT_ATTEMPTS = 5;

/**
 * Commits files on top of a branch through the Git Data API: a tree on the head's tree, a commit
 * with the head as parent, and a fast-forward of the branch. When someone pushed in between, the
 * fast-forward fails and the commit is rebuilt on the new head (the files replace whatever those
 * paths held, so rebuilding is always right).
 */
export async function commitFilesToBranch(git: GitData, request: CommitFilesRequest): Promise<CommitFilesOutcome> {
  const maxAttempts = request.maxAttempts ?? DEFAULT_ATTEMPTS;
  let lastMessage = '';
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const head = await git.branchHead(request.branch);
    if (!head) return { status: 'no-branch' };
    const treeSha = await git.createTree(head.treeSha, request.files);
    if (treeSha === head.treeSha) return { status: 'unchanged', commitSha: head.commitSha };
    const commitSha = await git.createCommit(request.message, treeSha, [head.commitSha]);
    const update = await git.updateBranch(request.branch, commitSha);
    if (update.outcome === 'updated') return { status: 'committed', commitSha, parentSha: head.commitSha, attempts: attempt };
    if (update.outcome === 'refused') return { status: 'refused', message: update.message ?? 'the branch refused the update', parentSha: head.commitSha, treeSha, commitSha };
    lastMessage = update.message ?? 'not a fast-forward';
  }
  throw new Error(`could not commit to ${request.branch}: it moved during each of ${maxAttempts} attempts (${lastMessage})`);
}
