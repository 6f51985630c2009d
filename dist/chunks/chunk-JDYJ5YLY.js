#!/usr/bin/env node
import { createRequire as __mltrainCreateRequire } from 'node:module';
const require = __mltrainCreateRequire(import.meta.url);

// src/core/models/nn/mlp-data.ts
function targetScaling(task, label) {
  if (task !== "regression" || label.length === 0) return { mean: 0, std: 1 };
  let mean = 0;
  for (let i = 0; i < label.length; i++) mean += label[i];
  mean /= label.length;
  let variance = 0;
  for (let i = 0; i < label.length; i++) variance += (label[i] - mean) ** 2;
  const std = Math.sqrt(variance / label.length);
  return { mean, std: std > 0 ? std : 1 };
}
function classWeights(classWeight, label, numClasses) {
  if (classWeight === null) return null;
  const weights = new Float64Array(numClasses).fill(1);
  if (classWeight === "balanced") {
    const counts = new Float64Array(numClasses);
    for (let i = 0; i < label.length; i++) counts[label[i]] += 1;
    for (let c = 0; c < numClasses; c++) weights[c] = counts[c] > 0 ? label.length / (numClasses * counts[c]) : 0;
  } else {
    for (const [key, value] of Object.entries(classWeight)) if (Number(key) < numClasses) weights[Number(key)] = value;
  }
  return weights;
}
function toDeviceData(data, task, numClasses, scaling, perClass) {
  const rows = data.label.length;
  const features = data.features.length;
  const x = new Float32Array(rows * features);
  const block = 1024;
  for (let i0 = 0; i0 < rows; i0 += block) {
    const end = Math.min(rows, i0 + block);
    for (let j = 0; j < features; j++) {
      const column = data.features[j];
      for (let i = i0; i < end; i++) {
        const v = column[i];
        x[i * features + j] = Number.isNaN(v) ? 0 : v;
      }
    }
  }
  const targetWidth = task === "multiclass" ? numClasses : 1;
  const target = new Float32Array(rows * targetWidth);
  for (let i = 0; i < rows; i++) {
    if (task === "multiclass") target[i * numClasses + data.label[i]] = 1;
    else target[i] = (data.label[i] - scaling.mean) / scaling.std;
  }
  let weight = null;
  if (data.weight || perClass) {
    weight = new Float32Array(rows);
    for (let i = 0; i < rows; i++) weight[i] = (data.weight ? data.weight[i] : 1) * (perClass && task !== "regression" ? perClass[data.label[i]] : 1);
  }
  return { rows, features, x, target, targetWidth, weight };
}
function permuteRows(data, order) {
  const { features, targetWidth } = data;
  const x = new Float32Array(data.x.length);
  const target = new Float32Array(data.target.length);
  const weight = data.weight ? new Float32Array(data.rows) : null;
  for (let r = 0; r < order.length; r++) {
    const i = order[r];
    x.set(data.x.subarray(i * features, (i + 1) * features), r * features);
    if (targetWidth === 1) target[r] = data.target[i];
    else target.set(data.target.subarray(i * targetWidth, (i + 1) * targetWidth), r * targetWidth);
    if (weight && data.weight) weight[r] = data.weight[i];
  }
  return { ...data, x, target, weight };
}

export {
  targetScaling,
  classWeights,
  toDeviceData,
  permuteRows
};
