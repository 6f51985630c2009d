import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Bundles src/workers/trial-worker.ts into a temporary .mjs file: a worker thread runs plain
 * JavaScript, not the TypeScript vitest transforms, and this is the same esbuild step that
 * scripts/build.mjs applies for dist/trial-worker.js (one file, every import inlined).
 */
export async function buildTrialWorker(): Promise<{ url: URL; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'mltrain-trial-worker-'));
  const outfile = join(dir, 'trial-worker.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['src/workers/trial-worker.ts'],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  return { url: pathToFileURL(outfile), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
