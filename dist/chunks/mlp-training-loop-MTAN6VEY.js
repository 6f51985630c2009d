#!/usr/bin/env node
import { createRequire as __mltrainCreateRequire } from 'node:module';
const require = __mltrainCreateRequire(import.meta.url);
import {
  Rng
} from "./chunk-CVGNWV26.js";
import {
  permuteRows
} from "./chunk-JDYJ5YLY.js";
import {
  BN_EPSILON,
  BN_MOMENTUM,
  base64ToFloat32,
  decayMask,
  float32ToBase64,
  initialParameters
} from "./chunk-X542JXY6.js";
import {
  require_tf_core_node
} from "./chunk-IXSLJKUW.js";
import {
  __toESM
} from "./chunk-SA2DTWOY.js";

// src/core/models/nn/mlp-training-loop.ts
var tf4 = __toESM(require_tf_core_node(), 1);

// src/core/models/nn/flat-optimizer.ts
var tf = __toESM(require_tf_core_node(), 1);
var ADAM_BETA1 = 0.9;
var ADAM_BETA2 = 0.999;
var ADAM_EPSILON = 1e-8;
var FlatOptimizer = class {
  constructor(settings, size, decayMask2) {
    this.settings = settings;
    this.first = tf.zeros([size]);
    this.second = tf.zeros([settings.kind === "sgd" ? 0 : size]);
    this.mask = tf.tensor1d(decayMask2);
  }
  settings;
  first;
  second;
  step = 0;
  mask;
  get steps() {
    return this.step;
  }
  /** One update; returns the new parameters (the caller disposes the old ones). */
  apply(theta, gradient, learningRate) {
    this.step += 1;
    const { kind, weightDecay, momentum } = this.settings;
    const [next, first, second] = tf.tidy(() => {
      let g = gradient;
      let w = theta;
      if (weightDecay > 0 && kind !== "adamw") g = tf.add(g, tf.mul(tf.mul(theta, this.mask), weightDecay));
      if (weightDecay > 0 && kind === "adamw") w = tf.sub(w, tf.mul(tf.mul(theta, this.mask), learningRate * weightDecay));
      if (kind === "sgd") {
        const buf = this.step === 1 || momentum === 0 ? tf.clone(g) : tf.add(tf.mul(this.first, momentum), g);
        return [tf.sub(w, tf.mul(buf, learningRate)), buf, this.second];
      }
      const m = tf.add(tf.mul(this.first, ADAM_BETA1), tf.mul(g, 1 - ADAM_BETA1));
      const v = tf.add(tf.mul(this.second, ADAM_BETA2), tf.mul(tf.square(g), 1 - ADAM_BETA2));
      const correction1 = 1 - ADAM_BETA1 ** this.step;
      const correction2 = 1 - ADAM_BETA2 ** this.step;
      const denominator = tf.add(tf.mul(tf.sqrt(v), 1 / Math.sqrt(correction2)), ADAM_EPSILON);
      return [tf.sub(w, tf.mul(tf.div(m, denominator), learningRate / correction1)), m, v];
    });
    if (first !== this.first) this.first.dispose();
    if (second !== this.second) this.second.dispose();
    this.first = first;
    this.second = second;
    return next;
  }
  async state() {
    return { step: this.step, first: new Float32Array(await this.first.data()), second: new Float32Array(await this.second.data()) };
  }
  restore(state) {
    this.first.dispose();
    this.second.dispose();
    this.first = tf.tensor1d(state.first);
    this.second = tf.tensor1d(state.second);
    this.step = state.step;
  }
  dispose() {
    this.first.dispose();
    this.second.dispose();
    this.mask.dispose();
  }
};

// src/core/models/nn/lr-schedule.ts
function learningRateAt(step2, spec) {
  const warmupSteps = Math.round(spec.warmupEpochs * spec.stepsPerEpoch);
  if (step2 < warmupSteps) return spec.learningRate * (step2 + 1) / warmupSteps;
  switch (spec.schedule) {
    case "constant":
      return spec.learningRate;
    case "step": {
      const epoch = Math.floor(step2 / spec.stepsPerEpoch);
      return spec.learningRate * spec.gamma ** Math.floor(epoch / spec.stepEpochs);
    }
    case "cosine": {
      const total = spec.epochs * spec.stepsPerEpoch - warmupSteps;
      const progress = total > 0 ? Math.min(1, (step2 - warmupSteps) / total) : 1;
      return 0.5 * spec.learningRate * (1 + Math.cos(Math.PI * progress));
    }
  }
}

