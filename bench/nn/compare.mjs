// mltrain's mlp (TensorFlow.js) against PyTorch CPU on the same data in the same run: whole job
// each (process start, imports, data read, training, test predictions, AUC), alternating, medians.
// Run: node bench/nn/compare.mjs [--repeats 5] [--backend wasm] [--epochs 3] [--rows 200000]
// Needs /usr/bin/python3 with numpy and torch (Debian's python3-torch).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const repeats = Number(option('repeats', '5'));
const backend = option('backend', 'wasm');
const epochs = option('epochs', '3');
const rows = option('rows', '200000');
const data = join(root, 'bench/out', `nn-data-${rows}`);

if (!existsSync(join(data, 'meta.json'))) execFileSync('/usr/bin/python3', [join(root, 'bench/nn/make_data.py'), data, '--rows', rows], { stdio: 'inherit' });
execFileSync('bash', [join(root, 'bench/nn/build.sh')], { stdio: 'inherit' });

// OpenBLAS's thread pool busy-waits on a loaded 2-core machine: one thread made Debian's
// PyTorch 5x faster here, so the reference runs in its best configuration.
const TORCH_ENV = { ...process.env, OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1' };

function timed(command, commandArgs, env = process.env) {
  const start = performance.now();
  const out = execFileSync(command, commandArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env });
  const wall = (performance.now() - start) / 1000;
  return { wall, ...JSON.parse(out.trim().split('\n').pop()) };
}

const ours = [];
const torch = [];
for (let r = 0; r < repeats; r++) {
  ours.push(timed('node', [join(root, 'bench/out/mlp-job.mjs'), data, '--backend', backend, '--epochs', epochs]));
  torch.push(timed('/usr/bin/python3', [join(root, 'bench/nn/torch_job.py'), data, '--epochs', epochs], TORCH_ENV));
  console.error(`repeat ${r + 1}: mltrain ${ours[r].wall.toFixed(2)} s (train ${ours[r].train_seconds.toFixed(2)}), torch ${torch[r].wall.toFixed(2)} s (train ${torch[r].train_seconds.toFixed(2)})`);
}
const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const row = (name, runs) => `| ${name} | ${median(runs.map((r) => r.wall)).toFixed(2)} | ${median(runs.map((r) => r.train_seconds)).toFixed(2)} | ${Math.round((Number(rows) * Number(epochs)) / median(runs.map((r) => r.train_seconds))).toLocaleString('en-US')} | ${median(runs.map((r) => r.auc)).toFixed(4)} |`;
console.log(`MLP 30->64->32->1, batch 256, ${epochs} epochs, ${Number(rows).toLocaleString('en-US')} rows; ${repeats} alternating runs, medians; ${cpus().length} cores (${cpus()[0].model}), load average at the end ${loadavg()[0].toFixed(1)}`);
console.log('');
console.log('| job | whole job s | training s | training samples/s | test AUC |');
console.log('| --- | ---: | ---: | ---: | ---: |');
console.log(row(`mltrain mlp (${ours[0].backend}: ${ours[0].device})`, ours));
console.log(row(`PyTorch ${torch[0].torch} CPU (Debian python3-torch, ${torch[0].threads} thread, OPENBLAS_NUM_THREADS=1)`, torch));
console.log('');
const ratio = median(ours.map((r) => r.wall)) / median(torch.map((r) => r.wall));
const trainRatio = median(ours.map((r) => r.train_seconds)) / median(torch.map((r) => r.train_seconds));
console.log(`whole-job ratio ${ratio.toFixed(2)}x (target <= 6x); training-only ratio ${trainRatio.toFixed(2)}x; AUC difference ${(median(ours.map((r) => r.auc)) - median(torch.map((r) => r.auc))).toFixed(4)} (target within 0.01)`);
