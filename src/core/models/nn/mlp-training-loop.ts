import * as tf from '@tensorflow/tfjs-core';
import type { Task } from '../../config/training-config';
import { Rng } from '../../random/rng';
import type { EncodedDataset, IterationDecision, IterationReport } from '../trainer';
import { FlatOptimizer } from './flat-optimizer';
import { base64ToFloat32, float32ToBase64 } from './float32-base64';
import { learningRateAt } from './lr-schedule';
import { TrainingInterruptedError, type CheckpointOptions, type MlpCheckpoint } from './mlp-checkpoint';
import { permuteRows, type DeviceData } from './mlp-data';
import { decayMask, initialParameters, type MlpLayout } from './mlp-layout';
import { lossGradient, meanLoss } from './mlp-loss';
import { backward, forwardEval, forwardTrain, splitParams, type RunningStats } from './mlp-network';
import type { MlpParams } from './mlp-params';

export interface LoopInput {
  task: Task;
  numClasses: number;
  layout: MlpLayout;
  params: MlpParams;
  seed: number;
  train: DeviceData;
  validation?: { data: DeviceData; raw: EncodedDataset };
  targetScale: { mean: number; std: number };
  fingerprint: string;
  onIteration?: (report: IterationReport) => IterationDecision;
  checkpoints?: CheckpointOptions;
}

export const STOP_REASONS = ['epochs', 'early_stopping', 'callback'] as const;
export type StopReason = (typeof STOP_REASONS)[number];

export interface LoopResult {
  theta: Float32Array;
  running: Float32Array;
  epochsRun: number;
  /** 1-based epoch whose weights were kept (the last one without validation data). */
  bestEpoch: number;
  history: number[];
  stopReason: StopReason;
}

const EVAL_CHUNK_ROWS = 8192;
/** With an abort signal, give the event loop a turn this often so a SIGINT handler can run. */
const YIELD_EVERY_STEPS = 32;

/**
 * The lean training loop: per step one batch upload, a hand-written forward and backward pass and
 * one flat optimizer update, all inside tf.tidy; no per-step reads from the device. Per epoch:
 * the validation loss (one read), early stopping with the best weights kept, the caller's
 * decision, and a checkpoint.
 */
