import * as tf from '@tensorflow/tfjs-core';
import type { Task } from '../../config/training-config';

/**
 * The gradient of the weighted mean loss sum_i w_i * loss_i / sum_i w_i with respect to the
 * logits: binary cross-entropy on a sigmoid, softmax cross-entropy, or squared error (on the
 * standardised target). `scale` holds w_i / sum(w) per row ([B, 1]) or 1/B as a scalar.
 */
export function lossGradient(task: Task, logits: tf.Tensor2D, target: tf.Tensor2D, scale: tf.Tensor): tf.Tensor2D {
  switch (task) {
    case 'binary':
      return tf.mul(tf.sub(tf.sigmoid(logits), target), scale);
    case 'multiclass':
      return tf.mul(tf.sub(tf.softmax(logits), target), scale);
    case 'regression':
      return tf.mul(tf.sub(logits, target), tf.mul(scale, 2));
  }
}

/**
 * The weighted mean loss from logits read back from the device (float64 arithmetic):
 * log loss (labels 0/1), multiclass log loss (labels = class index, logits row-major n*k) or the
 * mean squared error in the target's own units (`targetStd` undoes the standardisation).
 */
export function meanLoss(task: Task, logits: Float32Array, label: Float64Array, weight: Float64Array | undefined, numClasses: number, target: { mean: number; std: number }): number {
  const n = label.length;
  let total = 0;
  let weightSum = 0;
  for (let i = 0; i < n; i++) {
    const w = weight ? weight[i] : 1;
    let loss: number;
    if (task === 'binary') {
      const z = logits[i];
      // log(1 + exp(-|z|)) + max(z, 0) - z * y, stable for large |z|
      loss = Math.log1p(Math.exp(-Math.abs(z))) + Math.max(z, 0) - z * label[i];
    } else if (task === 'multiclass') {
      let max = -Infinity;
      for (let c = 0; c < numClasses; c++) max = Math.max(max, logits[i * numClasses + c]);
      let sum = 0;
      for (let c = 0; c < numClasses; c++) sum += Math.exp(logits[i * numClasses + c] - max);
      loss = Math.log(sum) + max - logits[i * numClasses + label[i]];
    } else {
      const error = (logits[i] * target.std + target.mean) - label[i];
      loss = error * error;
    }
    total += w * loss;
    weightSum += w;
  }
  return weightSum > 0 ? total / weightSum : NaN;
}