// src/core/models/nn/mlp-checkpoint.ts
var TrainingInterruptedError = class extends Error {
  constructor(globalStep, saved) {
    super(`mlp training interrupted at step ${globalStep}${saved ? "; a checkpoint was saved to resume from" : ""}`);
    this.globalStep = globalStep;
    this.saved = saved;
    this.name = "TrainingInterruptedError";
  }
  globalStep;
  saved;
};

// src/core/models/nn/mlp-loss.ts
var tf2 = __toESM(require_tf_core_node(), 1);
function lossGradient(task, logits, target, scale) {
  switch (task) {
    case "binary":
      return tf2.mul(tf2.sub(tf2.sigmoid(logits), target), scale);
    case "multiclass":
      return tf2.mul(tf2.sub(tf2.softmax(logits), target), scale);
    case "regression":
      return tf2.mul(tf2.sub(logits, target), tf2.mul(scale, 2));
  }
}
function meanLoss(task, logits, label, weight, numClasses, target) {
  const n = label.length;
  let total = 0;
  let weightSum = 0;
  for (let i = 0; i < n; i++) {
    const w = weight ? weight[i] : 1;
    let loss;
    if (task === "binary") {
      const z = logits[i];
      loss = Math.log1p(Math.exp(-Math.abs(z))) + Math.max(z, 0) - z * label[i];
    } else if (task === "multiclass") {
      let max = -Infinity;
      for (let c = 0; c < numClasses; c++) max = Math.max(max, logits[i * numClasses + c]);
      let sum2 = 0;
      for (let c = 0; c < numClasses; c++) sum2 += Math.exp(logits[i * numClasses + c] - max);
      loss = Math.log(sum2) + max - logits[i * numClasses + label[i]];
    } else {
      const error = logits[i] * target.std + target.mean - label[i];
      loss = error * error;
    }
    total += w * loss;
    weightSum += w;
  }
  return weightSum > 0 ? total / weightSum : NaN;
}

