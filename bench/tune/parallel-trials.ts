/**
 * tuning.parallelism 1 vs 2 on one machine: the same study (GBDT on telco churn, 12 trials,
 * model.compute.threads 2) through `mltrain run`'s pipeline, trials on the main thread (P = 1,
 * each trial's GBDT with 2 histogram threads) or on two worker threads (P = 2, one histogram
 * thread each); and, for scale, P = 1 with compute.threads 1 (one thread in all). The settings
 * take turns in a rotating order so drifting load hits all alike; medians of the tune phase's
 * wall time, and the CPU seconds of the whole run over its wall seconds (how many cores it got).
 * Random sampler, no pruner: every setting trains the identical 12 trials, so the times compare
 * the same work. Each run is a fresh process, as `mltrain run` is: every setting starts with
 * cold JIT-compiled code (in one long process the main thread would stay warm while each pool's
 * workers start cold).
 * Run from the repository root (the output must sit inside the repository so esbuild resolves):
 *   npx esbuild bench/tune/parallel-trials.ts --bundle --platform=node --format=esm --external:esbuild \
 *     --banner:js="import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" \
 *     --outfile=bench/out/parallel-trials.mjs && node bench/out/parallel-trials.mjs [--rounds 3] [--trials 12] [--estimators 200]
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
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

const oneRun = args.indexOf('--one');
const work = oneRun >= 0 ? args[args.indexOf('--work') + 1] : mkdtempSync(join(tmpdir(), 'mltrain-parallel-bench-'));
const workerFile = join(work, 'trial-worker.mjs');
if (oneRun < 0) await build({ entryPoints: ['src/workers/trial-worker.ts'], outfile: workerFile, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });

interface Setting {
  name: string;
  parallelism: number;
  threads: number;
}
const SETTINGS: Setting[] = [
  { name: 'P=1, threads 2', parallelism: 1, threads: 2 },
  { name: 'P=2, threads 2', parallelism: 2, threads: 2 },
  { name: 'P=1, threads 1', parallelism: 1, threads: 1 },
];

function config({ parallelism, threads }: Setting): string {
  return `name: churn_parallel_p${parallelism}_t${threads}
seed: 42
data:
  path: ${dataset}
  target: target
  task: binary
  split: {method: stratified, test_size: 0.2, validation_size: 0.2}
model:
  type: gbdt
  params: {n_estimators: ${estimators}}
  compute: {threads: ${threads}}
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

async function runOnce(setting: Setting, round: number): Promise<{ tuneSeconds: number; coresUsed: number; bestAuc: number; history: string }> {
  const { parallelism } = setting;
  const dir = mkdtempSync(join(work, `p${parallelism}-t${setting.threads}-r${round}-`));
  const configPath = join(dir, 'training_config.yaml');
  writeFileSync(configPath, config(setting));
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
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const result = await runTraining(deps, { configPath, displayPath: configPath, baseDirectory: dir, outputDir: join(dir, 'out') });
  const cpu = process.cpuUsage(cpuBefore);
  const coresUsed = (cpu.user + cpu.system) / 1000 / (performance.now() - wallBefore);
  const phases = lines.find((l) => l.startsWith('time by phase:')) ?? '';
  const tuneSeconds = Number(/\btune ([\d.]+)s/.exec(phases)?.[1] ?? NaN);
  const tuning = result.document.tuning as { best_value: number; history: { params: Record<string, unknown>; value: number | null }[] };
  if (parallelism > 1 && !lines.includes(`running ${parallelism} trials at once on worker threads`)) throw new Error(`the P = ${parallelism} run did not use worker threads:\n${lines.join('\n')}`);
  return { tuneSeconds, coresUsed, bestAuc: tuning.best_value, history: JSON.stringify(tuning.history.map((t) => [t.params, t.value])) };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

type RunResult = Awaited<ReturnType<typeof runOnce>>;

/** One run in a fresh process (this script with --one). */
function runInChild(settingIndex: number, round: number): RunResult {
  const output = execFileSync(process.execPath, [process.argv[1], '--one', String(settingIndex), '--round', String(round), '--work', work, '--trials', String(nTrials), '--estimators', String(estimators)], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(output.trim().split('\n').at(-1)!) as RunResult;
}

if (oneRun >= 0) {
  console.log(JSON.stringify(await runOnce(SETTINGS[Number(args[oneRun + 1])], option('round', 0))));
} else {
  await orchestrate();
}

async function orchestrate(): Promise<void> {
  console.log(`node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model}), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`telco churn, gbdt, ${nTrials} trials x ${estimators} rounds, random sampler, no pruner, ${rounds} rounds, settings in rotating order`);
  const runs = new Map<string, { tune: number[]; cores: number[]; best: number }>(SETTINGS.map((s) => [s.name, { tune: [], cores: [], best: NaN }]));
  const histories = new Set<string>();
  for (let round = 0; round < rounds; round++) {
    const order = SETTINGS.map((_, i) => SETTINGS[(i + round) % SETTINGS.length]);
    for (const setting of order) {
      const run = runInChild(SETTINGS.indexOf(setting), round);
      const entry = runs.get(setting.name)!;
      entry.tune.push(run.tuneSeconds);
      entry.cores.push(run.coresUsed);
      entry.best = run.bestAuc;
      histories.add(run.history);
      console.log(`round ${round + 1} ${setting.name}: tune ${run.tuneSeconds.toFixed(1)} s, ${run.coresUsed.toFixed(2)} cores used, best AUC ${run.bestAuc.toFixed(4)} (load ${loadavg()[0].toFixed(1)})`);
    }
  }
  console.log('');
  console.log('| setting | tune phase, median s | runs (s) | cores used, median | best validation AUC |');
  console.log('|---|---|---|---|---|');
  for (const [name, entry] of runs) console.log(`| ${name} | ${median(entry.tune).toFixed(1)} | ${entry.tune.map((t) => t.toFixed(1)).join(', ')} | ${median(entry.cores).toFixed(2)} | ${entry.best.toFixed(4)} |`);
  console.log('');
  const [p1, p2] = [runs.get(SETTINGS[0].name)!, runs.get(SETTINGS[1].name)!];
  console.log(`speed-up P=2 vs P=1 (both threads 2, median tune time): ${(median(p1.tune) / median(p2.tune)).toFixed(2)}x; identical trials and values in every run: ${histories.size === 1}`);
}
