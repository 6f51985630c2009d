#!/usr/bin/env node
import { createRequire as __mltrainCreateRequire } from 'node:module';
const require = __mltrainCreateRequire(import.meta.url);
import {
  computeMetrics,
  featureImportance,
  isLowerBetterMetric,
  predictGbdt,
  strata,
  trainGbdt,
  validateGbdtParams
} from "./chunk-EQ4OMVOO.js";
import {
  mlpModelFromJson,
  readMlpParams
} from "./chunk-VXJLJB5O.js";

// src/core/data/stratified-k-fold.ts
function stratifiedKFold(labels, k, rng, rows) {
  const subset = rows ?? Uint32Array.from({ length: labels.length }, (_, i) => i);
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`k must be an integer >= 2, got ${k}`);
  if (subset.length < k) throw new RangeError(`${k} folds need at least ${k} rows, got ${subset.length}`);
  const foldOf = /* @__PURE__ */ new Map();
  let next = 0;
  for (const group of strata(subset, labels)) {
    for (const row of rng.shuffle(group.slice())) {
      foldOf.set(row, next);
      next = (next + 1) % k;
    }
  }
  return Array.from({ length: k }, (_, fold) => {
    const validation = [];
    const train = [];
    for (let i = 0; i < subset.length; i++) (foldOf.get(subset[i]) === fold ? validation : train).push(subset[i]);
    return { train: Uint32Array.from(train).sort(), validation: Uint32Array.from(validation).sort() };
  });
}

// src/app/trial-datasets.ts
function foldRows(data, task, k, rng) {
  const labels = task === "regression" ? new Float64Array(data.label.length) : data.label;
  return stratifiedKFold(labels, k, rng);
}
function trialDatasets(study, fold) {
  if (fold === void 0) {
    if (!study.validation) throw new Error("internal error: a holdout training without a validation part");
    return { train: study.train, validation: study.validation };
  }
  const rows = study.folds?.[fold];
  if (!rows) throw new Error(`internal error: fold ${fold} does not exist`);
  return { train: subsetRows(study.train, rows.train), validation: subsetRows(study.train, rows.validation) };
}
function subsetRows(data, rows) {
  const take = (values) => {
    const out = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = values[rows[i]];
    return out;
  };
  return { features: data.features.map(take), label: take(data.label), weight: data.weight ? take(data.weight) : void 0 };
}

// src/app/train-trial.ts
async function trainTrial(engine, data, settings, onIteration) {
  let stopped = false;
  const model = await engine.trainer.train({
    task: engine.task,
    numClasses: engine.numClasses,
    train: data.train,
    validation: data.validation,
    featureInfo: engine.featureInfo,
    params: settings.params,
    seed: settings.seed,
    threads: settings.threads,
    evalMetric: engine.evalMetric,
    trialNumber: settings.trialNumber,
    signal: settings.signal,
    onIteration: (report) => {
      const decision = onIteration(report);
      if (decision === "stop") stopped = true;
      return decision;
    }
  });
  const value = stopped ? NaN : engine.evalMetric.compute(data.validation.label, model.predict(data.validation.features), data.validation.weight);
  return { model, value };
}

// src/app/tuning-eval-metric.ts
function tuningEvalMetric(metric, task, numClasses) {
  return {
    name: metric,
    higherIsBetter: !isLowerBetterMetric(metric),
    compute: (labels, predictions, weights) => computeMetrics({ task, yTrue: labels, yScore: predictions, sampleWeight: weights, numClasses: task === "multiclass" ? numClasses : void 0 })[metric] ?? NaN
  };
}

// src/core/models/gbdt-version.ts
var GBDT_ENGINE_VERSION = "1";

