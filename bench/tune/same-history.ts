/**
 * Same history, same proposals? same_history.py runs Optuna's TPE for N trials of a function, then
 * draws many proposals of trial N+1 with fresh seeds; this replays that history into mltrain's TPE,
 * draws as many proposals, and prints per-coordinate quantiles, the objective's quantiles at the
 * proposals, and a two-sample Kolmogorov-Smirnov statistic for each.
 *
 *   /usr/bin/python3 bench/tune/same_history.py rosenbrock5 50 mv 1000 3   (writes /tmp/same_history_rosenbrock5_50_mv_3.json)
 *   npx esbuild bench/tune/same-history.ts --bundle --platform=node --format=esm --outfile=/tmp/same-history.mjs \
 *     && node /tmp/same-history.mjs /tmp/same_history_rosenbrock5_50_mv_3.json
 */
import { readFileSync } from 'node:fs';
import type { Trial } from '../../src/core/tune/index.js';
import { TPESampler, createStudy } from '../../src/core/tune/index.js';
import { BENCH_FUNCTIONS } from './test-functions.js';

const [file] = process.argv.slice(2);
const data = JSON.parse(readFileSync(file, 'utf8')) as { function: string; box: [string, number, number][]; hist: [number[], number][]; optuna: number[][] };
const multivariate = /_mv_\d+\.json$/.test(file);
const fn = BENCH_FUNCTIONS.find((f) => f.name === data.function);
if (!fn) throw new Error(`unknown function ${data.function}`);
/** The objective at a point, through a trial that answers suggestFloat from the point. */
const objectiveAt = (x: number[]): number => fn.objective({ suggestFloat: (name: string) => x[data.box.findIndex(([p]) => p === name)] } as unknown as Trial);

const ours: number[][] = [];
for (let seed = 0; seed < data.optuna.length; seed++) {
  const study = await createStudy({ sampler: new TPESampler({ seed: seed + 1000, multivariate }) });
  for (const [x, value] of data.hist) {
    await study.enqueueTrial(Object.fromEntries(data.box.map(([p], i) => [p, x[i]])));
    const trial = await study.ask();
    for (const [p, low, high] of data.box) trial.suggestFloat(p, low, high);
    await study.tell(trial, value);
  }
  const trial = await study.ask();
  ours.push(data.box.map(([p, low, high]) => trial.suggestFloat(p, low, high)));
}

const quantiles = (values: number[]): string => {
  const s = [...values].sort((a, b) => a - b);
  return [0.1, 0.25, 0.5, 0.75, 0.9].map((q) => s[Math.floor(q * (s.length - 1))].toPrecision(4)).join(' ');
};
const ks = (a: number[], b: number[]): number => {
  const sa = [...a].sort((x, y) => x - y);
  const sb = [...b].sort((x, y) => x - y);
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < sa.length && j < sb.length) {
    const v = Math.min(sa[i], sb[j]);
    while (i < sa.length && sa[i] <= v) i++;
    while (j < sb.length && sb[j] <= v) j++;
    d = Math.max(d, Math.abs(i / sa.length - j / sb.length));
  }
  return d;
};
const n = data.optuna.length;
console.log(`${data.function} (${multivariate ? 'multivariate' : 'univariate'}): history of ${data.hist.length} trials, best ${Math.min(...data.hist.map((h) => h[1])).toPrecision(4)}; ${n} proposals each; KS 5% critical value ${(1.358 * Math.sqrt(2 / n)).toFixed(3)}`);
data.box.forEach(([p], i) => {
  const a = data.optuna.map((x) => x[i]);
  const b = ours.map((x) => x[i]);
  console.log(`${p} optuna ${quantiles(a)} | mltrain ${quantiles(b)} | KS ${ks(a, b).toFixed(3)}`);
});
const fa = data.optuna.map(objectiveAt);
const fb = ours.map(objectiveAt);
console.log(`f  optuna ${quantiles(fa)} | mltrain ${quantiles(fb)} | KS ${ks(fa, fb).toFixed(3)}`);
