import * as tf from '@tensorflow/tfjs-core';
import { BN_EPSILON, BN_MOMENTUM, type LayerActivation, type MlpLayout } from './mlp-layout';


/** The flat parameter vector cut into per-layer tensors (views made by split/reshape). */
export interface LayerParams {
  kernel: tf.Tensor2D;
  bias?: tf.Tensor1D;
  gamma?: tf.Tensor1D;
  beta?: tf.Tensor1D;
}

/** Running mean and variance per batch-norm layer (undefined for layers without). */
export type RunningStats = ({ mean: tf.Tensor1D; variance: tf.Tensor1D } | undefined)[];

export function splitParams(theta: tf.Tensor1D, layout: MlpLayout): LayerParams[] {
  const parts = tf.split(theta, layout.slots.map((s) => s.size));
  const layers: LayerParams[] = layout.layers.map(() => ({}) as LayerParams);
  layout.slots.forEach((slot, i) => {
    const target = layers[slot.layer];
    if (slot.role === 'kernel') target.kernel = tf.reshape(parts[i], slot.shape as [number, number]) as tf.Tensor2D;
    else target[slot.role] = parts[i] as tf.Tensor1D;
  });
  return layers;
}

const FUSABLE: ReadonlySet<LayerActivation> = new Set(['linear', 'relu', 'sigmoid', 'elu']);

function activate(x: tf.Tensor2D, activation: LayerActivation): tf.Tensor2D {
  switch (activation) {
    case 'linear':
      return x;
    case 'relu':
      return tf.relu(x);
    case 'tanh':
      return tf.tanh(x);
    case 'sigmoid':
      return tf.sigmoid(x);
    case 'elu':
      return tf.elu(x);
  }
}

/** The activation's derivative written in terms of its output a (all four allow it). */
function activationDerivative(a: tf.Tensor2D, activation: LayerActivation): tf.Tensor2D | null {
  switch (activation) {
    case 'linear':
      return null;
    case 'relu':
      return tf.step(a);
    case 'tanh':
      return tf.sub(1, tf.square(a)) as tf.Tensor2D;
    case 'sigmoid':
      return tf.mul(a, tf.sub(1, a)) as tf.Tensor2D;
    case 'elu': // a > 0: 1; else exp(u) = a + 1
      return tf.add(tf.minimum(a, 0), 1) as tf.Tensor2D;
  }
}

interface LayerCache {
  input: tf.Tensor2D;
  activated: tf.Tensor2D;
  mask?: tf.Tensor2D;
  xhat?: tf.Tensor2D;
  invStd?: tf.Tensor1D;
}

/** What a training forward pass keeps for the backward pass. */
export interface ForwardTrace {
  logits: tf.Tensor2D;
  caches: LayerCache[];
  /** New running statistics (the caller swaps them in after the step). */
  running: RunningStats;
}

/**
 * The training-mode forward pass: batch statistics for batch norm (the running ones updated as
 * PyTorch does: momentum 0.1, unbiased batch variance), dropout by the given 0 / 1/(1-p) masks.
 * Run inside tf.tidy; the backward pass reads the trace.
 */
export function forwardTrain(params: LayerParams[], x: tf.Tensor2D, layout: MlpLayout, masks: (tf.Tensor2D | undefined)[], running: RunningStats): ForwardTrace {
  const caches: LayerCache[] = [];
  const nextRunning: RunningStats = [];
  let h = x;
  layout.layers.forEach((spec, l) => {
    const p = params[l];
    const cache: LayerCache = { input: h, activated: h };
    if (!spec.batchNorm) {
      const fused = FUSABLE.has(spec.activation);
      const z = tf.fused.matMul({ a: h, b: p.kernel, bias: p.bias, activation: fused ? (spec.activation as tf.fused.Activation) : 'linear' }) as tf.Tensor2D;
      cache.activated = fused ? z : activate(z, spec.activation);
    } else {
      const z = tf.matMul(h, p.kernel);
      const { mean, variance } = tf.moments(z, 0);
      const invStd = tf.rsqrt(tf.add(variance, BN_EPSILON)) as tf.Tensor1D;
      const xhat = tf.mul(tf.sub(z, mean), invStd) as tf.Tensor2D;
      cache.xhat = xhat;
      cache.invStd = invStd;
      cache.activated = activate(tf.add(tf.mul(xhat, p.gamma as tf.Tensor1D), p.beta as tf.Tensor1D), spec.activation);
      const rows = z.shape[0];
      const old = running[l];
      if (old) {
        const unbiased = rows > 1 ? tf.mul(variance, rows / (rows - 1)) : variance;
        nextRunning[l] = {
          mean: tf.add(tf.mul(old.mean, 1 - BN_MOMENTUM), tf.mul(mean, BN_MOMENTUM)) as tf.Tensor1D,
          variance: tf.add(tf.mul(old.variance, 1 - BN_MOMENTUM), tf.mul(unbiased, BN_MOMENTUM)) as tf.Tensor1D,
        };
      }
    }
    const mask = masks[l];
    if (mask) cache.mask = mask;
    h = mask ? tf.mul(cache.activated, mask) : cache.activated;
    caches.push(cache);
  });
  return { logits: h, caches, running: nextRunning };
}

