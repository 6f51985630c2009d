/**
 * Same history, same proposals? For Rosenbrock-5D: the Python side runs Optuna's TPE for N trials,
 * then draws many proposals of trial N+1 with fresh seeds; this side replays that history into
 * mltrain's TPE, draws as many proposals, and prints per-coordinate quantiles, the objective's
 * quantiles at the proposals, and a two-sample Kolmogorov-Smirnov statistic per coordinate.
 * /usr/bin/python3 bench/tune/same_history_rosenbrock.py 50 mv 1000 3   (writes /tmp/rosen_50_mv_3.json), then
 * npx esbuild bench/tune/same-history-rosenbrock.ts --bundle --platform=node --format=esm --outfile=/tmp/shr.mjs \
 *   && node /tmp/shr.mjs /tmp/rosen_50_mv_3.json multivariate
 */
import { readFileSync } from 'node:fs';
import { TPESampler, createStudy } from '../../src/core/tune/index.js';

const [file, mode] = process.argv.slice(2);
const data = JSON.parse(readFileSync(file, 'utf8')) as { hist: [number[], number][]; optuna: number[][] };
const multivariate = mode === 'multivariate';
const rosenbrock = (x: number[]): number => {
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += 100 * (x[i + 1] - x[i] ** 2) ** 2 + (1 - x[i]) ** 2;
  return sum;
};
const ours: number[][] = [];
for (let seed = 0; seed < data.optuna.length; seed++) {
  const study = await createStudy({ sampler: new TPESampler({ seed: seed + 1000, multivariate }) });
  for (const [x, v] of data.hist) {
    await study.enqueueTrial(Object.fromEntries(x.map((xi, i) => [`x${i}`, xi])));
    const t = await study.ask();
    for (let i = 0; i < 5; i++) t.suggestFloat(`x${i}`, -5, 10);
    await study.tell(t, v);
  }
  const t = await study.ask();
  ours.push(Array.from({ length: 5 }, (_, i) => t.suggestFloat(`x${i}`, -5, 10)));
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
console.log(`history ${data.hist.length} trials, best ${Math.min(...data.hist.map((h) => h[1])).toPrecision(4)}; ${n} proposals each; KS 5% critical value ${(1.358 * Math.sqrt(2 / n)).toFixed(3)}`);
for (let i = 0; i < 5; i++) {
  const a = data.optuna.map((x) => x[i]);
  const b = ours.map((x) => x[i]);
  console.log(`x${i} optuna ${quantiles(a)} | mltrain ${quantiles(b)} | KS ${ks(a, b).toFixed(3)}`);
}
const fa = data.optuna.map(rosenbrock);
const fb = ours.map(rosenbrock);
console.log(`f  optuna ${quantiles(fa)} | mltrain ${quantiles(fb)} | KS ${ks(fa, fb).toFixed(3)}`);
