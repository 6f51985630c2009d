import type { TrialFolders } from '../../src/app/command/command-dependencies';
import type { MemoryFileSystem } from './memory-file-system';

/** TrialFolders over a MemoryFileSystem: a folder is every key under `path/`. */
export class MemoryTrialFolders implements TrialFolders {
  constructor(private readonly fs: MemoryFileSystem) {}

  async removeDirectory(path: string): Promise<void> {
    const prefix = `${path}/`;
    for (const key of [...this.fs.files.keys()]) if (key.startsWith(prefix)) this.fs.files.delete(key);
    for (const key of [...this.fs.directories]) if (key === path || key.startsWith(prefix)) this.fs.directories.delete(key);
  }

  async listDirectory(path: string): Promise<string[]> {
    const prefix = `${path}/`;
    const names = new Set<string>();
    for (const key of [...this.fs.files.keys(), ...this.fs.directories]) {
      if (key.startsWith(prefix)) names.add(key.slice(prefix.length).split('/')[0]);
    }
    return [...names].sort();
  }

  async listFiles(path: string): Promise<string[]> {
    const prefix = `${path}/`;
    return [...this.fs.files.keys()].filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length)).sort();
  }

  async writeBytes(path: string, bytes: Uint8Array): Promise<void> {
    this.fs.files.set(path, bytes);
  }
}