// src/core/models/gbdt-trainer.ts
var REGRESSION_OBJECTIVES = ["reg:squarederror", "reg:pseudohubererror"];
function splitObjective(params) {
  const { objective, ...rest } = params;
  return { objective, rest };
}
function objectiveFor(task, requested) {
  if (task === "binary") return "binary:logistic";
  if (task === "multiclass") return "multi:softmax";
  return requested === "reg:pseudohubererror" ? "reg:pseudohubererror" : "reg:squarederror";
}
var GbdtTrainedModel = class {
  constructor(model) {
    this.model = model;
  }
  model;
  engine = "gbdt";
  engineVersion = GBDT_ENGINE_VERSION;
  get params() {
    return { ...this.model.params };
  }
  get iterations() {
    return this.model.iterationsTrained;
  }
  predict(features) {
    return predictGbdt(this.model, features);
  }
  toJSON() {
    return this.model;
  }
  featureImportance() {
    const gain = featureImportance(this.model, "gain");
    return Object.fromEntries(this.model.featureNames.map((name, j) => [name, gain[j]]).filter(([, v]) => v > 0));
  }
};
var gbdtTrainer = {
  type: "gbdt",
  encoding: "codes",
  tasks: ["binary", "multiclass", "regression"],
  validateParams(params, task) {
    const { objective, rest } = splitObjective(params);
    const problems = validateGbdtParams(rest);
    if (objective !== void 0 && (task !== "regression" || !REGRESSION_OBJECTIVES.includes(objective))) {
      problems.push({ param: "objective", message: `'objective' may only choose a regression loss (${REGRESSION_OBJECTIVES.join(", ")}); classification objectives follow the task` });
    }
    return problems;
  },
  async train(request) {
    const { objective, rest } = splitObjective(request.params);
    const model = await trainGbdt({
      train: request.train,
      validation: request.validation,
      featureInfo: { names: request.featureInfo.names, categorical: request.featureInfo.categorical, categories: request.featureInfo.categories },
      objective: objectiveFor(request.task, objective),
      numClass: request.task === "multiclass" ? request.numClasses : void 0,
      params: rest,
      seed: request.seed,
      threads: request.threads,
      evalMetric: request.evalMetric,
      ...request.checkpoint ? { checkpoint: { every: request.checkpoint.every, save: (state) => void request.checkpoint?.save(state) } } : {},
      ...isGbdtCheckpoint(request.checkpoint?.resumeFrom) ? { resumeFrom: request.checkpoint.resumeFrom } : {},
      callbacks: request.onIteration ? { onIteration: (info) => request.onIteration?.({ iteration: info.iteration + 1, validationLoss: info.validationMetric }) } : void 0
    });
    return new GbdtTrainedModel(model);
  },
  load(json) {
    const model = json;
    if (!model || model.format !== "mltrain-gbdt" || !Array.isArray(model.trees)) {
      throw new Error("not a GBDT model (expected format mltrain-gbdt with trees)");
    }
    return new GbdtTrainedModel(model);
  }
};
function isGbdtCheckpoint(value) {
  return typeof value === "object" && value !== null && value.format === "mltrain-gbdt-checkpoint";
}

// src/core/models/logistic/linear-algebra.ts
function solveSpd(matrix, rhs, n) {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i * n + j];
      for (let k = 0; k < j; k++) sum -= l[i * n + k] * l[j * n + k];
      if (i === j) {
        if (!(sum > 0)) return void 0;
        l[i * n + i] = Math.sqrt(sum);
      } else {
        l[i * n + j] = sum / l[j * n + j];
      }
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = rhs[i];
    for (let k = 0; k < i; k++) sum -= l[i * n + k] * y[k];
    y[i] = sum / l[i * n + i];
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i];
    for (let k = i + 1; k < n; k++) sum -= l[k * n + i] * x[k];
    x[i] = sum / l[i * n + i];
  }
  return x;
}

