import { createHash } from 'node:crypto';
import type { GitHubState, RefFileSource } from './state';
import { notFound, type Route, type RouteContext, type StandInResponse } from './types';

/**
 * Issue 8's part of the stand-in: the Git Data API (refs, commits, trees read and created, with
 * deletions, blobs), pull requests
 * (list, create, update, by commit) and the Actions REST API's runs and artifacts (list, zip
 * download by redirect to blob storage). Its state lives here, beside the shared GitHubState;
 * plug it in with `gitops.plugInto(standIn)` (its routes, and its branches served by the contents
 * API too), or only the routes with `for (const route of gitops.routes()) standIn.addRoute(route)`.
 * Branch protection answers as GitHub does: 422 "Protected branch update failed".
 */

type Tree = Map<string, string>; // path -> blob sha

interface StoredCommit {
  sha: string;
  treeSha: string;
  parents: string[];
  message: string;
}

export interface StoredPull {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string;
  headRef: string;
  headSha: string;
  baseRef: string;
  mergedAt: string | null;
  mergeCommitSha: string | null;
}

export interface StoredRun {
  id: number;
  event: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  createdAt: string;
  /** `owner/name` of the repository whose code the run built (a fork's for fork pull requests). */
  headRepository: string;
  artifacts: { id: number; name: string; zip: Buffer; expired: boolean }[];
}

const BLOB_DOWNLOAD_ROOT = '/gitops-artifact-blobs';

const sha1 = (text: string | Uint8Array) => createHash('sha1').update(text).digest('hex');
const gitBlobSha = (bytes: Uint8Array) => createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');

export class GitOpsState implements RefFileSource {
  readonly blobs = new Map<string, Uint8Array>();
  readonly trees = new Map<string, Tree>();
  readonly commits = new Map<string, StoredCommit>();
  readonly branches = new Map<string, string>();
  readonly protectedBranches = new Set<string>();
  readonly pulls: StoredPull[] = [];
  readonly runs: StoredRun[] = [];
  /** Recursive tree listings with more entries than this come back cut with `truncated: true`, as GitHub's do past its limits. */
  treeListingLimit = Number.POSITIVE_INFINITY;
  private nextId = 7_000_001;
  private nextPull = 40;
  private clock = Date.UTC(2026, 10, 1);

  /** A branch whose one commit holds `files`. */
  initBranch(branch: string, files: Record<string, string | Uint8Array>): string {
    const sha = this.storeCommit('initial', this.storeTree(this.treeWith(new Map(), files)), []);
    this.branches.set(branch, sha);
    return sha;
  }

  /** A push by someone else. */
  pushNow(branch: string, files: Record<string, string | Uint8Array>, message: string): string {
    const head = this.commit(this.branches.get(branch)!);
    const sha = this.storeCommit(message, this.storeTree(this.treeWith(this.trees.get(head.treeSha)!, files)), [head.sha]);
    this.branches.set(branch, sha);
    return sha;
  }

  commit(sha: string): StoredCommit {
    const commit = this.commits.get(sha);
    if (!commit) throw new Error(`no commit ${sha}`);
    return commit;
  }

  /** Paths at a branch's head, sorted. */
  paths(branch: string): string[] {
    return [...this.trees.get(this.commit(this.branches.get(branch)!).treeSha)!.keys()].sort();
  }

  /** Every file at a branch's head or at a commit, as the contents API reads them. */
  filesAt(ref: string): ReadonlyMap<string, Uint8Array> | undefined {
    const commit = this.commits.get(this.branches.get(ref) ?? ref);
    const tree = commit ? this.trees.get(commit.treeSha) : undefined;
    return tree ? new Map([...tree].map(([path, blob]) => [path, this.blobs.get(blob)!])) : undefined;
  }

  /** Adds the routes to a stand-in and serves the branches through its contents API. */
  plugInto(standIn: { addRoute(route: Route): void; state: GitHubState }): void {
    for (const route of this.routes()) standIn.addRoute(route);
    standIn.state.serveFilesFrom(this);
  }

  fileAt(branch: string, path: string): Uint8Array | undefined {
    const sha = this.branches.get(branch);
    const blob = sha ? this.trees.get(this.commit(sha).treeSha)?.get(path) : undefined;
    return blob ? this.blobs.get(blob) : undefined;
  }

  addMergedPull(number: number, headSha: string, mergeCommitSha: string, headRef = 'feature'): StoredPull {
    const pull: StoredPull = { number, state: 'closed', title: `#${number}`, body: '', headRef, headSha, baseRef: 'main', mergedAt: this.tick(), mergeCommitSha };
    this.pulls.push(pull);
    return pull;
  }

