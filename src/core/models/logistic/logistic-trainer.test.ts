import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParamValue } from '../../config/training-config';
import { logisticTrainer } from './logistic-trainer';
import { solveSpd } from './linear-algebra';

interface Golden {
  features: number[][];
  label: number[];
  weight: number[];
  cases: { name: string; params: Record<string, ParamValue>; use_weights: boolean; coef: number[]; intercept: number; proba_first5: number[] }[];
}

const golden = JSON.parse(readFileSync(join(__dirname, '../../../../test/fixtures/golden-logistic/golden.json'), 'utf8')) as Golden;
const features = golden.features.map((c) => Float64Array.from(c));

describe('logistic regression against scikit-learn 1.2.1', () => {
  for (const testCase of golden.cases) {
    it(`matches LogisticRegression (${testCase.name})`, async () => {
      const model = await logisticTrainer.train({
        task: 'binary',
        numClasses: 2,
        train: { features, label: Float64Array.from(golden.label), weight: testCase.use_weights ? Float64Array.from(golden.weight) : undefined },
        featureInfo: { names: ['a', 'b', 'c', 'd'], categorical: [false, false, false, false] },
        params: testCase.params,
        seed: 0,
        threads: 1,
      });
      const json = model.toJSON() as { coef: number[]; intercept: number; converged: boolean };
      expect(json.converged).toBe(true);
      json.coef.forEach((c, j) => expect(c).toBeCloseTo(testCase.coef[j], 9));
      expect(json.intercept).toBeCloseTo(testCase.intercept, 9);
      const proba = model.predict(features.map((c) => c.subarray(0, 5)));
      proba.forEach((p, i) => expect(p).toBeCloseTo(testCase.proba_first5[i], 10));
    });
  }

  it('round-trips through JSON with identical predictions', async () => {
    const model = await logisticTrainer.train({
      task: 'binary', numClasses: 2, train: { features, label: Float64Array.from(golden.label) },
      featureInfo: { names: ['a', 'b', 'c', 'd'], categorical: [false, false, false, false] }, params: {}, seed: 0, threads: 1,
    });
    const reloaded = logisticTrainer.load(JSON.parse(JSON.stringify(model.toJSON())));
    expect(Array.from(reloaded.predict(features))).toEqual(Array.from(model.predict(features)));
  });

  it('names invalid parameters', () => {
    expect(logisticTrainer.validateParams({ C: -1, max_depth: 3 }, 'binary').map((p) => p.param)).toEqual(['C', 'max_depth']);
  });

  it('reports each iteration and stops when told', async () => {
    const seen: number[] = [];
    const model = await logisticTrainer.train({
      task: 'binary', numClasses: 2, train: { features, label: Float64Array.from(golden.label) },
      validation: { features, label: Float64Array.from(golden.label) },
      featureInfo: { names: ['a', 'b', 'c', 'd'], categorical: [false, false, false, false] }, params: {}, seed: 0, threads: 1,
      onIteration: (r) => { seen.push(r.validationLoss ?? NaN); return r.iteration >= 2 ? 'stop' : 'continue'; },
    });
    expect(model.iterations).toBe(2);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toBeLessThan(seen[0]);
  });
});

describe('solveSpd', () => {
  it('solves a small positive-definite system and refuses an indefinite one', () => {
    const x = solveSpd(Float64Array.from([4, 2, 2, 3]), Float64Array.from([2, 1]), 2)!;
    expect(x[0]).toBeCloseTo(0.5, 12);
    expect(x[1]).toBeCloseTo(0, 12);
    expect(solveSpd(Float64Array.from([1, 2, 2, 1]), Float64Array.from([1, 1]), 2)).toBeUndefined();
  });
});
