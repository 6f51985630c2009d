import { describe, expect, it } from 'vitest';
import type { Distribution } from '../distributions.js';
import { categoricalDistribution, floatDistribution, intDistribution } from '../distributions.js';
import type { FrozenTrial, TrialState } from '../frozen-trial.js';
import { emptyTrial } from '../frozen-trial.js';
import { groupDecomposedSearchSpace, intersectionSearchSpace } from './search-space.js';

const kind = categoricalDistribution(['a', 'b']);
const x = floatDistribution(0, 1);
const y = intDistribution(1, 5);
const z = floatDistribution(0, 2);

function trial(number: number, state: TrialState, distributions: Record<string, Distribution>): FrozenTrial {
  return { ...emptyTrial(number, 0), state, distributions };
}

describe('search spaces', () => {
  const trials = [
    trial(0, 'complete', { kind, x, fixed: floatDistribution(1, 1) }),
    trial(1, 'pruned', { kind, y, z, fixed: floatDistribution(1, 1) }),
    trial(2, 'complete', { kind, x }),
    trial(3, 'running', { kind }),
    trial(4, 'fail', { kind, x: floatDistribution(0, 5) }),
  ];

  it('intersects complete and pruned trials, dropping single-valued distributions', () => {
    expect(intersectionSearchSpace(trials)).toEqual({ kind });
    expect(intersectionSearchSpace([trials[0], trials[2]])).toEqual({ kind, x });
    expect(Object.keys(intersectionSearchSpace([trials[0], trial(1, 'complete', { kind, x: floatDistribution(0, 2) })]))).toEqual(['kind']);
  });

  it('decomposes into groups of parameters that always appear together', () => {
    const groups = groupDecomposedSearchSpace(trials).map((g) => Object.keys(g).sort());
    expect(groups.sort()).toEqual([['kind'], ['x'], ['y', 'z']]);
  });
});
