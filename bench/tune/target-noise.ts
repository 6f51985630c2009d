/**
 * How decidable is issue 5's TPE target ("median best at 25/50/100 trials at least as good as
 * Optuna's, in every cell, over 10 seeds")? With 100 seeds per side cut into ten disjoint groups
 * of 10, this applies the target's rule to every pair of groups: Optuna against Optuna (the same
 * algorithm and code, other seeds) says how often an identical sampler passes; mltrain against
 * Optuna says how often ours does. Also prints the rule on seeds 0-9, the issue's literal run.
 *
 * Run (Optuna's side takes minutes, so it is saved once and read back):
 *   /usr/bin/python3 bench/tune/optuna_tpe.py 100 100 > bench/out/optuna-uv-100.json
 *   npx esbuild bench/tune/target-noise.ts --bundle --platform=node --format=esm --outfile=/tmp/target-noise.mjs \
 *     && node /tmp/target-noise.mjs --optuna-json bench/out/optuna-uv-100.json [--multivariate]
 */
import { readFileSync } from 'node:fs';
import { TPESampler, createStudy } from '../../src/core/tune/index.js';
import { BENCH_FUNCTIONS } from './test-functions.js';
import { median } from './bench-stats.js';

const args = process.argv.slice(2);
const optunaJson = args[args.indexOf('--optuna-json') + 1];
if (!args.includes('--optuna-json') || !optunaJson) throw new Error('usage: --optuna-json FILE [--multivariate]');
const multivariate = args.includes('--multivariate');
const optuna = JSON.parse(readFileSync(optunaJson, 'utf8')) as Record<string, { best: number[][] }>;
const CHECKPOINTS = [25, 50, 100];
const GROUP = 10;

/** best[seed][trial] for mltrain's TPE, seeds 0..n-1. */
async function oursCurves(fnIndex: number, nSeeds: number, trials: number): Promise<number[][]> {
  const fn = BENCH_FUNCTIONS[fnIndex];
  const curves: number[][] = [];
  for (let seed = 0; seed < nSeeds; seed++) {
    const study = await createStudy({ sampler: new TPESampler({ seed, multivariate }) });
    await study.optimize(fn.objective, { nTrials: trials });
    let running = Number.POSITIVE_INFINITY;
    curves.push(study.trials.map((t) => (running = Math.min(running, t.value as number))));
  }
  return curves;
}

/** Median best after `checkpoint` trials over seeds [group*10, group*10+10). */
const groupMedian = (curves: number[][], group: number, checkpoint: number): number =>
  median(curves.slice(group * GROUP, (group + 1) * GROUP).map((curve) => curve[checkpoint - 1]));

/** The target's rule for one function: candidate's median <= reference's at every checkpoint. */
const passes = (candidate: number[][], cGroup: number, reference: number[][], rGroup: number): boolean =>
  CHECKPOINTS.every((c) => groupMedian(candidate, cGroup, c) <= groupMedian(reference, rGroup, c));

const names = BENCH_FUNCTIONS.map((fn) => fn.name).filter((name) => name in optuna);
const ours: Record<string, number[][]> = {};
for (const name of names) {
  const curves = optuna[name].best;
  ours[name] = await oursCurves(BENCH_FUNCTIONS.findIndex((fn) => fn.name === name), curves.length, curves[0].length);
}
const groups = Math.floor(optuna[names[0]].best.length / GROUP);

/**
 * Over every pair of groups (candidate group i, Optuna group j; i != j when both are Optuna): the
 * pairs where the rule passes for all `only` functions, and the share of single cells (function x
 * checkpoint) where the candidate's median is at least as good.
 */
const tally = (candidate: Record<string, number[][]>, sameAlgorithm: boolean, only?: string): { passes: string; cells: string } => {
  const functions = only ? [only] : names;
  let pairs = 0;
  let passed = 0;
  let cells = 0;
  let cellsWon = 0;
  for (let i = 0; i < groups; i++) {
    for (let j = 0; j < groups; j++) {
      if (sameAlgorithm && i === j) continue;
      pairs++;
      if (functions.every((name) => passes(candidate[name], i, optuna[name].best, j))) passed++;
      for (const name of functions) {
        for (const c of CHECKPOINTS) {
          cells++;
          if (groupMedian(candidate[name], i, c) <= groupMedian(optuna[name].best, j, c)) cellsWon++;
        }
      }
    }
  }
  return { passes: `${passed}/${pairs} (${((100 * passed) / pairs).toFixed(0)}%)`, cells: `${((100 * cellsWon) / cells).toFixed(0)}%` };
};
const row = (label: string, only?: string): string => {
  const self = tally(optunaCurves(), true, only);
  const mine = tally(ours, false, only);
  return `| ${label} | ${self.passes} | ${self.cells} | ${mine.passes} | ${mine.cells} |`;
};

console.log(`TPE ${multivariate ? 'multivariate' : 'univariate'}, ${groups} groups of ${GROUP} seeds, checkpoints ${CHECKPOINTS.join('/')}`);
console.log('Passes: group pairs where every checkpoint is at least as good (the rule). Cells: single checkpoints at least as good.');
console.log('| function | Optuna vs Optuna: passes | cells | mltrain vs Optuna: passes | cells |');
console.log('|---|---|---|---|---|');
for (const name of names) console.log(row(name, name));
console.log(row(`all ${names.length} functions`));
const literal = names.map((name) => `${name} ${passes(ours[name], 0, optuna[name].best, 0) ? 'pass' : 'fail'}`);
console.log(`seeds 0-9 against Optuna's seeds 0-9 (the issue's run): ${literal.join(', ')}`);

function optunaCurves(): Record<string, number[][]> {
  return Object.fromEntries(names.map((name) => [name, optuna[name].best]));
}
