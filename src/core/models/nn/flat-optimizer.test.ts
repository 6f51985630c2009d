import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { FlatOptimizer } from './flat-optimizer';
import type { OptimizerName } from './mlp-params';

// Reference: testing/torch_optimizer_golden.py, torch 1.13.1 (Debian python3-torch, reports
// 1.13.0a0), float64: three steps with fixed gradients, lr 0.1, weight_decay 0.1 on entries 0, 1, 3.
const TORCH: Record<OptimizerName, number[]> = {
  adam: [0.2584849613479566, -0.8121678951090838, 1.7477756072113189, 0.1149528097805522],
  adamw: [0.2949609911583475, -0.8731913171622459, 1.7477756072113189, 0.2169308717487997],
  sgd: [0.43491849999999993, -0.9298369999999999, 1.8907, 0.1461379],
};
const START = [0.5, -1.0, 2.0, 0.1];
const GRADS = [
  [0.1, -0.2, 0.3, 0.0],
  [-0.05, 0.1, 0.2, -0.3],
  [0.2, 0.2, -0.1, 0.05],
];
const MASK = Float32Array.from([1, 1, 0, 1]);

beforeAll(async () => {
  await tf.setBackend('cpu');
});

async function run(kind: OptimizerName, steps = GRADS.length, optimizer = new FlatOptimizer({ kind, weightDecay: 0.1, momentum: 0.9 }, 4, MASK), start = START): Promise<{ theta: number[]; optimizer: FlatOptimizer }> {
  let theta = tf.tensor1d(start);
  for (let s = optimizer.steps; s < steps; s++) {
    const gradient = tf.tensor1d(GRADS[s]);
    const next = optimizer.apply(theta, gradient, 0.1);
    tf.dispose([theta, gradient]);
    theta = next;
  }
  const values = Array.from(await theta.data());
  theta.dispose();
  return { theta: values, optimizer };
}

describe('FlatOptimizer', () => {
  for (const kind of ['adam', 'adamw', 'sgd'] as const) {
    it(`${kind} matches torch.optim after three steps (float32 tolerance)`, async () => {
      const before = tf.memory().numTensors;
      const { theta, optimizer } = await run(kind);
      theta.forEach((v, i) => expect(v).toBeCloseTo(TORCH[kind][i], 5));
      optimizer.dispose();
      expect(tf.memory().numTensors).toBe(before);
    });
  }

  it('continues identically from a saved state (checkpoint resume)', async () => {
    const whole = await run('adam');
    const first = await run('adam', 1);
    const state = await first.optimizer.state();
    first.optimizer.dispose();
    const resumed = new FlatOptimizer({ kind: 'adam', weightDecay: 0.1, momentum: 0.9 }, 4, MASK);
    resumed.restore(state);
    const rest = await run('adam', 3, resumed, first.theta);
    expect(rest.theta).toEqual(whole.theta);
    rest.optimizer.dispose();
    whole.optimizer.dispose();
  });
});
