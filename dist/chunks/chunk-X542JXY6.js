#!/usr/bin/env node
import { createRequire as __mltrainCreateRequire } from 'node:module';
const require = __mltrainCreateRequire(import.meta.url);

// src/core/models/nn/float32-base64.ts
function float32ToBase64(values) {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  let text = "";
  const chunk = 32768;
  for (let i = 0; i < bytes.length; i += chunk) text += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(text);
}
function base64ToFloat32(encoded) {
  const text = atob(encoded);
  if (text.length % 4 !== 0) throw new Error(`internal error: ${text.length} bytes is not a whole number of float32 values`);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return new Float32Array(bytes.buffer);
}

// src/core/models/nn/mlp-layout.ts
var BN_EPSILON = 1e-5;
var BN_MOMENTUM = 0.1;
function buildLayout(inputDim, hidden, activation, batchNorm, outputDim) {
  const layers = [];
  let inputs = inputDim;
  for (const units of hidden) {
    layers.push({ inputs, units, activation, batchNorm });
    inputs = units;
  }
  layers.push({ inputs, units: outputDim, activation: "linear", batchNorm: false });
  const slots = [];
  let offset = 0;
  const add = (layer, role, shape) => {
    const size = shape.reduce((a, b) => a * b, 1);
    slots.push({ layer, role, shape, offset, size });
    offset += size;
  };
  layers.forEach((spec, l) => {
    add(l, "kernel", [spec.inputs, spec.units]);
    if (spec.batchNorm) {
      add(l, "gamma", [spec.units]);
      add(l, "beta", [spec.units]);
    } else {
      add(l, "bias", [spec.units]);
    }
  });
  return { inputDim, outputDim, layers, slots, size: offset };
}
function initialParameters(layout, rng) {
  const theta = new Float32Array(layout.size);
  for (const slot of layout.slots) {
    const spec = layout.layers[slot.layer];
    if (slot.role === "gamma") theta.fill(1, slot.offset, slot.offset + slot.size);
    if (slot.role !== "kernel") continue;
    const he = spec.activation === "relu" || spec.activation === "elu";
    const std = he ? Math.sqrt(2 / spec.inputs) : Math.sqrt(2 / (spec.inputs + spec.units));
    for (let i = 0; i < slot.size; i++) theta[slot.offset + i] = std * rng.normal();
  }
  return theta;
}
function decayMask(layout) {
  const mask = new Float32Array(layout.size);
  for (const slot of layout.slots) if (slot.role === "kernel") mask.fill(1, slot.offset, slot.offset + slot.size);
  return mask;
}
function batchNormWidth(layout) {
  return layout.layers.reduce((sum, spec) => sum + (spec.batchNorm ? spec.units : 0), 0);
}

export {
  float32ToBase64,
  base64ToFloat32,
  BN_EPSILON,
  BN_MOMENTUM,
  buildLayout,
  initialParameters,
  decayMask,
  batchNormWidth
};