  addRun(headSha: string, artifacts: { name: string; zip: Buffer }[], options: { event?: string; headRepository?: string } = {}): StoredRun {
    const run: StoredRun = { id: this.nextId++, event: options.event ?? 'pull_request', headSha, status: 'completed', conclusion: 'success', createdAt: this.tick(), headRepository: options.headRepository ?? '', artifacts: artifacts.map((a) => ({ id: this.nextId++, name: a.name, zip: a.zip, expired: false })) };
    this.runs.push(run);
    return run;
  }

  /**
   * Trees are stored flat (path -> blob); a folder of one is served as a tree of its own, stored
   * like any other (content-addressed, so its sha is stable) under the paths relative to it.
   */
  subtree(treeSha: string, folder: string): string | undefined {
    const prefix = `${folder}/`;
    const entries = [...(this.trees.get(treeSha) ?? [])].filter(([path]) => path.startsWith(prefix));
    return entries.length === 0 ? undefined : this.storeTree(new Map(entries.map(([path, blob]) => [path.slice(prefix.length), blob])));
  }

  /** A tree's entries as GitHub's GET tree lists them: only its children, or everything below it with `recursive`. */
  treeEntries(treeSha: string, recursive: boolean): { path: string; mode: string; type: 'blob' | 'tree'; sha: string }[] {
    const tree = this.trees.get(treeSha)!;
    const folders = new Set<string>();
    const blobs: { path: string; mode: string; type: 'blob'; sha: string }[] = [];
    for (const [path, sha] of tree) {
      const segments = path.split('/');
      for (let depth = 1; depth < segments.length && (recursive || depth === 1); depth++) folders.add(segments.slice(0, depth).join('/'));
      if (recursive || segments.length === 1) blobs.push({ path, mode: '100644', type: 'blob', sha });
    }
    const trees = [...folders].map((path) => ({ path, mode: '040000', type: 'tree' as const, sha: this.subtree(treeSha, path)! }));
    return [...trees, ...blobs].sort((a, b) => (a.path < b.path ? -1 : 1));
  }

  storeTree(tree: Tree): string {
    const sha = sha1([...tree].sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, s]) => `${p}\0${s}`).join('\n'));
    this.trees.set(sha, tree);
    return sha;
  }

  storeCommit(message: string, treeSha: string, parents: string[]): string {
    const sha = sha1(`${this.nextId++}\0${treeSha}\0${parents.join(',')}\0${message}`);
    this.commits.set(sha, { sha, treeSha, parents, message });
    return sha;
  }

  storeBlob(bytes: Uint8Array): string {
    const sha = gitBlobSha(bytes);
    this.blobs.set(sha, bytes);
    return sha;
  }

  createPull(pull: Pick<StoredPull, 'title' | 'body' | 'headRef' | 'baseRef'>): StoredPull {
    const headSha = this.branches.get(pull.headRef) ?? '';
    const stored: StoredPull = { ...pull, number: this.nextPull++, state: 'open', headSha, mergedAt: null, mergeCommitSha: null };
    this.pulls.push(stored);
    return stored;
  }

  private treeWith(base: Tree, files: Record<string, string | Uint8Array>): Tree {
    const tree = new Map(base);
    for (const [path, content] of Object.entries(files)) tree.set(path, this.storeBlob(typeof content === 'string' ? new TextEncoder().encode(content) : content));
    return tree;
  }

  private tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }

  routes(): Route[] {
    return gitopsRoutes(this);
  }
}

const unprocessable = (message: string): StandInResponse => ({ status: 422, body: { message, documentation_url: 'https://docs.github.com/rest/git/refs' } });

function pullJson(context: RouteContext, pull: StoredPull): Record<string, unknown> {
  const repo = context.state.repository;
  return {
    number: pull.number,
    state: pull.state,
    title: pull.title,
    body: pull.body,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    html_url: `${context.serverUrl}/${repo}/pull/${pull.number}`,
    head: { ref: pull.headRef, sha: pull.headSha, repo: { full_name: repo } },
    base: { ref: pull.baseRef, repo: { full_name: repo } },
  };
}

