import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listOutputFiles } from './list-output-files';

describe('listOutputFiles', () => {
  it('lists the top-level files, sorted, without sub-folders', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mltrain-out-'));
    for (const name of ['report.md', 'metrics.json', 'model.json']) writeFileSync(join(dir, name), 'x');
    mkdirSync(join(dir, 'checkpoints'));
    writeFileSync(join(dir, 'checkpoints', 'round-10.json'), 'x');
    expect(listOutputFiles(dir)).toEqual(['metrics.json', 'model.json', 'report.md'].map((n) => join(dir, n)));
  });
});