// src/core/models/logistic/logistic-regression.ts
var LOGISTIC_DEFAULTS = { C: 1, max_iter: 100, tol: 1e-10, fit_intercept: true, class_weight: null };
function fitLogistic(data, params, onIteration, validationLoss) {
  const n = data.label.length;
  const d = data.features.length;
  const dim = d + (params.fit_intercept ? 1 : 0);
  const sampleWeight = effectiveWeights(data, params);
  const w = new Float64Array(dim);
  const x = (j, i) => {
    if (j === d) return 1;
    const v = data.features[j][i];
    return Number.isNaN(v) ? 0 : v;
  };
  const margin = new Float64Array(n);
  const computeMargins = (coef) => {
    margin.fill(params.fit_intercept ? coef[d] : 0);
    for (let j = 0; j < d; j++) {
      const column = data.features[j];
      const wj = coef[j];
      if (wj === 0) continue;
      for (let i = 0; i < n; i++) {
        const v = column[i];
        if (!Number.isNaN(v)) margin[i] += wj * v;
      }
    }
  };
  const objective = (coef) => {
    computeMargins(coef);
    let loss = 0;
    for (let i = 0; i < n; i++) loss += sampleWeight[i] * logLossOfMargin(margin[i], data.label[i]);
    let penalty = 0;
    for (let j = 0; j < d; j++) penalty += coef[j] * coef[j];
    return 0.5 * penalty + params.C * loss;
  };
  let current = objective(w);
  let converged = false;
  let iteration = 0;
  const gradient = new Float64Array(dim);
  const hessian = new Float64Array(dim * dim);
  const curvature = new Float64Array(n);
  const residual = new Float64Array(n);
  while (iteration < params.max_iter) {
    computeMargins(w);
    for (let i = 0; i < n; i++) {
      const p = sigmoid(margin[i]);
      residual[i] = params.C * sampleWeight[i] * (p - data.label[i]);
      curvature[i] = params.C * sampleWeight[i] * Math.max(p * (1 - p), 1e-12);
    }
    gradient.fill(0);
    hessian.fill(0);
    for (let a = 0; a < dim; a++) {
      let g = a < d ? w[a] : 0;
      for (let i = 0; i < n; i++) g += residual[i] * x(a, i);
      gradient[a] = g;
      for (let b = 0; b <= a; b++) {
        let h = a === b && a < d ? 1 : 0;
        if (a < d && b < d) {
          const ca = data.features[a];
          const cb = data.features[b];
          for (let i = 0; i < n; i++) {
            const va = ca[i];
            const vb = cb[i];
            if (!Number.isNaN(va) && !Number.isNaN(vb)) h += curvature[i] * va * vb;
          }
        } else {
          for (let i = 0; i < n; i++) h += curvature[i] * x(a, i) * x(b, i);
        }
        hessian[a * dim + b] = h;
        hessian[b * dim + a] = h;
      }
    }
    let maxGradient = 0;
    for (let a = 0; a < dim; a++) maxGradient = Math.max(maxGradient, Math.abs(gradient[a]));
    if (maxGradient <= params.tol * Math.max(1, params.C * n)) {
      converged = true;
      break;
    }
    const step = solveSpd(hessian, gradient, dim);
    if (!step) break;
    let scale = 1;
    const candidate = new Float64Array(dim);
    let value = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let a = 0; a < dim; a++) candidate[a] = w[a] - scale * step[a];
      value = objective(candidate);
      if (value <= current + 1e-12 * Math.abs(current)) break;
      scale /= 2;
    }
    if (!(value <= current + 1e-12 * Math.abs(current))) break;
    const improvement = current - value;
    w.set(candidate);
    current = value;
    iteration++;
    const decision = onIteration?.({ iteration, validationLoss: validationLoss?.(w.subarray(0, d), params.fit_intercept ? w[d] : 0) });
    if (decision === "stop") break;
    if (improvement <= 1e-15 * Math.max(1, Math.abs(current))) {
      converged = true;
      break;
    }
  }
  return { coef: w.slice(0, d), intercept: params.fit_intercept ? w[d] : 0, iterations: iteration, converged };
}
function predictLogistic(coef, intercept, features) {
  const n = features.length === 0 ? 0 : features[0].length;
  const margin = new Float64Array(n).fill(intercept);
  for (let j = 0; j < coef.length; j++) {
    const column = features[j];
    const wj = coef[j];
    for (let i = 0; i < n; i++) {
      const v = column[i];
      if (!Number.isNaN(v)) margin[i] += wj * v;
    }
  }
  for (let i = 0; i < n; i++) margin[i] = sigmoid(margin[i]);
  return margin;
}
function sigmoid(z) {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}
function logLossOfMargin(m, label) {
  const z = label === 1 ? -m : m;
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}
function effectiveWeights(data, params) {
  const n = data.label.length;
  const weights = data.weight ? Float64Array.from(data.weight) : new Float64Array(n).fill(1);
  if (params.class_weight === "balanced") {
    let positives = 0;
    for (let i = 0; i < n; i++) positives += data.label[i] === 1 ? 1 : 0;
    const negatives = n - positives;
    for (let i = 0; i < n; i++) weights[i] *= data.label[i] === 1 ? n / (2 * positives) : n / (2 * negatives);
  }
  return weights;
}
function readLogisticParams(params) {
  const problems = [];
  const result = { ...LOGISTIC_DEFAULTS };
  for (const [key, value] of Object.entries(params)) {
    switch (key) {
      case "C":
        if (typeof value === "number" && value > 0 && Number.isFinite(value)) result.C = value;
        else problems.push({ param: key, message: `'C' must be a positive number, got ${JSON.stringify(value)}` });
        break;
      case "max_iter":
        if (typeof value === "number" && Number.isInteger(value) && value >= 1) result.max_iter = value;
        else problems.push({ param: key, message: `'max_iter' must be an integer >= 1, got ${JSON.stringify(value)}` });
        break;
      case "tol":
        if (typeof value === "number" && value > 0) result.tol = value;
        else problems.push({ param: key, message: `'tol' must be a positive number, got ${JSON.stringify(value)}` });
        break;
      case "fit_intercept":
        if (typeof value === "boolean") result.fit_intercept = value;
        else problems.push({ param: key, message: `'fit_intercept' must be true or false, got ${JSON.stringify(value)}` });
        break;
      case "class_weight":
        if (value === "balanced" || value === null) result.class_weight = value;
        else problems.push({ param: key, message: `'class_weight' must be 'balanced' or null, got ${JSON.stringify(value)}` });
        break;
      default:
        problems.push({ param: key, message: `'${key}' is not a logistic parameter (C, max_iter, tol, fit_intercept, class_weight)` });
    }
  }
  return { params: result, problems };
}

