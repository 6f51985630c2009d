import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { predictGbdt, trainGbdt, type GbdtCheckpoint, type GbdtModel, type GbdtTrainOptions } from './index.js';
import { numericInfo, syntheticDataset } from './test-helpers.js';

const schema = JSON.parse(readFileSync(new URL('../../../../schemas/gbdt-model.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);

function mixedData(n: number, seed: number) {
  const data = syntheticDataset(n, 4, seed, (x, rng) => (x[0] + (x[3] > 0 ? 1 : -1) * x[1] + 0.5 * rng.normal() > 0 ? 1 : 0));
  // feature 3 becomes a categorical code 0..5, feature 2 gets missing values
  data.features[3] = data.features[3].map((v) => Math.min(5, Math.floor(Math.abs(v) * 3)));
  data.features[2] = data.features[2].map((v, i) => (i % 7 === 0 ? NaN : v));
  return data;
}
const info = { names: ['a', 'b', 'c', 'plan'], categorical: [false, false, false, true], categories: [null, null, null, ['p0', 'p1', 'p2', 'p3', 'p4', 'p5']] };

describe('model persistence', () => {
  it('the model JSON is valid against schemas/gbdt-model.schema.json and reloads to identical predictions', async () => {
    const train = mixedData(1500, 1);
    const test = mixedData(300, 2);
    const model = await trainGbdt({ train, featureInfo: info, objective: 'binary:logistic', seed: 4, params: { n_estimators: 20, subsample: 0.8, colsample_bytree: 0.75 } });
    const text = JSON.stringify(model);
    const reloaded = JSON.parse(text) as GbdtModel;
    expect(validate(reloaded), JSON.stringify(validate.errors)).toBe(true);
    expect(Array.from(predictGbdt(reloaded, test.features))).toEqual(Array.from(predictGbdt(model, test.features)));
    expect(model.trees.some((t) => t.categoryWords.length > 0)).toBe(true);
    expect(validate({ ...reloaded, objective: 'rank:pairwise' })).toBe(false);
  });

  it('resuming from a checkpoint gives the identical model (with row and column sampling)', async () => {
    const train = mixedData(1500, 3);
    const validation = mixedData(400, 4);
    const base: GbdtTrainOptions = {
      train, validation, featureInfo: info, objective: 'binary:logistic', seed: 9,
      params: { n_estimators: 25, subsample: 0.7, colsample_bytree: 0.5, learning_rate: 0.2 },
    };
    const saved: string[] = [];
    const full = await trainGbdt({ ...base, checkpoint: { every: 10, save: (state) => saved.push(JSON.stringify(state)) } });
    expect(saved.length).toBe(2);
    const state = JSON.parse(saved[0]) as GbdtCheckpoint;
    expect(state.iteration).toBe(10);
    const resumed = await trainGbdt({ ...base, resumeFrom: state });
    expect(JSON.stringify(resumed)).toBe(JSON.stringify(full));
    await expect(trainGbdt({ ...base, params: { ...base.params, learning_rate: 0.3 }, resumeFrom: state })).rejects.toThrow(/other parameters/);
  });

  it('gives the same model with 1 and 2 threads', async () => {
    const train = mixedData(40000, 5);
    const options: GbdtTrainOptions = { train, featureInfo: info, objective: 'binary:logistic', seed: 2, params: { n_estimators: 4, max_depth: 4 } };
    const one = await trainGbdt({ ...options, threads: 1 });
    const two = await trainGbdt({ ...options, threads: 2 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });

  it('early stopping keeps the best iteration; a callback can stop training', async () => {
    // pure-noise labels: the validation loss gets worse soon
    const train = syntheticDataset(600, 3, 11, (_, rng) => (rng.nextFloat() < 0.5 ? 1 : 0));
    const validation = syntheticDataset(600, 3, 12, (_, rng) => (rng.nextFloat() < 0.5 ? 1 : 0));
    const seen: number[] = [];
    const model = await trainGbdt({
      train, validation, featureInfo: numericInfo(3), objective: 'binary:logistic', seed: 1,
      params: { n_estimators: 200, early_stopping_rounds: 5, learning_rate: 0.3 },
      callbacks: { onIteration: (info) => { seen.push(info.validationMetric as number); return 'continue'; } },
    });
    expect(model.iterationsTrained).toBeLessThan(200);
    expect(model.iterationsTrained).toBe(model.bestIteration + 6);
    expect(model.trees.length).toBe(model.bestIteration + 1);
    expect(model.bestScore).toBe(Math.min(...seen));
    expect(model.evalMetric).toBe('logloss');
    const trainLosses: number[] = [];
    const stopped = await trainGbdt({
      train, featureInfo: numericInfo(3), objective: 'binary:logistic', seed: 1, params: { n_estimators: 50 }, reportTrainLoss: true,
      callbacks: { onIteration: (info) => { trainLosses.push(info.trainLoss as number); return info.iteration === 2 ? 'stop' : 'continue'; } },
    });
    expect(stopped.trees.length).toBe(3);
    expect(trainLosses[2]).toBeLessThan(trainLosses[0]);
    expect(trainLosses[0]).toBeLessThan(Math.log(2));
  });

  it('is deterministic for a seed and changes with the seed when sampling', async () => {
    const train = mixedData(800, 6);
    const run = (seed: number) => trainGbdt({ train, featureInfo: info, objective: 'binary:logistic', seed, params: { n_estimators: 5, subsample: 0.5 } });
    expect(JSON.stringify(await run(1))).toBe(JSON.stringify(await run(1)));
    expect(JSON.stringify(await run(1))).not.toBe(JSON.stringify(await run(2)));
  });
});
