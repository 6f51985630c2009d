import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { nodeFileSystem } from '../../src/adapters/node-file-system';
import { classifyError } from '../../src/app/classify-error';
import { INIT_FILES, initTemplates } from '../../src/app/init-templates';
import { parseConfig } from '../../src/core/config/parse-config';

const templatesDir = resolve(import.meta.dirname, '../../templates/workflows');
let target: string;

beforeEach(() => {
  target = mkdtempSync(join(tmpdir(), 'mltrain-init-'));
});
afterEach(() => rmSync(target, { recursive: true, force: true }));

interface Job {
  if?: string;
  'runs-on': string | string[];
  permissions?: Record<string, string>;
  steps?: { uses?: string; with?: Record<string, string> }[];
}
interface Workflow {
  on: Record<string, unknown>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const FORK_GUARD = 'github.event.pull_request.head.repo.full_name == github.repository';
const workflow = (path: string) => parse(readFileSync(join(target, path), 'utf8')) as Workflow;
const selfHosted = (job: Job) => ([] as string[]).concat(job['runs-on']).includes('self-hosted');

describe('initTemplates', () => {
  it('writes the config and the workflows, which parse with the guard, concurrency and least permissions', async () => {
    const outcome = await initTemplates(nodeFileSystem, { templatesDir, targetDir: target });
    expect(outcome.written).toEqual(INIT_FILES.map((f) => f.target));
    expect(outcome.lines[0]).toBe('wrote training_config.yaml');

    const pr = workflow('.github/workflows/mltrain-pr.yml');
    expect(Object.keys(pr.on)).toEqual(['pull_request']);
    expect(pr.concurrency).toEqual({ group: 'mltrain-pr-${{ github.event.pull_request.number }}', 'cancel-in-progress': true });
    expect(pr.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(pr.jobs).filter(selfHosted)) {
      expect(job.if).toContain(FORK_GUARD);
      expect(job['runs-on']).toEqual(['self-hosted', 'linux', 'x64', 'gpu']);
    }
    expect(pr.jobs.mltrain.if).toBe('always()');

    const promote = workflow('.github/workflows/mltrain-promote.yml');
    expect(Object.keys(promote.on)).toEqual(['push']);
    expect(promote.jobs.promote.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', actions: 'read' });
    expect(promote.jobs.changes.if).toContain("'[mltrain]'");

    const retrain = workflow('.github/workflows/mltrain-retrain.yml');
    expect(Object.keys(retrain.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(retrain.jobs.retrain.steps?.find((s) => s.uses?.startsWith('mltrain/'))?.with).toMatchObject({ 'pr-token': '${{ secrets.MLTRAIN_PR_TOKEN }}', publish: 'commit' });

    for (const [path, wf] of [['pr', pr], ['promote', promote], ['retrain', retrain]] as const) {
      const text = readFileSync(join(target, `.github/workflows/mltrain-${path}.yml`), 'utf8');
      expect(text).not.toContain('pull_request_target:');
      expect(wf.concurrency).toBeDefined();
      expect(wf.permissions).toEqual({ contents: 'read' });
      const uses = Object.values(wf.jobs).flatMap((j) => j.steps ?? []).map((s) => s.uses).filter((u) => u?.startsWith('mltrain/'));
      expect(uses.length).toBeGreaterThan(0);
      for (const use of uses) expect(use).toBe('mltrain/mltrain@v1');
    }
  });

  it('writes a config that passes the schema', async () => {
    await initTemplates(nodeFileSystem, { templatesDir, targetDir: target });
    const parsed = parseConfig(readFileSync(join(target, 'training_config.yaml'), 'utf8'), 'training_config.yaml');
    expect(parsed.config).toMatchObject({ name: 'my_model', model: { type: 'gbdt' } });
  });

  it('refuses to overwrite, naming the file, and writes nothing (exit 2)', async () => {
    mkdirSync(join(target, '.github/workflows'), { recursive: true });
    writeFileSync(join(target, '.github/workflows/mltrain-pr.yml'), 'mine');
    const error = await initTemplates(nodeFileSystem, { templatesDir, targetDir: target }).catch((e: unknown) => e);
    expect(classifyError(error)).toMatchObject({ exitCode: 2, problems: [{ message: expect.stringContaining('refuses to overwrite .github/workflows/mltrain-pr.yml') }] });
    expect(existsSync(join(target, 'training_config.yaml'))).toBe(false);
    expect(readFileSync(join(target, '.github/workflows/mltrain-pr.yml'), 'utf8')).toBe('mine');
  });
});
