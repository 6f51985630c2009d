import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findWorkflowTemplatesDir } from './templates-dir';

const root = resolve(import.meta.dirname, '../../..');

describe('findWorkflowTemplatesDir', () => {
  it('finds the package\'s templates from the sources, the bundle and its chunks', () => {
    for (const from of ['src/cli/main.ts', 'dist/cli.js', 'dist/chunks/chunk-X.js']) {
      expect(findWorkflowTemplatesDir(pathToFileURL(resolve(root, from)).href)).toBe(resolve(root, 'templates/workflows'));
    }
  });
  it('says so when there is none', () => {
    expect(() => findWorkflowTemplatesDir(pathToFileURL('/definitely/not/here.js').href)).toThrow(/templates\/workflows folder was not found/);
  });
});
