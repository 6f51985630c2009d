import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeTrialFolders } from './node-trial-folders';

const root = mkdtempSync(join(tmpdir(), 'mltrain-folders-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('nodeTrialFolders', () => {
  it('writes bytes into new folders and lists every file below a folder, sorted, with / separators', async () => {
    await nodeTrialFolders.writeBytes(join(root, 'model', 'weights', 'layer-1.bin'), Uint8Array.from([0, 255, 7]));
    await nodeTrialFolders.writeBytes(join(root, 'model', 'model.pkl'), Uint8Array.from([1]));
    await nodeTrialFolders.writeBytes(join(root, 'model', 'a.txt'), new TextEncoder().encode('a'));
    expect([...readFileSync(join(root, 'model', 'weights', 'layer-1.bin'))]).toEqual([0, 255, 7]);
    expect(await nodeTrialFolders.listFiles(join(root, 'model'))).toEqual(['a.txt', 'model.pkl', 'weights/layer-1.bin']);
    expect(await nodeTrialFolders.listFiles(join(root, 'missing'))).toEqual([]);
    await nodeTrialFolders.removeDirectory(join(root, 'model'));
    expect(await nodeTrialFolders.listDirectory(root)).toEqual([]);
  });
});
