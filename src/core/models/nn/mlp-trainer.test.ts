import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParamValue } from '../../config/training-config';
import type { EncodedDataset, TrainRequest } from '../trainer';
import { TrainingInterruptedError, type MlpCheckpoint } from './mlp-checkpoint';
import { meanLoss } from './mlp-loss';
import type { MlpModel, MlpModelJson } from './mlp-model';
import { createMlpTrainer, mlpTrainer } from './mlp-trainer';
import { syntheticDataset } from './testing/synthetic';
import { useCpuBackend } from './testing/use-cpu-backend';

beforeAll(useCpuBackend);

const D = 4;
const binaryTrain = syntheticDataset('binary', 400, D, 1);
const binaryValid = syntheticDataset('binary', 200, D, 2);

function request(overrides: Partial<TrainRequest> & { params?: Record<string, ParamValue> } = {}): TrainRequest {
  return {
    task: 'binary',
    numClasses: 2,
    train: binaryTrain,
    validation: binaryValid,
    featureInfo: { names: ['a', 'b', 'c', 'd'], categorical: [false, false, false, false] },
    seed: 3,
    threads: 1,
    ...overrides,
    params: { hidden_layers: [16, 8], epochs: 12, batch_size: 32, learning_rate: 0.01, ...overrides.params },
  };
}

function accuracy(p: Float64Array, data: EncodedDataset): number {
  let correct = 0;
  p.forEach((q, i) => (correct += (q > 0.5 ? 1 : 0) === data.label[i] ? 1 : 0));
  return correct / p.length;
}

