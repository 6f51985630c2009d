/**
 * mltrain's TPE against Optuna's from the same start: each seed's first 10 trials are the fixed
 * points shared_start.py drew and enqueued on Optuna's side; here they are enqueued too, so the
 * two samplers differ only from trial 11, where TPE takes over. A gap that the random start-up
 * phase caused disappears here; a gap in TPE itself stays.
 *
 *   /usr/bin/python3 bench/tune/shared_start.py 100 [multivariate] > bench/out/shared-start.json
 *   npx esbuild bench/tune/shared-start.ts --bundle --platform=node --format=esm --outfile=/tmp/shared-start.mjs \
 *     && node /tmp/shared-start.mjs bench/out/shared-start.json [--multivariate]
 */
import { readFileSync } from 'node:fs';
import { TPESampler, createStudy } from '../../src/core/tune/index.js';
import { mannWhitneyP, median } from './bench-stats.js';
import { BENCH_FUNCTIONS } from './test-functions.js';

const [file] = process.argv.slice(2);
const multivariate = process.argv.includes('--multivariate');
const optuna = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { starts: number[][][]; best: number[][] }>;
// Parameter names in the order shared_start.py lists each box.
const PARAMS: Record<string, string[]> = {
  branin: ['x1', 'x2'],
  hartmann6: ['x0', 'x1', 'x2', 'x3', 'x4', 'x5'],
  rosenbrock5: ['x0', 'x1', 'x2', 'x3', 'x4'],
};
const CHECKPOINTS = [10, 25, 50, 100];

console.log(`TPE ${multivariate ? 'multivariate' : 'univariate'} from a shared start (10 enqueued points per seed), ${optuna[Object.keys(optuna)[0]].best.length} seeds`);
console.log(`| function | ${CHECKPOINTS.map((c) => `best @${c} mltrain / Optuna (p)`).join(' | ')} |`);
console.log(`|---|${CHECKPOINTS.map(() => '---|').join('')}`);
for (const [name, side] of Object.entries(optuna)) {
  const fn = BENCH_FUNCTIONS.find((f) => f.name === name);
  if (!fn) throw new Error(`unknown function ${name}`);
  const ours: number[][] = [];
  for (let seed = 0; seed < side.starts.length; seed++) {
    const study = await createStudy({ sampler: new TPESampler({ seed, multivariate }) });
    for (const point of side.starts[seed]) await study.enqueueTrial(Object.fromEntries(PARAMS[name].map((p, i) => [p, point[i]])));
    await study.optimize(fn.objective, { nTrials: 100 });
    let running = Number.POSITIVE_INFINITY;
    ours.push(study.trials.map((t) => (running = Math.min(running, t.value as number))));
  }
  const cells = CHECKPOINTS.map((c) => {
    const a = ours.map((curve) => curve[c - 1]);
    const b = side.best.map((curve) => curve[c - 1]);
    return `${median(a).toPrecision(4)} / ${median(b).toPrecision(4)} (${mannWhitneyP(a, b).toFixed(2)})`;
  });
  console.log(`| ${name} | ${cells.join(' | ')} |`);
}
