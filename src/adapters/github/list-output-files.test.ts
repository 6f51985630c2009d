import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeArtifactRuntime, openArtifactRuntime } from '../../../test/integration/github-stand-in/artifact-runtime';
import type { GitHubStandIn } from '../../../test/integration/github-stand-in/server';
import { readZip } from '../github-gitops/read-zip';
import { ActionsArtifactUploader } from './actions-artifact-uploader';
import { listOutputFiles } from './list-output-files';

const TRIAL = 'command/trial-0003/output';

function write(dir: string, path: string, content = 'x'): void {
  mkdirSync(join(dir, ...path.split('/').slice(0, -1)), { recursive: true });
  writeFileSync(join(dir, ...path.split('/')), content);
}

/** A command run's output dir: top-level files, the kept trial's output, and folders that stay out. */
function commandOutputDir(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'mltrain-out-'));
  write(dir, 'metrics.json', '{}');
  write(dir, 'report.md', '# report');
  write(dir, 'model.json', JSON.stringify({ engine: { type: 'command', model: { protocol: 1, command: ['python', 'train.py'], model_dir: TRIAL, files } } }));
  write(dir, `${TRIAL}/model.pkl`, 'pickle bytes');
  write(dir, `${TRIAL}/vocab/words.txt`, 'a\nb\n');
  write(dir, `${TRIAL}/predictions-test.csv`, 'score\n0.5\n');
  write(dir, 'command/checkpoints/trial-0003/state.bin', 'checkpoint');
  write(dir, 'command/data/train.csv', 'x,y\n');
  return dir;
}

let standIn: GitHubStandIn | undefined;
afterEach(async () => {
  await closeArtifactRuntime(standIn);
  standIn = undefined;
});

describe('listOutputFiles', () => {
  it('lists the top-level files, sorted, without sub-folders', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mltrain-out-'));
    for (const name of ['report.md', 'metrics.json', 'model.json']) writeFileSync(join(dir, name), 'x');
    mkdirSync(join(dir, 'checkpoints'));
    writeFileSync(join(dir, 'checkpoints', 'round-10.json'), 'x');
    expect(listOutputFiles(dir)).toEqual(['metrics.json', 'model.json', 'report.md'].map((n) => join(dir, n)));
  });

  it("adds exactly a command model's files at their sub-paths, nothing else of its folders", () => {
    const dir = commandOutputDir(['model.pkl', 'vocab/words.txt']);
    const warnings: string[] = [];
    expect(listOutputFiles(dir, (m) => warnings.push(m))).toEqual([join(dir, TRIAL, 'model.pkl'), join(dir, TRIAL, 'vocab', 'words.txt'), join(dir, 'metrics.json'), join(dir, 'model.json'), join(dir, 'report.md')]);
    expect(warnings).toEqual([]);
  });

  it('leaves out, with a warning, listed files that are absent, symbolic links or unsafe', () => {
    const outside = mkdtempSync(join(tmpdir(), 'mltrain-secret-'));
    writeFileSync(join(outside, 'token'), 'secret');
    const dir = commandOutputDir(['model.pkl', 'gone.bin', 'link.bin', 'linked-dir/token', 'sub/x:y.bin']);
    symlinkSync(join(outside, 'token'), join(dir, TRIAL, 'link.bin'));
    symlinkSync(outside, join(dir, TRIAL, 'linked-dir'));
    const warnings: string[] = [];
    const files = listOutputFiles(dir, (m) => warnings.push(m));
    expect(files.filter((f) => f.includes('command'))).toEqual([join(dir, TRIAL, 'model.pkl')]);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain(`does not promote ${TRIAL}/sub/x:y.bin`);
    expect(warnings[1]).toContain(`leaves out 3 of the command model's files`);
    expect(warnings[1]).toContain(`${TRIAL}/gone.bin, ${TRIAL}/link.bin, ${TRIAL}/linked-dir/token`);
  });

  it('through @actions/artifact, the files keep their sub-paths inside the artifact zip', async () => {
    standIn = await openArtifactRuntime();
    const dir = commandOutputDir(['model.pkl', 'vocab/words.txt']);
    await new ActionsArtifactUploader(process.env).upload('mltrain-churn', listOutputFiles(dir), dir);
    const zip = readZip(standIn.state.artifact('mltrain-churn')!.content!);
    expect([...zip.keys()].sort()).toEqual([`${TRIAL}/model.pkl`, `${TRIAL}/vocab/words.txt`, 'metrics.json', 'model.json', 'report.md']);
    expect(new TextDecoder().decode(zip.get(`${TRIAL}/vocab/words.txt`))).toBe('a\nb\n');
  });
});
