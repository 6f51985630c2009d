import { describe, expect, it } from 'vitest';
import { categoricalDistribution, floatDistribution, intDistribution } from './distributions.js';
import { distributionFromSpec, suggestAll } from './param-spec.js';
import { RandomSampler } from './samplers/random-sampler.js';
import { createStudy } from './study.js';

describe('param specs', () => {
  it('turn config forms into distributions', () => {
    expect(distributionFromSpec(['gbdt', 'logistic'])).toEqual(categoricalDistribution(['gbdt', 'logistic']));
    expect(distributionFromSpec({ type: 'float', low: 1e-3, high: 1, log: true })).toEqual(floatDistribution(1e-3, 1, { log: true }));
    expect(distributionFromSpec({ type: 'int', low: 2, high: 10, step: 2 })).toEqual(intDistribution(2, 10, { step: 2 }));
    expect(() => distributionFromSpec({ type: 'int', low: 0, high: 10, log: true })).toThrow(RangeError);
  });

  it('suggest a whole space in order', async () => {
    const study = await createStudy({ sampler: new RandomSampler({ seed: 1 }) });
    const trial = await study.ask();
    const params = suggestAll(trial, { lr: { type: 'float', low: 0.01, high: 0.3, log: true }, depth: { type: 'int', low: 2, high: 8 }, kind: ['a', 'b'] });
    expect(Object.keys(params)).toEqual(['lr', 'depth', 'kind']);
    expect(trial.params).toEqual(params);
  });
});