export async function runTrainingLoop(input: LoopInput): Promise<LoopResult> {
  const { layout, params, train, task } = input;
  const root = Rng.fromSeed(input.seed).fork('mlp');
  const resume = input.checkpoints?.resumeFrom;
  if (resume && resume.fingerprint !== input.fingerprint) {
    throw new Error('internal error: the checkpoint was written by a different run (data, params or seed differ); delete it to start over');
  }
  const shuffleRng = resume ? Rng.restore(resume.shuffleRng) : root.fork('shuffle');
  const dropoutRng = resume ? Rng.restore(resume.dropoutRng) : root.fork('dropout');
  let theta = tf.tensor1d(resume ? base64ToFloat32(resume.theta) : initialParameters(layout, root.fork('init')));
  const optimizer = new FlatOptimizer({ kind: params.optimizer, weightDecay: params.weight_decay, momentum: params.momentum }, layout.size, decayMask(layout));
  if (resume) {
    optimizer.restore({ step: resume.optimizer.step, first: base64ToFloat32(resume.optimizer.first), second: base64ToFloat32(resume.optimizer.second) });
  }
  let running = makeRunning(layout, resume ? base64ToFloat32(resume.running) : null);
  const validationX = input.validation ? tf.tensor2d(input.validation.data.x, [input.validation.data.rows, layout.inputDim]) : null;

  const batchSize = Math.min(params.batch_size, Math.max(train.rows, 1));
  const stepsPerEpoch = Math.ceil(train.rows / batchSize);
  const schedule = {
    learningRate: params.learning_rate,
    schedule: params.lr_schedule,
    warmupEpochs: params.warmup_epochs,
    stepEpochs: params.lr_step_epochs,
    gamma: params.lr_gamma,
    epochs: params.epochs,
    stepsPerEpoch,
  };
  const uniformScale = new Map<number, tf.Scalar>();
  let best = resume?.best ?? null;
  let roundsWithoutImprovement = resume?.roundsWithoutImprovement ?? 0;
  const history = resume ? [...resume.history] : [];
  let globalStep = resume?.globalStep ?? 0;
  let stopReason: StopReason = 'epochs';
  let epoch = resume?.epoch ?? 0;

  const snapshot = async (epochInProgress: number, stepInEpoch: number, epochStart: Rng): Promise<MlpCheckpoint> => {
    const optimizerState = await optimizer.state();
    return {
      format: 'mltrain-mlp-checkpoint',
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
      history: [...history],
    };
  };

  try {
    for (; epoch < params.epochs; epoch++) {
      const epochStart = Rng.restore(shuffleRng.state());
      const order = shuffleRng.permutation(train.rows);
      const shuffled = permuteRows(train, order);
      const firstStep = resume && epoch === resume.epoch ? resume.stepInEpoch : 0;
      for (let step = firstStep; step < stepsPerEpoch; step++) {
        const start = step * batchSize;
        const rows = Math.min(batchSize, train.rows - start);
        const learningRate = learningRateAt(globalStep, schedule);
        const masks = dropoutMasks(layout, rows, params.dropout, dropoutRng);
        const outcome = tf.tidy(() => {
          const x = tf.tensor2d(shuffled.x.subarray(start * train.features, (start + rows) * train.features), [rows, train.features]);
          const target = tf.tensor2d(shuffled.target.subarray(start * train.targetWidth, (start + rows) * train.targetWidth), [rows, train.targetWidth]);
          const scale = shuffled.weight ? weightScale(shuffled.weight.subarray(start, start + rows)) : scalarFor(uniformScale, rows);
          const layers = splitParams(theta, layout);
          const trace = forwardTrain(layers, x, layout, masks, running);
          const gradient = backward(layers, trace, lossGradient(task, trace.logits, target, scale), layout);
          return { gradient, running: trace.running.flatMap((r) => (r ? [r.mean, r.variance] : [])) };
        });
        const next = optimizer.apply(theta, outcome.gradient, learningRate);
        tf.dispose([theta, outcome.gradient, ...masks.filter((m): m is tf.Tensor2D => m !== undefined)]);
        theta = next;
        running = swapRunning(running, outcome.running);
        globalStep += 1;
        const every = input.checkpoints?.everySteps;
        if (input.checkpoints?.sink && every && globalStep % every === 0 && step + 1 < stepsPerEpoch) {
          await input.checkpoints.sink.save(await snapshot(epoch, step + 1, epochStart));
        }
        const signal = input.checkpoints?.signal;
        if (signal && globalStep % YIELD_EVERY_STEPS === 0) await new Promise((resolve) => setTimeout(resolve, 0));
        if (signal?.aborted) {
          // step + 1 may equal stepsPerEpoch: the resumed run then starts with this epoch's validation
          if (input.checkpoints?.sink) await input.checkpoints.sink.save(await snapshot(epoch, step + 1, epochStart));
          throw new TrainingInterruptedError(globalStep, !!input.checkpoints?.sink);
        }
      }

      let decision: IterationDecision = 'continue';
      if (validationX && input.validation) {
        const loss = await validationLoss(input, theta, running, validationX);
        history.push(loss);
        if (best === null || loss < best.loss - params.min_delta) {
          best = { loss, epoch: epoch + 1, theta: float32ToBase64(new Float32Array(await theta.data())), running: float32ToBase64(await readRunning(running)) };
          roundsWithoutImprovement = 0;
        } else {
          roundsWithoutImprovement += 1;
        }
        decision = input.onIteration?.({ iteration: epoch + 1, validationLoss: loss }) ?? 'continue';
      } else {
        decision = input.onIteration?.({ iteration: epoch + 1 }) ?? 'continue';
      }
      if (input.checkpoints?.sink) await input.checkpoints.sink.save(await snapshot(epoch + 1, 0, shuffleRng));
      if (decision === 'stop') {
        stopReason = 'callback';
        epoch += 1;
        break;
      }
      if (params.early_stopping_rounds > 0 && roundsWithoutImprovement >= params.early_stopping_rounds) {
        stopReason = 'early_stopping';
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
    for (const scalar of uniformScale.values()) scalar.dispose();
  }
}

function scalarFor(cache: Map<number, tf.Scalar>, rows: number): tf.Scalar {
  let scalar = cache.get(rows);
  if (!scalar) {
    scalar = tf.keep(tf.scalar(1 / rows));
    cache.set(rows, scalar);
  }
  return scalar;
}

function weightScale(weight: Float32Array): tf.Tensor2D {
  let sum = 0;
  for (let i = 0; i < weight.length; i++) sum += weight[i];
  const scaled = new Float32Array(weight.length);
  for (let i = 0; i < weight.length; i++) scaled[i] = sum > 0 ? weight[i] / sum : 0;
  return tf.tensor2d(scaled, [weight.length, 1]);
}

/** Inverted-dropout masks (0 or 1/(1-p)) for the hidden layers, drawn from our seeded stream. */
function dropoutMasks(layout: MlpLayout, rows: number, rate: number, rng: Rng): (tf.Tensor2D | undefined)[] {
  return layout.layers.map((spec, l) => {
    if (rate <= 0 || l === layout.layers.length - 1) return undefined;
    const mask = new Float32Array(rows * spec.units);
    const keep = 1 / (1 - rate);
    for (let i = 0; i < mask.length; i++) mask[i] = rng.nextFloat() < rate ? 0 : keep;
    return tf.tensor2d(mask, [rows, spec.units]);
  });
}

function makeRunning(layout: MlpLayout, saved: Float32Array | null): RunningStats {
  let offset = 0;
  return layout.layers.map((spec) => {
    if (!spec.batchNorm) return undefined;
    const mean = saved ? saved.subarray(offset, offset + spec.units) : new Float32Array(spec.units);
    const variance = saved ? saved.subarray(offset + spec.units, offset + 2 * spec.units) : new Float32Array(spec.units).fill(1);
    offset += 2 * spec.units;
    return { mean: tf.tensor1d(mean.slice()), variance: tf.tensor1d(variance.slice()) };
  });
}

function swapRunning(old: RunningStats, flat: tf.Tensor[]): RunningStats {
  let k = 0;
  return old.map((stats) => {
    if (!stats) return undefined;
    stats.mean.dispose();
    stats.variance.dispose();
    const next = { mean: flat[k] as tf.Tensor1D, variance: flat[k + 1] as tf.Tensor1D };
    k += 2;
    return next;
  });
}

/** Per batch-norm layer: running means then variances, concatenated. */
async function readRunning(running: RunningStats): Promise<Float32Array> {
  const parts: Float32Array[] = [];
  for (const stats of running) {
    if (!stats) continue;
    parts.push(new Float32Array(await stats.mean.data()), new Float32Array(await stats.variance.data()));
  }
  const out = new Float32Array(parts.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

function disposeRunning(running: RunningStats): void {
  for (const stats of running) if (stats) tf.dispose([stats.mean, stats.variance]);
}

async function validationLoss(input: LoopInput, theta: tf.Tensor1D, running: RunningStats, x: tf.Tensor2D): Promise<number> {
  const validation = input.validation as { data: DeviceData; raw: EncodedDataset };
  const rows = validation.data.rows;
  const logits = new Float32Array(rows * input.layout.outputDim);
  for (let start = 0; start < rows; start += EVAL_CHUNK_ROWS) {
    const count = Math.min(EVAL_CHUNK_ROWS, rows - start);
    const chunk = tf.tidy(() => forwardEval(splitParams(theta, input.layout), tf.slice(x, [start, 0], [count, -1]), input.layout, running));
    logits.set(await chunk.data(), start * input.layout.outputDim);
    chunk.dispose();
  }
  return meanLoss(input.task, logits, validation.raw.label, validation.raw.weight, input.numClasses, input.targetScale);
}
