/**
 * The lean loop against TensorFlow.js's own model.fit (tf.layers, autodiff, tf.train.adam) on the
 * same backend, data and MLP (30 -> 64 -> 32 -> 1, batch 256, one epoch): training samples/s each.
 * Build: npx esbuild bench/nn/fit-vs-loop.ts --bundle --platform=node --format=esm --outfile=bench/out/fit-vs-loop.mjs \
 *          --banner:js="import { createRequire as r } from 'node:module'; const require = r(import.meta.url);"
 * Run:   node bench/out/fit-vs-loop.mjs DATA_DIR [--backend wasm|cpu] [--repeats 3]
 */
import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareTfjsBackend } from '../../src/adapters/tfjs/prepare-tfjs-backend';
import { mlpTrainer } from '../../src/core/models/nn/mlp-trainer';
import type { NnBackend } from '../../src/core/models/nn/mlp-params';

const args = process.argv.slice(2);
const dir = args[0];
const backend = (args.includes('--backend') ? args[args.indexOf('--backend') + 1] : 'wasm') as NnBackend;
const repeats = args.includes('--repeats') ? Number(args[args.indexOf('--repeats') + 1]) : 3;
const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { rows: number; features: number };
const read = (name: string) => {
  const bytes = readFileSync(join(dir, name));
  return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
};
const x = read('x_train.f32');
const y = read('y_train.f32');
const d = meta.features;
await prepareTfjsBackend(backend);

async function fit(): Promise<number> {
  const model = tf.sequential({
    layers: [tf.layers.dense({ inputShape: [d], units: 64, activation: 'relu' }), tf.layers.dense({ units: 32, activation: 'relu' }), tf.layers.dense({ units: 1 })],
  });
  model.compile({ optimizer: tf.train.adam(0.001), loss: tf.losses.sigmoidCrossEntropy });
  const xs = tf.tensor2d(x, [meta.rows, d]);
  const ys = tf.tensor2d(y, [meta.rows, 1]);
  const start = performance.now();
  await model.fit(xs, ys, { batchSize: 256, epochs: 1, shuffle: true, verbose: 0 });
  const seconds = (performance.now() - start) / 1000;
  tf.dispose([xs, ys]);
  model.dispose();
  return meta.rows / seconds;
}

async function loop(): Promise<number> {
  const features = Array.from({ length: d }, (_, j) => Float64Array.from({ length: meta.rows }, (_, i) => x[i * d + j]));
  const start = performance.now();
  await mlpTrainer.train({
    task: 'binary',
    numClasses: 2,
    train: { features, label: Float64Array.from(y) },
    featureInfo: { names: features.map((_, j) => `x${j}`), categorical: features.map(() => false) },
    params: { hidden_layers: [64, 32], epochs: 1, batch_size: 256, early_stopping_rounds: 0, backend },
    seed: 0,
    threads: 1,
  });
  return meta.rows / ((performance.now() - start) / 1000);
}

const results: { fit: number[]; loop: number[] } = { fit: [], loop: [] };
for (let r = 0; r < repeats; r++) {
  results.fit.push(await fit());
  results.loop.push(await loop());
}
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
console.log(JSON.stringify({ backend: tf.getBackend(), fit_samples_per_s: Math.round(median(results.fit)), loop_samples_per_s: Math.round(median(results.loop)), speedup: median(results.loop) / median(results.fit) }));