// src/core/models/nn/mlp-network.ts
var tf3 = __toESM(require_tf_core_node(), 1);
function splitParams(theta, layout) {
  const parts = tf3.split(theta, layout.slots.map((s) => s.size));
  const layers = layout.layers.map(() => ({}));
  layout.slots.forEach((slot, i) => {
    const target = layers[slot.layer];
    if (slot.role === "kernel") target.kernel = tf3.reshape(parts[i], slot.shape);
    else target[slot.role] = parts[i];
  });
  return layers;
}
var FUSABLE = /* @__PURE__ */ new Set(["linear", "relu", "sigmoid", "elu"]);
function activate(x, activation) {
  switch (activation) {
    case "linear":
      return x;
    case "relu":
      return tf3.relu(x);
    case "tanh":
      return tf3.tanh(x);
    case "sigmoid":
      return tf3.sigmoid(x);
    case "elu":
      return tf3.elu(x);
  }
}
function activationDerivative(a, activation) {
  switch (activation) {
    case "linear":
      return null;
    case "relu":
      return tf3.step(a);
    case "tanh":
      return tf3.sub(1, tf3.square(a));
    case "sigmoid":
      return tf3.mul(a, tf3.sub(1, a));
    case "elu":
      return tf3.add(tf3.minimum(a, 0), 1);
  }
}
function forwardTrain(params, x, layout, masks, running) {
  const caches = [];
  const nextRunning = [];
  let h = x;
  layout.layers.forEach((spec, l) => {
    const p = params[l];
    const cache = { input: h, activated: h };
    if (!spec.batchNorm) {
      const fused2 = FUSABLE.has(spec.activation);
      const z = tf3.fused.matMul({ a: h, b: p.kernel, bias: p.bias, activation: fused2 ? spec.activation : "linear" });
      cache.activated = fused2 ? z : activate(z, spec.activation);
    } else {
      const z = tf3.matMul(h, p.kernel);
      const { mean, variance } = tf3.moments(z, 0);
      const invStd = tf3.rsqrt(tf3.add(variance, BN_EPSILON));
      const xhat = tf3.mul(tf3.sub(z, mean), invStd);
      cache.xhat = xhat;
      cache.invStd = invStd;
      cache.activated = activate(tf3.add(tf3.mul(xhat, p.gamma), p.beta), spec.activation);
      const rows = z.shape[0];
      const old = running[l];
      if (old) {
        const unbiased = rows > 1 ? tf3.mul(variance, rows / (rows - 1)) : variance;
        nextRunning[l] = {
          mean: tf3.add(tf3.mul(old.mean, 1 - BN_MOMENTUM), tf3.mul(mean, BN_MOMENTUM)),
          variance: tf3.add(tf3.mul(old.variance, 1 - BN_MOMENTUM), tf3.mul(unbiased, BN_MOMENTUM))
        };
      }
    }
    const mask = masks[l];
    if (mask) cache.mask = mask;
    h = mask ? tf3.mul(cache.activated, mask) : cache.activated;
    caches.push(cache);
  });
  return { logits: h, caches, running: nextRunning };
}
function backward(params, trace, dLogits, layout) {
  const grads = new Array(layout.slots.length);
  const slotIndex = (layer, role) => layout.slots.findIndex((s) => s.layer === layer && s.role === role);
  let d = dLogits;
  for (let l = layout.layers.length - 1; l >= 0; l--) {
    const spec = layout.layers[l];
    const cache = trace.caches[l];
    if (cache.mask) d = tf3.mul(d, cache.mask);
    const derivative = activationDerivative(cache.activated, spec.activation);
    let dz = derivative ? tf3.mul(d, derivative) : d;
    if (spec.batchNorm) {
      const xhat = cache.xhat;
      grads[slotIndex(l, "gamma")] = tf3.sum(tf3.mul(dz, xhat), 0);
      grads[slotIndex(l, "beta")] = tf3.sum(dz, 0);
      const dxhat = tf3.mul(dz, params[l].gamma);
      const rows = dxhat.shape[0];
      const inner = tf3.sub(tf3.sub(tf3.mul(dxhat, rows), tf3.sum(dxhat, 0)), tf3.mul(xhat, tf3.sum(tf3.mul(dxhat, xhat), 0)));
      dz = tf3.mul(inner, tf3.div(cache.invStd, rows));
    } else {
      grads[slotIndex(l, "bias")] = tf3.sum(dz, 0);
    }
    grads[slotIndex(l, "kernel")] = tf3.reshape(tf3.matMul(tf3.transpose(cache.input), dz), [-1]);
    if (l > 0) d = tf3.matMul(dz, tf3.transpose(params[l].kernel));
  }
  return tf3.concat(grads);
}
function forwardEval(params, x, layout, running) {
  let h = x;
  layout.layers.forEach((spec, l) => {
    const p = params[l];
    const stats = running[l];
    if (!spec.batchNorm || !stats) {
      const fused2 = FUSABLE.has(spec.activation);
      const z = tf3.fused.matMul({ a: h, b: p.kernel, bias: p.bias, activation: fused2 ? spec.activation : "linear" });
      h = fused2 ? z : activate(z, spec.activation);
    } else {
      const z = tf3.matMul(h, p.kernel);
      const scale = tf3.mul(p.gamma, tf3.rsqrt(tf3.add(stats.variance, BN_EPSILON)));
      h = activate(tf3.add(tf3.mul(tf3.sub(z, stats.mean), scale), p.beta), spec.activation);
    }
  });
  return h;
}

