import { readdir, rm } from 'node:fs/promises';

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
};
