/**
 * The cost of `mltrain run`'s explanation step (src/app/explain-model.ts) on a big job: read the
 * CSV, train the benchmark's model (100 trees, depth 6, learning rate 0.1, 256 bins; last 20% of
 * rows = test), then run the step as the pipeline does (seeded sample of test rows, TreeSHAP,
 * gain / cover / splits), 3 times each: with its defaults, then with forced sample sizes (no work
 * budget), and compare with the job's time. Wall and CPU seconds (the machine is shared).
 * Run: npx esbuild bench/gbdt/explain-job.ts --bundle --platform=node --format=esm --outfile=bench/out/explain-job.mjs
 *      node bench/out/explain-job.mjs bench/out/synth_1m.csv THREADS [ROWS,ROWS,...]
 * Prints one JSON line. The XGBoost counterpart is explain_reference.py (pred_contribs).
 */
import { explainModel, EXPLAIN_MAX_ROWS } from '../../src/app/explain-model.js';
import type { FeatureSpec } from '../../src/core/data/encoder.js';
import { gbdtTrainer } from '../../src/core/models/gbdt-trainer.js';
import { predictGbdt, trainGbdt } from '../../src/core/models/gbdt/index.js';
import { Rng } from '../../src/core/random/rng.js';
import { readCsv } from './csv-reader.js';

const [path, threadsText, rowsText] = process.argv.slice(2);
const threads = Number(threadsText ?? '1');
const sampleSizes = (rowsText ?? `${EXPLAIN_MAX_ROWS},${EXPLAIN_MAX_ROWS * 2}`).split(',').map(Number);
const REPEATS = 3;
const seconds = (since: number) => (performance.now() - since) / 1000;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

let t = performance.now();
const csv = readCsv(path);
const labelIndex = csv.names.indexOf('y');
const featureIndex = csv.names.map((_, f) => f).filter((f) => f !== labelIndex);
const names = featureIndex.map((f) => csv.names[f]);
const columns = featureIndex.map((f) => csv.columns[f]);
const label = csv.columns[labelIndex];
const readSeconds = seconds(t);

const cut = Math.floor(label.length * 0.8);
const train = { features: columns.map((c) => c.subarray(0, cut)), label: label.subarray(0, cut) };
const test = { features: columns.map((c) => c.subarray(cut)), label: label.subarray(cut) };
t = performance.now();
const gbdt = await trainGbdt({
  train, featureInfo: { names, categorical: featureIndex.map((f) => csv.categorical[f]), categories: featureIndex.map((f) => csv.categories[f]) },
  objective: 'binary:logistic', seed: 1, threads, params: { n_estimators: 100, max_depth: 6, learning_rate: 0.1, max_bin: 256 },
});
const trainSeconds = seconds(t);
t = performance.now();
predictGbdt(gbdt, test.features);
const predictSeconds = seconds(t);

const specs: FeatureSpec[] = featureIndex.map((f) =>
  csv.categorical[f] ? { column: csv.names[f], type: 'categorical', categories: csv.categories[f] ?? [] } : { column: csv.names[f], type: 'numeric', mean: 0, std: 1, missingIndicator: false },
);
const data = { classes: ['0', '1'], featureInfo: { names }, encoder: { kind: 'codes' as const, specs }, parts: { train: { encoded: train }, test: { encoded: test } } };
const model = gbdtTrainer.load(gbdt);
const job = readSeconds + trainSeconds + predictSeconds;
const explain: Record<string, { rows: number; seconds: number; cpu_seconds: number; cpu_ms_per_row: number; share_of_job: number }> = {};
let top: string[] = [];
for (const size of ['default', ...sampleSizes]) {
  const wall: number[] = [];
  const cpu: number[] = [];
  let rows = 0;
  for (let r = 0; r < REPEATS; r++) {
    t = performance.now();
    const c0 = process.cpuUsage();
    const options = size === 'default' ? {} : { maxRows: Number(size), workBudget: Number.POSITIVE_INFINITY };
    const section = await explainModel({ model, data, rng: Rng.fromSeed(r).fork('explain'), ...options });
    const c = process.cpuUsage(c0);
    wall.push(seconds(t));
    cpu.push((c.user + c.system) / 1e6);
    if (section.available) {
      rows = section.rows;
      top = section.features.slice(0, 5).map((f) => `${f.name} ${f.mean_abs_shap.toPrecision(3)}`);
    }
  }
  const s = median(wall);
  explain[size] = { rows, seconds: s, cpu_seconds: median(cpu), cpu_ms_per_row: (median(cpu) * 1000) / rows, share_of_job: s / job };
}
const leaves = gbdt.trees.reduce((n, tree) => n + tree.feature.filter((f) => f < 0).length, 0);
const work = gbdt.trees.reduce((total, tree) => {
  const walk = (node: number, depth: number): number => (tree.feature[node] < 0 ? depth * depth : walk(tree.left[node], depth + 1) + walk(tree.right[node], depth + 1));
  return total + walk(0, 0);
}, 0);

console.log(JSON.stringify({
  tool: 'mltrain', rows: label.length, test_rows: test.label.length, features: names.length, trees: gbdt.trees.length, leaves, work_per_row: work,
  read_s: readSeconds, train_s: trainSeconds, predict_s: predictSeconds, job_s: job, explain, top_features: top,
  peak_rss_mib: process.resourceUsage().maxRSS / 1024,
}));