// src/core/models/nn/mlp-training-loop.ts
var STOP_REASONS = ["epochs", "early_stopping", "callback"];
var EVAL_CHUNK_ROWS = 8192;
var YIELD_EVERY_STEPS = 32;
async function runTrainingLoop(input) {
  const { layout, params, train, task } = input;
  const root = Rng.fromSeed(input.seed).fork("mlp");
  const resume = input.checkpoints?.resumeFrom;
  if (resume && resume.fingerprint !== input.fingerprint) {
    throw new Error("internal error: the checkpoint was written by a different run (data, params or seed differ); delete it to start over");
  }
  const shuffleRng = resume ? Rng.restore(resume.shuffleRng) : root.fork("shuffle");
  const dropoutRng = resume ? Rng.restore(resume.dropoutRng) : root.fork("dropout");
  let theta = tf4.tensor1d(resume ? base64ToFloat32(resume.theta) : initialParameters(layout, root.fork("init")));
  const optimizer = new FlatOptimizer({ kind: params.optimizer, weightDecay: params.weight_decay, momentum: params.momentum }, layout.size, decayMask(layout));
  if (resume) {
    optimizer.restore({ step: resume.optimizer.step, first: base64ToFloat32(resume.optimizer.first), second: base64ToFloat32(resume.optimizer.second) });
  }
  let running = makeRunning(layout, resume ? base64ToFloat32(resume.running) : null);
  const validationX = input.validation ? tf4.tensor2d(input.validation.data.x, [input.validation.data.rows, layout.inputDim]) : null;
  const batchSize = Math.min(params.batch_size, Math.max(train.rows, 1));
  const stepsPerEpoch = Math.ceil(train.rows / batchSize);
  const schedule = {
    learningRate: params.learning_rate,
    schedule: params.lr_schedule,
    warmupEpochs: params.warmup_epochs,
    stepEpochs: params.lr_step_epochs,
    gamma: params.lr_gamma,
    epochs: params.epochs,
    stepsPerEpoch
  };
  const uniformScale = /* @__PURE__ */ new Map();
  let best = resume?.best ?? null;
  let roundsWithoutImprovement = resume?.roundsWithoutImprovement ?? 0;
  const history = resume ? [...resume.history] : [];
  let globalStep = resume?.globalStep ?? 0;
  let stopReason = "epochs";
  let epoch = resume?.epoch ?? 0;
  const snapshot = async (epochInProgress, stepInEpoch, epochStart) => {
    const optimizerState = await optimizer.state();
    return {
      format: "mltrain-mlp-checkpoint",
      version: 1,
      fingerprint: input.fingerprint,
      epoch: epochInProgress,
      stepInEpoch,
      globalStep,
      shuffleRng: epochStart.state(),
      dropoutRng: dropoutRng.state(),
      theta: float32ToBase64(new Float32Array(await theta.data())),
      optimizer: { step: optimizerState.step, first: float32ToBase64(optimizerState.first), second: float32ToBase64(optimizerState.second) },
      running: float32ToBase64(await readRunning(running)),
      best,
      roundsWithoutImprovement,
      history: [...history]
    };
  };
  try {
    for (; epoch < params.epochs; epoch++) {
      const epochStart = Rng.restore(shuffleRng.state());
      const order = shuffleRng.permutation(train.rows);
      const shuffled = permuteRows(train, order);
      const firstStep = resume && epoch === resume.epoch ? resume.stepInEpoch : 0;
      for (let step2 = firstStep; step2 < stepsPerEpoch; step2++) {
        const start = step2 * batchSize;
        const rows = Math.min(batchSize, train.rows - start);
        const learningRate = learningRateAt(globalStep, schedule);
        const masks = dropoutMasks(layout, rows, params.dropout, dropoutRng);
        const outcome = tf4.tidy(() => {
          const x = tf4.tensor2d(shuffled.x.subarray(start * train.features, (start + rows) * train.features), [rows, train.features]);
          const target = tf4.tensor2d(shuffled.target.subarray(start * train.targetWidth, (start + rows) * train.targetWidth), [rows, train.targetWidth]);
          const scale = shuffled.weight ? weightScale(shuffled.weight.subarray(start, start + rows)) : scalarFor(uniformScale, rows);
          const layers = splitParams(theta, layout);
          const trace = forwardTrain(layers, x, layout, masks, running);
          const gradient = backward(layers, trace, lossGradient(task, trace.logits, target, scale), layout);
          return { gradient, running: trace.running.flatMap((r) => r ? [r.mean, r.variance] : []) };
        });
        const next = optimizer.apply(theta, outcome.gradient, learningRate);
        tf4.dispose([theta, outcome.gradient, ...masks.filter((m) => m !== void 0)]);
        theta = next;
        running = swapRunning(running, outcome.running);
        globalStep += 1;
        const every = input.checkpoints?.everySteps;
        if (input.checkpoints?.sink && every && globalStep % every === 0 && step2 + 1 < stepsPerEpoch) {
          await input.checkpoints.sink.save(await snapshot(epoch, step2 + 1, epochStart));
        }
        const signal = input.checkpoints?.signal;
        if (signal && globalStep % YIELD_EVERY_STEPS === 0) await new Promise((resolve) => setTimeout(resolve, 0));
        if (signal?.aborted) {
          if (input.checkpoints?.sink) await input.checkpoints.sink.save(await snapshot(epoch, step2 + 1, epochStart));
          throw new TrainingInterruptedError(globalStep, !!input.checkpoints?.sink);
        }
      }
      let decision = "continue";
      if (validationX && input.validation) {
        const loss = await validationLoss(input, theta, running, validationX);
        history.push(loss);
        if (best === null || loss < best.loss - params.min_delta) {
          best = { loss, epoch: epoch + 1, theta: float32ToBase64(new Float32Array(await theta.data())), running: float32ToBase64(await readRunning(running)) };
          roundsWithoutImprovement = 0;
        } else {
          roundsWithoutImprovement += 1;
        }
        decision = input.onIteration?.({ iteration: epoch + 1, validationLoss: loss }) ?? "continue";
      } else {
        decision = input.onIteration?.({ iteration: epoch + 1 }) ?? "continue";
      }
      if (input.checkpoints?.sink) await input.checkpoints.sink.save(await snapshot(epoch + 1, 0, shuffleRng));
      if (decision === "stop") {
        stopReason = "callback";
        epoch += 1;
        break;
      }
      if (params.early_stopping_rounds > 0 && roundsWithoutImprovement >= params.early_stopping_rounds) {
        stopReason = "early_stopping";
        epoch += 1;
        break;
      }
    }
    const finalTheta = best ? base64ToFloat32(best.theta) : new Float32Array(await theta.data());
    const finalRunning = best ? base64ToFloat32(best.running) : await readRunning(running);
    return { theta: finalTheta, running: finalRunning, epochsRun: epoch, bestEpoch: best ? best.epoch : epoch, history, stopReason };
  } finally {
    theta.dispose();
    optimizer.dispose();
    disposeRunning(running);
    validationX?.dispose();
    for (const scalar2 of uniformScale.values()) scalar2.dispose();
  }
}
function scalarFor(cache, rows) {
  let scalar2 = cache.get(rows);
  if (!scalar2) {
    scalar2 = tf4.keep(tf4.scalar(1 / rows));
    cache.set(rows, scalar2);
  }
  return scalar2;
}
function weightScale(weight) {
  let sum2 = 0;
  for (let i = 0; i < weight.length; i++) sum2 += weight[i];
  const scaled = new Float32Array(weight.length);
  for (let i = 0; i < weight.length; i++) scaled[i] = sum2 > 0 ? weight[i] / sum2 : 0;
  return tf4.tensor2d(scaled, [weight.length, 1]);
}
function dropoutMasks(layout, rows, rate, rng) {
  return layout.layers.map((spec, l) => {
    if (rate <= 0 || l === layout.layers.length - 1) return void 0;
    const mask = new Float32Array(rows * spec.units);
    const keep2 = 1 / (1 - rate);
    for (let i = 0; i < mask.length; i++) mask[i] = rng.nextFloat() < rate ? 0 : keep2;
    return tf4.tensor2d(mask, [rows, spec.units]);
  });
}
function makeRunning(layout, saved) {
  let offset = 0;
  return layout.layers.map((spec) => {
    if (!spec.batchNorm) return void 0;
    const mean = saved ? saved.subarray(offset, offset + spec.units) : new Float32Array(spec.units);
    const variance = saved ? saved.subarray(offset + spec.units, offset + 2 * spec.units) : new Float32Array(spec.units).fill(1);
    offset += 2 * spec.units;
    return { mean: tf4.tensor1d(mean.slice()), variance: tf4.tensor1d(variance.slice()) };
  });
}
function swapRunning(old, flat) {
  let k = 0;
  return old.map((stats) => {
    if (!stats) return void 0;
    stats.mean.dispose();
    stats.variance.dispose();
    const next = { mean: flat[k], variance: flat[k + 1] };
    k += 2;
    return next;
  });
}
async function readRunning(running) {
  const parts = [];
  for (const stats of running) {
    if (!stats) continue;
    parts.push(new Float32Array(await stats.mean.data()), new Float32Array(await stats.variance.data()));
  }
  const out = new Float32Array(parts.reduce((sum2, p) => sum2 + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
function disposeRunning(running) {
  for (const stats of running) if (stats) tf4.dispose([stats.mean, stats.variance]);
}
async function validationLoss(input, theta, running, x) {
  const validation = input.validation;
  const rows = validation.data.rows;
  const logits = new Float32Array(rows * input.layout.outputDim);
  for (let start = 0; start < rows; start += EVAL_CHUNK_ROWS) {
    const count = Math.min(EVAL_CHUNK_ROWS, rows - start);
    const chunk = tf4.tidy(() => forwardEval(splitParams(theta, input.layout), tf4.slice(x, [start, 0], [count, -1]), input.layout, running));
    logits.set(await chunk.data(), start * input.layout.outputDim);
    chunk.dispose();
  }
  return meanLoss(input.task, logits, validation.raw.label, validation.raw.weight, input.numClasses, input.targetScale);
}
export {
  STOP_REASONS,
  runTrainingLoop
};
