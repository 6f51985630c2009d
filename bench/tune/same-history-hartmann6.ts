/**
 * The mltrain half of same_history_hartmann6.py (run that first): mean and spread of 1000 proposals.
 * npx esbuild bench/tune/same-history-hartmann6.ts --bundle --platform=node --format=esm --outfile=/tmp/h6.mjs && node /tmp/h6.mjs
 */
import { readFileSync } from 'node:fs';
import { TPESampler, createStudy } from '../../src/core/tune/index.js';
import { BENCH_FUNCTIONS } from './test-functions.js';
const hist = JSON.parse(readFileSync('/tmp/h6.json', 'utf8')) as [number[], number][];
const h6 = BENCH_FUNCTIONS[1];
const out: number[][] = []; let fsum = 0;
for (let seed = 0; seed < 1000; seed++) {
  const study = await createStudy({ sampler: new TPESampler({ seed, multivariate: true }) });
  for (const [x, v] of hist) { await study.enqueueTrial(Object.fromEntries(x.map((xi, i) => [`x${i}`, xi]))); const t = await study.ask(); for (let i = 0; i < 6; i++) t.suggestFloat(`x${i}`, 0, 1); await study.tell(t, v); }
  const t = await study.ask();
  out.push(Array.from({ length: 6 }, (_, i) => t.suggestFloat(`x${i}`, 0, 1)));
  fsum += h6.objective({ suggestFloat: (n: string) => out[out.length - 1][Number(n.slice(1))] } as never);
}
const mean = Array.from({ length: 6 }, (_, i) => out.reduce((a, x) => a + x[i], 0) / out.length);
const sd = mean.map((m, i) => Math.sqrt(out.reduce((a, x) => a + (x[i] - m) ** 2, 0) / out.length));
console.log('mltrain', mean.map((v) => v.toFixed(3)).join(' '), sd.map((v) => v.toFixed(3)).join(' '), 'mean f', fsum / out.length);
