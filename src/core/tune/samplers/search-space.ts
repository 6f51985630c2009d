import type { Distribution } from '../distributions.js';
import { distributionsEqual, isSingle } from '../distributions.js';
import type { FrozenTrial } from '../frozen-trial.js';
import type { SearchSpace } from './sampler.js';

const FINISHED_FOR_SPACE = ['complete', 'pruned'] as const;

function usable(trial: FrozenTrial): boolean {
  return (FINISHED_FOR_SPACE as readonly string[]).includes(trial.state);
}

/**
 * The parameters every complete or pruned trial suggested with the same distribution (Optuna's
 * IntersectionSearchSpace with pruned trials), without single-valued ones, sorted by name.
 */
export function intersectionSearchSpace(trials: readonly FrozenTrial[]): SearchSpace {
  let space: Record<string, Distribution> | null = null;
  for (const trial of trials) {
    if (!usable(trial)) continue;
    if (space === null) {
      space = { ...trial.distributions };
      continue;
    }
    for (const name of Object.keys(space)) {
      const other = trial.distributions[name];
      if (!other || !distributionsEqual(other, space[name])) delete space[name];
    }
  }
  return withoutSingles(space ?? {});
}

/**
 * Optuna's group decomposition: the finest partition of the parameters such that every trial's
 * parameters are a union of whole groups. Parameters that always appear together (a conditional
 * branch) form one group, sampled jointly by the multivariate TPE.
 */
export function groupDecomposedSearchSpace(trials: readonly FrozenTrial[]): SearchSpace[] {
  let groups: SearchSpace[] = [];
  for (const trial of trials) {
    if (!usable(trial)) continue;
    const remaining = new Set(Object.keys(trial.distributions));
    const next: SearchSpace[] = [];
    for (const group of groups) {
      const inside: SearchSpace = {};
      const outside: SearchSpace = {};
      for (const [name, distribution] of Object.entries(group)) {
        if (remaining.has(name)) inside[name] = distribution;
        else outside[name] = distribution;
      }
      next.push(inside, outside);
      for (const name of Object.keys(group)) remaining.delete(name);
    }
    const fresh: SearchSpace = {};
    for (const name of remaining) fresh[name] = trial.distributions[name];
    next.push(fresh);
    groups = next.filter((group) => Object.keys(group).length > 0);
  }
  return groups.map(withoutSingles).filter((group) => Object.keys(group).length > 0);
}

function withoutSingles(space: SearchSpace): SearchSpace {
  const out: SearchSpace = {};
  for (const name of Object.keys(space).sort()) if (!isSingle(space[name])) out[name] = space[name];
  return out;
}
