import { BN_EPSILON, type LayerActivation, type MlpLayout } from './mlp-layout';

/**
 * The network's inference pass in plain TypeScript (float64 arithmetic on the float32 weights),
 * so `mltrain predict` and latency checks need no TensorFlow.js backend, and every backend's
 * model predicts alike. Returns the logits, row-major rows x outputDim.
 */
export function predictLogits(layout: MlpLayout, theta: Float32Array, running: Float32Array, features: Float64Array[]): Float64Array {
  const rows = features.length > 0 ? features[0].length : 0;
  let h = new Float64Array(rows * layout.inputDim);
  for (let j = 0; j < layout.inputDim; j++) {
    const column = features[j];
    for (let i = 0; i < rows; i++) h[i * layout.inputDim + j] = Number.isNaN(column[i]) ? 0 : column[i];
  }
  let runningOffset = 0;
  layout.layers.forEach((spec, l) => {
    const slot = (role: string) => layout.slots.find((s) => s.layer === l && s.role === role);
    const kernel = slot('kernel');
    if (!kernel) throw new Error(`internal error: layer ${l} has no kernel`);
    const shift = new Float64Array(spec.units);
    const scale = new Float64Array(spec.units).fill(1);
    if (spec.batchNorm) {
      const gamma = slot('gamma');
      const beta = slot('beta');
      if (!gamma || !beta) throw new Error(`internal error: layer ${l} lacks batch-norm parameters`);
      for (let o = 0; o < spec.units; o++) {
        const mean = running[runningOffset + o];
        const variance = running[runningOffset + spec.units + o];
        scale[o] = theta[gamma.offset + o] / Math.sqrt(variance + BN_EPSILON);
        shift[o] = theta[beta.offset + o] - mean * scale[o];
      }
      runningOffset += 2 * spec.units;
    } else {
      const bias = slot('bias');
      if (bias) for (let o = 0; o < spec.units; o++) shift[o] = theta[bias.offset + o];
    }
    // Kernel transposed to float64 rows: each output is a contiguous dot product.
    const kernelT = new Float64Array(spec.units * spec.inputs);
    for (let j = 0; j < spec.inputs; j++) for (let o = 0; o < spec.units; o++) kernelT[o * spec.inputs + j] = theta[kernel.offset + j * spec.units + o];
    const out = new Float64Array(rows * spec.units);
    const inputs = spec.inputs;
    const units = spec.units;
    // Four rows at a time: each kernel value loaded once serves four dot products.
    let i = 0;
    for (; i + 4 <= rows; i += 4) {
      const r0 = i * inputs;
      const r1 = r0 + inputs;
      const r2 = r1 + inputs;
      const r3 = r2 + inputs;
      for (let o = 0; o < units; o++) {
        const kBase = o * inputs;
        let z0 = 0;
        let z1 = 0;
        let z2 = 0;
        let z3 = 0;
        for (let j = 0; j < inputs; j++) {
          const k = kernelT[kBase + j];
          z0 += h[r0 + j] * k;
          z1 += h[r1 + j] * k;
          z2 += h[r2 + j] * k;
          z3 += h[r3 + j] * k;
        }
        out[i * units + o] = activate(z0 * scale[o] + shift[o], spec.activation);
        out[(i + 1) * units + o] = activate(z1 * scale[o] + shift[o], spec.activation);
        out[(i + 2) * units + o] = activate(z2 * scale[o] + shift[o], spec.activation);
        out[(i + 3) * units + o] = activate(z3 * scale[o] + shift[o], spec.activation);
      }
    }
    for (; i < rows; i++) {
      const rowBase = i * inputs;
      for (let o = 0; o < units; o++) {
        const kBase = o * inputs;
        let z = 0;
        for (let j = 0; j < inputs; j++) z += h[rowBase + j] * kernelT[kBase + j];
        out[i * units + o] = activate(z * scale[o] + shift[o], spec.activation);
      }
    }
    h = out;
  });
  return h;
}

function activate(u: number, activation: LayerActivation): number {
  switch (activation) {
    case 'relu':
      return u > 0 ? u : 0;
    case 'tanh':
      return Math.tanh(u);
    case 'sigmoid':
      return 1 / (1 + Math.exp(-u));
    case 'elu':
      return u > 0 ? u : Math.expm1(u);
    case 'linear':
      return u;
  }
}