describe('mlpTrainer', () => {
  it('learns a non-linear binary problem, reports a validation loss per epoch and leaks no tensors', async () => {
    const before = tf.memory().numTensors;
    const counts: number[] = [];
    const losses: number[] = [];
    const model = (await mlpTrainer.train(
      request({
        onIteration: (report) => {
          losses.push(report.validationLoss as number);
          counts.push(tf.memory().numTensors);
          return 'continue';
        },
      }),
    )) as MlpModel;
    expect(losses).toHaveLength(12);
    expect(Math.min(...losses)).toBeLessThan(losses[0] * 0.8);
    expect(accuracy(model.predict(binaryValid.features), binaryValid)).toBeGreaterThan(0.85);
    expect(new Set(counts).size).toBe(1); // flat across epochs
    expect(tf.memory().numTensors).toBe(before); // and nothing left after the trial
    expect(model.backend).toBe('cpu');
    expect(model.engineVersion).toMatch(/^1\+tfjs-4\./);
  });

  it('keeps the best epoch (early stopping restores its weights) and obeys stop', async () => {
    const model = (await mlpTrainer.train(request({ params: { learning_rate: 0.05, epochs: 30, early_stopping_rounds: 3 } }))) as MlpModel;
    const history = model.validationHistory;
    const best = history.indexOf(Math.min(...history)) + 1;
    expect(model.bestEpoch).toBe(best);
    expect(model.toJSON().stop_reason).toBe(history.length < 30 ? 'early_stopping' : 'epochs');
    const p = model.predict(binaryValid.features);
    const logits = Float32Array.from(p, (q) => Math.log(q / (1 - q)));
    expect(meanLoss('binary', logits, binaryValid.label, undefined, 2, { mean: 0, std: 1 })).toBeCloseTo(history[best - 1], 4);

    const stopped = await mlpTrainer.train(request({ onIteration: (r) => (r.iteration === 3 ? 'stop' : 'continue') }));
    expect(stopped.iterations).toBe(3);
  });

  it('is deterministic for a seed and rebuilds an identical model from its JSON', async () => {
    const params = { dropout: 0.2, batch_norm: true, epochs: 3 };
    const a = await mlpTrainer.train(request({ params }));
    const b = await mlpTrainer.train(request({ params }));
    const c = await mlpTrainer.train(request({ params, seed: 4 }));
    expect((a.toJSON() as MlpModelJson).weights).toBe((b.toJSON() as MlpModelJson).weights);
    expect((a.toJSON() as MlpModelJson).weights).not.toBe((c.toJSON() as MlpModelJson).weights);
    const loaded = mlpTrainer.load(JSON.parse(JSON.stringify(a.toJSON())));
    expect(loaded.predict(binaryValid.features)).toEqual(a.predict(binaryValid.features));
    expect(() => mlpTrainer.load({ format: 'mltrain-logistic' })).toThrow(/not an mlp model/);
  });

  it('trains multiclass (probabilities sum to 1) and regression (target scaled back)', async () => {
    const mcTrain = syntheticDataset('multiclass', 400, D, 5);
    const mcValid = syntheticDataset('multiclass', 150, D, 6);
    const mc = await mlpTrainer.train(request({ task: 'multiclass', numClasses: 3, train: mcTrain, validation: mcValid }));
    const probs = mc.predict(mcValid.features);
    expect(probs).toHaveLength(150 * 3);
    let correct = 0;
    for (let i = 0; i < 150; i++) {
      const row = Array.from(probs.subarray(3 * i, 3 * i + 3));
      expect(row.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
      correct += row.indexOf(Math.max(...row)) === mcValid.label[i] ? 1 : 0;
    }
    expect(correct / 150).toBeGreaterThan(0.7);

    const regTrain = syntheticDataset('regression', 400, D, 7);
    const regValid = syntheticDataset('regression', 150, D, 8);
    const reg = await mlpTrainer.train(request({ task: 'regression', numClasses: 0, train: regTrain, validation: regValid, params: { optimizer: 'adamw', weight_decay: 0.01, lr_schedule: 'cosine', warmup_epochs: 1 } }));
    const y = reg.predict(regValid.features);
    const mean = regValid.label.reduce((s, v) => s + v, 0) / 150;
    let ssRes = 0;
    let ssTot = 0;
    y.forEach((v, i) => {
      ssRes += (v - regValid.label[i]) ** 2;
      ssTot += (regValid.label[i] - mean) ** 2;
    });
    expect(1 - ssRes / ssTot).toBeGreaterThan(0.7); // R^2 on the original scale (mean 10, not 0)
  });

  it("class_weight 'balanced' raises the minority class's predicted probability", async () => {
    const rare = { ...binaryTrain, label: binaryTrain.label.map((y, i) => (y === 1 && i % 4 !== 0 ? 0 : y)) };
    const mean = (m: Awaited<ReturnType<typeof mlpTrainer.train>>) => m.predict(binaryValid.features).reduce((s, v) => s + v, 0) / 200;
    const plain = await mlpTrainer.train(request({ train: rare, params: { epochs: 4, optimizer: 'sgd', learning_rate: 0.05 } }));
    const balanced = await mlpTrainer.train(request({ train: rare, params: { epochs: 4, optimizer: 'sgd', learning_rate: 0.05, class_weight: 'balanced' } }));
    expect(mean(balanced)).toBeGreaterThan(mean(plain) + 0.1);
  });

  it('resumes from a mid-epoch or an end-of-epoch checkpoint to the same final weights', async () => {
    const params = { epochs: 4, dropout: 0.1, batch_norm: true, early_stopping_rounds: 0, lr_schedule: 'step', lr_step_epochs: 2 };
    const saved: MlpCheckpoint[] = [];
    const whole = await createMlpTrainer({ checkpoints: { sink: { save: (c) => void saved.push(JSON.parse(JSON.stringify(c)) as MlpCheckpoint) }, everySteps: 5 } }).train(request({ params }));
    const midEpoch = saved.find((c) => c.stepInEpoch > 0 && c.epoch === 1) as MlpCheckpoint;
    const endOfEpoch = saved.find((c) => c.stepInEpoch === 0 && c.epoch === 2) as MlpCheckpoint;
    expect(midEpoch).toBeDefined();
    expect(endOfEpoch).toBeDefined();
    for (const checkpoint of [midEpoch, endOfEpoch]) {
      const resumed = await createMlpTrainer({ checkpoints: { resumeFrom: checkpoint } }).train(request({ params }));
      expect((resumed.toJSON() as MlpModelJson).weights).toBe((whole.toJSON() as MlpModelJson).weights);
      expect((resumed.toJSON() as MlpModelJson).validation_history).toEqual((whole.toJSON() as MlpModelJson).validation_history);
    }
    await expect(createMlpTrainer({ checkpoints: { resumeFrom: midEpoch } }).train(request({ params, seed: 99 }))).rejects.toThrow(/different run/);
    const otherData = { ...binaryTrain, label: binaryTrain.label.map((y, i) => (i === 7 ? 1 - y : y)) };
    await expect(createMlpTrainer({ checkpoints: { resumeFrom: midEpoch } }).train(request({ params, train: otherData }))).rejects.toThrow(/different run/);
  });

  it('stops on abort (SIGINT) with a checkpoint from which a re-run ends with the same weights', async () => {
    const params = { epochs: 3, dropout: 0.1, early_stopping_rounds: 0 };
    const whole = await mlpTrainer.train(request({ params }));
    const controller = new AbortController();
    let saved: MlpCheckpoint | undefined;
    const interrupted = createMlpTrainer({ checkpoints: { sink: { save: (c) => void (saved = c) }, signal: controller.signal } }).train(
      request({ params, onIteration: (r) => (r.iteration === 1 && controller.abort(), 'continue') }),
    );
    await expect(interrupted).rejects.toBeInstanceOf(TrainingInterruptedError);
    expect(saved?.epoch).toBe(1);
    expect(saved?.stepInEpoch).toBeGreaterThan(0);
    const resumed = await createMlpTrainer({ checkpoints: { resumeFrom: saved } }).train(request({ params }));
    expect((resumed.toJSON() as MlpModelJson).weights).toBe((whole.toJSON() as MlpModelJson).weights);
  });

  it('validates params by name and refuses a backend that was never loaded', async () => {
    expect(mlpTrainer.validateParams({ dropout: 2, optimizer: 'lion' }, 'binary').map((p) => p.param)).toEqual(['dropout', 'optimizer']);
    await expect(mlpTrainer.train(request({ params: { backend: 'webgpu' } }))).rejects.toThrow(/backend 'webgpu' is not loaded/);
  });
});
