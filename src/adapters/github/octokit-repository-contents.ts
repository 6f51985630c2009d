import type { RepositoryName } from '../../ports/github-event';
import type { RepositoryContents } from '../../ports/repository-contents';
import type { GitHubClient } from './github-client';

/** `{+path}` keeps the slashes; each segment is encoded first, so odd file names stay one segment. */
const CONTENTS_ROUTE = 'GET /repos/{owner}/{repo}/contents/{+path}';

interface ContentsEntry {
  type: string;
  size: number;
  encoding?: string;
  content?: string;
}

function encodePath(path: string): string {
  return path.replace(/^\/+/, '').split('/').map(encodeURIComponent).join('/');
}

function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : undefined;
}

/**
 * Files at a ref through the REST contents API. Up to 1 MB the JSON answer carries the bytes in
 * base64; above that it carries none (encoding "none"), and the raw media type returns them
 * (up to 100 MB), read as a byte stream so nothing is re-encoded.
 */
export class OctokitRepositoryContents implements RepositoryContents {
  constructor(
    private readonly client: GitHubClient,
    private readonly repository: RepositoryName,
  ) {}

  async readFile(path: string, ref: string): Promise<Uint8Array | null> {
    const params = { ...this.repository, path: encodePath(path), ref };
    let entry: ContentsEntry | ContentsEntry[];
    try {
      entry = (await this.client.request(CONTENTS_ROUTE, params)).data as ContentsEntry | ContentsEntry[];
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw error;
    }
    // A folder (a list) or a symlink/submodule is not a file there.
    if (Array.isArray(entry) || entry.type !== 'file') return null;
    if (entry.encoding === 'base64' && (entry.content || entry.size === 0)) {
      return new Uint8Array(Buffer.from(entry.content ?? '', 'base64'));
    }
    const raw = await this.client.request(CONTENTS_ROUTE, { ...params, mediaType: { format: 'raw' }, request: { parseSuccessResponseBody: false } });
    const bytes = new Uint8Array(await new Response(raw.data as ReadableStream<Uint8Array>).arrayBuffer());
    if (bytes.length !== entry.size) {
      throw Object.assign(new Error(`${path} at ${ref}: expected ${entry.size} bytes from the raw contents API, got ${bytes.length}`), { status: 502 });
    }
    return bytes;
  }
}
