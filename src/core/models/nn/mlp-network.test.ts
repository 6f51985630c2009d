import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { Rng } from '../../random/rng';
import { buildLayout, initialParameters, type MlpLayout } from './mlp-layout';
import { lossGradient, meanLoss } from './mlp-loss';
import { backward, forwardEval, forwardTrain, splitParams, type RunningStats } from './mlp-network';
import type { Activation } from './mlp-params';
import { predictLogits } from './mlp-predict';
import { useCpuBackend } from './testing/use-cpu-backend';

beforeAll(useCpuBackend);

const ROWS = 6;
const INPUTS = 3;

interface Case {
  task: 'binary' | 'multiclass' | 'regression';
  activation: Activation;
  batchNorm: boolean;
  dropout: boolean;
}

function setup(c: Case) {
  const rng = Rng.fromSeed(7).fork(JSON.stringify(c));
  const outputs = c.task === 'multiclass' ? 3 : 1;
  const layout = buildLayout(INPUTS, [4, 3], c.activation, c.batchNorm, outputs);
  const theta = initialParameters(layout, rng);
  // perturb gamma/beta/biases away from 1/0 so their gradients are exercised
  for (let i = 0; i < theta.length; i++) theta[i] += 0.3 * rng.normal();
  const x = Float32Array.from({ length: ROWS * INPUTS }, () => rng.normal());
  const label = Float64Array.from({ length: ROWS }, () => (c.task === 'regression' ? rng.normal() : rng.nextInt(outputs === 1 ? 2 : outputs)));
  const target = new Float32Array(ROWS * outputs);
  label.forEach((y, i) => (c.task === 'multiclass' ? (target[i * outputs + y] = 1) : (target[i] = y)));
  const masks = layout.layers.map((spec, l) =>
    c.dropout && l < layout.layers.length - 1 ? Float32Array.from({ length: ROWS * spec.units }, () => (rng.nextFloat() < 0.3 ? 0 : 1 / 0.7)) : undefined,
  );
  return { layout, theta, x, label, target, masks, outputs };
}

/** The training-mode loss at theta (same masks, batch statistics), read back in float64. */
function lossAt(c: Case, s: ReturnType<typeof setup>, theta: Float32Array): number {
  const logits = tf.tidy(() => {
    const trace = forwardTrain(splitParams(tf.tensor1d(theta), s.layout), tf.tensor2d(s.x, [ROWS, INPUTS]), s.layout, s.masks.map((m, l) => (m ? tf.tensor2d(m, [ROWS, s.layout.layers[l].units]) : undefined)), noRunning(s.layout));
    return trace.logits;
  });
  const values = logits.dataSync() as Float32Array;
  logits.dispose();
  return meanLoss(c.task, values, s.label, undefined, s.outputs, { mean: 0, std: 1 });
}

function noRunning(layout: MlpLayout): RunningStats {
  return layout.layers.map(() => undefined);
}

describe('hand-written backprop', () => {
  const cases: Case[] = [
    { task: 'binary', activation: 'tanh', batchNorm: false, dropout: false },
    { task: 'binary', activation: 'relu', batchNorm: false, dropout: true },
    { task: 'multiclass', activation: 'sigmoid', batchNorm: true, dropout: false },
    { task: 'regression', activation: 'elu', batchNorm: true, dropout: true },
  ];
  for (const c of cases) {
    it(`matches central finite differences (${c.task}, ${c.activation}, batch_norm ${c.batchNorm}, dropout ${c.dropout})`, () => {
      const s = setup(c);
      const gradient = tf.tidy(() => {
        const layers = splitParams(tf.tensor1d(s.theta), s.layout);
        const masks = s.masks.map((m, l) => (m ? tf.tensor2d(m, [ROWS, s.layout.layers[l].units]) : undefined));
        const trace = forwardTrain(layers, tf.tensor2d(s.x, [ROWS, INPUTS]), s.layout, masks, noRunning(s.layout));
        const dLogits = lossGradient(c.task, trace.logits, tf.tensor2d(s.target, [ROWS, s.outputs]), tf.scalar(1 / ROWS));
        return backward(layers, trace, dLogits, s.layout);
      });
      const analytic = gradient.dataSync();
      gradient.dispose();
      const h = 1e-2;
      for (let i = 0; i < s.theta.length; i++) {
        const plus = s.theta.slice();
        const minus = s.theta.slice();
        plus[i] += h;
        minus[i] -= h;
        const numeric = (lossAt(c, s, plus) - lossAt(c, s, minus)) / (2 * h);
        expect(Math.abs(analytic[i] - numeric), `parameter ${i}: ${analytic[i]} vs ${numeric}`).toBeLessThan(2e-3 + 2e-2 * Math.abs(numeric));
      }
    });
  }

  it('inference on the device agrees with the plain TypeScript predictor (batch norm with running statistics)', () => {
    const s = setup({ task: 'multiclass', activation: 'relu', batchNorm: true, dropout: false });
    const running = Float32Array.from([0.1, -0.2, 0.3, 0, 1.5, 0.5, 2, 1, -0.1, 0.2, 0, 0.8, 1.2, 0.9]);
    const stats: RunningStats = [
      { mean: tf.tensor1d(running.slice(0, 4)), variance: tf.tensor1d(running.slice(4, 8)) },
      { mean: tf.tensor1d(running.slice(8, 11)), variance: tf.tensor1d(running.slice(11, 14)) },
      undefined,
    ];
    const logits = tf.tidy(() => forwardEval(splitParams(tf.tensor1d(s.theta), s.layout), tf.tensor2d(s.x, [ROWS, INPUTS]), s.layout, stats));
    const device = logits.dataSync();
    const columns = Array.from({ length: INPUTS }, (_, j) => Float64Array.from({ length: ROWS }, (_, i) => s.x[i * INPUTS + j]));
    const plain = predictLogits(s.layout, s.theta, running, columns);
    device.forEach((v, i) => expect(v).toBeCloseTo(plain[i], 5));
    tf.dispose([logits, ...stats.flatMap((r) => (r ? [r.mean, r.variance] : []))]);
  });
});
