import { Rng } from '../../random/rng.js';
import type { Distribution } from '../distributions.js';
import { toInternal } from '../distributions.js';
import type { FrozenTrial } from '../frozen-trial.js';
import { intersectionSearchSpace } from '../samplers/search-space.js';
import { treeMainEffects } from './fanova.js';
import { fitForest } from './regression-forest.js';

export interface ImportanceOptions {
  /** Trees in the forest (default 32; Optuna's fANOVA uses 64). */
  nTrees?: number;
  maxDepth?: number;
  seed?: number;
}

/**
 * fANOVA-style parameter importances over complete trials (Optuna's default evaluator, reduced):
 * a random forest maps the parameters (log scale for log ranges, choice index for categoricals,
 * split as ordered values) to the objective; each parameter's importance is the share of the
 * forest's variance explained by its main effect, averaged over trees and normalized to sum to 1.
 * Only parameters present in every complete trial are rated. Returns name -> importance, most
 * important first; empty with fewer than two complete trials.
 */
export function paramImportances(trials: readonly FrozenTrial[], options: ImportanceOptions = {}): Record<string, number> {
  const complete = trials.filter((t) => t.state === 'complete' && t.value !== null && Number.isFinite(t.value));
  const space = Object.entries(intersectionSearchSpace(complete));
  if (complete.length < 2 || space.length === 0) return {};
  const lows = new Float64Array(space.length);
  const highs = new Float64Array(space.length);
  const features = space.map(([name, distribution], j) => {
    [lows[j], highs[j]] = featureBounds(distribution);
    return Float64Array.from(complete, (trial) => toFeature(distribution, toInternal(distribution, trial.params[name])));
  });
  const targets = Float64Array.from(complete, (trial) => trial.value as number);
  const rng = Rng.fromSeed(options.seed ?? 0).fork('param-importances');
  const forest = fitForest(features, targets, rng, { nTrees: options.nTrees ?? 32, maxDepth: options.maxDepth ?? 64, minSamplesSplit: 2 });
  const sums = new Float64Array(space.length);
  let counted = 0;
  for (const tree of forest) {
    const effects = treeMainEffects(tree, lows, highs);
    if (!effects) continue;
    counted += 1;
    effects.forEach((e, j) => (sums[j] += e));
  }
  const total = sums.reduce((a, b) => a + b, 0);
  const result = space.map(([name], j) => [name, counted > 0 && total > 0 ? sums[j] / total : 0] as const);
  return Object.fromEntries([...result].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}

function featureBounds(distribution: Distribution): [number, number] {
  if (distribution.kind === 'categorical') return [-0.5, distribution.choices.length - 0.5];
  if (distribution.log) return [Math.log(distribution.low), Math.log(distribution.high)];
  return [distribution.low, distribution.high];
}

function toFeature(distribution: Distribution, internal: number): number {
  return distribution.kind !== 'categorical' && distribution.log ? Math.log(internal) : internal;
}
