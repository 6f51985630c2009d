import { Rng } from '../../random/rng.js';
import type { Distribution, ParamValue } from '../distributions.js';
import type { FrozenTrial } from '../frozen-trial.js';
import { snapToGrid, toExternal } from '../distributions.js';
import type { Sampler, SearchSpace } from './sampler.js';
import { TrialStreams } from './trial-streams.js';

export interface RandomSamplerOptions {
  /** Default 0: a study is reproducible unless asked otherwise. */
  seed?: number;
  /** Use this stream instead of one derived from `seed` (e.g. a fork of the run's root Rng). */
  rng?: Rng;
}

/** Independent uniform sampling (log-uniform for log ranges, uniform over the grid for steps). */
export class RandomSampler implements Sampler {
  private readonly streams: TrialStreams;

  constructor(options: RandomSamplerOptions = {}) {
    this.streams = new TrialStreams(options.rng ?? Rng.fromSeed(options.seed ?? 0).fork('random-sampler'));
  }

  inferRelativeSearchSpace(): SearchSpace {
    return {};
  }

  sampleRelative(): Record<string, ParamValue> {
    return {};
  }

  sampleIndependent(_study: unknown, trial: FrozenTrial, _name: string, distribution: Distribution): ParamValue {
    return toExternal(distribution, sampleUniformInternal(this.streams.of(trial.number), distribution));
  }

  afterTrial(_study: unknown, trial: FrozenTrial): void {
    this.streams.release(trial.number);
  }
}

/**
 * A uniform draw in the internal representation, as Optuna's search-space transform does it:
 * each grid point of a stepped or int range owns an interval of equal width around it, log ranges
 * are uniform in log space, categoricals uniform over indices.
 */
export function sampleUniformInternal(rng: Rng, distribution: Distribution): number {
  if (distribution.kind === 'categorical') return rng.nextInt(distribution.choices.length);
  const { low, high, log } = distribution;
  if (distribution.kind === 'float' && distribution.step === null) {
    if (low === high) return low;
    return log ? Math.min(high, Math.max(low, Math.exp(rng.uniform(Math.log(low), Math.log(high))))) : rng.uniform(low, high);
  }
  const half = 0.5 * (distribution.step ?? 1);
  const draw = log ? Math.exp(rng.uniform(Math.log(low - half), Math.log(high + half))) : rng.uniform(low - half, high + half);
  return snapToGrid(distribution, draw);
}
