/**
 * Does the median pruner save training iterations without losing quality? GBDT on telco churn,
 * 3-fold stratified CV, TPE, the same seeds with NopPruner and MedianPruner.
 * Run from the repository root:
 *   npx esbuild bench/tune/pruning-gbdt.ts --bundle --platform=node --format=esm --outfile=/tmp/pruning-gbdt.mjs \
 *     && node /tmp/pruning-gbdt.mjs [--trials 30] [--seeds 3] [--first-seed 0] [--estimators 200]
 * A trial reports fold f's validation AUC after iteration i at step f * estimators + i, so the
 * median pruner compares trials at the same fold and iteration.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { rankAuc } from '../../src/core/data/rank-auc.js';
import { stratifiedKFold } from '../../src/core/data/stratified-k-fold.js';
import { trainGbdt } from '../../src/core/models/gbdt/index.js';
import type { GbdtDataset, GbdtEvalMetric } from '../../src/core/models/gbdt/index.js';
import { Rng } from '../../src/core/random/rng.js';
import { MedianPruner, NopPruner, TPESampler, TrialPruned, createStudy } from '../../src/core/tune/index.js';
import type { Pruner, Trial } from '../../src/core/tune/index.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const nTrials = option('trials', 30);
const nSeeds = option('seeds', 3);
const firstSeed = option('first-seed', 0);
const estimators = option('estimators', 200);
const FOLDS = 3;

// The CSV has no quoted fields; non-numeric columns become categorical codes.
const [header, ...lines] = readFileSync('../shared/datasets/telco_churn.csv', 'utf8').trim().split('\n');
const names = header.split(',');
const rows = lines.map((line) => line.split(','));
const targetIndex = names.indexOf('target');
const featureIndexes = names.map((_, i) => i).filter((i) => i !== targetIndex);
const label = Float64Array.from(rows, (r) => Number(r[targetIndex]));
const categorical: boolean[] = [];
const columns = featureIndexes.map((j) => {
  const numeric = rows.every((r) => r[j] === '' || Number.isFinite(Number(r[j])));
  categorical.push(!numeric);
  if (numeric) return Float64Array.from(rows, (r) => (r[j] === '' ? Number.NaN : Number(r[j])));
  const codes = new Map<string, number>();
  return Float64Array.from(rows, (r) => codes.get(r[j]) ?? (codes.set(r[j], codes.size), codes.size - 1));
});
const folds = stratifiedKFold(label, FOLDS, Rng.fromSeed(0).fork('folds'));
const subset = (indexes: Uint32Array): GbdtDataset => ({
  features: columns.map((c) => Float64Array.from(indexes, (i) => c[i])),
  label: Float64Array.from(indexes, (i) => label[i]),
});
const foldData = folds.map((fold) => ({ train: subset(fold.train), validation: subset(fold.validation) }));
const auc: GbdtEvalMetric = { name: 'auc', higherIsBetter: true, compute: (labels, p) => rankAuc(p, labels) };

let iterations = 0;

async function objective(trial: Trial): Promise<number> {
  const params = {
    n_estimators: estimators,
    learning_rate: trial.suggestFloat('learning_rate', 0.01, 0.3, { log: true }),
    max_depth: trial.suggestInt('max_depth', 2, 8),
    min_child_weight: trial.suggestFloat('min_child_weight', 0.5, 20, { log: true }),
    subsample: trial.suggestFloat('subsample', 0.5, 1),
    colsample_bytree: trial.suggestFloat('colsample_bytree', 0.5, 1),
    reg_lambda: trial.suggestFloat('reg_lambda', 1e-3, 10, { log: true }),
  };
  let sum = 0;
  for (let f = 0; f < FOLDS; f++) {
    let pruned = false;
    let last = Number.NaN;
    await trainGbdt({
      ...foldData[f],
      featureInfo: { names: featureIndexes.map((j) => names[j]), categorical },
      objective: 'binary:logistic',
      params,
      seed: 0,
      evalMetric: auc,
      callbacks: {
        onIteration: ({ iteration, validationMetric }) => {
          iterations += 1;
          last = validationMetric ?? Number.NaN;
          trial.report(last, f * estimators + iteration);
          if (trial.shouldPrune()) {
            pruned = true;
            return 'stop';
          }
          return 'continue';
        },
      },
    });
    if (pruned) throw new TrialPruned();
    sum += last;
  }
  return sum / FOLDS;
}

async function run(seed: number, pruner: Pruner): Promise<{ best: number; iterations: number; pruned: number; seconds: number }> {
  iterations = 0;
  const start = performance.now();
  const study = await createStudy({ direction: 'maximize', sampler: new TPESampler({ seed }), pruner });
  await study.optimize(objective, { nTrials });
  return {
    best: study.bestValue ?? Number.NaN,
    iterations,
    pruned: study.trials.filter((t) => t.state === 'pruned').length,
    seconds: (performance.now() - start) / 1000,
  };
}

console.log(`GBDT on telco_churn (${rows.length} rows), ${FOLDS}-fold CV, ${nTrials} trials, ${estimators} trees, TPE; ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
console.log('');
console.log('| seed | best AUC unpruned | best AUC median-pruned | AUC difference | iterations unpruned | iterations pruned | saved | trials pruned | time unpruned / pruned |');
console.log('|---|---|---|---|---|---|---|---|---|');
const saved: number[] = [];
const diffs: number[] = [];
for (let seed = firstSeed; seed < firstSeed + nSeeds; seed++) {
  const plain = await run(seed, new NopPruner());
  const pruned = await run(seed, new MedianPruner({ nStartupTrials: 5, nWarmupSteps: 10 }));
  const save = 1 - pruned.iterations / plain.iterations;
  saved.push(save);
  diffs.push(pruned.best - plain.best);
  console.log(
    `| ${seed} | ${plain.best.toFixed(4)} | ${pruned.best.toFixed(4)} | ${(pruned.best - plain.best).toFixed(4)} | ${plain.iterations} | ${pruned.iterations} | ${(100 * save).toFixed(1)}% | ${pruned.pruned}/${nTrials} | ${plain.seconds.toFixed(0)} s / ${pruned.seconds.toFixed(0)} s |`,
  );
}
const med = (v: number[]): number => [...v].sort((a, b) => a - b)[v.length >> 1];
console.log('');
console.log(`median: iterations saved ${(100 * med(saved)).toFixed(1)}%, AUC difference ${med(diffs).toFixed(4)}`);
