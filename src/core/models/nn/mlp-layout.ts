import type { Rng } from '../../random/rng';
import type { Activation } from './mlp-params';

export type LayerActivation = Activation | 'linear';

/** Batch-norm epsilon and running-statistics momentum (PyTorch's BatchNorm1d defaults). */
export const BN_EPSILON = 1e-5;
export const BN_MOMENTUM = 0.1;

export interface LayerSpec {
  inputs: number;
  units: number;
  activation: LayerActivation;
  batchNorm: boolean;
}

/** One parameter tensor's place in the flat parameter vector. */
export interface ParamSlot {
  layer: number;
  role: 'kernel' | 'bias' | 'gamma' | 'beta';
  shape: [number] | [number, number];
  offset: number;
  size: number;
}

/**
 * The network's shape and where each parameter lives in one flat Float32 vector. Training keeps
 * the parameters, the gradient and the optimizer's moments as single flat tensors so one update
 * is a dozen tensor ops instead of a dozen per parameter (per-op overhead, not FLOPs, bounds a
 * small MLP on wasm). Per hidden layer: kernel [in, out], then gamma and beta with batch norm
 * (the bias is redundant before it) or a bias; the output layer: kernel and bias.
 */
export interface MlpLayout {
  inputDim: number;
  outputDim: number;
  layers: LayerSpec[];
  slots: ParamSlot[];
  size: number;
}

export function buildLayout(inputDim: number, hidden: readonly number[], activation: Activation, batchNorm: boolean, outputDim: number): MlpLayout {
  const layers: LayerSpec[] = [];
  let inputs = inputDim;
  for (const units of hidden) {
    layers.push({ inputs, units, activation, batchNorm });
    inputs = units;
  }
  layers.push({ inputs, units: outputDim, activation: 'linear', batchNorm: false });
  const slots: ParamSlot[] = [];
  let offset = 0;
  const add = (layer: number, role: ParamSlot['role'], shape: ParamSlot['shape']) => {
    const size = shape.reduce((a, b) => a * b, 1);
    slots.push({ layer, role, shape, offset, size });
    offset += size;
  };
  layers.forEach((spec, l) => {
    add(l, 'kernel', [spec.inputs, spec.units]);
    if (spec.batchNorm) {
      add(l, 'gamma', [spec.units]);
      add(l, 'beta', [spec.units]);
    } else {
      add(l, 'bias', [spec.units]);
    }
  });
  return { inputDim, outputDim, layers, slots, size: offset };
}

/**
 * Seeded initial parameters: kernels He-normal (std sqrt(2 / fan_in)) before relu and elu,
 * Glorot-normal (std sqrt(2 / (fan_in + fan_out))) before tanh, sigmoid and the output;
 * biases and beta 0, gamma 1.
 */
export function initialParameters(layout: MlpLayout, rng: Rng): Float32Array {
  const theta = new Float32Array(layout.size);
  for (const slot of layout.slots) {
    const spec = layout.layers[slot.layer];
    if (slot.role === 'gamma') theta.fill(1, slot.offset, slot.offset + slot.size);
    if (slot.role !== 'kernel') continue;
    const he = spec.activation === 'relu' || spec.activation === 'elu';
    const std = he ? Math.sqrt(2 / spec.inputs) : Math.sqrt(2 / (spec.inputs + spec.units));
    for (let i = 0; i < slot.size; i++) theta[slot.offset + i] = std * rng.normal();
  }
  return theta;
}

/** 1 where weight decay applies (kernels), 0 for biases and batch-norm parameters. */
export function decayMask(layout: MlpLayout): Float32Array {
  const mask = new Float32Array(layout.size);
  for (const slot of layout.slots) if (slot.role === 'kernel') mask.fill(1, slot.offset, slot.offset + slot.size);
  return mask;
}

/** Number of batch-norm features (running mean and variance each have this many). */
export function batchNormWidth(layout: MlpLayout): number {
  return layout.layers.reduce((sum, spec) => sum + (spec.batchNorm ? spec.units : 0), 0);
}
