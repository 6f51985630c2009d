#!/usr/bin/env node
import { createRequire as __mltrainCreateRequire } from 'node:module';
const require = __mltrainCreateRequire(import.meta.url);
import {
  BN_EPSILON,
  base64ToFloat32,
  batchNormWidth,
  buildLayout,
  float32ToBase64
} from "./chunk-X542JXY6.js";

// src/core/models/nn/mlp-params.ts
var ACTIVATIONS = ["relu", "tanh", "sigmoid", "elu"];
var OPTIMIZERS = ["adam", "adamw", "sgd"];
var LR_SCHEDULES = ["constant", "step", "cosine"];
var NN_BACKENDS = ["auto", "cuda", "node", "webgpu", "wasm", "cpu"];
var MLP_DEFAULTS = {
  hidden_layers: [64, 32],
  activation: "relu",
  dropout: 0,
  batch_norm: false,
  epochs: 20,
  batch_size: 256,
  learning_rate: 1e-3,
  optimizer: "adam",
  weight_decay: 0,
  momentum: 0.9,
  lr_schedule: "constant",
  warmup_epochs: 0,
  lr_step_epochs: 10,
  lr_gamma: 0.1,
  class_weight: null,
  early_stopping_rounds: 10,
  min_delta: 0,
  backend: "auto"
};
var isNumber = (v) => typeof v === "number" && Number.isFinite(v);
var isInteger = (v) => isNumber(v) && Number.isInteger(v);
var pass = (value) => ({ ok: true, value });
var fail = (message) => ({ ok: false, message });
function oneOf(list) {
  return (v) => typeof v === "string" && list.includes(v) ? pass(v) : fail(`must be one of ${list.join(", ")}`);
}
function integerAtLeast(min) {
  return (v) => isInteger(v) && v >= min ? pass(v) : fail(`must be an integer >= ${min}`);
}
function numberIn(min, max, openMax = false) {
  return (v) => isNumber(v) && v >= min && (openMax ? v < max : v <= max) ? pass(v) : fail(`must be a number in [${min}, ${max}${openMax ? ")" : "]"}`);
}
var positive = (v) => isNumber(v) && v > 0 ? pass(v) : fail("must be a positive number");
var nonNegative = (v) => isNumber(v) && v >= 0 ? pass(v) : fail("must be a number >= 0");
var READERS = {
  hidden_layers: (v) => Array.isArray(v) && v.length >= 1 && v.length <= 16 && v.every((u) => isInteger(u) && u >= 1 && u <= 65536) ? pass(v.slice()) : fail("must be a list of 1 to 16 layer widths (integers >= 1), e.g. [64, 32]"),
  activation: oneOf(ACTIVATIONS),
  dropout: numberIn(0, 1, true),
  batch_norm: (v) => typeof v === "boolean" ? pass(v) : fail("must be true or false"),
  epochs: integerAtLeast(1),
  batch_size: integerAtLeast(1),
  learning_rate: positive,
  optimizer: oneOf(OPTIMIZERS),
  weight_decay: nonNegative,
  momentum: numberIn(0, 1, true),
  lr_schedule: oneOf(LR_SCHEDULES),
  warmup_epochs: nonNegative,
  lr_step_epochs: integerAtLeast(1),
  lr_gamma: positive,
  class_weight: (v, task) => {
    if (v === null) return pass(null);
    if (task === "regression") return fail("applies to classification tasks only");
    if (v === "balanced") return pass(v);
    if (typeof v === "object" && !Array.isArray(v) && Object.values(v).every((w) => isNumber(w) && w >= 0)) {
      const badKey = Object.keys(v).find((key) => !/^\d+$/.test(key));
      return badKey === void 0 ? pass({ ...v }) : fail(`keys are class indices (0, 1, ...), got '${badKey}'`);
    }
    return fail("must be 'balanced', null or a map from class index to a weight >= 0");
  },
  early_stopping_rounds: integerAtLeast(0),
  min_delta: nonNegative,
  backend: oneOf(NN_BACKENDS)
};
var ALIASES = { patience: "early_stopping_rounds" };
function readMlpParams(params, task) {
  const result = { ...MLP_DEFAULTS, hidden_layers: [...MLP_DEFAULTS.hidden_layers] };
  const problems = [];
  for (const [key, value] of Object.entries(params)) {
    const name = ALIASES[key] ?? key;
    const reader = READERS[name];
    if (!reader) {
      problems.push({ param: key, message: `unknown mlp parameter '${key}' (known: ${Object.keys(READERS).join(", ")}, patience)` });
      continue;
    }
    const read = reader(value, task);
    if (read.ok) result[name] = read.value;
    else problems.push({ param: key, message: `'${key}' ${read.message}, got ${JSON.stringify(value)}` });
  }
  if ("patience" in params && "early_stopping_rounds" in params) {
    problems.push({ param: "patience", message: "'patience' and 'early_stopping_rounds' are the same parameter: give one" });
  }
  return { params: result, problems };
}
function mlpParamsToValues(params) {
  return JSON.parse(JSON.stringify(params));
}

