import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import type { FileSystem } from '../ports/file-system';

export const nodeFileSystem: FileSystem = {
  readText: (path) => readFile(path, 'utf8'),
  readBytes: async (path) => new Uint8Array(await readFile(path)),
  writeText: (path, text) => writeFile(path, text, 'utf8'),
  exists: async (path) => {
    try {
      await access(path);
      return true;
    } catch {
      return false;
    }
  },
  makeDirectory: async (path) => {
    await mkdir(path, { recursive: true });
  },
};
