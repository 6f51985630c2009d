import type { Task } from '../../config/training-config';
import type { EncodedDataset } from '../trainer';
import type { ClassWeight } from './mlp-params';

/** A dataset laid out for the device: row-major float32 features and targets, optional row weights. */
export interface DeviceData {
  rows: number;
  features: number;
  /** rows x features, missing (NaN) as 0 (the encoder's imputed mean after standardising). */
  x: Float32Array;
  /** rows x targetWidth: 0/1 (binary), one-hot (multiclass) or the standardised value (regression). */
  target: Float32Array;
  targetWidth: number;
  /** Per-row weights (dataset weights x class weights), null when all are 1. */
  weight: Float32Array | null;
}

/** Mean and population std of a regression target (std 1 when constant); identity for classification. */
export function targetScaling(task: Task, label: Float64Array): { mean: number; std: number } {
  if (task !== 'regression' || label.length === 0) return { mean: 0, std: 1 };
  let mean = 0;
  for (let i = 0; i < label.length; i++) mean += label[i];
  mean /= label.length;
  let variance = 0;
  for (let i = 0; i < label.length; i++) variance += (label[i] - mean) ** 2;
  const std = Math.sqrt(variance / label.length);
  return { mean, std: std > 0 ? std : 1 };
}

/** Per-class weights: scikit-learn's 'balanced' n / (k * count_c), an explicit map (default 1), or null. */
export function classWeights(classWeight: ClassWeight, label: Float64Array, numClasses: number): Float64Array | null {
  if (classWeight === null) return null;
  const weights = new Float64Array(numClasses).fill(1);
  if (classWeight === 'balanced') {
    const counts = new Float64Array(numClasses);
    for (let i = 0; i < label.length; i++) counts[label[i]] += 1;
    for (let c = 0; c < numClasses; c++) weights[c] = counts[c] > 0 ? label.length / (numClasses * counts[c]) : 0;
  } else {
    for (const [key, value] of Object.entries(classWeight)) if (Number(key) < numClasses) weights[Number(key)] = value;
  }
  return weights;
}

export function toDeviceData(data: EncodedDataset, task: Task, numClasses: number, scaling: { mean: number; std: number }, perClass: Float64Array | null): DeviceData {
  const rows = data.label.length;
  const features = data.features.length;
  const x = new Float32Array(rows * features);
  // Blocks of rows keep both the column reads and the row-major writes in cache.
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
  const targetWidth = task === 'multiclass' ? numClasses : 1;
  const target = new Float32Array(rows * targetWidth);
  for (let i = 0; i < rows; i++) {
    if (task === 'multiclass') target[i * numClasses + data.label[i]] = 1;
    else target[i] = (data.label[i] - scaling.mean) / scaling.std;
  }
  let weight: Float32Array | null = null;
  if (data.weight || perClass) {
    weight = new Float32Array(rows);
    for (let i = 0; i < rows; i++) weight[i] = (data.weight ? data.weight[i] : 1) * (perClass && task !== 'regression' ? perClass[data.label[i]] : 1);
  }
  return { rows, features, x, target, targetWidth, weight };
}

/** The rows in `order`, copied into new arrays (a backend may keep a reference to what it is given). */
export function permuteRows(data: DeviceData, order: Uint32Array): DeviceData {
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
