import { describe, expect, it } from 'vitest';
import { createStudy } from '../study.js';
import type { Trial } from '../trial.js';
import { RandomSampler } from './random-sampler.js';
import type { Sampler } from './sampler.js';
import { TPESampler } from './tpe/tpe-sampler.js';

/** Every sampler: values inside their distributions, on their grids, same seed same trials. */
const SAMPLERS: Record<string, (seed: number) => Sampler> = {
  random: (seed) => new RandomSampler({ seed }),
  tpe: (seed) => new TPESampler({ seed, nStartupTrials: 5 }),
  'tpe multivariate': (seed) => new TPESampler({ seed, nStartupTrials: 5, multivariate: true }),
  'tpe multivariate group': (seed) => new TPESampler({ seed, nStartupTrials: 5, multivariate: true, group: true }),
  'tpe constant liar': (seed) => new TPESampler({ seed, nStartupTrials: 5, constantLiar: true }),
  'tpe without prior, endpoints': (seed) => new TPESampler({ seed, nStartupTrials: 3, considerPrior: false, considerEndpoints: true }),
};

const violations: string[] = [];
function check(ok: boolean, what: string): void {
  if (!ok) violations.push(what);
}

/** A conditional space touching every distribution option. */
function objective(trial: Trial): number {
  const model = trial.suggestCategorical('model', ['linear', 'tree', 'net']);
  let loss = model === 'tree' ? 0 : 1;
  if (model === 'linear') {
    const c = trial.suggestFloat('c', 1e-4, 1e2, { log: true });
    check(c >= 1e-4 && c <= 1e2, `c=${c}`);
    loss += Math.abs(Math.log10(c));
  } else if (model === 'tree') {
    const depth = trial.suggestInt('depth', 2, 12, { step: 2 });
    check(Number.isInteger(depth) && depth % 2 === 0 && depth >= 2 && depth <= 12, `depth=${depth}`);
    const leaves = trial.suggestInt('leaves', 4, 1024, { log: true });
    check(Number.isInteger(leaves) && leaves >= 4 && leaves <= 1024, `leaves=${leaves}`);
    loss += Math.abs(depth - 6) + Math.abs(Math.log2(leaves) - 5);
  } else {
    const dropout = trial.suggestFloat('dropout', 0, 0.5, { step: 0.05 });
    check(dropout >= 0 && dropout <= 0.5 + 1e-12 && Math.abs(dropout / 0.05 - Math.round(dropout / 0.05)) < 1e-9, `dropout=${dropout}`);
    loss += dropout;
  }
  const x = trial.suggestFloat('x', -3, 3);
  check(x >= -3 && x <= 3, `x=${x}`);
  const fixed = trial.suggestInt('fixed', 7, 7);
  check(fixed === 7, `fixed=${fixed}`);
  return loss + x * x;
}

async function paramsOf(makeSampler: (seed: number) => Sampler, seed: number): Promise<unknown[]> {
  const study = await createStudy({ sampler: makeSampler(seed) });
  await study.optimize(objective, { nTrials: 20 });
  expect(study.trials.every((t) => t.state === 'complete')).toBe(true);
  return study.trials.map((t) => t.params);
}

describe.each(Object.entries(SAMPLERS))('sampler contract: %s', (_name, makeSampler) => {
  it('keeps every value inside its distribution and grid', async () => {
    violations.length = 0;
    await paramsOf(makeSampler, 1);
    expect(violations).toEqual([]);
  });

  it('is deterministic by seed', async () => {
    const first = await paramsOf(makeSampler, 11);
    expect(await paramsOf(makeSampler, 11)).toEqual(first);
    expect(await paramsOf(makeSampler, 12)).not.toEqual(first);
  });
});