function gitopsRoutes(g: GitOpsState): Route[] {
  const refJson = (context: RouteContext, branch: string) => ({ ref: `refs/heads/${branch}`, object: { sha: g.branches.get(branch), type: 'commit', url: `${context.apiUrl}/repos/${context.state.repository}/git/commits/${g.branches.get(branch)}` } });
  const branchOf = (ref: string) => ref.replace(/^refs\//, '').replace(/^heads\//, '');
  return [
    {
      name: 'git-refs.get',
      method: 'GET',
      pattern: '/repos/:owner/:repo/git/ref/*ref',
      handle: (c) => (g.branches.has(branchOf(c.params.ref)) ? { status: 200, body: refJson(c, branchOf(c.params.ref)) } : notFound()),
    },
    {
      name: 'git-refs.create',
      method: 'POST',
      pattern: '/repos/:owner/:repo/git/refs',
      handle: (c) => {
        const { ref, sha } = c.body as { ref: string; sha: string };
        if (!ref.startsWith('refs/heads/')) return unprocessable('Reference name must start with refs/');
        const branch = branchOf(ref);
        if (g.branches.has(branch)) return unprocessable('Reference already exists');
        if (!g.commits.has(sha)) return unprocessable('Object does not exist');
        g.branches.set(branch, sha);
        return { status: 201, body: refJson(c, branch) };
      },
    },
    {
      name: 'git-refs.update',
      method: 'PATCH',
      pattern: '/repos/:owner/:repo/git/refs/*ref',
      handle: (c) => {
        const branch = branchOf(c.params.ref);
        const { sha, force } = c.body as { sha: string; force?: boolean };
        const current = g.branches.get(branch);
        if (!current) return unprocessable('Reference does not exist');
        if (g.protectedBranches.has(branch)) return unprocessable(`Protected branch update failed for refs/heads/${branch}.`);
        if (!g.commits.has(sha)) return unprocessable('Object does not exist');
        if (!force && !g.commit(sha).parents.includes(current) && sha !== current) return unprocessable('Update is not a fast forward');
        g.branches.set(branch, sha);
        return { status: 200, body: refJson(c, branch) };
      },
    },
    {
      name: 'git-commits.get',
      method: 'GET',
      pattern: '/repos/:owner/:repo/git/commits/:sha',
      handle: (c) => {
        const commit = g.commits.get(c.params.sha);
        return commit ? { status: 200, body: { sha: commit.sha, message: commit.message, tree: { sha: commit.treeSha }, parents: commit.parents.map((sha) => ({ sha })) } } : notFound();
      },
    },
    {
      name: 'git-commits.create',
      method: 'POST',
      pattern: '/repos/:owner/:repo/git/commits',
      handle: (c) => {
        const { message, tree, parents } = c.body as { message: string; tree: string; parents: string[] };
        if (!g.trees.has(tree) || parents.some((p) => !g.commits.has(p))) return unprocessable('Tree or parent does not exist');
        const sha = g.storeCommit(message, tree, parents);
        return { status: 201, body: { sha, message, tree: { sha: tree }, parents: parents.map((p) => ({ sha: p })) } };
      },
    },
    {
      name: 'git-blobs.create',
      method: 'POST',
      pattern: '/repos/:owner/:repo/git/blobs',
      handle: (c) => {
        const { content, encoding } = c.body as { content: string; encoding?: string };
        const bytes = encoding === 'base64' ? new Uint8Array(Buffer.from(content, 'base64')) : new TextEncoder().encode(content);
        return { status: 201, body: { sha: g.storeBlob(bytes) } };
      },
    },
    {
      name: 'git-trees.create',
      method: 'POST',
      pattern: '/repos/:owner/:repo/git/trees',
      handle: (c) => {
        const { base_tree: baseTree, tree } = c.body as { base_tree?: string; tree: { path: string; mode: string; type: string; sha?: string | null; content?: string }[] };
        if (baseTree && !g.trees.has(baseTree)) return unprocessable('base_tree is not a valid tree');
        const next = new Map(baseTree ? g.trees.get(baseTree) : undefined);
        for (const entry of tree) {
          // `sha: null` deletes the path; GitHub documents an error for a path that does not exist.
          if (entry.sha === null) {
            if (entry.content !== undefined || !next.delete(entry.path)) return unprocessable(`tree entry ${entry.path} cannot be deleted: no such path`);
            continue;
          }
          // An entry names a blob by sha or carries its UTF-8 content (GitHub then makes the blob).
          const sha = entry.content !== undefined && entry.sha === undefined ? g.storeBlob(new TextEncoder().encode(entry.content)) : entry.sha;
          if (entry.type !== 'blob' || entry.mode !== '100644' || sha === undefined || !g.blobs.has(sha)) return unprocessable(`tree entry ${entry.path} is invalid`);
          next.set(entry.path, sha);
        }
        return { status: 201, body: { sha: g.storeTree(next) } };
      },
    },
    {
      name: 'git-trees.get',
      method: 'GET',
      pattern: '/repos/:owner/:repo/git/trees/:sha',
      handle: (c) => {
        if (!g.trees.has(c.params.sha)) return notFound();
        // GitHub recurses when `recursive` is present, whatever its value (even 0 or false).
        const recursive = c.query.has('recursive');
        const entries = g.treeEntries(c.params.sha, recursive);
        const truncated = recursive && entries.length > g.treeListingLimit;
        return { status: 200, body: { sha: c.params.sha, tree: truncated ? entries.slice(0, g.treeListingLimit) : entries, truncated } };
      },
    },
    {
      name: 'pulls.list',
      method: 'GET',
      pattern: '/repos/:owner/:repo/pulls',
      handle: (c) => {
        const state = c.query.get('state') ?? 'open';
        const head = c.query.get('head');
        const base = c.query.get('base');
        const owner = c.state.repository.split('/')[0];
        const pulls = g.pulls.filter((p) => (state === 'all' || p.state === state) && (!head || `${owner}:${p.headRef}` === head) && (!base || p.baseRef === base));
        return { status: 200, body: pulls.map((p) => pullJson(c, p)) };
      },
    },
    {
      name: 'pulls.create',
      method: 'POST',
      pattern: '/repos/:owner/:repo/pulls',
      handle: (c) => {
        const body = c.body as { head: string; base: string; title: string; body?: string };
        if (!g.branches.has(body.head) || !g.branches.has(body.base)) return unprocessable('Validation Failed: head or base does not exist');
        if (g.pulls.some((p) => p.state === 'open' && p.headRef === body.head && p.baseRef === body.base)) return unprocessable(`A pull request already exists for ${body.head}.`);
        return { status: 201, body: pullJson(c, g.createPull({ title: body.title, body: body.body ?? '', headRef: body.head, baseRef: body.base })) };
      },
    },
    {
      name: 'pulls.update',
      method: 'PATCH',
      pattern: '/repos/:owner/:repo/pulls/:number',
      handle: (c) => {
        const pull = g.pulls.find((p) => p.number === Number(c.params.number));
        if (!pull) return notFound();
        const changes = c.body as { title?: string; body?: string };
        if (changes.title !== undefined) pull.title = changes.title;
        if (changes.body !== undefined) pull.body = changes.body;
        pull.headSha = g.branches.get(pull.headRef) ?? pull.headSha;
        return { status: 200, body: pullJson(c, pull) };
      },
    },
    {
      name: 'commit-pulls.list',
      method: 'GET',
      pattern: '/repos/:owner/:repo/commits/:sha/pulls',
      handle: (c) => ({ status: 200, body: g.pulls.filter((p) => p.mergeCommitSha === c.params.sha || p.headSha === c.params.sha).map((p) => pullJson(c, p)) }),
    },
    {
      name: 'actions-runs.list',
      method: 'GET',
      pattern: '/repos/:owner/:repo/actions/runs',
      handle: (c) => {
        const headSha = c.query.get('head_sha');
        const runs = g.runs.filter((r) => !headSha || r.headSha === headSha).reverse();
        const body = runs.map((r) => ({ id: r.id, event: r.event, head_sha: r.headSha, status: r.status, conclusion: r.conclusion, created_at: r.createdAt, html_url: `${c.serverUrl}/${c.state.repository}/actions/runs/${r.id}`, repository: { full_name: c.state.repository }, head_repository: { full_name: r.headRepository || c.state.repository } }));
        return { status: 200, body: { total_count: body.length, workflow_runs: body } };
      },
    },
    {
      name: 'run-artifacts.list',
      method: 'GET',
      pattern: '/repos/:owner/:repo/actions/runs/:id/artifacts',
      handle: (c) => {
        const run = g.runs.find((r) => r.id === Number(c.params.id));
        if (!run) return notFound();
        const artifacts = run.artifacts.map((a) => ({ id: a.id, name: a.name, size_in_bytes: a.zip.length, expired: a.expired, archive_download_url: `${c.apiUrl}/repos/${c.state.repository}/actions/artifacts/${a.id}/zip` }));
        return { status: 200, body: { total_count: artifacts.length, artifacts } };
      },
    },
    {
      name: 'artifact-zip.get',
      method: 'GET',
      pattern: '/repos/:owner/:repo/actions/artifacts/:id/zip',
      handle: (c) => {
        const artifact = g.runs.flatMap((r) => r.artifacts).find((a) => a.id === Number(c.params.id));
        if (!artifact) return notFound();
        if (artifact.expired) return { status: 410, body: { message: 'Artifact has expired' } };
        // GitHub answers 302 to a short-lived signed blob URL.
        return { status: 302, headers: { location: `${c.serverUrl}${BLOB_DOWNLOAD_ROOT}/${artifact.id}?sig=stand-in` } };
      },
    },
    {
      name: 'artifact-zip.blob',
      method: 'GET',
      base: 'root',
      auth: 'own',
      pattern: `${BLOB_DOWNLOAD_ROOT}/:id`,
      handle: (c) => {
        const artifact = g.runs.flatMap((r) => r.artifacts).find((a) => a.id === Number(c.params.id));
        if (!artifact || c.query.get('sig') !== 'stand-in') return { status: 403, body: { message: 'AuthenticationFailed' } };
        return { status: 200, body: new Uint8Array(artifact.zip), headers: { 'content-type': 'application/zip' } };
      },
    },
  ];
}