// src/core/models/logistic/logistic-trainer.ts
var LOGISTIC_ENGINE_VERSION = "1";
var LogisticModel = class {
  constructor(json) {
    this.json = json;
  }
  json;
  engine = "logistic";
  engineVersion = LOGISTIC_ENGINE_VERSION;
  get params() {
    return { ...this.json.params };
  }
  get iterations() {
    return this.json.iterations;
  }
  predict(features) {
    if (features.length !== this.json.coef.length) {
      throw new Error(`internal error: logistic model expects ${this.json.coef.length} features, got ${features.length}`);
    }
    return predictLogistic(this.json.coef, this.json.intercept, features);
  }
  toJSON() {
    return this.json;
  }
  /** |coefficient| of each standardised feature: the change in log-odds per standard deviation. */
  featureImportance(names) {
    return Object.fromEntries(this.json.coef.map((c, j) => [names[j] ?? `f${j}`, Math.abs(c)]));
  }
};
function validationLogLoss(validation, evalMetric) {
  return (coef, intercept) => {
    const p = predictLogistic(coef, intercept, validation.features);
    if (evalMetric) return evalMetric.compute(validation.label, p, validation.weight);
    let total = 0;
    let weightSum = 0;
    for (let i = 0; i < p.length; i++) {
      const w = validation.weight?.[i] ?? 1;
      const q = Math.min(Math.max(p[i], 1e-15), 1 - 1e-15);
      total -= w * (validation.label[i] === 1 ? Math.log(q) : Math.log(1 - q));
      weightSum += w;
    }
    return total / weightSum;
  };
}
var logisticTrainer = {
  type: "logistic",
  encoding: "standardize_onehot",
  tasks: ["binary"],
  validateParams(params) {
    return readLogisticParams(params).problems;
  },
  async train(request) {
    if (request.task !== "binary") {
      throw new Error(`internal error: the logistic engine trains binary tasks only, got ${request.task}`);
    }
    const { params } = readLogisticParams(request.params);
    const fit = fitLogistic(request.train, params, request.onIteration, request.validation ? validationLogLoss(request.validation, request.evalMetric) : void 0);
    return new LogisticModel({
      format: "mltrain-logistic",
      version: 1,
      coef: Array.from(fit.coef),
      intercept: fit.intercept,
      params,
      iterations: fit.iterations,
      converged: fit.converged
    });
  },
  load(json) {
    const candidate = json;
    if (!candidate || candidate.format !== "mltrain-logistic" || !Array.isArray(candidate.coef) || typeof candidate.intercept !== "number") {
      throw new Error("not a logistic model (expected format mltrain-logistic with coef and intercept)");
    }
    return new LogisticModel(candidate);
  }
};

