/**
 * One whole benchmark job for mltrain's GBDT engine, the counterpart of reference_job.py: read the
 * CSV, train (100 trees, depth 6, learning rate 0.1, 256 bins), score the test part.
 * Run: npx esbuild bench/gbdt/gbdt-job.ts --bundle --platform=node --format=esm --outfile=/tmp/gbdt-job.mjs
 *      node /tmp/gbdt-job.mjs CSV THREADS
 * Prints one JSON line: auc, seconds per phase, peak RSS in MiB.
 */
import { predictGbdt, trainGbdt } from '../../src/core/models/gbdt/index.js';
import type { GbdtDataset } from '../../src/core/models/gbdt/index.js';
import { readCsv } from './csv-reader.js';
import { rocAuc } from '../../src/core/models/gbdt/test-helpers.js';

const started = performance.now();
const [path, threadsText] = process.argv.slice(2);
const threads = Number(threadsText ?? '1');
const REPEATS = 5;

function isTest(i: number, r: number): boolean {
  let x = (Math.imul(i + 1, 0x9e3779b1) + Math.imul(r + 1, 40503)) >>> 0;
  x = (x ^ (x >>> 16)) >>> 0;
  x = Math.imul(x, 73244475) >>> 0;
  x = (x ^ (x >>> 16)) >>> 0;
  return x % 5 === 0;
}

function subset(columns: Float64Array[], label: Float64Array, keep: (i: number) => boolean): GbdtDataset {
  const index: number[] = [];
  for (let i = 0; i < label.length; i++) if (keep(i)) index.push(i);
  return { features: columns.map((c) => Float64Array.from(index, (i) => c[i])), label: Float64Array.from(index, (i) => label[i]) };
}

const phases: Record<string, number> = { read: 0, train: 0, predict: 0 };
let t = performance.now();
const csv = readCsv(path);
const labelIndex = csv.names.includes('y') ? csv.names.indexOf('y') : csv.names.indexOf('target');
const label = csv.columns[labelIndex];
const featureIndex = csv.names.map((_, f) => f).filter((f) => f !== labelIndex);
const columns = featureIndex.map((f) => csv.columns[f]);
const featureInfo = {
  names: featureIndex.map((f) => csv.names[f]),
  categorical: featureIndex.map((f) => csv.categorical[f]),
  categories: featureIndex.map((f) => csv.categories[f]),
};
phases.read = (performance.now() - t) / 1000;

const synthetic = csv.names.includes('y');
const aucs: number[] = [];
for (let r = 0; r < (synthetic ? 1 : REPEATS); r++) {
  t = performance.now();
  const cut = Math.floor(label.length * 0.8);
  const testRow = (i: number) => (synthetic ? i >= cut : isTest(i, r));
  const train = synthetic ? { features: columns.map((c) => c.subarray(0, cut)), label: label.subarray(0, cut) } : subset(columns, label, (i) => !testRow(i));
  const test = synthetic ? { features: columns.map((c) => c.subarray(cut)), label: label.subarray(cut) } : subset(columns, label, testRow);
  const model = await trainGbdt({
    train, featureInfo, objective: 'binary:logistic', seed: 1, threads,
    params: { n_estimators: 100, max_depth: 6, learning_rate: 0.1, max_bin: 256 },
  });
  phases.train += (performance.now() - t) / 1000;
  t = performance.now();
  const p = predictGbdt(model, test.features);
  phases.predict += (performance.now() - t) / 1000;
  aucs.push(rocAuc(test.label, p));
}

console.log(JSON.stringify({
  tool: 'mltrain', auc: aucs.reduce((a, b) => a + b, 0) / aucs.length, aucs, phases,
  job_seconds: (performance.now() - started) / 1000, peak_rss_mib: process.resourceUsage().maxRSS / 1024,
  cpu_seconds: (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
}));
