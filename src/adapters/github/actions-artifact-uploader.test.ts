import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeArtifactRuntime, openArtifactRuntime } from '../../../test/integration/github-stand-in/artifact-runtime';
import type { GitHubStandIn } from '../../../test/integration/github-stand-in/server';
import { zipEntryNames } from '../../../test/integration/github-stand-in/zip-entries';
import { ActionsArtifactUploader } from './actions-artifact-uploader';

let standIn: GitHubStandIn | undefined;
afterEach(async () => {
  await closeArtifactRuntime(standIn);
  standIn = undefined;
});

function outputDir(): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'mltrain-artifact-'));
  const files = ['metrics.json', 'model.json', 'report.md'].map((name) => join(dir, name));
  files.forEach((file, i) => writeFileSync(file, `content ${i}\n`.repeat(100)));
  return { dir, files };
}

describe('ActionsArtifactUploader', () => {
  it('reports an unavailable service without ACTIONS_RUNTIME_TOKEN instead of failing', async () => {
    const result = await new ActionsArtifactUploader({}).upload('mltrain-churn', ['/out/metrics.json'], '/out');
    expect(result).toEqual({ status: 'unavailable', reason: 'this runtime has no artifact service (ACTIONS_RUNTIME_TOKEN is not set)' });
  });

  it('uploads one zip with the files at its top level through the results service and blob storage', async () => {
    standIn = await openArtifactRuntime();
    const { dir, files } = outputDir();
    const result = await new ActionsArtifactUploader(process.env).upload('mltrain-churn', files, dir);
    const artifact = standIn.state.artifact('mltrain-churn');
    expect(result).toEqual({ status: 'uploaded', id: artifact?.id, size: artifact?.size });
    expect(artifact?.finalized).toBe(true);
    expect(zipEntryNames(artifact!.content!).sort()).toEqual(['metrics.json', 'model.json', 'report.md']);
    expect(standIn.requestsTo('artifacts.create')[0].body).toMatchObject({ name: 'mltrain-churn', version: 7 });
  });

  it('reports GitHub Enterprise Server (no v2 artifacts there) as unavailable', async () => {
    const result = await new ActionsArtifactUploader({ ACTIONS_RUNTIME_TOKEN: 'x.y.z', GITHUB_SERVER_URL: 'https://ghe.example.com' }).upload('mltrain-churn', ['/out/metrics.json'], '/out');
    expect(result).toMatchObject({ status: 'unavailable', reason: expect.stringContaining('GitHub Enterprise Server') });
  });
});
