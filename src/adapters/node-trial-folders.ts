import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The command trainer's TrialFolders on the real file system (src/app/command/command-dependencies.ts). */
export const nodeTrialFolders = {
  removeDirectory: async (path: string): Promise<void> => {
    await rm(path, { recursive: true, force: true });
  },
  listDirectory: async (path: string): Promise<string[]> => {
    try {
      return await readdir(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  },
  listFiles: async (path: string): Promise<string[]> => {
    const files: string[] = [];
    const walk = async (relative: string): Promise<void> => {
      let entries;
      try {
        entries = await readdir(join(path, relative), { withFileTypes: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw error;
      }
      for (const entry of entries) {
        const name = relative === '' ? entry.name : `${relative}/${entry.name}`;
        if (entry.isDirectory()) await walk(name);
        else if (entry.isFile()) files.push(name);
      }
    };
    await walk('');
    return files.sort();
  },
  writeBytes: async (path: string, bytes: Uint8Array): Promise<void> => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes);
  },
};
