/**
 * The mltrain half of same_history_check.py: the same 60 Branin trials, then 1000 seeded proposals;
 * the quantiles of the proposed points should match Optuna's (run the Python script first).
 * npx esbuild bench/tune/same-history-check.ts --bundle --platform=node --format=esm --outfile=/tmp/h.mjs && node /tmp/h.mjs [multivariate]
 */
import { readFileSync } from 'node:fs';
import { TPESampler, createStudy } from '../../src/core/tune/index.js';
const hist = JSON.parse(readFileSync('/tmp/hist.json', 'utf8')) as [number, number, number][];
const branin = (x1: number, x2: number) => { const b = 5.1 / (4 * Math.PI ** 2), c = 5 / Math.PI; return (x2 - b * x1 ** 2 + c * x1 - 6) ** 2 + 10 * (1 - 1 / (8 * Math.PI)) * Math.cos(x1) + 10; };
const xs: number[] = [], ys: number[] = [];
for (let seed = 0; seed < 1000; seed++) {
  const study = await createStudy({ sampler: new TPESampler({ seed, multivariate: process.argv.includes('multivariate') }) });
  for (const [a, b, v] of hist) { await study.enqueueTrial({ x1: a, x2: b }); const t = await study.ask(); t.suggestFloat('x1', -5, 10); t.suggestFloat('x2', 0, 15); await study.tell(t, v); }
  const t = await study.ask();
  xs.push(t.suggestFloat('x1', -5, 10)); ys.push(t.suggestFloat('x2', 0, 15));
}
const pct = (v: number[]) => { const s = [...v].sort((a, b) => a - b); return [10, 25, 50, 75, 90].map((p) => s[Math.round((p / 100) * (s.length - 1))].toFixed(3)).join(' '); };
console.log('mltrain', pct(xs), '|', pct(ys), 'mean f', xs.reduce((a, x, i) => a + branin(x, ys[i]), 0) / xs.length);
