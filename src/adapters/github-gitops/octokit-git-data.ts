import type { RepositoryName } from '../../ports/github-event';
import type { BranchHead, BranchUpdate, FileToCommit, FolderListing, GitData } from '../../ports/git-data';
import type { GitHubClient } from '../github/github-client';
import { encodeSegments, failureOf } from './http-failure';

/** Regular files: git's mode for a non-executable blob. */
const FILE_MODE = '100644';

/** Text up to this size goes inline in the tree request (one write instead of one per file). */
const INLINE_TEXT_LIMIT_BYTES = 1024 * 1024;

/** `sha: null` removes the path from the base tree (GitHub's documented way to delete in a tree). */
type TreeEntry = { path: string; mode: typeof FILE_MODE; type: 'blob' } & ({ sha: string | null } | { content: string });

/** The entries of a tree as GET /git/trees lists them. */
interface ListedTree {
  tree: { path?: string; type?: string; sha?: string }[];
  truncated: boolean;
}

/** The file as UTF-8 text when it is exactly that (so the tree API's `content` recreates its bytes), else null. */
function asExactText(bytes: Uint8Array): string | null {
  if (bytes.length > INLINE_TEXT_LIMIT_BYTES) return null;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return Buffer.from(text, 'utf8').equals(Buffer.from(bytes)) ? text : null;
  } catch {
    return null;
  }
}

/**
 * The Git Data API: a tree on a base tree (small text files inline, anything else as a base64
 * blob first, so model files of any bytes survive), a commit, and the branch ref moved as a
 * fast-forward (`force: false`). Fewer writes matter: GitHub asks integrations to pace them.
 */
export class OctokitGitData implements GitData {
  constructor(
    private readonly client: GitHubClient,
    private readonly repository: RepositoryName,
  ) {}

  async branchHead(branch: string): Promise<BranchHead | null> {
    let commitSha: string;
    try {
      const ref = await this.client.request('GET /repos/{owner}/{repo}/git/ref/{+ref}', { ...this.repository, ref: encodeSegments(`heads/${branch}`) });
      commitSha = (ref.data as { object: { sha: string } }).object.sha;
    } catch (error) {
      if (failureOf(error)?.status === 404) return null;
      throw error;
    }
    const commit = await this.client.rest.git.getCommit({ ...this.repository, commit_sha: commitSha });
    return { commitSha, treeSha: commit.data.tree.sha };
  }

  /**
   * Walks the folder's path one tree at a time (each listing only its children, small), then lists
   * the folder's own tree recursively: never the whole repository's tree, which GitHub cuts first.
   */
  async listFiles(treeSha: string, folder: string): Promise<FolderListing> {
    let sha = treeSha;
    for (const segment of folder.split('/')) {
      const listed = await this.getTree(sha, false);
      const child = listed.tree.find((entry) => entry.path === segment && entry.type === 'tree');
      if (!child?.sha) return { paths: [], truncated: listed.truncated };
      sha = child.sha;
    }
    const listed = await this.getTree(sha, true);
    const paths = listed.tree.filter((entry) => entry.type === 'blob' && entry.path).map((entry) => `${folder}/${entry.path}`);
    return { paths: paths.sort(), truncated: listed.truncated };
  }

  async createTree(baseTreeSha: string, files: readonly FileToCommit[], deletions: readonly string[] = []): Promise<string> {
    const tree: TreeEntry[] = deletions.map((path) => ({ path, mode: FILE_MODE, type: 'blob', sha: null }));
    for (const file of files) {
      const text = asExactText(file.content);
      if (text !== null) {
        tree.push({ path: file.path, mode: FILE_MODE, type: 'blob', content: text });
        continue;
      }
      const blob = await this.client.rest.git.createBlob({ ...this.repository, content: Buffer.from(file.content).toString('base64'), encoding: 'base64' });
      tree.push({ path: file.path, mode: FILE_MODE, type: 'blob', sha: blob.data.sha });
    }
    const created = await this.client.rest.git.createTree({ ...this.repository, base_tree: baseTreeSha, tree });
    return created.data.sha;
  }

  async createCommit(message: string, treeSha: string, parentShas: readonly string[]): Promise<string> {
    const created = await this.client.rest.git.createCommit({ ...this.repository, message, tree: treeSha, parents: [...parentShas] });
    return created.data.sha;
  }

  async updateBranch(branch: string, commitSha: string): Promise<BranchUpdate> {
    try {
      await this.patchRef(branch, commitSha, false);
      return { outcome: 'updated' };
    } catch (error) {
      const failure = failureOf(error);
      if (!failure) throw error;
      // 422 "Update is not a fast forward": someone pushed in between.
      if (failure.status === 422 && /fast.?forward/i.test(failure.message)) return { outcome: 'moved', message: failure.message };
      // 422 "Protected branch update failed", 409 ruleset violations, 403 no push rights: refused.
      if (failure.status === 422 || failure.status === 409 || failure.status === 403) return { outcome: 'refused', message: failure.message };
      throw error;
    }
  }

  async forceBranch(branch: string, commitSha: string): Promise<void> {
    if (await this.branchHead(branch)) {
      await this.patchRef(branch, commitSha, true);
      return;
    }
    await this.client.rest.git.createRef({ ...this.repository, ref: `refs/heads/${branch}`, sha: commitSha });
  }

  private async getTree(treeSha: string, recursive: boolean): Promise<ListedTree> {
    const response = await this.client.rest.git.getTree({ ...this.repository, tree_sha: treeSha, ...(recursive ? { recursive: '1' } : {}) });
    return { tree: response.data.tree, truncated: response.data.truncated };
  }

  private async patchRef(branch: string, sha: string, force: boolean): Promise<void> {
    await this.client.request('PATCH /repos/{owner}/{repo}/git/refs/{+ref}', { ...this.repository, ref: encodeSegments(`heads/${branch}`), sha, force });
  }
}
