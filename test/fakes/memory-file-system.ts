import type { FileSystem } from '../../src/ports/file-system';

/** An in-memory FileSystem: paths are plain keys; directories exist once made or written into. */
export class MemoryFileSystem implements FileSystem {
  readonly files = new Map<string, Uint8Array>();
  readonly directories = new Set<string>();

  constructor(initial: Record<string, string> = {}) {
    for (const [path, text] of Object.entries(initial)) this.files.set(path, new TextEncoder().encode(text));
  }

  async readText(path: string): Promise<string> {
    return new TextDecoder().decode(await this.readBytes(path));
  }

  async readBytes(path: string): Promise<Uint8Array> {
    const bytes = this.files.get(path);
    if (!bytes) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return bytes;
  }

  async writeText(path: string, text: string): Promise<void> {
    this.files.set(path, new TextEncoder().encode(text));
  }

  async exists(path: string): Promise<boolean> {
    return this.files.has(path) || this.directories.has(path);
  }

  async makeDirectory(path: string): Promise<void> {
    this.directories.add(path);
  }

  text(path: string): string {
    const bytes = this.files.get(path);
    if (!bytes) throw new Error(`no file ${path}; files: ${[...this.files.keys()].join(', ')}`);
    return new TextDecoder().decode(bytes);
  }
}
