/**
 * mltrain's job: the same MLP as torch_job.py through the mlp engine, whole job: read the data,
 * load the backend, train, predict the test rows, AUC.
 * Build: npx esbuild bench/nn/mlp-job.ts --bundle --platform=node --format=esm --outfile=bench/out/mlp-job.mjs
 * Run:   node bench/out/mlp-job.mjs DATA_DIR [--backend wasm|cpu|webgpu|cuda|node] [--epochs 3] [--allow-software-webgpu]
 * Prints one JSON line (seconds inside the process, train seconds, AUC, backend, device).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareTfjsBackend } from '../../src/adapters/tfjs/prepare-tfjs-backend';
import { mlpTrainer } from '../../src/core/models/nn/mlp-trainer';
import type { MlpModel } from '../../src/core/models/nn/mlp-model';
import type { NnBackend } from '../../src/core/models/nn/mlp-params';

const start = performance.now();
const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const dir = args[0];
const backend = option('backend', 'wasm') as NnBackend;
const epochs = Number(option('epochs', '3'));
const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { rows: number; test_rows: number; features: number };

function readFloats(name: string): Float32Array {
  const bytes = readFileSync(join(dir, name));
  return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}
function columns(rowMajor: Float32Array, rows: number, d: number): Float64Array[] {
  const out = Array.from({ length: d }, () => new Float64Array(rows));
  for (let i = 0; i < rows; i++) for (let j = 0; j < d; j++) out[j][i] = rowMajor[i * d + j];
  return out;
}

const d = meta.features;
const train = { features: columns(readFloats('x_train.f32'), meta.rows, d), label: Float64Array.from(readFloats('y_train.f32')) };
const testFeatures = columns(readFloats('x_test.f32'), meta.test_rows, d);
const testLabel = readFloats('y_test.f32');
const prepared = await prepareTfjsBackend(backend, { allowSoftwareWebgpu: args.includes('--allow-software-webgpu') });
const trainStart = performance.now();
const model = (await mlpTrainer.train({
  task: 'binary',
  numClasses: 2,
  train,
  featureInfo: { names: Array.from({ length: d }, (_, j) => `x${j}`), categorical: new Array<boolean>(d).fill(false) },
  params: { hidden_layers: [64, 32], epochs, batch_size: 256, learning_rate: 0.001, optimizer: 'adam', early_stopping_rounds: 0, backend },
  seed: 0,
  threads: 1,
})) as MlpModel;
const trainSeconds = (performance.now() - trainStart) / 1000;
const predictStart = performance.now();
const p = model.predict(testFeatures);
const predictSeconds = (performance.now() - predictStart) / 1000;

/** Mann-Whitney AUC with average ranks for ties. */
function auc(score: Float64Array, label: Float32Array): number {
  const order = Array.from(score.keys()).sort((a, b) => score[a] - score[b]);
  let rankSum = 0;
  let positives = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && score[order[j + 1]] === score[order[i]]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (label[order[k]] === 1) {
      rankSum += rank;
      positives++;
    }
    i = j + 1;
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * (label.length - positives));
}

let logLoss = 0;
p.forEach((q, i) => {
  const c = Math.min(Math.max(q, 1e-15), 1 - 1e-15);
  logLoss -= testLabel[i] === 1 ? Math.log(c) : Math.log(1 - c);
});
console.log(JSON.stringify({ engine: 'mltrain-mlp', backend: prepared.runtime.backend, device: prepared.runtime.device, samples_per_s: (meta.rows * epochs) / trainSeconds, test_log_loss: logLoss / p.length, seconds: (performance.now() - start) / 1000, train_seconds: trainSeconds, predict_seconds: predictSeconds, auc: auc(p, testLabel) }));