/**
 * Backpropagation by hand (no autodiff tape: fewer ops per step, and no gradient registry to
 * load), from the loss gradient with respect to the logits to one flat gradient in the layout's
 * order. Batch norm's input gradient is the standard closed form
 * dz = invStd / B * (B * dxhat - sum(dxhat) - xhat * sum(dxhat * xhat)).
 */
export function backward(params: LayerParams[], trace: ForwardTrace, dLogits: tf.Tensor2D, layout: MlpLayout): tf.Tensor1D {
  const grads: tf.Tensor[] = new Array(layout.slots.length);
  const slotIndex = (layer: number, role: string) => layout.slots.findIndex((s) => s.layer === layer && s.role === role);
  let d = dLogits;
  for (let l = layout.layers.length - 1; l >= 0; l--) {
    const spec = layout.layers[l];
    const cache = trace.caches[l];
    if (cache.mask) d = tf.mul(d, cache.mask);
    const derivative = activationDerivative(cache.activated, spec.activation);
    let dz = derivative ? tf.mul(d, derivative) : d;
    if (spec.batchNorm) {
      const xhat = cache.xhat as tf.Tensor2D;
      grads[slotIndex(l, 'gamma')] = tf.sum(tf.mul(dz, xhat), 0);
      grads[slotIndex(l, 'beta')] = tf.sum(dz, 0);
      const dxhat = tf.mul(dz, params[l].gamma as tf.Tensor1D);
      const rows = dxhat.shape[0];
      const inner = tf.sub(tf.sub(tf.mul(dxhat, rows), tf.sum(dxhat, 0)), tf.mul(xhat, tf.sum(tf.mul(dxhat, xhat), 0)));
      dz = tf.mul(inner, tf.div(cache.invStd as tf.Tensor1D, rows));
    } else {
      grads[slotIndex(l, 'bias')] = tf.sum(dz, 0);
    }
    // An explicit transpose then a plain matMul: tfjs-wasm's transposed matMul took ~4x longer
    // than both together here (bench/nn/RESULTS.md).
    grads[slotIndex(l, 'kernel')] = tf.reshape(tf.matMul(tf.transpose(cache.input), dz as tf.Tensor2D), [-1]);
    if (l > 0) d = tf.matMul(dz as tf.Tensor2D, tf.transpose(params[l].kernel));
  }
  return tf.concat(grads as tf.Tensor1D[]) as tf.Tensor1D;
}

/** The inference-mode forward pass (running statistics, no dropout): the logits. */
export function forwardEval(params: LayerParams[], x: tf.Tensor2D, layout: MlpLayout, running: RunningStats): tf.Tensor2D {
  let h = x;
  layout.layers.forEach((spec, l) => {
    const p = params[l];
    const stats = running[l];
    if (!spec.batchNorm || !stats) {
      const fused = FUSABLE.has(spec.activation);
      const z = tf.fused.matMul({ a: h, b: p.kernel, bias: p.bias, activation: fused ? (spec.activation as tf.fused.Activation) : 'linear' }) as tf.Tensor2D;
      h = fused ? z : activate(z, spec.activation);
    } else {
      const z = tf.matMul(h, p.kernel);
      const scale = tf.mul(p.gamma as tf.Tensor1D, tf.rsqrt(tf.add(stats.variance, BN_EPSILON)));
      h = activate(tf.add(tf.mul(tf.sub(z, stats.mean), scale), p.beta as tf.Tensor1D), spec.activation);
    }
  });
  return h;
}