// src/core/models/nn/mlp-predict.ts
function predictLogits(layout, theta, running, features) {
  const rows = features.length > 0 ? features[0].length : 0;
  let h = new Float64Array(rows * layout.inputDim);
  for (let j = 0; j < layout.inputDim; j++) {
    const column = features[j];
    for (let i = 0; i < rows; i++) h[i * layout.inputDim + j] = Number.isNaN(column[i]) ? 0 : column[i];
  }
  let runningOffset = 0;
  layout.layers.forEach((spec, l) => {
    const slot = (role) => layout.slots.find((s) => s.layer === l && s.role === role);
    const kernel = slot("kernel");
    if (!kernel) throw new Error(`internal error: layer ${l} has no kernel`);
    const shift = new Float64Array(spec.units);
    const scale = new Float64Array(spec.units).fill(1);
    if (spec.batchNorm) {
      const gamma = slot("gamma");
      const beta = slot("beta");
      if (!gamma || !beta) throw new Error(`internal error: layer ${l} lacks batch-norm parameters`);
      for (let o = 0; o < spec.units; o++) {
        const mean = running[runningOffset + o];
        const variance = running[runningOffset + spec.units + o];
        scale[o] = theta[gamma.offset + o] / Math.sqrt(variance + BN_EPSILON);
        shift[o] = theta[beta.offset + o] - mean * scale[o];
      }
      runningOffset += 2 * spec.units;
    } else {
      const bias = slot("bias");
      if (bias) for (let o = 0; o < spec.units; o++) shift[o] = theta[bias.offset + o];
    }
    const kernelT = new Float64Array(spec.units * spec.inputs);
    for (let j = 0; j < spec.inputs; j++) for (let o = 0; o < spec.units; o++) kernelT[o * spec.inputs + j] = theta[kernel.offset + j * spec.units + o];
    const out = new Float64Array(rows * spec.units);
    const inputs = spec.inputs;
    const units = spec.units;
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
function activate(u, activation) {
  switch (activation) {
    case "relu":
      return u > 0 ? u : 0;
    case "tanh":
      return Math.tanh(u);
    case "sigmoid":
      return 1 / (1 + Math.exp(-u));
    case "elu":
      return u > 0 ? u : Math.expm1(u);
    case "linear":
      return u;
  }
}

// src/core/models/nn/mlp-model.ts
var MlpModel = class {
  constructor(json) {
    this.json = json;
    this.layout = buildLayout(json.input_dim, json.layers.hidden, json.layers.activation, json.layers.batch_norm, json.output_dim);
    this.theta = base64ToFloat32(json.weights);
    this.running = base64ToFloat32(json.running);
    if (this.theta.length !== this.layout.size || this.running.length !== 2 * batchNormWidth(this.layout)) {
      throw new Error(`internal error: mlp weights hold ${this.theta.length} values, the layers need ${this.layout.size}`);
    }
  }
  json;
  engine = "mlp";
  layout;
  theta;
  running;
  get engineVersion() {
    return this.json.engine_version;
  }
  get params() {
    return { ...this.json.params };
  }
  get iterations() {
    return this.json.epochs_run;
  }
  /** Which backend trained the model (lineage.backend) and on what device. */
  get backend() {
    return this.json.backend;
  }
  get device() {
    return this.json.device;
  }
  get bestEpoch() {
    return this.json.best_epoch;
  }
  get validationHistory() {
    return this.json.validation_history;
  }
  predict(features) {
    if (features.length !== this.json.input_dim) {
      throw new Error(`internal error: mlp model expects ${this.json.input_dim} features, got ${features.length}`);
    }
    const logits = predictLogits(this.layout, this.theta, this.running, features);
    const { task, output_dim: k, target_scale: scale } = this.json;
    if (task === "binary") return logits.map((z) => 1 / (1 + Math.exp(-z)));
    if (task === "regression") return logits.map((z) => z * scale.std + scale.mean);
    const rows = logits.length / k;
    for (let i = 0; i < rows; i++) {
      let max = -Infinity;
      for (let c = 0; c < k; c++) max = Math.max(max, logits[i * k + c]);
      let sum = 0;
      for (let c = 0; c < k; c++) sum += logits[i * k + c] = Math.exp(logits[i * k + c] - max);
      for (let c = 0; c < k; c++) logits[i * k + c] /= sum;
    }
    return logits;
  }
  toJSON() {
    return this.json;
  }
};
function encodeWeights(values) {
  return float32ToBase64(values);
}
function mlpModelFromJson(json) {
  const c = json;
  const ok = !!c && c.format === "mltrain-mlp" && c.version === 1 && typeof c.weights === "string" && typeof c.running === "string" && typeof c.input_dim === "number" && typeof c.output_dim === "number" && !!c.layers && Array.isArray(c.layers.hidden) && ACTIVATIONS.includes(c.layers.activation) && !!c.target_scale;
  if (!ok) throw new Error("not an mlp model (expected format mltrain-mlp version 1 with layers and weights)");
  return new MlpModel(c);
}

export {
  readMlpParams,
  mlpParamsToValues,
  MlpModel,
  encodeWeights,
  mlpModelFromJson
};
