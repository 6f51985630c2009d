import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ActionsArtifactUploader } from './actions-artifact-uploader';
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

describe('ActionsArtifactUploader', () => {
  it('reports an unavailable service without ACTIONS_RUNTIME_TOKEN instead of failing', async () => {
    const result = await new ActionsArtifactUploader({}).upload('mltrain-churn', ['/out/metrics.json'], '/out');
    expect(result).toEqual({ status: 'unavailable', reason: 'this runtime has no artifact service (ACTIONS_RUNTIME_TOKEN is not set)' });
  });
});
