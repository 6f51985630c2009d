/**
 * mltrain's TPE against Optuna's TPE (same functions, same budgets, same machine, same run).
 * Run: npx esbuild bench/tune/compare-tpe.ts --bundle --platform=node --format=esm --outfile=/tmp/compare-tpe.mjs \
 *        && node /tmp/compare-tpe.mjs [--seeds 10] [--first-seed 0] [--trials 100] [--multivariate] [--functions branin,mixed]
 *           [--optuna-json FILE: a saved optuna_tpe.py output for the same seeds, trials and mode]
 * Prints a Markdown table: median best value at 25/50/100 trials and sampler time per trial.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { TPESampler, createStudy } from '../../src/core/tune/index.js';
import type { Trial } from '../../src/core/tune/index.js';
import { BENCH_FUNCTIONS } from './test-functions.js';
import { mannWhitneyP, median } from './bench-stats.js';

interface Result {
  best: number[][];
  sampler_ms: number[];
}

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const seeds = option('seeds', 10);
const trials = option('trials', 100);
const firstSeed = option('first-seed', 0);
const multivariate = args.includes('--multivariate');
const functionsArg = args.indexOf('--functions') >= 0 ? args[args.indexOf('--functions') + 1] : null;
const functions = BENCH_FUNCTIONS.filter((fn) => functionsArg === null || functionsArg.split(',').includes(fn.name));
const checkpoints = [25, 50, 100].filter((c) => c <= trials);

async function runOurs(objective: (trial: Trial) => number): Promise<Result> {
  const best: number[][] = [];
  const samplerMs: number[] = [];
  for (let seed = firstSeed; seed < firstSeed + seeds; seed++) {
    const study = await createStudy({ sampler: new TPESampler({ seed, multivariate }) });
    const start = performance.now();
    await study.optimize(objective, { nTrials: trials });
    const total = performance.now() - start;
    let running = Number.POSITIVE_INFINITY;
    best.push(study.trials.map((t) => (running = Math.min(running, t.value as number))));
    // The whole loop per trial: sampling happens inside the suggest calls; the test functions
    // themselves take microseconds.
    samplerMs.push(total / trials);
  }
  return { best, sampler_ms: samplerMs };
}

const fmt = (v: number): string => (Math.abs(v) >= 100 ? v.toFixed(1) : Math.abs(v) >= 1 ? v.toFixed(3) : v.toPrecision(3));

// Run from the repository root (the bundle lives in /tmp).
const script = join(process.cwd(), 'bench', 'tune', 'optuna_tpe.py');
const optunaStart = performance.now();
// --optuna-json FILE reads a saved run of optuna_tpe.py (same seeds, trials and mode) instead of running it.
const savedOptuna = args.indexOf('--optuna-json') >= 0 ? args[args.indexOf('--optuna-json') + 1] : null;
const optuna = JSON.parse(
  savedOptuna
    ? readFileSync(savedOptuna, 'utf8')
    : execFileSync('/usr/bin/python3', [script, String(seeds), String(trials), ...(multivariate ? ['multivariate'] : []), '--first-seed', String(firstSeed), ...(functionsArg ? ['--functions', functionsArg] : [])], { encoding: 'utf8', maxBuffer: 1 << 28 }),
) as Record<string, Result>;
const optunaSeconds = (performance.now() - optunaStart) / 1000;

const rows: string[] = [];
const oursStart = performance.now();
for (const fn of functions) {
  const ours = await runOurs(fn.objective);
  const theirs = optuna[fn.name];
  const cells: string[] = [];
  for (const c of checkpoints) {
    const oursAt = ours.best.map((curve) => curve[c - 1]);
    const theirsAt = theirs.best.map((curve) => curve[c - 1]);
    const a = median(oursAt);
    const b = median(theirsAt);
    // Gap to the known optimum: lower is better; ratio < 1 means mltrain is closer.
    const ratio = (a - fn.optimum) / Math.max(b - fn.optimum, 1e-12);
    cells.push(`${fmt(a)} / ${fmt(b)} (${ratio.toFixed(2)}, p=${mannWhitneyP(oursAt, theirsAt).toFixed(2)})`);
  }
  const oursMs = median(ours.sampler_ms);
  const theirsMs = median(theirs.sampler_ms);
  rows.push(`| ${fn.name} | ${cells.join(' | ')} | ${oursMs.toFixed(2)} / ${theirsMs.toFixed(2)} (${(theirsMs / oursMs).toFixed(1)}x) |`);
}
const oursSeconds = (performance.now() - oursStart) / 1000;

console.log(`TPE (${multivariate ? 'multivariate' : 'univariate'}, Optuna 3.1 defaults), seeds ${firstSeed}-${firstSeed + seeds - 1}, ${trials} trials; ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
console.log('Cells: median best value mltrain / Optuna (gap-to-optimum ratio, < 1 = mltrain closer; p: two-sided Mann-Whitney over the seeds); time: ms per trial of the optimize loop (sampling + bookkeeping) mltrain / Optuna (speed-up).');
console.log('');
console.log(`| function | ${checkpoints.map((c) => `best @${c}`).join(' | ')} | ms per trial |`);
console.log(`|---|${checkpoints.map(() => '---|').join('')}---|`);
for (const row of rows) console.log(row);
console.log('');
console.log(`wall: mltrain ${oursSeconds.toFixed(1)} s, Optuna ${savedOptuna ? `read from ${savedOptuna}` : `${optunaSeconds.toFixed(1)} s`}`);
