// Bundles the three entries into dist/ (ESM, unminified so diffs stay line-based, code splitting
// so the action, the CLI and the library share chunks). `node scripts/build.mjs --outdir DIR`
// builds elsewhere (the dist freshness check uses it).
import { build } from 'esbuild';
import { chmodSync, cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--outdir');
const outdir = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : join(root, 'dist');

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

await build({
  absWorkingDir: root,
  // trial-worker: the worker thread that runs tuning trials (src/adapters/worker-trial-pool.ts
  // finds it beside the entries).
  entryPoints: { index: 'src/action/index.ts', cli: 'src/cli/index.ts', lib: 'src/lib.ts', 'trial-worker': 'src/workers/trial-worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: false,
  sourcemap: false,
  legalComments: 'eof',
  chunkNames: 'chunks/[name]-[hash]',
  // Bundled CommonJS dependencies call require() for Node built-ins.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __mltrainCreateRequire } from 'node:module';\nconst require = __mltrainCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});

// The package's bin: `npx mltrain` runs it through the shell, which needs the executable bit (npm
// does not always add it, and a fresh clone has only what git recorded).
chmodSync(join(outdir, 'cli.js'), 0o755);

// Runtime data files the bundles read beside themselves.
for (const folder of ['schemas']) {
  const source = join(root, folder);
  if (existsSync(source)) cpSync(source, join(outdir, folder), { recursive: true });
}

// The mlp engine's runtime binaries (src/adapters/tfjs finds them beside the bundle): the tfjs
// wasm backend's files (plain and SIMD; the threaded build is never used in Node) and Dawn's
// dawn.node for the Linux runners (x64, arm64). Byte-identical copies add no diff to dist/.
const wasmDist = join(root, 'node_modules/@tensorflow/tfjs-backend-wasm/dist');
for (const file of ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm']) {
  if (existsSync(join(wasmDist, file))) cpSync(join(wasmDist, file), join(outdir, file));
}
for (const platform of ['linux-x64', 'linux-arm64']) {
  const dawn = join(root, 'node_modules/webgpu/dist', platform, 'dawn.node');
  if (existsSync(dawn)) cpSync(dawn, join(outdir, 'dawn', platform, 'dawn.node'));
}
