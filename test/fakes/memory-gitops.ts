import { createHash } from 'node:crypto';
import type { ActionsRuns, RunArtifact, WorkflowRunRecord } from '../../src/ports/actions-runs';
import type { BranchHead, BranchUpdate, FileToCommit, FolderListing, GitData, LocalGit, PullRequestRecord, Pulls } from '../../src/ports/git-data';

type Tree = Map<string, Uint8Array>;

function treeSha(tree: Tree): string {
  const hash = createHash('sha1');
  for (const [path, bytes] of [...tree].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`${path}\0${bytes.length}\0`).update(bytes);
  return hash.digest('hex');
}

/** An in-memory repository behind the Git Data port: content-addressed trees, commits, branches, protection. */
export class MemoryGitData implements GitData {
  readonly trees = new Map<string, Tree>();
  readonly commits = new Map<string, { treeSha: string; parents: string[]; message: string }>();
  readonly branches = new Map<string, string>();
  readonly protectedBranches = new Set<string>();
  readonly calls: string[] = [];
  /** Listings of more files than this come back cut, flagged `truncated` (GitHub cuts recursive tree listings past its limits). */
  listingLimit = Number.POSITIVE_INFINITY;
  /** Runs once before the next fast-forward: a push by someone else in between. */
  private interloper: (() => void) | null = null;
  private commitCount = 0;

  constructor(files: Record<string, string> = {}, branch = 'main') {
    const tree: Tree = new Map(Object.entries(files).map(([p, t]) => [p, new TextEncoder().encode(t)]));
    const sha = this.storeTree(tree);
    this.branches.set(branch, this.storeCommit('initial', sha, []));
  }

  /** Someone pushes `files` to `branch` right before mltrain's next fast-forward. */
  pushBeforeNextUpdate(branch: string, files: Record<string, string>): void {
    this.interloper = () => this.pushNow(branch, files, 'someone else');
  }

  pushNow(branch: string, files: Record<string, string>, message: string): string {
    const head = this.head(branch);
    const tree = new Map(this.trees.get(head.treeSha));
    for (const [p, t] of Object.entries(files)) tree.set(p, new TextEncoder().encode(t));
    const sha = this.storeCommit(message, this.storeTree(tree), [head.commitSha]);
    this.branches.set(branch, sha);
    return sha;
  }

  fileAt(branch: string, path: string): string | undefined {
    const bytes = this.trees.get(this.head(branch).treeSha)?.get(path);
    return bytes ? new TextDecoder().decode(bytes) : undefined;
  }

  head(branch: string): BranchHead {
    const commitSha = this.branches.get(branch);
    if (!commitSha) throw new Error(`no branch ${branch}`);
    return { commitSha, treeSha: this.commits.get(commitSha)!.treeSha };
  }

  async branchHead(branch: string): Promise<BranchHead | null> {
    this.calls.push(`branchHead ${branch}`);
    return this.branches.has(branch) ? this.head(branch) : null;
  }

  async listFiles(treeSha: string, folder: string): Promise<FolderListing> {
    this.calls.push(`listFiles ${folder}`);
    const tree = this.trees.get(treeSha);
    if (!tree) throw Object.assign(new Error(`Not Found: tree ${treeSha}`), { status: 404 });
    const paths = [...tree.keys()].filter((path) => path.startsWith(`${folder}/`)).sort();
    return paths.length > this.listingLimit ? { paths: paths.slice(0, this.listingLimit), truncated: true } : { paths, truncated: false };
  }

  async createTree(baseTreeSha: string, files: readonly FileToCommit[], deletions: readonly string[] = []): Promise<string> {
    this.calls.push(deletions.length > 0 ? `createTree -${deletions.length}` : 'createTree');
    const tree = new Map(this.trees.get(baseTreeSha));
    for (const file of files) tree.set(file.path, file.content);
    // GitHub answers 422 to the deletion of a path the base tree lacks.
    for (const path of deletions) if (!tree.delete(path)) throw Object.assign(new Error(`Validation Failed: ${path} does not exist in the base tree`), { status: 422 });
    return this.storeTree(tree);
  }

  async createCommit(message: string, treeSha: string, parentShas: readonly string[]): Promise<string> {
    this.calls.push('createCommit');
    return this.storeCommit(message, treeSha, [...parentShas]);
  }

  async updateBranch(branch: string, commitSha: string): Promise<BranchUpdate> {
    this.calls.push(`updateBranch ${branch}`);
    const interloper = this.interloper;
    this.interloper = null;
    interloper?.();
    if (this.protectedBranches.has(branch)) return { outcome: 'refused', message: `Protected branch update failed for refs/heads/${branch}.` };
    const current = this.branches.get(branch);
    if (!this.commits.get(commitSha)?.parents.includes(current ?? '')) return { outcome: 'moved', message: 'Update is not a fast forward' };
    this.branches.set(branch, commitSha);
    return { outcome: 'updated' };
  }

  async forceBranch(branch: string, commitSha: string): Promise<void> {
    this.calls.push(`forceBranch ${branch}`);
    this.branches.set(branch, commitSha);
  }

