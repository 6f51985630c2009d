/**
 * tuning.parallelism 1 vs 2 on one machine: the same study (GBDT on telco churn, 12 trials,
 * model.compute.threads 2) through `mltrain run`'s pipeline, trials on the main thread (P = 1,
 * each trial's GBDT with 2 histogram threads) or on two worker threads (P = 2, one histogram
 * thread each). Runs alternate (1, 2, 2, 1, ...) so drifting load hits both alike; medians of the
 * tune phase's wall time. Random sampler, no pruner: both settings train the identical 12
 * trials, so the times compare the same work.
 * Run from the repository root (the output must sit inside the repository so esbuild resolves):
 *   npx esbuild bench/tune/parallel-trials.ts --bundle --platform=node --format=esm --external:esbuild \
 *     --banner:js="import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" \
 *     --outfile=bench/out/parallel-trials.mjs && node bench/out/parallel-trials.mjs [--rounds 3] [--trials 12] [--estimators 200]
 */
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fileDataLoader } from '../../src/adapters/file-data-loader.js';
import { journalFileStorage } from '../../src/adapters/journal-file-storage.js';
import { nodeFileSystem } from '../../src/adapters/node-file-system.js';
import { systemClock } from '../../src/adapters/system-clock.js';
import { workerTrialPools } from '../../src/adapters/worker-trial-pool.js';
import type { RunDependencies } from '../../src/app/run-dependencies.js';
import { runTraining } from '../../src/app/run-training.js';
import type { Logger } from '../../src/ports/logger.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const rounds = option('rounds', 3);
const nTrials = option('trials', 12);
const estimators = option('estimators', 200);
const dataset = resolve('../shared/datasets/telco_churn.csv');

const work = mkdtempSync(join(tmpdir(), 'mltrain-parallel-bench-'));
const workerFile = join(work, 'trial-worker.mjs');
await build({ entryPoints: ['src/workers/trial-worker.ts'], outfile: workerFile, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });

function config(parallelism: number): string {
  return `name: churn_parallel_p${parallelism}
seed: 42
data:
  path: ${dataset}
  target: target
  task: binary
  split: {method: stratified, test_size: 0.2, validation_size: 0.2}
model:
  type: gbdt
  params: {n_estimators: ${estimators}}
  compute: {threads: 2}
tuning:
  n_trials: ${nTrials}
  parallelism: ${parallelism}
  sampler: random
  pruner: none
  search_space:
    max_depth: {type: int, low: 2, high: 8}
    learning_rate: {type: float, low: 0.01, high: 0.3, log: true}
    subsample: {type: float, low: 0.6, high: 1.0}
`;
}

async function runOnce(parallelism: number, round: number): Promise<{ tuneSeconds: number; bestAuc: number; history: string }> {
  const dir = mkdtempSync(join(work, `p${parallelism}-r${round}-`));
  const configPath = join(dir, 'training_config.yaml');
  writeFileSync(configPath, config(parallelism));
  const lines: string[] = [];
  const logger: Logger = { info: (m) => lines.push(m), notice: (m) => lines.push(m), warning: (m) => lines.push(`warning: ${m}`), error: (m) => lines.push(`error: ${m}`), debug: () => {} };
  const deps: RunDependencies = {
    fs: nodeFileSystem,
    logger,
    clock: systemClock,
    data: fileDataLoader,
    repository: { commit: async () => null },
    machine: { cores: cpus().length },
    version: 'bench',
    openStudyStorage: (path) => journalFileStorage(path),
    parallelTrials: workerTrialPools({ workerUrl: pathToFileURL(workerFile) }),
    timestamp: () => new Date().toISOString(),
  };
  const result = await runTraining(deps, { configPath, displayPath: configPath, baseDirectory: dir, outputDir: join(dir, 'out') });
  const phases = lines.find((l) => l.startsWith('time by phase:')) ?? '';
  const tuneSeconds = Number(/\btune ([\d.]+)s/.exec(phases)?.[1] ?? NaN);
  const tuning = result.document.tuning as { best_value: number; history: { params: Record<string, unknown>; value: number | null }[] };
  if (parallelism > 1 && !lines.includes(`running ${parallelism} trials at once on worker threads`)) throw new Error(`the P = ${parallelism} run did not use worker threads:\n${lines.join('\n')}`);
  return { tuneSeconds, bestAuc: tuning.best_value, history: JSON.stringify(tuning.history.map((t) => [t.params, t.value])) };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

console.log(`node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model}), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`telco churn, gbdt, ${nTrials} trials x ${estimators} rounds, random sampler, no pruner, compute.threads 2, ${rounds} rounds alternating`);
const times: Record<number, number[]> = { 1: [], 2: [] };
const histories: Record<number, Set<string>> = { 1: new Set(), 2: new Set() };
let best: Record<number, number> = {};
for (let round = 0; round < rounds; round++) {
  for (const parallelism of round % 2 === 0 ? [1, 2] : [2, 1]) {
    const run = await runOnce(parallelism, round);
    times[parallelism].push(run.tuneSeconds);
    histories[parallelism].add(run.history);
    best = { ...best, [parallelism]: run.bestAuc };
    console.log(`round ${round + 1} P=${parallelism}: tune ${run.tuneSeconds.toFixed(1)} s, best AUC ${run.bestAuc.toFixed(4)} (load ${loadavg()[0].toFixed(1)})`);
  }
}
const sameTrials = histories[1].size === 1 && histories[2].size === 1 && [...histories[1]][0] === [...histories[2]][0];
console.log('');
console.log('| parallelism | tune phase, median s | runs (s) | best validation AUC |');
console.log('|---|---|---|---|');
for (const p of [1, 2]) console.log(`| ${p} | ${median(times[p]).toFixed(1)} | ${times[p].map((t) => t.toFixed(1)).join(', ')} | ${best[p].toFixed(4)} |`);
console.log('');
console.log(`speed-up P=2 vs P=1 (median tune time): ${(median(times[1]) / median(times[2])).toFixed(2)}x; identical trials and values in every run: ${sameTrials}`);
