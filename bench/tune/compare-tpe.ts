/**
 * mltrain's TPE against Optuna's TPE (same functions, same budgets, same machine, same run).
 * Run: npx esbuild bench/tune/compare-tpe.ts --bundle --platform=node --format=esm --outfile=/tmp/compare-tpe.mjs \
 *        && node /tmp/compare-tpe.mjs [--seeds 10] [--first-seed 0] [--trials 100] [--multivariate] [--functions branin,mixed]
 * Prints a Markdown table: median best value at 25/50/100 trials and sampler time per trial.
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { TPESampler, createStudy } from '../../src/core/tune/index.js';
import type { Trial } from '../../src/core/tune/index.js';
import { BENCH_FUNCTIONS } from './test-functions.js';

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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : 0.5 * (sorted[mid - 1] + sorted[mid]);
}

/**
 * Two-sided Mann-Whitney U test (normal approximation with tie correction): is one side's best
 * value systematically lower, or is a gap between medians the spread of the seeds?
 */
function mannWhitneyP(a: number[], b: number[]): number {
  const all = [...a.map((v) => ({ v, side: 0 })), ...b.map((v) => ({ v, side: 1 }))].sort((x, y) => x.v - y.v);
  const ranks = new Float64Array(all.length);
  let tieTerm = 0;
  for (let i = 0; i < all.length; ) {
    let j = i + 1;
    while (j < all.length && all[j].v === all[i].v) j++;
    for (let k = i; k < j; k++) ranks[k] = (i + j + 1) / 2;
    const t = j - i;
    tieTerm += t * t * t - t;
    i = j;
  }
  let rankSumA = 0;
  all.forEach((x, k) => (rankSumA += x.side === 0 ? ranks[k] : 0));
  const n1 = a.length;
  const n2 = b.length;
  const n = n1 + n2;
  const u = rankSumA - (n1 * (n1 + 1)) / 2;
  const sd = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
  if (sd === 0) return 1;
  const z = Math.abs(u - (n1 * n2) / 2) / sd;
  return Math.min(1, 2 * (1 - normalCdf(z)));
}

/** Standard normal CDF (Abramowitz-Stegun 7.1.26 erf, error below 1.5e-7). */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

const fmt = (v: number): string => (Math.abs(v) >= 100 ? v.toFixed(1) : Math.abs(v) >= 1 ? v.toFixed(3) : v.toPrecision(3));

// Run from the repository root (the bundle lives in /tmp).
const script = join(process.cwd(), 'bench', 'tune', 'optuna_tpe.py');
const optunaStart = performance.now();
const optuna = JSON.parse(
  execFileSync('/usr/bin/python3', [script, String(seeds), String(trials), ...(multivariate ? ['multivariate'] : []), '--first-seed', String(firstSeed), ...(functionsArg ? ['--functions', functionsArg] : [])], { encoding: 'utf8', maxBuffer: 1 << 28 }),
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
console.log(`wall: mltrain ${oursSeconds.toFixed(1)} s, Optuna ${optunaSeconds.toFixed(1)} s`);