// src/core/config/training-config.ts
var TASKS = ["binary", "multiclass", "regression"];
var MODEL_TYPES = ["gbdt", "logistic", "mlp", "command"];

// src/core/models/mlp-lazy-trainer.ts
function lazyMlpTrainer(runtime) {
  return {
    type: "mlp",
    encoding: "standardize_onehot",
    tasks: TASKS,
    validateParams: (params, task) => readMlpParams(params, task).problems,
    train: async (request) => {
      const { createMlpTrainer } = await import("./mlp-trainer-2ZVFS4WE.js");
      const checkpoint = request.checkpoint;
      const checkpoints = checkpoint ? { sink: { save: (state) => checkpoint.save(state) }, everySteps: checkpoint.every, resumeFrom: checkpoint.resumeFrom, signal: request.signal } : void 0;
      return createMlpTrainer({ runtime, checkpoints }).train(request);
    },
    load: (json) => mlpModelFromJson(json)
  };
}

// src/core/models/registry.ts
var TRAINERS = {
  gbdt: gbdtTrainer,
  logistic: logisticTrainer,
  mlp: lazyMlpTrainer()
};
function findTrainer(type) {
  return TRAINERS[type];
}
function availableModelTypes() {
  return Object.keys(TRAINERS);
}

// src/adapters/worker-trial-protocol.ts
var WORKER_ENGINES = ["gbdt", "logistic"];
function isWorkerEngine(engine) {
  return WORKER_ENGINES.includes(engine);
}
var VERDICT = { pending: 0, continue: 1, stop: 2 };
function shareDataset(data) {
  const rows = data.label.length;
  const features = data.features.length;
  const weighted = data.weight !== void 0;
  const buffer = new SharedArrayBuffer(Float64Array.BYTES_PER_ELEMENT * rows * (features + 1 + (weighted ? 1 : 0)));
  const all = new Float64Array(buffer);
  data.features.forEach((column, j) => all.set(column, j * rows));
  all.set(data.label, features * rows);
  if (data.weight) all.set(data.weight, (features + 1) * rows);
  return { buffer, rows, features, weighted };
}
function datasetView(shared) {
  const { buffer, rows, features } = shared;
  const column = (index) => new Float64Array(buffer, index * rows * Float64Array.BYTES_PER_ELEMENT, rows);
  return {
    features: Array.from({ length: features }, (_, j) => column(j)),
    label: column(features),
    weight: shared.weighted ? column(features + 1) : void 0
  };
}

export {
  MODEL_TYPES,
  foldRows,
  trialDatasets,
  trainTrial,
  tuningEvalMetric,
  lazyMlpTrainer,
  findTrainer,
  availableModelTypes,
  isWorkerEngine,
  VERDICT,
  shareDataset,
  datasetView
};
