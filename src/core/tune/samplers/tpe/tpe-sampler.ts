import { Rng } from '../../../random/rng.js';
import type { Distribution, ParamValue } from '../../distributions.js';
import { toExternal } from '../../distributions.js';
import type { FrozenTrial } from '../../frozen-trial.js';
import type { StudyView } from '../../study-view.js';
import { sampleUniformInternal } from '../random-sampler.js';
import type { Sampler, SearchSpace } from '../sampler.js';
import { groupDecomposedSearchSpace, intersectionSearchSpace } from '../search-space.js';
import { TrialStreams } from '../trial-streams.js';
import { collectObservations, splitObservations } from './observations.js';
import type { ParzenEstimatorParameters } from './parzen-estimator.js';
import { ParzenEstimator } from './parzen-estimator.js';

/** Optuna's default_gamma: the best 10% of trials (at most 25) form the "good" density. */
export function defaultGamma(n: number): number {
  return Math.min(Math.ceil(0.1 * n), 25);
}

/** hyperopt's gamma: ceil(0.25 sqrt(n)), at most 25. */
export function hyperoptDefaultGamma(n: number): number {
  return Math.min(Math.ceil(0.25 * Math.sqrt(n)), 25);
}

/** Optuna's default_weights: equal weights up to 25 trials, then a linear ramp for older ones. */
export function defaultWeights(n: number): number[] {
  if (n === 0) return [];
  if (n < 25) return new Array<number>(n).fill(1);
  const ramp = n - 25;
  const weights: number[] = [];
  for (let i = 0; i < ramp; i++) weights.push(ramp === 1 ? 1 / n : 1 / n + ((1 - 1 / n) * i) / (ramp - 1));
  for (let i = 0; i < 25; i++) weights.push(1);
  return weights;
}

export interface TPESamplerOptions {
  considerPrior?: boolean;
  priorWeight?: number;
  considerMagicClip?: boolean;
  considerEndpoints?: boolean;
  nStartupTrials?: number;
  nEiCandidates?: number;
  gamma?: (n: number) => number;
  weights?: (n: number) => number[];
  /** Default 0: a study is reproducible unless asked otherwise. */
  seed?: number;
  /** Use this stream instead of one derived from `seed` (e.g. a fork of the run's root Rng). */
  rng?: Rng;
  /** Sample the intersection search space jointly (BOHB-style multivariate kernels). */
  multivariate?: boolean;
  /** With multivariate: sample each group of co-occurring parameters jointly (conditional spaces). */
  group?: boolean;
  /** Count running trials as bad observations, so parallel trials spread out. */
  constantLiar?: boolean;
}

/**
 * Tree-structured Parzen Estimator (Bergstra et al. 2011; Optuna 3.1's TPESampler and defaults).
 * After `nStartupTrials` random trials, each suggestion draws `nEiCandidates` points from the
 * density l(x) of the best gamma(n) trials and keeps the one maximizing l(x)/g(x), g being the
 * density of the others.
 */
export class TPESampler implements Sampler {
  private readonly streams: TrialStreams;
  private readonly parzen: ParzenEstimatorParameters;
  private readonly nStartupTrials: number;
  private readonly nEiCandidates: number;
  private readonly gamma: (n: number) => number;
  private readonly multivariate: boolean;
  private readonly group: boolean;
  private readonly constantLiar: boolean;
  private groups: SearchSpace[] = [];

  constructor(options: TPESamplerOptions = {}) {
    const root = options.rng ?? Rng.fromSeed(options.seed ?? 0).fork('tpe-sampler');
    this.streams = new TrialStreams(root);
    this.multivariate = options.multivariate ?? false;
    this.group = options.group ?? false;
    if (this.group && !this.multivariate) throw new Error('TPESampler: group needs multivariate');
    this.constantLiar = options.constantLiar ?? false;
    this.nStartupTrials = options.nStartupTrials ?? 10;
    this.nEiCandidates = options.nEiCandidates ?? 24;
    this.gamma = options.gamma ?? defaultGamma;
    this.parzen = {
      considerPrior: options.considerPrior ?? true,
      priorWeight: options.priorWeight ?? 1,
      considerMagicClip: options.considerMagicClip ?? true,
      considerEndpoints: options.considerEndpoints ?? false,
      weights: options.weights ?? defaultWeights,
      multivariate: this.multivariate,
    };
  }

  inferRelativeSearchSpace(study: StudyView): SearchSpace {
    if (!this.multivariate) return {};
    const trials = study.getTrials();
    if (this.group) {
      this.groups = groupDecomposedSearchSpace(trials);
      return Object.assign({}, ...this.groups) as SearchSpace;
    }
    return intersectionSearchSpace(trials);
  }

  sampleRelative(study: StudyView, trial: FrozenTrial, searchSpace: SearchSpace): Record<string, ParamValue> {
    if (Object.keys(searchSpace).length === 0) return {};
    const rng = this.streams.of(trial.number);
    if (!this.group) return this.sampleJointly(study, Object.entries(searchSpace), rng) ?? {};
    const params: Record<string, ParamValue> = {};
    for (const group of this.groups) Object.assign(params, this.sampleJointly(study, Object.entries(group), rng) ?? {});
    return params;
  }

  sampleIndependent(study: StudyView, trial: FrozenTrial, name: string, distribution: Distribution): ParamValue {
    const rng = this.streams.of(trial.number);
    const sampled = this.sampleJointly(study, [[name, distribution]], rng);
    return sampled ? sampled[name] : toExternal(distribution, sampleUniformInternal(rng, distribution));
  }

  afterTrial(_study: StudyView, trial: FrozenTrial): void {
    this.streams.release(trial.number);
  }

  /** TPE over `space`; null while there are fewer finished trials than nStartupTrials. */
  private sampleJointly(study: StudyView, space: ReadonlyArray<readonly [string, Distribution]>, rng: Rng): Record<string, ParamValue> | null {
    if (space.length === 0) return {};
    const { values, scores, nFinished } = collectObservations(study.getTrials(), study.direction, space, this.constantLiar);
    if (nFinished < this.nStartupTrials) return null;
    const { below, above } = splitObservations(scores, this.gamma(nFinished));
    // As Optuna: keep the trials that have the (first) parameter of the space.
    const present = values.get(space[0][0]) as Float64Array;
    const pick = (indices: number[]): Map<string, Float64Array> => {
      const kept = indices.filter((i) => !Number.isNaN(present[i]));
      const out = new Map<string, Float64Array>();
      for (const [name] of space) {
        const column = values.get(name) as Float64Array;
        out.set(name, Float64Array.from(kept, (i) => column[i]));
      }
      return out;
    };
    const estimatorBelow = new ParzenEstimator(pick(below), space, this.parzen);
    const estimatorAbove = new ParzenEstimator(pick(above), space, this.parzen);
    const candidates = estimatorBelow.sample(rng, this.nEiCandidates);
    const logL = estimatorBelow.logPdf(candidates);
    const logG = estimatorAbove.logPdf(candidates);
    let best = 0;
    for (let i = 1; i < logL.length; i++) if (logL[i] - logG[i] > logL[best] - logG[best]) best = i;
    const params: Record<string, ParamValue> = {};
    for (const [name, distribution] of space) params[name] = toExternal(distribution, (candidates.get(name) as Float64Array)[best]);
    return params;
  }
}