  private storeTree(tree: Tree): string {
    const sha = treeSha(tree);
    this.trees.set(sha, tree);
    return sha;
  }

  private storeCommit(message: string, treeSha: string, parents: string[]): string {
    const sha = createHash('sha1').update(`${++this.commitCount}\0${treeSha}\0${message}`).digest('hex');
    this.commits.set(sha, { treeSha, parents, message });
    return sha;
  }
}

/** In-memory pull requests: created, updated, found by branch or by commit. */
export class MemoryPulls implements Pulls {
  readonly pulls: (PullRequestRecord & { title: string; body: string })[] = [];
  readonly calls: string[] = [];
  private nextNumber = 100;

  seedMerged(pull: { headSha: string; mergeCommitSha: string; number?: number; headRef?: string }): PullRequestRecord {
    const record = { number: pull.number ?? this.nextNumber++, state: 'closed' as const, merged: true, headRef: pull.headRef ?? 'feature', headSha: pull.headSha, baseRef: 'main', mergeCommitSha: pull.mergeCommitSha, url: `https://github.test/pull/${pull.number}`, title: 't', body: 'b' };
    this.pulls.push(record);
    return record;
  }

  async pullsOfCommit(commitSha: string): Promise<PullRequestRecord[]> {
    this.calls.push(`pullsOfCommit ${commitSha}`);
    return this.pulls.filter((p) => p.mergeCommitSha === commitSha || p.headSha === commitSha);
  }

  async findOpen(headBranch: string, baseBranch: string): Promise<PullRequestRecord | null> {
    this.calls.push(`findOpen ${headBranch}`);
    return this.pulls.find((p) => p.state === 'open' && p.headRef === headBranch && p.baseRef === baseBranch) ?? null;
  }

  async create(pull: { headBranch: string; baseBranch: string; title: string; body: string }): Promise<PullRequestRecord> {
    this.calls.push(`create ${pull.headBranch}`);
    const number = this.nextNumber++;
    const record = { number, state: 'open' as const, merged: false, headRef: pull.headBranch, headSha: '', baseRef: pull.baseBranch, mergeCommitSha: null, url: `https://github.test/pull/${number}`, title: pull.title, body: pull.body };
    this.pulls.push(record);
    return record;
  }

  async update(pullNumber: number, changes: { title?: string; body?: string }): Promise<PullRequestRecord> {
    this.calls.push(`update ${pullNumber}`);
    const record = this.pulls.find((p) => p.number === pullNumber);
    if (!record) throw Object.assign(new Error('Not Found'), { status: 404 });
    Object.assign(record, changes);
    return record;
  }
}

/** In-memory workflow runs with artifacts (their files, already unzipped). */
export class MemoryActionsRuns implements ActionsRuns {
  readonly runs: WorkflowRunRecord[] = [];
  readonly artifacts = new Map<number, (RunArtifact & { files: Map<string, Uint8Array> })[]>();
  readonly downloads: number[] = [];
  private nextId = 500;

  addRun(headSha: string, artifacts: Record<string, Record<string, string>>, over: Partial<WorkflowRunRecord> = {}): WorkflowRunRecord {
    const run: WorkflowRunRecord = { id: this.nextId++, event: 'pull_request', headSha, status: 'completed', conclusion: 'success', createdAt: new Date(Date.UTC(2026, 10, 1) + this.nextId * 1000).toISOString(), url: `https://github.test/runs/${this.nextId}`, fromFork: false, ...over };
    this.runs.unshift(run);
    this.artifacts.set(
      run.id,
      Object.entries(artifacts).map(([name, files]) => ({ id: this.nextId++, name, sizeBytes: 1, expired: false, files: new Map(Object.entries(files).map(([p, t]) => [p, new TextEncoder().encode(t)])) })),
    );
    return run;
  }

  async runsForHeadSha(headSha: string): Promise<WorkflowRunRecord[]> {
    return this.runs.filter((r) => r.headSha === headSha);
  }

  async artifactsOfRun(runId: number): Promise<RunArtifact[]> {
    return (this.artifacts.get(runId) ?? []).map(({ files: _files, ...artifact }) => artifact);
  }

  async downloadArtifact(artifactId: number): Promise<Map<string, Uint8Array>> {
    this.downloads.push(artifactId);
    for (const list of this.artifacts.values()) {
      const found = list.find((a) => a.id === artifactId);
      if (found) return new Map(found.files);
    }
    throw Object.assign(new Error('Not Found'), { status: 404 });
  }
}

/** A local clone's tracked files and a fixed diff. */
export class MemoryLocalGit implements LocalGit {
  readonly diffs: [string, string][] = [];
  constructor(
    private readonly rootDir: string,
    private readonly tracked: string[],
    private readonly changed: string[] = [],
  ) {}
  async root(): Promise<string> {
    return this.rootDir;
  }
  async trackedFiles(): Promise<string[]> {
    return [...this.tracked];
  }
  async changedFiles(baseRef: string, headRef: string): Promise<string[]> {
    this.diffs.push([baseRef, headRef]);
    return [...this.changed];
  }
}
