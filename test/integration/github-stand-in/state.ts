/** What the stand-in remembers between requests: one repository's comments and files. */
export interface StoredComment {
  id: number;
  issueNumber: number;
  body: string;
  login: string;
  createdAt: string;
  updatedAt: string;
}

export class GitHubState {
  /** `owner/name` of the one repository served; others answer 404. */
  readonly repository: string;
  /** The token requests must carry (`Authorization: token ...`); other tokens answer 401. */
  readonly token: string;
  private readonly comments: StoredComment[] = [];
  private readonly files = new Map<string, Map<string, Uint8Array>>();
  private nextId = 9_000_001;
  private clock = Date.UTC(2026, 0, 1);

  constructor(options: { repository?: string; token?: string } = {}) {
    this.repository = options.repository ?? 'acme/models';
    this.token = options.token ?? 'ghs_stand_in_token';
  }

  addComment(issueNumber: number, body: string, login = 'someone'): StoredComment {
    const at = this.tick();
    const comment = { id: this.nextId++, issueNumber, body, login, createdAt: at, updatedAt: at };
    this.comments.push(comment);
    return comment;
  }

  commentsOn(issueNumber: number): StoredComment[] {
    return this.comments.filter((c) => c.issueNumber === issueNumber);
  }

  comment(id: number): StoredComment | undefined {
    return this.comments.find((c) => c.id === id);
  }

  updateComment(id: number, body: string): StoredComment | undefined {
    const comment = this.comment(id);
    if (comment) {
      comment.body = body;
      comment.updatedAt = this.tick();
    }
    return comment;
  }

  putFile(ref: string, path: string, content: string | Uint8Array): void {
    let tree = this.files.get(ref);
    if (!tree) this.files.set(ref, (tree = new Map()));
    tree.set(path, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }

  file(ref: string, path: string): Uint8Array | undefined {
    return this.files.get(ref)?.get(path);
  }

  /** Paths directly under `folder` at `ref` (files and sub-folders), for directory listings. */
  children(ref: string, folder: string): { name: string; type: 'file' | 'dir' }[] {
    const prefix = folder === '' ? '' : `${folder}/`;
    const seen = new Map<string, 'file' | 'dir'>();
    for (const path of this.files.get(ref)?.keys() ?? []) {
      if (!path.startsWith(prefix)) continue;
      const [name, ...rest] = path.slice(prefix.length).split('/');
      seen.set(name, rest.length > 0 ? 'dir' : 'file');
    }
    return [...seen].map(([name, type]) => ({ name, type }));
  }

  /** Deterministic timestamps, a second apart. */
  private tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }
}
