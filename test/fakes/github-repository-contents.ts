import type { RepositoryContents } from '../../src/ports/repository-contents';
import { FakeApiError } from './github-api-failure';

/** In-memory files per ref, with reads recorded and an optional failure. */
export class MemoryRepositoryContents implements RepositoryContents {
  readonly reads: { path: string; ref: string }[] = [];
  private readonly files = new Map<string, Uint8Array>();
  private failure?: FakeApiError;

  put(ref: string, path: string, content: string | Uint8Array): void {
    this.files.set(`${ref}:${path}`, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }

  failWith(status: number, message: string): void {
    this.failure = new FakeApiError(status, message);
  }

  async readFile(path: string, ref: string): Promise<Uint8Array | null> {
    this.reads.push({ path, ref });
    if (this.failure) throw this.failure;
    return this.files.get(`${ref}:${path}`) ?? null;
  }
}
