import type { CategoricalChoice, Distribution, ParamValue } from './distributions.js';
import { categoricalDistribution, floatDistribution, intDistribution } from './distributions.js';
import type { Trial } from './trial.js';

export const PARAM_SPEC_TYPES = ['float', 'int'] as const;
export type ParamSpecType = (typeof PARAM_SPEC_TYPES)[number];

/**
 * A parameter as a config writes it: a list of choices (categorical) or a numeric range
 * `{type: float|int, low, high, log?, step?}` (the training-config schema's `tuning.search_space`).
 */
export type ParamSpec =
  | readonly CategoricalChoice[]
  | { type: ParamSpecType; low: number; high: number; log?: boolean; step?: number | null };

export function distributionFromSpec(spec: ParamSpec): Distribution {
  if (Array.isArray(spec)) return categoricalDistribution(spec as readonly CategoricalChoice[]);
  const range = spec as Exclude<ParamSpec, readonly CategoricalChoice[]>;
  const options = { log: range.log ?? false, step: range.step ?? null };
  return range.type === 'int' ? intDistribution(range.low, range.high, { log: options.log, step: options.step ?? 1 }) : floatDistribution(range.low, range.high, options);
}

/** Suggests every parameter of a flat search space, in the order given. */
export function suggestAll(trial: Trial, space: Readonly<Record<string, ParamSpec>>): Record<string, ParamValue> {
  const params: Record<string, ParamValue> = {};
  for (const [name, spec] of Object.entries(space)) params[name] = trial.suggest(name, distributionFromSpec(spec));
  return params;
}
