/**
 * Git objects and refs of one repository through the hosting API (GitHub's Git Data API), so a
 * job can commit several files at once without a checkout or a push.
 * Failed calls reject with an Error carrying the HTTP `status`, except where a result says otherwise.
 */
export interface BranchHead {
  commitSha: string;
  treeSha: string;
}

/** One file of a new tree: its repository path and bytes. */
export interface FileToCommit {
  path: string;
  content: Uint8Array;
}

/** How a branch update ended: refused by protection, or not a fast-forward (the branch moved). */
export const BRANCH_UPDATE_OUTCOMES = ['updated', 'moved', 'refused'] as const;
export type BranchUpdateOutcome = (typeof BRANCH_UPDATE_OUTCOMES)[number];

export interface BranchUpdate {
  outcome: BranchUpdateOutcome;
  /** GitHub's message when not updated. */
  message?: string;
}

/** The files under one folder of a tree. */
export interface FolderListing {
  /** Repository paths (`<folder>/...`) of every file below the folder, at any depth, sorted; empty when there is no such folder. */
  paths: string[];
  /** The host listed only part of the folder (GitHub cuts recursive listings past its limits): `paths` is incomplete. */
  truncated: boolean;
}

export interface GitData {
  /** The branch's commit and tree, or null when there is no such branch. */
  branchHead(branch: string): Promise<BranchHead | null>;
  /** The files under `folder` (a repository path without trailing slash) in the tree `treeSha`. */
  listFiles(treeSha: string, folder: string): Promise<FolderListing>;
  /**
   * A tree: `baseTreeSha` with the files added or replaced and the `deletions` (repository paths
   * of files) removed; folders left empty disappear, as in git. Returns its sha.
   */
  createTree(baseTreeSha: string, files: readonly FileToCommit[], deletions?: readonly string[]): Promise<string>;
  createCommit(message: string, treeSha: string, parentShas: readonly string[]): Promise<string>;
  /** Moves the branch to `commitSha`, only as a fast-forward. */
  updateBranch(branch: string, commitSha: string): Promise<BranchUpdate>;
  /** Points the branch at `commitSha`, creating it or moving it whatever it held (for mltrain's own branches). */
  forceBranch(branch: string, commitSha: string): Promise<void>;
}

/** A pull request, as the GitOps flows need it. */
export interface PullRequestRecord {
  number: number;
  state: 'open' | 'closed';
  merged: boolean;
  headRef: string;
  headSha: string;
  baseRef: string;
  /** The commit merging it landed as, when merged. */
  mergeCommitSha: string | null;
  url: string;
}

/** Pull requests of one repository: found by commit or branch, opened, updated. */
export interface Pulls {
  /** Pull requests associated with a commit (the one it merged, or whose head it is). */
  pullsOfCommit(commitSha: string): Promise<PullRequestRecord[]>;
  /** The open pull request from `headBranch` (a branch of this repository) into `baseBranch`, if any. */
  findOpen(headBranch: string, baseBranch: string): Promise<PullRequestRecord | null>;
  create(pull: { headBranch: string; baseBranch: string; title: string; body: string }): Promise<PullRequestRecord>;
  update(pullNumber: number, changes: { title?: string; body?: string }): Promise<PullRequestRecord>;
}

/** The local clone, through git: which files it tracks and which changed between two refs. */
export interface LocalGit {
  /** The repository's root folder (absolute). */
  root(): Promise<string>;
  /** Tracked files, as repository paths (relative to the root, whatever the current folder). */
  trackedFiles(): Promise<string[]>;
  /** `git diff --name-only base...head`: paths changed on `head` since it forked from `base`. */
  changedFiles(baseRef: string, headRef: string): Promise<string[]>;
}
