import * as tf from '@tensorflow/tfjs-core';
import type { OptimizerName } from './mlp-params';

export const ADAM_BETA1 = 0.9;
export const ADAM_BETA2 = 0.999;
export const ADAM_EPSILON = 1e-8;

export interface OptimizerSettings {
  kind: OptimizerName;
  weightDecay: number;
  momentum: number;
}

/** The optimizer's state as numbers (for checkpoints). */
export interface OptimizerState {
  step: number;
  first: Float32Array;
  second: Float32Array;
}

/**
 * Adam, AdamW and SGD with momentum on one flat parameter vector, following PyTorch's update
 * rules (torch.optim.Adam / AdamW / SGD): Adam and SGD add weight_decay * w to the gradient,
 * AdamW shrinks w by lr * weight_decay before the Adam step; decay applies where `mask` is 1.
 * Owns its moment tensors; `dispose` frees them.
 */
export class FlatOptimizer {
  private first: tf.Tensor1D;
  private second: tf.Tensor1D;
  private step = 0;
  private readonly mask: tf.Tensor1D;

  constructor(
    private readonly settings: OptimizerSettings,
    size: number,
    decayMask: Float32Array,
  ) {
    this.first = tf.zeros([size]);
    this.second = tf.zeros([settings.kind === 'sgd' ? 0 : size]);
    this.mask = tf.tensor1d(decayMask);
  }

  get steps(): number {
    return this.step;
  }

  /** One update; returns the new parameters (the caller disposes the old ones). */
  apply(theta: tf.Tensor1D, gradient: tf.Tensor1D, learningRate: number): tf.Tensor1D {
    this.step += 1;
    const { kind, weightDecay, momentum } = this.settings;
    const [next, first, second] = tf.tidy(() => {
      let g: tf.Tensor1D = gradient;
      let w: tf.Tensor1D = theta;
      if (weightDecay > 0 && kind !== 'adamw') g = tf.add(g, tf.mul(tf.mul(theta, this.mask), weightDecay));
      if (weightDecay > 0 && kind === 'adamw') w = tf.sub(w, tf.mul(tf.mul(theta, this.mask), learningRate * weightDecay));
      if (kind === 'sgd') {
        // PyTorch: buf = momentum * buf + g (buf = g at the first step); w -= lr * buf
        const buf = this.step === 1 || momentum === 0 ? tf.clone(g) : tf.add(tf.mul(this.first, momentum), g);
        return [tf.sub(w, tf.mul(buf, learningRate)), buf, this.second] as const;
      }
      const m = tf.add(tf.mul(this.first, ADAM_BETA1), tf.mul(g, 1 - ADAM_BETA1));
      const v = tf.add(tf.mul(this.second, ADAM_BETA2), tf.mul(tf.square(g), 1 - ADAM_BETA2));
      const correction1 = 1 - ADAM_BETA1 ** this.step;
      const correction2 = 1 - ADAM_BETA2 ** this.step;
      const denominator = tf.add(tf.mul(tf.sqrt(v), 1 / Math.sqrt(correction2)), ADAM_EPSILON);
      return [tf.sub(w, tf.mul(tf.div(m, denominator), learningRate / correction1)), m, v] as const;
    });
    if (first !== this.first) this.first.dispose();
    if (second !== this.second) this.second.dispose();
    this.first = first as tf.Tensor1D;
    this.second = second as tf.Tensor1D;
    return next as tf.Tensor1D;
  }

  async state(): Promise<OptimizerState> {
    return { step: this.step, first: new Float32Array(await this.first.data()), second: new Float32Array(await this.second.data()) };
  }

  restore(state: OptimizerState): void {
    this.first.dispose();
    this.second.dispose();
    this.first = tf.tensor1d(state.first);
    this.second = tf.tensor1d(state.second);
    this.step = state.step;
  }

  dispose(): void {
    this.first.dispose();
    this.second.dispose();
    this.mask.dispose();
  }
}
