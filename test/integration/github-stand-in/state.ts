/** What the stand-in remembers between requests: one repository's comments and files. */
export interface StoredComment {
  id: number;
  issueNumber: number;
  body: string;
  login: string;
  createdAt: string;
  updatedAt: string;
}

/** An artifact as @actions/artifact creates it: blocks staged to blob storage, then finalized. */
export interface StoredArtifact {
  id: number;
  name: string;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  /** The shared access signature its upload URL carries. */
  signature: string;
  blocks: Map<string, Buffer>;
  /** The committed blob (a zip unless uploaded raw). */
  content?: Buffer;
  contentType?: string;
  finalized: boolean;
  size?: number;
  hash?: string;
}

/** Another source of a ref's files, read after those given with `putFile` (gitops-routes.ts's Git Data state). */
export interface RefFileSource {
  /** Every file at a ref (a branch name or a commit sha), or undefined when the source has no such ref. */
  filesAt(ref: string): ReadonlyMap<string, Uint8Array> | undefined;
}

export class GitHubState {
  /** `owner/name` of the one repository served; others answer 404. */
  readonly repository: string;
  /** The token requests must carry (`Authorization: token ...`); other tokens answer 401. */
  readonly token: string;
  /** The runner's workflow run and job ids in the Actions results service. */
  readonly runBackendId = '11111111-2222-4333-8444-555555555555';
  readonly jobBackendId = '66666666-7777-4888-9999-000000000000';
  readonly artifacts: StoredArtifact[] = [];
  private readonly comments: StoredComment[] = [];
  private readonly files = new Map<string, Map<string, Uint8Array>>();
  private readonly fileSources: RefFileSource[] = [];
  private nextId = 9_000_001;
  private clock = Date.UTC(2026, 0, 1);

  constructor(options: { repository?: string; token?: string } = {}) {
    this.repository = options.repository ?? 'acme/models';
    this.token = options.token ?? 'ghs_stand_in_token';
  }

  /**
   * ACTIONS_RUNTIME_TOKEN as the runner hands it out: a JWT whose `scp` claim names the run and
   * job (the stand-in does not check signatures, and @actions/artifact only decodes it).
   */
  get runtimeToken(): string {
    const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    return `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ scp: `Actions.GenericRead Actions.Results:${this.runBackendId}:${this.jobBackendId}` })}.stand-in-signature`;
  }

  createArtifact(name: string, workflowRunBackendId: string, workflowJobRunBackendId: string): StoredArtifact {
    const artifact: StoredArtifact = { id: this.nextId++, name, workflowRunBackendId, workflowJobRunBackendId, signature: `sig${this.nextId}`, blocks: new Map(), finalized: false };
    this.artifacts.push(artifact);
    return artifact;
  }

  artifact(name: string): StoredArtifact | undefined {
    return this.artifacts.find((a) => a.name === name);
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

  deleteComment(id: number): boolean {
    const index = this.comments.findIndex((c) => c.id === id);
    if (index >= 0) this.comments.splice(index, 1);
    return index >= 0;
  }

  putFile(ref: string, path: string, content: string | Uint8Array): void {
    let tree = this.files.get(ref);
    if (!tree) this.files.set(ref, (tree = new Map()));
    tree.set(path, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }

  /** Serves another source's files through the contents API too, so what a commit wrote can be read back. */
  serveFilesFrom(source: RefFileSource): void {
    this.fileSources.push(source);
  }

  file(ref: string, path: string): Uint8Array | undefined {
    return this.filesOf(ref).find((files) => files.has(path))?.get(path);
  }

  /** Paths directly under `folder` at `ref` (files and sub-folders), for directory listings. */
  children(ref: string, folder: string): { name: string; type: 'file' | 'dir' }[] {
    const prefix = folder === '' ? '' : `${folder}/`;
    const seen = new Map<string, 'file' | 'dir'>();
    for (const path of this.filesOf(ref).flatMap((files) => [...files.keys()])) {
      if (!path.startsWith(prefix)) continue;
      const [name, ...rest] = path.slice(prefix.length).split('/');
      seen.set(name, rest.length > 0 ? 'dir' : 'file');
    }
    return [...seen].map(([name, type]) => ({ name, type }));
  }

  private filesOf(ref: string): ReadonlyMap<string, Uint8Array>[] {
    return [this.files.get(ref), ...this.fileSources.map((source) => source.filesAt(ref))].filter((files): files is ReadonlyMap<string, Uint8Array> => files !== undefined);
  }

  /** Deterministic timestamps, a second apart. */
  private tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }
}
