import type { CategoricalChoice, Distribution, ParamValue, RangeOptions } from './distributions.js';
import {
  categoricalDistribution,
  containsInternal,
  distributionsEqual,
  floatDistribution,
  intDistribution,
  isSingle,
  toInternal,
} from './distributions.js';
import type { AttrValue, FrozenTrial } from './frozen-trial.js';
import type { Pruner } from './pruners/pruner.js';
import type { Sampler, SearchSpace } from './samplers/sampler.js';
import type { StudyStorage } from './storage/study-storage.js';
import type { StudyView } from './study-view.js';

/** What a trial needs from its study. */
export interface TrialHost {
  readonly storage: StudyStorage;
  readonly sampler: Sampler;
  readonly pruner: Pruner;
  readonly view: StudyView;
}

/**
 * One evaluation of the objective: it suggests parameters, reports intermediate values and asks
 * whether it should be pruned. Suggesting the same name twice returns the first value.
 */
export class Trial {
  constructor(
    private readonly host: TrialHost,
    readonly number: number,
    private readonly relativeSearchSpace: SearchSpace,
    private readonly relativeParams: Record<string, ParamValue>,
    /** Aborted when the study is told to stop running trials (budget, SIGTERM). */
    readonly signal: AbortSignal,
  ) {}

  suggestFloat(name: string, low: number, high: number, options: RangeOptions = {}): number {
    return this.suggest(name, floatDistribution(low, high, options)) as number;
  }

  suggestInt(name: string, low: number, high: number, options: RangeOptions = {}): number {
    return this.suggest(name, intDistribution(low, high, options)) as number;
  }

  suggestCategorical<T extends CategoricalChoice>(name: string, choices: readonly T[]): T {
    return this.suggest(name, categoricalDistribution(choices)) as T;
  }

  /** Suggests a value from any distribution (the typed helpers above build one). */
  suggest(name: string, distribution: Distribution): ParamValue {
    const frozen = this.frozen;
    if (name in frozen.params) {
      const previous = frozen.distributions[name];
      if (!distributionsEqual(previous, distribution)) {
        throw new Error(`parameter "${name}" was already suggested with a different distribution`);
      }
      return frozen.params[name];
    }
    const value = this.pick(frozen, name, distribution);
    this.host.storage.setTrialParam(this.host.view.studyName, this.number, name, distribution, value);
    return value;
  }

  /** Records an intermediate value (a validation metric after a tree or an epoch). */
  report(value: number, step: number): void {
    if (!Number.isInteger(step) || step < 0) throw new RangeError(`step must be a non-negative integer, got ${step}`);
    if (this.frozen.intermediateValues.has(step)) return; // as Optuna: the first report of a step wins
    this.host.storage.setTrialIntermediateValue(this.host.view.studyName, this.number, step, value);
  }

  /** Whether the pruner would stop this trial now, given what it has reported. */
  shouldPrune(): boolean {
    return this.host.pruner.prune(this.host.view, this.frozen);
  }

  setUserAttr(key: string, value: AttrValue): void {
    this.host.storage.setTrialUserAttr(this.host.view.studyName, this.number, key, value);
  }

  get params(): Readonly<Record<string, ParamValue>> {
    return this.frozen.params;
  }

  get frozen(): FrozenTrial {
    return this.host.storage.getTrial(this.host.view.studyName, this.number);
  }

  private pick(frozen: FrozenTrial, name: string, distribution: Distribution): ParamValue {
    const fixed = frozen.systemAttrs.fixedParams as Record<string, ParamValue> | undefined;
    if (fixed && name in fixed) {
      const value = fixed[name];
      if (isValid(distribution, value)) return value;
    }
    if (isSingle(distribution)) return distribution.kind === 'categorical' ? distribution.choices[0] : distribution.low;
    const relative = this.relativeSearchSpace[name];
    if (relative && name in this.relativeParams && distributionsEqual(relative, distribution)) return this.relativeParams[name];
    return this.host.sampler.sampleIndependent(this.host.view, frozen, name, distribution);
  }
}

function isValid(distribution: Distribution, value: ParamValue): boolean {
  try {
    return containsInternal(distribution, toInternal(distribution, value));
  } catch {
    return false;
  }
}
