#!/usr/bin/env node
import { createRequire as __mltrainCreateRequire } from 'node:module';
const require = __mltrainCreateRequire(import.meta.url);
import {
  ConfigError,
  DataError,
  FAIRNESS_METRICS,
  GridSampler,
  HyperbandPruner,
  METRICS_BY_TASK,
  MedianPruner,
  NopPruner,
  PercentilePruner,
  RandomSampler,
  SuccessiveHalvingPruner,
  TPESampler,
  TRIAL_STATES,
  TrialPruned,
  argmaxRows,
  bootstrapIntervals,
  businessMetrics,
  calibrationCurve,
  cellValue,
  checkGateSpecs,
  chooseThreshold,
  compareToProfile,
  computeMetrics,
  confusionMatrix,
  createStudy,
  didYouMean,
  encodeTarget,
  evaluateGates,
  expectedCalibrationError,
  fairnessByColumn,
  featureImportance,
  getColumn,
  hasFailures,
  isLowerBetterMetric,
  journalFileStorage,
  latencySummary,
  loadTableWithLineage,
  noImprovement,
  optimizationHistory,
  paramImportances,
  parseConfig,
  parseCsv,
  parseProfile,
  precisionRecallCurve,
  predictBinary,
  predictGbdt,
  profileTable,
  require_dist,
  rocCurve,
  splitRows,
  strata,
  studyIdentity,
  takeRows,
  trainGbdt,
  validateData,
  validateGbdtParams
} from "./chunk-ONZAHWAZ.js";
import {
  Rng
} from "./chunk-VYCGOI27.js";
import {
  mlpModelFromJson,
  readMlpParams
} from "./chunk-VXJLJB5O.js";
import {
  __toESM
} from "./chunk-SA2DTWOY.js";

// package.json
var package_default = {
  name: "mltrain",
  version: "0.1.0",
  description: "Train, tune and gate machine-learning models in CI: a GitHub Action, a CLI and a library.",
  type: "module",
  license: "MIT",
  engines: {
    node: ">=20"
  },
  bin: {
    mltrain: "dist/cli.js"
  },
  exports: {
    ".": "./dist/lib.js"
  },
  files: [
    "dist",
    "schemas",
    "templates",
    "action.yml"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    lint: "eslint .",
    "check:dist": "node scripts/check-dist.mjs",
    "test:unit": "vitest run",
    test: "npm run typecheck && npm run lint && npm run check:dist && npm run test:unit",
    docs: "node scripts/gen-readme-io.mjs"
  },
  dependencies: {
    "@actions/artifact": "^6.2.1",
    "@actions/cache": "^6.3.0",
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@tensorflow/tfjs": "^4.22.0",
    "@tensorflow/tfjs-backend-wasm": "^4.22.0",
    "@tensorflow/tfjs-backend-webgpu": "^4.22.0",
    ajv: "^8.20.0",
    hyparquet: "^1.33.0",
    webgpu: "^0.6.2",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@eslint/js": "^10.0.1",
    "@types/node": "^20.19.43",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    globals: "^17.14.0",
    "playwright-core": "^1.65.1",
    typescript: "^5.9.3",
    "typescript-eslint": "^8.74.0",
    vitest: "^4.1.12"
  }
};

// src/core/errors/environment-error.ts
var EnvironmentError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "EnvironmentError";
  }
};

// src/app/exit-codes.ts
var EXIT_CODES = {
  passed: 0,
  gatesFailed: 1,
  invalidInput: 2,
  internalError: 3
};

// src/core/errors/data-validation-error.ts
var DataValidationError = class extends Error {
  constructor(file, findings) {
    const failed = findings.filter((f) => f.severity === "fail");
    super(`${file}: ${failed.length} data validation rule(s) failed:
${failed.map((f) => `  ${f.rule}${f.column ? ` (${f.column})` : ""}: ${f.message}`).join("\n")}`);
    this.file = file;
    this.findings = findings;
    this.name = "DataValidationError";
  }
  file;
  findings;
};

// src/core/config/training-config.ts
var TASKS = ["binary", "multiclass", "regression"];
var MODEL_TYPES = ["gbdt", "logistic", "mlp", "command"];

// src/core/models/model-file.ts
function readModelFile(json, source) {
  const file = json;
  const problem = (what) => new ModelFileError(`${source}: not an mltrain model file (${what})`);
  if (!file || typeof file !== "object") throw problem("not a JSON object");
  if (file.format !== "mltrain-model") throw problem(`format is ${JSON.stringify(file.format)}, expected "mltrain-model"`);
  if (file.version !== 1) throw problem(`version ${JSON.stringify(file.version)} is not supported by this mltrain (supports 1)`);
  if (!Array.isArray(file.features)) throw problem("features missing");
  if (!file.engine || !MODEL_TYPES.includes(String(file.engine.type))) throw problem("engine.type missing or unknown");
  if (!file.target || typeof file.target.column !== "string") throw problem("target missing");
  return file;
}
var ModelFileError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ModelFileError";
  }
};

// src/app/tune-model.ts
import { join, isAbsolute } from "node:path";

// src/core/config/duration.ts
function parseDuration(value) {
  if (typeof value === "number") return Number.isFinite(value) && value > 0 ? value : void 0;
  const match = /^\s*(?=\d)(?:(\d+(?:\.\d+)?)h)?\s*(?:(\d+(?:\.\d+)?)m)?\s*(?:(\d+(?:\.\d+)?)s)?\s*$/.exec(value);
  if (!match) return void 0;
  const [, hours, minutes, seconds] = match;
  const total = Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
  return total > 0 ? total : void 0;
}
function formatDuration(seconds) {
  if (!Number.isFinite(seconds)) return "n/a";
  if (seconds < 60) return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)}s`;
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor(total % 3600 / 60);
  const s = total % 60;
  return h > 0 ? `${h}h ${String(m).padStart(2, "0")}m` : `${m}m ${String(s).padStart(2, "0")}s`;
}

// src/core/data/stratified-k-fold.ts
function stratifiedKFold(labels, k, rng, rows) {
  const subset2 = rows ?? Uint32Array.from({ length: labels.length }, (_, i) => i);
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`k must be an integer >= 2, got ${k}`);
  if (subset2.length < k) throw new RangeError(`${k} folds need at least ${k} rows, got ${subset2.length}`);
  const foldOf = /* @__PURE__ */ new Map();
  let next = 0;
  for (const group of strata(subset2, labels)) {
    for (const row of rng.shuffle(group.slice())) {
      foldOf.set(row, next);
      next = (next + 1) % k;
    }
  }
  return Array.from({ length: k }, (_, fold) => {
    const validation = [];
    const train = [];
    for (let i = 0; i < subset2.length; i++) (foldOf.get(subset2[i]) === fold ? validation : train).push(subset2[i]);
    return { train: Uint32Array.from(train).sort(), validation: Uint32Array.from(validation).sort() };
  });
}

// src/app/cross-validation.ts
function crossValidationFolds(data, task, k, rng) {
  const labels = task === "regression" ? new Float64Array(data.label.length) : data.label;
  return stratifiedKFold(labels, k, rng).map((fold) => ({ train: subset(data, fold.train), validation: subset(data, fold.validation) }));
}
function subset(data, rows) {
  const take = (values) => {
    const out = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = values[rows[i]];
    return out;
  };
  return { features: data.features.map(take), label: take(data.label), weight: data.weight ? take(data.weight) : void 0 };
}

// src/app/default-search-space.ts
var DEFAULTS = {
  gbdt: {
    n_estimators: { type: "int", low: 50, high: 400, step: 50 },
    max_depth: { type: "int", low: 2, high: 8 },
    learning_rate: { type: "float", low: 0.01, high: 0.3, log: true },
    min_child_weight: { type: "float", low: 0.5, high: 20, log: true },
    subsample: { type: "float", low: 0.5, high: 1 },
    colsample_bytree: { type: "float", low: 0.5, high: 1 },
    reg_lambda: { type: "float", low: 1e-3, high: 10, log: true }
  },
  logistic: {
    C: { type: "float", low: 1e-3, high: 100, log: true }
  },
  mlp: {
    learning_rate: { type: "float", low: 1e-4, high: 0.01, log: true },
    dropout: { type: "float", low: 0, high: 0.5 },
    batch_size: [64, 128, 256, 512]
  }
};
function defaultSearchSpace(type) {
  return DEFAULTS[type] ?? {};
}

// src/app/tune-model.ts
function tuningMetric(tuning, task) {
  const metric = tuning.metric ?? (task === "binary" ? "roc_auc" : task === "multiclass" ? "accuracy" : "rmse");
  return { metric, direction: tuning.direction ?? (isLowerBetterMetric(metric) ? "minimize" : "maximize") };
}
async function tuneModel(deps, input) {
  const { loaded, trainer, data, rng, meter, budget } = input;
  const tuning = loaded.config.tuning;
  const { metric, direction } = tuningMetric(tuning, data.task);
  if (!METRICS_BY_TASK[data.task].includes(metric)) {
    const pos = loaded.locate("/tuning/metric");
    throw new ConfigError([{ file: loaded.file, line: pos.line, column: pos.column, pointer: "/tuning/metric", message: `'${metric}' is not a ${data.task} metric; choose one of ${METRICS_BY_TASK[data.task].join(", ")}` }]);
  }
  const validation = data.parts.validation;
  if (!validation && !tuning.cv_folds) {
    const pos = loaded.locate("/data/split/validation_size");
    throw new ConfigError([{ file: loaded.file, line: pos.line, column: pos.column, pointer: "/data/split/validation_size", message: "tuning needs a validation part (data.split.validation_size > 0 or data.validation.path) or tuning.cv_folds" }]);
  }
  const space = Object.keys(tuning.search_space).length > 0 ? tuning.search_space : defaultSearchSpace(loaded.config.model.type);
  const evalMetric = evalMetricFor(metric, data);
  const identity = studyIdentity({ model: loaded.config.model.type, params: loaded.config.model.params, space, metric, direction, data: data.lineage.map((d) => d.sha256), seed: loaded.config.seed, split: loaded.config.data.split });
  const journalPath = isAbsolute(tuning.storage) ? tuning.storage : join(input.outputDir, tuning.storage);
  const cacheKey = `mltrain-study-${loaded.config.name}-${identity.slice(0, 24)}-`;
  if (deps.studyCache && await deps.studyCache.restore(journalPath, cacheKey)) deps.logger.info(`restored the study journal from the Actions cache (${cacheKey}*)`);
  const study = await createStudy({
    direction,
    sampler: samplerFor(tuning, space, rng),
    pruner: prunerFor(tuning),
    storage: deps.openStudyStorage(journalPath),
    studyName: `${loaded.config.name}-${identity.slice(0, 16)}`,
    clock: deps.clock,
    cost: { hourlyRateUsd: meter.hourlyRateUsd }
  });
  await study.failInterruptedTrials({ retry: true });
  const resumed = study.trials.filter((t) => t.state !== "running").length;
  if (resumed > 0) deps.logger.info(`resuming study ${identity.slice(0, 12)} from ${journalPath}: ${resumed} trial(s) already run`);
  let best;
  const better = (a, b) => direction === "maximize" ? a > b : a < b;
  const folds = tuning.cv_folds ? crossValidationFolds(data.parts.train.encoded, data.task, tuning.cv_folds, rng.fork("cv-folds")) : void 0;
  const trainOnce = async (trial, params, train, valid, report) => {
    let pruned = false;
    const model2 = await trainer.train({
      task: data.task,
      numClasses: data.classes?.length ?? 0,
      train,
      validation: valid,
      featureInfo: data.featureInfo,
      params,
      seed: rng.fork(`trial-${trial.number}`).nextUint32(),
      threads: input.threads,
      evalMetric,
      trialNumber: trial.number,
      signal: trial.signal,
      onIteration: ({ iteration, validationLoss }) => {
        if (report && validationLoss !== void 0 && Number.isFinite(validationLoss)) {
          trial.report(validationLoss, iteration);
          if (trial.shouldPrune()) {
            pruned = true;
            return "stop";
          }
        }
        return budget.checkIteration() === "stop" || trial.signal.aborted ? "stop" : "continue";
      }
    });
    if (pruned) throw new TrialPruned(`pruned at iteration ${model2.iterations}`);
    if (budget.exceeded) throw new TrialPruned("stopped by the budget");
    const value = evalMetric.compute(valid.label, model2.predict(valid.features), valid.weight);
    if (!Number.isFinite(value)) throw new Error(`the trial's validation ${metric} is not a number`);
    return { model: model2, value };
  };
  let fatal;
  const objective = async (trial) => {
    try {
      return await runTrial(trial);
    } catch (error) {
      if (error instanceof EnvironmentError) {
        fatal ??= error;
        study.stop("failures");
      }
      throw error;
    }
  };
  const runTrial = async (trial) => {
    const params = { ...loaded.config.model.params, ...suggestAll(trial, space) };
    if (!folds) {
      const { model: model2, value } = await trainOnce(trial, params, data.parts.train.encoded, validation.encoded, true);
      if (!best || better(value, best.value)) best = { number: trial.number, value, model: model2 };
      return value;
    }
    let sum = 0;
    for (let f = 0; f < folds.length; f++) {
      sum += (await trainOnce(trial, params, folds[f].train, folds[f].validation, false)).value;
      trial.report(sum / (f + 1), f);
      if (f < folds.length - 1 && trial.shouldPrune()) throw new TrialPruned(`pruned after fold ${f + 1} of ${folds.length}`);
    }
    return sum / folds.length;
  };
  let cacheSaves = Promise.resolve();
  const stopWhen = [{ reason: "budget", shouldStop: () => budget.shouldNotStart() }];
  if (tuning.patience) stopWhen.push(noImprovement(tuning.patience));
  const timeout = tuning.timeout === void 0 ? void 0 : parseDuration(tuning.timeout);
  const alreadyRun = study.trials.filter((t) => t.state !== "running").length;
  const result = await study.optimize(objective, {
    nTrials: Math.max(0, tuning.n_trials - alreadyRun),
    timeoutMs: timeout === void 0 ? void 0 : timeout * 1e3,
    nJobs: tuning.parallelism,
    maxConsecutiveFailures: tuning.max_consecutive_failures,
    stopWhen,
    signal: deps.cancelSignal ? AbortSignal.any([budget.signal, deps.cancelSignal]) : budget.signal,
    callbacks: [
      () => {
        if (deps.studyCache) cacheSaves = cacheSaves.then(() => deps.studyCache?.save(journalPath, cacheKey));
      },
      (_study, trial) => {
        const params = Object.entries(trial.params).map(([k, v]) => `${k}=${typeof v === "number" ? Number(v.toPrecision(4)) : String(v)}`).join(" ");
        const value = trial.value === null ? "" : ` ${metric}=${trial.value.toFixed(4)}`;
        deps.logger.info(`trial ${trial.number} ${trial.state}${value} (${params}) $${(trial.costUsd ?? 0).toFixed(4)}${trial.failReason ? `: ${trial.failReason}` : ""}`);
      }
    ]
  });
  await cacheSaves;
  if (fatal) throw fatal;
  if (deps.cancelSignal?.aborted) throw new RunCancelledError(`the run was cancelled after ${study.trials.length} trial(s); the study journal ${journalPath} is saved${deps.studyCache ? " and cached" : ""}, and a re-run resumes it`);
  const stopReason = budget.exceeded ? "budget" : result.stopReason;
  const bestTrial = study.bestTrial;
  if (!bestTrial) throw new NoModelError(stopReason === "budget" ? "the budget allowed no completed trial, so there is no model" : `no trial completed (stopped: ${stopReason})`);
  let model = best && best.number === bestTrial.number ? best.model : void 0;
  if (!model) {
    deps.logger.info(folds ? `refitting the best parameters (trial ${bestTrial.number}) on the whole training part` : `refitting the best trial (${bestTrial.number}) from an earlier run`);
    model = await trainer.train({
      task: data.task,
      numClasses: data.classes?.length ?? 0,
      train: data.parts.train.encoded,
      validation: validation?.encoded,
      featureInfo: data.featureInfo,
      params: { ...loaded.config.model.params, ...bestTrial.params },
      seed: rng.fork(`trial-${bestTrial.number}`).nextUint32(),
      threads: input.threads
    });
  }
  const trials = study.trials;
  const count = (state) => trials.filter((t) => t.state === state).length;
  const history = optimizationHistory(trials, direction);
  const importances = paramImportances(trials);
  const section2 = {
    metric,
    direction,
    sampler: tuning.sampler,
    pruner: tuning.pruner,
    study: identity,
    journal: tuning.storage,
    trials: trials.length,
    completed: count("complete"),
    pruned: count("pruned"),
    failed: count("fail"),
    best_trial: bestTrial.number,
    best_value: bestTrial.value,
    best_params: bestTrial.params,
    stop_reason: stopReason,
    cv_folds: tuning.cv_folds,
    cost_usd: trials.reduce((sum, t) => sum + (t.costUsd ?? 0), 0),
    seconds: trials.reduce((sum, t) => sum + (t.durationMs ?? 0), 0) / 1e3,
    param_importances: importances,
    history: trials.map((t) => ({
      number: t.number,
      params: t.params,
      value: t.value,
      state: t.state,
      steps: t.intermediateValues.size,
      cost_usd: t.costUsd,
      seconds: t.durationMs === null ? null : t.durationMs / 1e3,
      ...t.failReason ? { fail_reason: t.failReason } : {}
    }))
  };
  return { model, bestParams: { ...bestTrial.params }, section: section2, history, importances, direction };
}
var RunCancelledError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "RunCancelledError";
  }
};
var NoModelError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "NoModelError";
  }
};
function suggestAll(trial, space) {
  const params = {};
  for (const [name, dimension] of Object.entries(space)) {
    if (Array.isArray(dimension)) params[name] = trial.suggestCategorical(name, dimension);
    else if (dimension.type === "int") params[name] = trial.suggestInt(name, dimension.low, dimension.high, { log: dimension.log, step: dimension.step });
    else params[name] = trial.suggestFloat(name, dimension.low, dimension.high, { log: dimension.log, step: dimension.step });
  }
  return params;
}
function samplerFor(tuning, space, rng) {
  const stream = rng.fork("sampler");
  if (tuning.sampler === "random") return new RandomSampler({ rng: stream });
  if (tuning.sampler === "grid") {
    const grid = {};
    for (const [name, dimension] of Object.entries(space)) grid[name] = Array.isArray(dimension) ? dimension : gridValues(dimension);
    return new GridSampler(grid, { rng: stream });
  }
  return new TPESampler({ rng: stream, constantLiar: tuning.parallelism > 1 });
}
function gridValues(dimension) {
  const step = dimension.step ?? (dimension.type === "int" ? 1 : void 0);
  if (step === void 0) return [dimension.low, dimension.high];
  const values = [];
  for (let v = dimension.low; v <= dimension.high + 1e-12; v += step) values.push(Number(v.toPrecision(12)));
  return values;
}
function prunerFor(tuning) {
  switch (tuning.pruner) {
    case "median":
      return new MedianPruner({ nStartupTrials: 5, nWarmupSteps: 10 });
    case "percentile":
      return new PercentilePruner(25, { nStartupTrials: 5, nWarmupSteps: 10 });
    case "successive_halving":
      return new SuccessiveHalvingPruner({});
    case "hyperband":
      return new HyperbandPruner({});
    case "none":
      return new NopPruner();
  }
}
function evalMetricFor(metric, data) {
  const numClasses = data.classes?.length;
  return {
    name: metric,
    higherIsBetter: !isLowerBetterMetric(metric),
    compute: (labels, predictions, weights) => computeMetrics({ task: data.task, yTrue: labels, yScore: predictions, sampleWeight: weights, numClasses: data.task === "multiclass" ? numClasses : void 0 })[metric] ?? NaN
  };
}

// src/app/classify-error.ts
function classifyError(error) {
  if (error instanceof ConfigError) {
    return {
      exitCode: EXIT_CODES.invalidInput,
      problems: error.issues.map((issue) => ({
        message: `${issue.message}${issue.pointer ? ` (at ${issue.pointer})` : ""}`,
        location: { file: issue.file, line: issue.line || void 0, column: issue.column || void 0 }
      }))
    };
  }
  if (error instanceof DataError) {
    return { exitCode: EXIT_CODES.invalidInput, problems: [{ message: error.reason, location: { file: error.file, line: error.line } }] };
  }
  if (error instanceof NoModelError || error instanceof RunCancelledError) {
    return { exitCode: EXIT_CODES.gatesFailed, problems: [{ message: error.message }] };
  }
  if (error instanceof DataValidationError) {
    return {
      exitCode: EXIT_CODES.invalidInput,
      problems: error.findings.filter((f) => f.severity === "fail").map((f) => ({ message: `data validation failed: ${f.rule}${f.column ? ` (column '${f.column}')` : ""}: ${f.message}`, location: { file: error.file, line: f.lines?.[0] } }))
    };
  }
  if (error instanceof EnvironmentError || error instanceof ModelFileError) {
    return { exitCode: EXIT_CODES.invalidInput, problems: [{ message: error.message }] };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    exitCode: EXIT_CODES.internalError,
    problems: [{ message: `internal error (a bug in mltrain, please report it): ${message.replace(/^internal error: /, "")}` }],
    stack: error instanceof Error ? error.stack : void 0
  };
}

// src/core/report/format-table.ts
function formatTable(table) {
  const all = [table.header, ...table.rows];
  const widths = table.header.map((_, c) => Math.max(...all.map((row) => (row[c] ?? "").length)));
  const numeric = table.header.map((_, c) => table.rows.length > 0 && table.rows.every((row) => /^[-+]?[\d.,]+%?$|^n\/a$/.test(row[c] ?? "")));
  const line = (row) => row.map((cell, c) => numeric[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c])).join("  ").trimEnd();
  return [line(table.header), widths.map((w) => "-".repeat(w)).join("  "), ...table.rows.map(line)].join("\n");
}
function markdownTable(table, align) {
  const escape = (cell) => cell.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const rule = table.header.map((_, c) => align?.[c] === "right" ? "---:" : "---");
  return [table.header, rule, ...table.rows].map((row) => `| ${row.map(escape).join(" | ")} |`).join("\n");
}
function formatNumber(value, digits = 4) {
  if (value === null || value === void 0 || !Number.isFinite(value)) return "n/a";
  return value.toFixed(digits);
}

// src/core/report/metrics-document.ts
function toJson(value, indent = 2) {
  return `${JSON.stringify(value, (_key, v) => typeof v === "number" && !Number.isFinite(v) ? null : v, indent)}
`;
}

// src/app/run-training.ts
import { join as join10 } from "node:path";

// src/core/report/headline.ts
var HEADLINE_METRICS = {
  binary: ["roc_auc", "average_precision", "accuracy", "f1", "precision", "recall", "log_loss", "brier_score"],
  multiclass: ["accuracy", "balanced_accuracy", "f1_macro", "roc_auc_ovr", "log_loss"],
  regression: ["rmse", "mae", "r2", "mape"]
};
function headlineTable(document) {
  const names = HEADLINE_METRICS[document.task].filter((m) => m in document.metrics.test || m in document.metrics.validation);
  return {
    header: ["metric", "test", "validation"],
    rows: names.map((m) => [m, formatNumber(document.metrics.test[m]), formatNumber(document.metrics.validation[m])])
  };
}
function verdictLine(document) {
  const failed = document.gates.filter((g) => g.status === "failed");
  const cost = `cost $${document.cost.usd.toFixed(4)} (${document.cost.seconds.toFixed(1)}s at $${document.cost.hourly_rate_usd}/h)`;
  if (failed.length > 0) return `FAILED: ${failed.length} of ${document.gates.length} gate(s) failed: ${failed.map((g) => g.name).join("; ")}; ${cost}`;
  const counted = document.gates.length === 0 ? "no gates configured" : `${document.gates.filter((g) => g.status === "passed").length} gate(s) passed`;
  return `PASSED: ${counted}; ${cost}`;
}

// src/app/build-metrics-document.ts
function buildMetricsDocument(parts) {
  const { data, evaluation, latency } = parts;
  const test = { ...evaluation.metrics.test };
  if (latency) {
    test.latency_p50_ms = latency.single.latency_p50_ms;
    test.latency_p95_ms = latency.single.latency_p95_ms;
    test.latency_p99_ms = latency.single.latency_p99_ms;
    test.throughput_per_s = latency.batch.throughput_per_s;
  }
  const gates = parts.gates.map(toOutcome);
  return {
    schema_version: 1,
    stage: "complete",
    name: parts.name,
    task: data.task,
    created_at: parts.createdAt,
    passed: gates.every((g) => g.status !== "failed"),
    metrics: { test, validation: { ...evaluation.metrics.validation } },
    intervals: evaluation.intervals,
    fairness: fairnessSection(evaluation.fairness),
    gates,
    cost: parts.cost,
    data: {
      rows: { train: data.parts.train.table.numRows, validation: data.parts.validation?.table.numRows ?? 0, test: data.parts.test.table.numRows },
      skipped_rows: data.skippedRows,
      features: data.features,
      target: data.target,
      ...data.classes ? { classes: data.classes } : {},
      validation: parts.checks.findings.map((f) => ({ ...f })),
      drift: driftSection(parts.checks)
    },
    model: {
      type: parts.model.engine,
      params: parts.model.params,
      iterations: parts.model.iterations,
      ...evaluation.threshold !== null ? { threshold: evaluation.threshold, threshold_strategy: evaluation.thresholdStrategy } : {},
      path: "model.json"
    },
    ...parts.tuning ? { tuning: parts.tuning } : {},
    ...parts.baseline ? { baseline: { source: parts.baseline.source, rescored: true, metrics: { test: parts.baseline.metrics } } } : {},
    lineage: parts.lineage
  };
}
function toOutcome(gate) {
  const finite = (x) => x === void 0 ? void 0 : Number.isFinite(x) ? x : null;
  return {
    name: gate.name,
    metric: gate.metric,
    ...gate.column !== void 0 ? { column: gate.column } : {},
    split: gate.split,
    status: gate.status,
    value: finite(gate.value) ?? null,
    threshold: finite(gate.threshold) ?? null,
    ...gate.baseline !== void 0 ? { baseline: finite(gate.baseline) } : {},
    ...gate.p_value !== void 0 ? { p_value: finite(gate.p_value) } : {},
    reason: gate.reason
  };
}
function fairnessSection(fairness) {
  return Object.fromEntries(Object.entries(fairness).map(([column, report]) => [column, { ...report }]));
}
function driftSection(checks) {
  const drift = checks.drift;
  if (!drift) return { columns: {} };
  return {
    reference: drift.reference,
    max_psi: drift.max_psi,
    drifted: drift.drifted,
    missing_columns: drift.missing_columns,
    new_columns: drift.new_columns,
    ...drift.label ? { label: drift.label } : {},
    columns: Object.fromEntries(Object.entries(drift.columns).map(([name, column]) => [name, { ...column }]))
  };
}
function maxPsi(checks) {
  if (!checks.drift) return void 0;
  const values = Object.values(checks.drift.columns).map((c) => c.psi).filter(Number.isFinite);
  return values.length > 0 ? Math.max(...values) : void 0;
}

// src/app/check-data.ts
import { dirname, resolve } from "node:path";
var PROFILE_MAX_ROWS = 2e5;
async function checkData(deps, loaded, data, rng) {
  const config = loaded.config.data;
  const findings = validateData(
    data.fullTable,
    {
      schema: config.schema,
      target: config.target,
      task: data.task,
      features: data.features,
      maxMissingFraction: config.validation.max_missing_fraction,
      minRows: config.validation.min_rows,
      maxDuplicateFraction: config.validation.max_duplicate_fraction,
      minClassFraction: config.validation.min_class_fraction,
      leakageThreshold: config.validation.leakage_auc
    },
    { train: data.parts.train.table, test: data.parts.test.table }
  );
  const source = data.fullTable.source ?? config.path ?? config.train ?? "data";
  for (const finding of findings) {
    if (finding.severity === "warn") deps.logger.warning(`${finding.rule}${finding.column ? ` (${finding.column})` : ""}: ${finding.message}`, { file: source, line: finding.lines?.[0] });
  }
  if (hasFailures(findings)) throw new DataValidationError(source, findings);
  const rows = data.fullTable.numRows;
  const profiled = rows > PROFILE_MAX_ROWS ? takeRows(data.fullTable, rng.fork("profile-sample").permutation(rows).subarray(0, PROFILE_MAX_ROWS).sort()) : data.fullTable;
  const profile = { ...profileTable(profiled, { target: config.target }), ...profiled !== data.fullTable ? { sampled_from_rows: rows } : {} };
  let drift;
  if (config.drift.reference) {
    const path = resolve(dirname(loaded.path), config.drift.reference);
    if (await deps.fs.exists(path)) {
      let json;
      try {
        json = JSON.parse(await deps.fs.readText(path));
      } catch (error) {
        throw new DataError(config.drift.reference, { problem: "unsupported_format", message: `the drift reference is not valid JSON (${error.message})`, count: 1 });
      }
      const reference = parseProfile(json, config.drift.reference);
      drift = { ...compareToProfile(reference, profiled, { maxPsi: config.drift.max_psi }), reference: config.drift.reference };
      if (drift.drifted.length > 0) deps.logger.warning(`data drift (PSI > ${config.drift.max_psi}) in: ${drift.drifted.join(", ")}`);
    } else {
      deps.logger.notice(`no drift reference yet at ${config.drift.reference} (a first run); this run writes data-profile.json for the next one`);
    }
  }
  return { findings, drift, profile };
}

// src/app/check-gates.ts
function checkGates(loaded, task) {
  const config = loaded.config;
  const sensitive = config.evaluation.fairness.sensitive_columns ?? config.data.sensitive_columns;
  const problems = checkGateSpecs(config.gates, { task, sensitiveColumns: sensitive.length > 0 ? sensitive : void 0 });
  if (problems.length === 0) return;
  throw new ConfigError(
    problems.map((problem) => {
      const pointer = problem.key ? `/gates/${problem.index}/${problem.key}` : `/gates/${problem.index}`;
      const pos = loaded.locate(pointer);
      return { file: loaded.file, line: pos.line, column: pos.column, pointer, message: problem.message };
    })
  );
}

// src/app/cost-meter.ts
var CostMeter = class {
  constructor(clock, budget, machine, startedAt = clock.now()) {
    this.clock = clock;
    this.budget = budget;
    this.startedAt = startedAt;
    if (machine.hourlyRateUsd !== void 0) {
      this.hourlyRateUsd = machine.hourlyRateUsd;
      this.rateSource = "environment";
    } else if (budget.hourly_rate_usd > 0) {
      this.hourlyRateUsd = budget.hourly_rate_usd;
      this.rateSource = "config";
    } else {
      this.hourlyRateUsd = 0;
      this.rateSource = "default";
    }
  }
  clock;
  budget;
  startedAt;
  hourlyRateUsd;
  rateSource;
  elapsedSeconds() {
    return (this.clock.now() - this.startedAt) / 1e3;
  }
  costUsd(seconds = this.elapsedSeconds()) {
    return seconds * this.hourlyRateUsd / 3600;
  }
  report() {
    const seconds = this.elapsedSeconds();
    return {
      usd: this.costUsd(seconds),
      seconds,
      hourly_rate_usd: this.hourlyRateUsd,
      rate_source: this.rateSource,
      ...this.budget.max_cost_usd !== void 0 ? { max_cost_usd: this.budget.max_cost_usd } : {}
    };
  }
};

// src/app/evaluate-model.ts
var BOOTSTRAP_MAX_ROWS = 2e4;
var BOOTSTRAP_MAX_DRAWS = 4e6;
var MIN_RESAMPLES = 200;
function evaluateModel(request) {
  const { task, model, parts, config } = request;
  const numClasses = request.classes?.length ?? 0;
  const testScores = model.predict(parts.test.encoded.features);
  const validationScores = parts.validation ? model.predict(parts.validation.encoded.features) : void 0;
  const { threshold, strategy } = decideThreshold(task, config, parts.validation, validationScores);
  const costs = config.business;
  const metricsOf = (yTrue, yScore, sampleWeight) => {
    const metrics2 = computeMetrics({ task, yTrue, yScore, threshold: threshold ?? void 0, sampleWeight, numClasses: task === "multiclass" ? numClasses : void 0 });
    if (task === "binary") metrics2.expected_calibration_error = expectedCalibrationError(yTrue, yScore, { nBins: 10 });
    if (task === "binary" && costs && threshold !== null) {
      const business = businessMetrics(yTrue, predictBinary(yScore, threshold), costs, { sampleWeight });
      Object.assign(metrics2, businessEntries(business));
    }
    return metrics2;
  };
  const test = parts.test.encoded;
  const metrics = {
    test: metricsOf(test.label, testScores, test.weight),
    validation: parts.validation && validationScores ? metricsOf(parts.validation.encoded.label, validationScores, parts.validation.encoded.weight) : {}
  };
  const { intervals, resamples } = headlineIntervals(task, test, testScores, metrics.test, request, threshold, numClasses);
  const fairness = task === "regression" ? {} : fairnessOn(parts.test.table, request, testScores, threshold, numClasses);
  return {
    threshold,
    thresholdStrategy: strategy,
    metrics,
    intervals: { test: intervals },
    intervalResamples: resamples,
    fairness,
    curves: curvesOf(task, test.label, testScores, threshold, request.classes),
    testScores
  };
}
function decideThreshold(task, config, validation, scores) {
  if (task !== "binary") return { threshold: null, strategy: task === "multiclass" ? "argmax" : "none" };
  const setting = config.threshold;
  if (typeof setting === "number") return { threshold: setting, strategy: "fixed" };
  if (!validation || !scores) return { threshold: 0.5, strategy: "fixed (no validation part to choose on)" };
  const options = setting === "max_f1" ? { strategy: "max_f1" } : setting === "min_cost" ? { strategy: "min_cost", costs: config.business ?? { false_positive_cost: 1, false_negative_cost: 1 } } : { strategy: "target_recall", targetRecall: setting.recall };
  const choice = chooseThreshold(validation.encoded.label, scores, { ...options, sampleWeight: validation.encoded.weight });
  return { threshold: choice.threshold, strategy: `${choice.strategy} on validation` };
}
function fairnessOn(table, request, scores, threshold, numClasses) {
  const wanted = request.config.fairness.sensitive_columns ?? request.sensitiveColumns;
  if (wanted.length === 0) return {};
  const columns = {};
  for (const name of wanted) {
    const column = getColumn(table, name);
    if (!column) continue;
    columns[name] = Array.from({ length: table.numRows }, (_, i) => cellValue(column, i));
  }
  const labels = request.parts.test.encoded.label;
  const yPred = request.task === "binary" ? predictBinary(scores, threshold ?? 0.5) : argmaxRows(scores, numClasses);
  if (request.task !== "binary") return {};
  return fairnessByColumn({
    yTrue: labels,
    yPred,
    yScore: scores,
    sampleWeight: request.parts.test.encoded.weight,
    minGroupSize: request.config.fairness.min_group_size,
    columns,
    intersections: request.config.fairness.intersections && wanted.length > 1 ? [wanted] : void 0
  });
}
function curvesOf(task, yTrue, scores, threshold, classes) {
  if (task === "regression") return {};
  const numClasses = classes?.length ?? 2;
  const yPred = task === "binary" ? predictBinary(scores, threshold ?? 0.5) : argmaxRows(scores, numClasses);
  const labels = Array.from({ length: numClasses }, (_, i) => i);
  const confusion = { labels: classes ?? labels.map(String), matrix: confusionMatrix(yTrue, yPred, { labels }).matrix };
  if (task !== "binary") return { confusion };
  return {
    roc: rocCurve(yTrue, scores),
    precisionRecall: precisionRecallCurve(yTrue, scores),
    calibration: calibrationCurve(yTrue, scores, { nBins: 10 }),
    confusion
  };
}
function businessEntries(business) {
  return { expected_cost_per_1000: business.expected_cost_per_1000, expected_profit_per_1000: business.expected_profit_per_1000 };
}
function headlineIntervals(task, test, scores, estimates, request, threshold, numClasses) {
  const config = request.config.bootstrap;
  const rows = test.label.length;
  if (config.n_resamples === 0 || rows < 2) return { intervals: {}, resamples: 0 };
  const rng = request.rng.fork("bootstrap");
  const m = Math.min(rows, BOOTSTRAP_MAX_ROWS);
  const picked = m < rows ? rng.fork("subsample").permutation(rows).subarray(0, m).sort() : void 0;
  const take = (values, stride2 = 1) => {
    if (!values || !picked) return values;
    const out = new Float64Array(m * stride2);
    for (let i = 0; i < m; i++) for (let k = 0; k < stride2; k++) out[i * stride2 + k] = values[picked[i] * stride2 + k];
    return out;
  };
  const stride = task === "multiclass" ? numClasses : 1;
  const only = HEADLINE_METRICS[task];
  const resamples = Math.max(MIN_RESAMPLES, Math.min(config.n_resamples, Math.floor(BOOTSTRAP_MAX_DRAWS / m)));
  const computed = bootstrapIntervals(
    (data) => computeMetrics({ task, yTrue: data.yTrue, yScore: data.yScore, threshold: threshold ?? void 0, sampleWeight: data.weight, numClasses: task === "multiclass" ? numClasses : void 0, only }),
    { yTrue: take(test.label), yScore: take(scores, stride), weight: take(test.weight) },
    { rng, nResamples: resamples, confidence: config.confidence, rows: m }
  );
  const scale = Math.sqrt(m / rows);
  const intervals = {};
  for (const [name, interval] of Object.entries(computed)) {
    if (interval.nValid === 0) continue;
    const full = estimates[name] ?? interval.estimate;
    intervals[name] = picked ? [full + (interval.lower - interval.estimate) * scale, full + (interval.upper - interval.estimate) * scale] : [interval.lower, interval.upper];
  }
  return { intervals, resamples };
}

// src/app/load-config.ts
import { createHash } from "node:crypto";
async function loadConfig(fs, path, displayPath) {
  if (!await fs.exists(path)) {
    throw new ConfigError([{ file: displayPath, line: 0, column: 0, pointer: "", message: `config file not found (looked for ${path})` }]);
  }
  const bytes = await fs.readBytes(path);
  const text2 = new TextDecoder("utf-8").decode(bytes);
  const parsed = parseConfig(text2, displayPath);
  return { ...parsed, path, sha256: createHash("sha256").update(bytes).digest("hex") };
}

// src/app/measure-latency.ts
var WARM_UP_CALLS = 20;
var BATCH_REPEATS = 5;
function measureLatency(model, features, clock, options) {
  const available = features.length === 0 ? 0 : features[0].length;
  const rows = Math.min(options.rows, available);
  if (rows === 0) return void 0;
  const row = (i) => features.map((column) => column.subarray(i, i + 1));
  for (let i = 0; i < Math.min(WARM_UP_CALLS, rows); i++) model.predict(row(i));
  const timings = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const input = row(i);
    const start = clock.now();
    model.predict(input);
    timings[i] = clock.now() - start;
  }
  const batchSize = Math.min(options.batchSize, available);
  const batch = features.map((column) => column.subarray(0, batchSize));
  model.predict(batch);
  const batchTimings = new Float64Array(BATCH_REPEATS);
  for (let r = 0; r < BATCH_REPEATS; r++) {
    const start = clock.now();
    model.predict(batch);
    batchTimings[r] = clock.now() - start;
  }
  return { single: latencySummary(timings), batch: latencySummary(batchTimings, { batchSize }) };
}

// src/app/prepare-data.ts
import { dirname as dirname2, isAbsolute as isAbsolute2, relative, resolve as resolve2 } from "node:path";

// src/core/data/encoder.ts
var ENCODER_KINDS = ["standardize_onehot", "codes"];
var FittedEncoder = class {
  constructor(kind, specs) {
    this.kind = kind;
    this.specs = specs;
    this.names = [];
    this.categorical = [];
    for (const spec of specs) {
      if (spec.type === "categorical") {
        if (kind === "codes") this.push(spec.column, true);
        else for (const category of spec.categories) this.push(`${spec.column}=${category}`, false);
      } else {
        this.push(spec.column, false);
        if (kind === "standardize_onehot" && spec.missingIndicator) this.push(`${spec.column}__missing`, false);
      }
    }
  }
  kind;
  specs;
  names;
  categorical;
  /** The raw columns this encoder reads, with the types to load them as at prediction time. */
  get columnTypes() {
    return Object.fromEntries(this.specs.map((s) => [s.column, s.type]));
  }
  transform(table) {
    const features = [];
    const unseen = {};
    for (const spec of this.specs) {
      const column = getColumn(table, spec.column);
      if (!column) {
        throw new DataError(table.source ?? "<data>", { problem: "missing_column", column: spec.column, message: `feature column '${spec.column}' is missing (the model was trained with it)`, count: 1 });
      }
      if (spec.type === "categorical") {
        const codes = categoryCodes(column, spec, table);
        let unknown = 0;
        for (let i = 0; i < codes.length; i++) if (codes[i] === UNSEEN) unknown++;
        if (unknown > 0) unseen[spec.column] = unknown;
        if (this.kind === "codes") features.push(Float64Array.from(codes, (c) => c < 0 ? NaN : c));
        else for (let k = 0; k < spec.categories.length; k++) features.push(Float64Array.from(codes, (c) => c === k ? 1 : 0));
      } else {
        const values = numericValues(column, spec, table);
        if (this.kind === "codes") {
          features.push(values.slice());
          continue;
        }
        const scaled = new Float64Array(values.length);
        for (let i = 0; i < values.length; i++) scaled[i] = Number.isNaN(values[i]) ? 0 : (values[i] - spec.mean) / spec.std;
        features.push(scaled);
        if (spec.missingIndicator) features.push(Float64Array.from(values, (v) => Number.isNaN(v) ? 1 : 0));
      }
    }
    return { features, names: [...this.names], categorical: [...this.categorical], unseen };
  }
  toJSON() {
    return { format: "mltrain-encoder", version: 1, kind: this.kind, features: this.specs };
  }
  push(name, categorical) {
    this.names.push(name);
    this.categorical.push(categorical);
  }
};
var MISSING = -1;
var UNSEEN = -2;
function fitEncoder(table, featureColumns, options) {
  const rows = options.rows ?? Uint32Array.from({ length: table.numRows }, (_, i) => i);
  const maxCategories = options.maxCategories ?? 100;
  const specs = featureColumns.map((name) => {
    const column = getColumn(table, name);
    if (!column) throw new DataError(table.source ?? "<data>", { problem: "missing_column", column: name, message: `feature column '${name}' is not in the data`, count: 1 });
    if (column.type === "categorical") {
      const counts = new Float64Array(column.categories.length);
      for (let i = 0; i < rows.length; i++) if (column.codes[rows[i]] >= 0) counts[column.codes[rows[i]]]++;
      const ranked = column.categories.map((category, code2) => ({ category, count: counts[code2] })).filter((c) => c.count > 0).sort((a, b) => b.count - a.count || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0));
      const kept = options.kind === "standardize_onehot" ? ranked.slice(0, maxCategories) : ranked;
      return { column: name, type: "categorical", categories: kept.map((c) => c.category) };
    }
    let sum = 0;
    let n = 0;
    for (let i = 0; i < rows.length; i++) {
      const v = column.values[rows[i]];
      if (!Number.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    const mean = n > 0 ? sum / n : 0;
    let squares = 0;
    for (let i = 0; i < rows.length; i++) {
      const v = column.values[rows[i]];
      if (!Number.isNaN(v)) squares += (v - mean) * (v - mean);
    }
    const std = n > 0 ? Math.sqrt(squares / n) : 0;
    return { column: name, type: column.type, mean, std: std > 0 && Number.isFinite(std) ? std : 1, missingIndicator: n < rows.length };
  });
  return new FittedEncoder(options.kind, specs);
}
function encoderFromJSON(json) {
  const data = json;
  if (!data || data.format !== "mltrain-encoder" || data.version !== 1 || !ENCODER_KINDS.includes(data.kind) || !Array.isArray(data.features)) {
    throw new Error("internal error: the model file has no valid encoder (format mltrain-encoder, version 1)");
  }
  for (const spec of data.features) {
    const ok = typeof spec.column === "string" && (spec.type === "categorical" ? Array.isArray(spec.categories) && spec.categories.every((c) => typeof c === "string") : ["numeric", "boolean", "datetime"].includes(spec.type) && typeof spec.mean === "number" && typeof spec.std === "number" && typeof spec.missingIndicator === "boolean");
    if (!ok) throw new Error(`internal error: the model file's encoder has an invalid feature ${JSON.stringify(spec).slice(0, 80)}`);
  }
  return new FittedEncoder(data.kind, data.features);
}
function categoryCodes(column, spec, table) {
  const index = new Map(spec.categories.map((c, i) => [c, i]));
  const out = new Int32Array(table.numRows);
  if (column.type === "categorical") {
    const translate = column.categories.map((c) => index.get(c) ?? UNSEEN);
    for (let i = 0; i < out.length; i++) out[i] = column.codes[i] < 0 ? MISSING : translate[column.codes[i]];
    return out;
  }
  for (let i = 0; i < out.length; i++) {
    const v = column.values[i];
    out[i] = Number.isNaN(v) ? MISSING : index.get(column.type === "boolean" ? String(v === 1) : String(v)) ?? UNSEEN;
  }
  return out;
}
function numericValues(column, spec, table) {
  if (column.type !== "categorical") return column.values;
  throw new DataError(table.source ?? "<data>", {
    problem: "type_mismatch",
    column: spec.column,
    message: `feature column '${spec.column}' holds text, but the model was trained on it as ${spec.type} (load it with the encoder's columnTypes)`,
    count: 1
  });
}

// src/app/select-features.ts
function selectFeatures(columns, loaded) {
  const data = loaded.config.data;
  const available = new Set(columns);
  const issues = [];
  const requireColumn = (column, pointer) => {
    if (available.has(column)) return;
    const pos = loaded.locate(pointer);
    const hint = nearestColumns(column, columns);
    issues.push({ file: loaded.file, line: pos.line, column: pos.column, pointer, message: `column '${column}' is not in the data${hint}` });
  };
  requireColumn(data.target, "/data/target");
  data.id_columns.forEach((c, i) => requireColumn(c, `/data/id_columns/${i}`));
  data.sensitive_columns.forEach((c, i) => requireColumn(c, `/data/sensitive_columns/${i}`));
  data.features.include?.forEach((c, i) => requireColumn(c, `/data/features/include/${i}`));
  data.features.exclude?.forEach((c, i) => requireColumn(c, `/data/features/exclude/${i}`));
  if (data.weight_column) requireColumn(data.weight_column, "/data/weight_column");
  if (data.split.group_column) requireColumn(data.split.group_column, "/data/split/group_column");
  if (data.split.time_column) requireColumn(data.split.time_column, "/data/split/time_column");
  if (issues.length > 0) throw new ConfigError(issues);
  const never = /* @__PURE__ */ new Set([data.target, ...data.id_columns, ...data.weight_column ? [data.weight_column] : []]);
  let features;
  if (data.features.include) {
    features = data.features.include.filter((c) => !never.has(c));
  } else {
    const excluded = /* @__PURE__ */ new Set([...never, ...data.sensitive_columns, ...data.features.exclude ?? []]);
    features = columns.filter((c) => !excluded.has(c));
  }
  if (data.features.include && data.features.exclude) {
    const exclude = new Set(data.features.exclude);
    features = features.filter((c) => !exclude.has(c));
  }
  if (features.length === 0) {
    const pos = loaded.locate("/data/features", { key: true });
    throw new ConfigError([{ file: loaded.file, line: pos.line, column: pos.column, pointer: "/data/features", message: "no feature columns are left after the target, ids, weight, sensitive columns and exclusions" }]);
  }
  return features;
}
function nearestColumns(column, columns) {
  const nearest = didYouMean(column, columns);
  if (nearest) return `; did you mean '${nearest}'?`;
  return `; columns: ${columns.slice(0, 12).join(", ")}${columns.length > 12 ? ", ..." : ""}`;
}

// src/app/prepare-data.ts
async function prepareData(deps, loaded, encoding, rng) {
  const config = loaded.config;
  const data = config.data;
  const baseDir = dirname2(loaded.path);
  const load = async (file) => {
    const absolute = resolve2(baseDir, file);
    const result = await deps.data.load(absolute, {
      naValues: data.na_values,
      schema: data.schema,
      onBadRows: data.on_bad_rows,
      source: displayName(absolute, baseDir, file)
    });
    if (result.skippedRows > 0) deps.logger.warning(`${file}: skipped ${result.skippedRows} bad row(s) (data.on_bad_rows: skip)`);
    return result;
  };
  const files = [];
  let fullTable;
  let split;
  const splitOptions = (table, labels) => ({
    numRows: table.numRows,
    method: data.split.method ?? (labels.task === "regression" ? "random" : "stratified"),
    labels: labels.task === "regression" ? void 0 : labels.labels,
    groups: data.split.group_column ? getColumn(table, data.split.group_column) : void 0,
    order: data.split.time_column ? getColumn(table, data.split.time_column) : void 0
  });
  if (data.path !== void 0) {
    const all = await load(data.path);
    files.push(all);
    fullTable = all.table;
    selectFeatures(all.table.columnNames, loaded);
    const labels = encodeTarget(getColumn(all.table, data.target), { task: data.task, positiveClass: data.positive_class, source: all.table.source });
    const explicitValidation = data.validation.path ? await load(data.validation.path) : void 0;
    if (explicitValidation) files.push(explicitValidation);
    const rows = splitRows({
      ...splitOptions(all.table, labels),
      testSize: data.split.test_size,
      validationSize: explicitValidation ? 0 : data.split.validation_size,
      rng: rng.fork("split")
    });
    split = {
      train: takeRows(all.table, rows.train),
      test: takeRows(all.table, rows.test),
      validation: explicitValidation ? explicitValidation.table : rows.validation.length > 0 ? takeRows(all.table, rows.validation) : void 0
    };
  } else {
    const train = await load(data.train);
    files.push(train);
    fullTable = train.table;
    selectFeatures(train.table.columnNames, loaded);
    const labels = encodeTarget(getColumn(train.table, data.target), { task: data.task, positiveClass: data.positive_class, source: train.table.source });
    const test = data.test ? await load(data.test) : void 0;
    const validation = data.validation.path ? await load(data.validation.path) : void 0;
    for (const file of [test, validation]) if (file) files.push(file);
    const rows = splitRows({
      ...splitOptions(train.table, labels),
      testSize: test ? 0 : data.split.test_size,
      validationSize: validation ? 0 : data.split.validation_size,
      rng: rng.fork("split")
    });
    split = {
      train: takeRows(train.table, rows.train),
      test: test ? test.table : takeRows(train.table, rows.test),
      validation: validation ? validation.table : rows.validation.length > 0 ? takeRows(train.table, rows.validation) : void 0
    };
  }
  const features = selectFeatures(split.train.columnNames, loaded);
  const trainTarget = encodeTarget(getColumn(split.train, data.target), { task: data.task, positiveClass: data.positive_class, source: split.train.source });
  const encoder = fitEncoder(split.train, features, { kind: encoding });
  const encodePart = (table, part) => {
    const target = part === "train" ? trainTarget : trainTarget.apply(getColumn(table, data.target), table.source);
    const transformed = encoder.transform(table);
    const weightColumn = data.weight_column ? getColumn(table, data.weight_column) : void 0;
    const weight = weightColumn && weightColumn.type !== "categorical" ? weightColumn.values : void 0;
    return { table, encoded: { features: transformed.features, label: target.labels, weight } };
  };
  const trainPart = encodePart(split.train, "train");
  const transformedNames = encoder.transform(takeRows(split.train, [])).names;
  return {
    fullTable,
    task: trainTarget.task,
    target: data.target,
    classes: trainTarget.classes,
    features,
    featureInfo: { names: transformedNames, categorical: encoder.categorical, categories: featureCategories(encoder) },
    encoder,
    parts: {
      train: trainPart,
      validation: split.validation ? encodePart(split.validation, "validation") : void 0,
      test: encodePart(split.test, "test")
    },
    lineage: files.map((f) => ({ ...f.lineage, path: displayName(f.lineage.path, baseDir, f.lineage.path) })),
    skippedRows: files.reduce((sum, f) => sum + f.skippedRows, 0)
  };
}
function featureCategories(encoder) {
  if (encoder.kind !== "codes") return encoder.names.map(() => null);
  return encoder.specs.map((spec) => spec.type === "categorical" ? spec.categories : null);
}
function displayName(absolute, baseDir, asWritten) {
  if (!isAbsolute2(absolute)) return absolute;
  const rel = relative(baseDir, absolute);
  return rel.startsWith("..") ? asWritten : rel;
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

// src/core/models/mlp-lazy-trainer.ts
function lazyMlpTrainer(runtime) {
  return {
    type: "mlp",
    encoding: "standardize_onehot",
    tasks: TASKS,
    validateParams: (params, task) => readMlpParams(params, task).problems,
    train: async (request) => {
      const { createMlpTrainer } = await import("./mlp-trainer-TEWYJWML.js");
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

// src/app/train-model.ts
function pickTrainer(loaded, task) {
  const { model } = loaded.config;
  const issue = (pointer, message, key = false) => {
    const pos = loaded.locate(pointer, { key });
    return { file: loaded.file, line: pos.line, column: pos.column, pointer, message };
  };
  const trainer = findTrainer(model.type);
  if (!trainer) {
    throw new ConfigError([issue("/model/type", `model type '${model.type}' is not available in this version of mltrain; available: ${availableModelTypes().join(", ")}`)]);
  }
  if (task && !trainer.tasks.includes(task)) {
    throw new ConfigError([issue("/model/type", `model type '${model.type}' trains ${trainer.tasks.join(", ")} tasks, but the task is ${task}`)]);
  }
  const problems = trainer.validateParams(model.params, task ?? trainer.tasks[0]);
  if (problems.length > 0) {
    throw new ConfigError(problems.map((p) => issue(`/model/params/${p.param}`, p.message, true)));
  }
  return trainer;
}

// src/app/command-trainer.ts
import { dirname as dirname3, join as join7 } from "node:path";

// src/core/models/command/split-command.ts
var CommandSyntaxError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "CommandSyntaxError";
  }
};
var BLANKS = /* @__PURE__ */ new Set([" ", "	", "\n", "\r"]);
var DOUBLE_QUOTE_ESCAPES = /* @__PURE__ */ new Set(['"', "\\", "$", "`", "\n"]);
function splitCommandLine(text2) {
  const words = [];
  let word = "";
  let inWord = false;
  let i = 0;
  while (i < text2.length) {
    const ch = text2[i];
    if (BLANKS.has(ch)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
      i++;
    } else if (ch === "'") {
      const end = text2.indexOf("'", i + 1);
      if (end < 0) throw new CommandSyntaxError(`unterminated single quote at character ${i + 1} of: ${text2}`);
      word += text2.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (ch === '"') {
      i++;
      let closed = false;
      while (i < text2.length) {
        const c = text2[i];
        if (c === '"') {
          closed = true;
          i++;
          break;
        }
        if (c === "\\" && i + 1 < text2.length && DOUBLE_QUOTE_ESCAPES.has(text2[i + 1])) {
          if (text2[i + 1] !== "\n") word += text2[i + 1];
          i += 2;
        } else {
          word += c;
          i++;
        }
      }
      if (!closed) throw new CommandSyntaxError(`unterminated double quote in: ${text2}`);
      inWord = true;
    } else if (ch === "\\") {
      if (i + 1 >= text2.length) throw new CommandSyntaxError(`a trailing backslash ends: ${text2}`);
      if (text2[i + 1] !== "\n") {
        word += text2[i + 1];
        inWord = true;
      }
      i += 2;
    } else {
      word += ch;
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(word);
  return words;
}
function commandArgv(command) {
  const argv = typeof command === "string" ? splitCommandLine(command) : [...command];
  if (argv.length === 0 || argv[0] === "") throw new CommandSyntaxError("the command is empty: name a program to run");
  return argv;
}

// src/core/models/command/command-settings.ts
function commandSettingsProblems(model) {
  const problems = [];
  if (model.command === void 0) problems.push({ pointer: "/model/command", message: 'model.type command needs model.command: the training program as an argv array, e.g. ["python", "train.py"]' });
  for (const key of ["command", "predict_command"]) {
    const command = model[key];
    if (command === void 0) continue;
    try {
      commandArgv(command);
    } catch (error) {
      if (!(error instanceof CommandSyntaxError)) throw error;
      problems.push({ pointer: `/model/${key}`, message: error.message });
    }
  }
  if (model.timeout_per_trial !== void 0 && parseDuration(model.timeout_per_trial) === void 0) {
    problems.push({ pointer: "/model/timeout_per_trial", message: `'${model.timeout_per_trial}' is not a duration (e.g. 90s, 30m, 2h)` });
  }
  if (model.output_format === "parquet") problems.push({ pointer: "/model/output_format", message: "output_format parquet is not available yet (mltrain has no Parquet writer); use csv" });
  return problems;
}

// src/core/models/command/protocol.ts
var COMMAND_PROTOCOL_VERSION = 1;
var MLTRAIN_ENV = {
  protocol: "MLTRAIN_PROTOCOL",
  mode: "MLTRAIN_MODE",
  params: "MLTRAIN_PARAMS",
  train: "MLTRAIN_TRAIN",
  validation: "MLTRAIN_VALIDATION",
  test: "MLTRAIN_TEST",
  outputDir: "MLTRAIN_OUTPUT_DIR",
  checkpointDir: "MLTRAIN_CHECKPOINT_DIR",
  modelDir: "MLTRAIN_MODEL_DIR",
  seed: "MLTRAIN_SEED",
  trial: "MLTRAIN_TRIAL",
  target: "MLTRAIN_TARGET",
  task: "MLTRAIN_TASK"
};
var PREDICTION_FILES = {
  validation: "predictions-validation.csv",
  test: "predictions-test.csv"
};
var PROGRESS_PREFIX = "MLTRAIN ";

// src/app/command/command-model.ts
function commandTrainedModel(input) {
  return {
    engine: "command",
    engineVersion: input.codeVersion,
    params: input.params,
    iterations: input.iterations,
    predict(features) {
      const known = input.scores.find((entry) => entry.features === features);
      if (!known) throw new Error("internal error: a command model predicts only the parts its program scored; new rows go through model.predict_command");
      return known.scores;
    },
    toJSON: () => ({ protocol: COMMAND_PROTOCOL_VERSION, command: [...input.argv], model_dir: input.modelDir, code_version: input.codeVersion, params: input.params, iterations: input.iterations })
  };
}

// src/app/command/run-command-trial.ts
import { join as join6, resolve as resolve3 } from "node:path";

// src/app/command/child-environment.ts
var SECRET_VARIABLES = [
  "GITHUB_TOKEN",
  "GH_TOKEN",
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_RUNTIME_URL",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_URL",
  "ACTIONS_RESULTS_URL",
  "ACTIONS_CACHE_URL"
];
var SECRET_PREFIXES = ["INPUT_"];
var PROTOCOL_NAMES = new Set(Object.values(MLTRAIN_ENV));
function isSecretVariable(name) {
  const upper = name.toUpperCase();
  return SECRET_VARIABLES.includes(upper) || SECRET_PREFIXES.some((prefix) => upper.startsWith(prefix));
}
function childEnvironment(parent, fromConfig, protocol) {
  const env = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value === void 0 || isSecretVariable(name) || PROTOCOL_NAMES.has(name)) continue;
    env[name] = value;
  }
  const droppedFromConfig = [];
  for (const [name, value] of Object.entries(fromConfig)) {
    if (isSecretVariable(name)) droppedFromConfig.push(name);
    else env[name] = value;
  }
  return { env: { ...env, ...protocol }, droppedFromConfig };
}

// src/app/command/command-data-files.ts
import { join as join2 } from "node:path";

// src/core/models/command/table-csv.ts
function* tableToCsv(table, columnNames, rowsPerChunk = 4096) {
  const columns = columnNames.map((name) => {
    const column = table.columns.find((c) => c.name === name);
    if (!column) throw new Error(`internal error: the table has no column '${name}'`);
    return column;
  });
  const formatters = columns.map(cellFormatter);
  yield `${columnNames.map(quoteField).join(",")}
`;
  for (let start = 0; start < table.numRows; start += rowsPerChunk) {
    const end = Math.min(table.numRows, start + rowsPerChunk);
    const lines = [];
    for (let row = start; row < end; row++) {
      let line = "";
      for (let j = 0; j < formatters.length; j++) line += (j === 0 ? "" : ",") + formatters[j](row);
      lines.push(line);
    }
    yield `${lines.join("\n")}
`;
  }
}
function cellFormatter(column) {
  switch (column.type) {
    case "categorical": {
      const quoted = column.categories.map(quoteField);
      return (row) => column.codes[row] < 0 ? "" : quoted[column.codes[row]];
    }
    case "numeric":
      return (row) => {
        const v = column.values[row];
        return Number.isNaN(v) ? "" : Object.is(v, -0) ? "0" : String(v);
      };
    case "boolean":
      return (row) => {
        const v = column.values[row];
        return Number.isNaN(v) ? "" : v === 1 ? "true" : "false";
      };
    case "datetime":
      return (row) => {
        const v = column.values[row];
        return Number.isNaN(v) ? "" : new Date(v).toISOString();
      };
  }
}
function quoteField(text2) {
  if (/[",\r\n]/.test(text2) || text2 !== text2.trim()) return `"${text2.replaceAll('"', '""')}"`;
  return text2;
}

// src/app/command/command-data-files.ts
var written = /* @__PURE__ */ new WeakMap();
async function writeCommandData(fs, request) {
  await fs.makeDirectory(request.directory);
  const files = { train: null, validation: null, test: null };
  const writes = [];
  for (const part of ["train", "validation", "test"]) {
    const table = request.parts[part];
    if (!table) continue;
    const names = partColumns(request, part);
    const path = join2(request.directory, `${part}.csv`);
    files[part] = path;
    writes.push(writeOnce(fs, table, path, names));
  }
  await Promise.all(writes);
  const reference = request.parts.train ?? request.parts.test ?? request.parts.validation;
  const columns = reference ? partColumns(request, "train").flatMap((name) => {
    const column = reference.columns.find((c) => c.name === name);
    return column ? [{ name, type: column.type }] : [];
  }) : [];
  return { files, columns };
}
function partColumns(request, part) {
  const names = [...request.features];
  if (request.weightColumn && !names.includes(request.weightColumn)) names.push(request.weightColumn);
  if (part !== "test" && !names.includes(request.target)) names.push(request.target);
  return part === "test" ? names.filter((name) => name !== request.target) : names;
}
async function writeOnce(fs, table, path, names) {
  const key = `${path}\0${names.join("\0")}`;
  let byPath = written.get(table);
  if (!byPath) {
    byPath = /* @__PURE__ */ new Map();
    written.set(table, byPath);
  }
  const earlier = byPath.get(key);
  if (earlier && await earlier.then(() => fs.exists(path), () => false)) return;
  const writing = fs.writeText(path, [...tableToCsv(table, names)].join(""));
  byPath.set(key, writing);
  try {
    await writing;
  } catch (error) {
    byPath.delete(key);
    throw error;
  }
}

// src/app/command/params-document.ts
import { join as join3 } from "node:path";
function paramsDocument(input) {
  return {
    protocol: COMMAND_PROTOCOL_VERSION,
    mode: input.mode,
    params: input.params,
    seed: input.seed,
    trial: input.trialNumber,
    task: input.task,
    target: input.target,
    classes: input.classes,
    positive_class: input.task === "binary" && input.classes ? input.classes[1] : null,
    features: [...input.features],
    weight_column: input.weightColumn,
    columns: input.data.columns,
    metric: input.metric?.name ?? null,
    direction: input.metric?.direction ?? null,
    format: "csv",
    files: input.data.files,
    output_dir: input.outputDir,
    checkpoint_dir: input.checkpointDir,
    model_dir: input.modelDir,
    predictions: { validation: join3(input.outputDir, PREDICTION_FILES.validation), test: join3(input.outputDir, PREDICTION_FILES.test) }
  };
}
function protocolVariables(document, paramsPath) {
  const vars = {
    [MLTRAIN_ENV.protocol]: String(document.protocol),
    [MLTRAIN_ENV.mode]: document.mode,
    [MLTRAIN_ENV.params]: paramsPath,
    [MLTRAIN_ENV.outputDir]: document.output_dir,
    [MLTRAIN_ENV.seed]: String(document.seed),
    [MLTRAIN_ENV.trial]: String(document.trial),
    [MLTRAIN_ENV.target]: document.target,
    [MLTRAIN_ENV.task]: document.task
  };
  if (document.files.train) vars[MLTRAIN_ENV.train] = document.files.train;
  if (document.files.validation) vars[MLTRAIN_ENV.validation] = document.files.validation;
  if (document.files.test) vars[MLTRAIN_ENV.test] = document.files.test;
  if (document.checkpoint_dir) vars[MLTRAIN_ENV.checkpointDir] = document.checkpoint_dir;
  if (document.model_dir) vars[MLTRAIN_ENV.modelDir] = document.model_dir;
  return vars;
}

// src/app/command/program-failure.ts
function exitFailure(outcome, argv, timeoutSeconds, graceMs) {
  const { exit } = outcome;
  if (exit.startError) {
    const hint = exit.startError.code === "ENOENT" ? " (not found: is it installed and on the PATH, or is working_directory right?)" : exit.startError.code === "EACCES" ? " (not executable)" : "";
    return { failure: "not_runnable", reason: `cannot start '${argv[0]}'${hint}: ${exit.startError.message}` };
  }
  if (exit.stoppedBy === "timeout") {
    const limit = timeoutSeconds === void 0 ? "its time limit" : `timeout_per_trial (${formatDuration(timeoutSeconds)})`;
    return { failure: "timeout", reason: `ran past ${limit}: stopped with SIGTERM${exit.killed ? `, then SIGKILL after ${formatDuration(graceMs / 1e3)}` : ""}` };
  }
  if (outcome.earlyStop !== null) return null;
  if (exit.signal !== null) return { failure: "signal", reason: `'${argv[0]}' was ended by ${exit.signal}` };
  if (exit.code !== 0) return { failure: "exit_code", reason: `'${argv[0]}' exited with status ${exit.code}` };
  return null;
}
function failureDetails(reason, stderrTail) {
  if (stderrTail.length === 0) return reason;
  return `${reason}
last ${stderrTail.length} line(s) of stderr:
${stderrTail.map((line) => `  ${line}`).join("\n")}`;
}

// src/app/command/read-predictions.ts
import { join as join4 } from "node:path";

// src/core/models/command/prediction-file.ts
var ROW_SUM_TOLERANCE = 1e-3;
var PROBABILITY_SLACK = 1e-9;
function parsePredictions(text2, expect) {
  let table;
  try {
    table = parseCsv(text2, { source: expect.source, naValues: ["", "NA", "NaN", "nan", "null", "None"] }).table;
  } catch (error) {
    return fail(expect, `cannot be read as CSV: ${error.message}`);
  }
  const order = columnOrder(table, expect);
  if (typeof order === "string") return fail(expect, order);
  if (table.numRows !== expect.rows) return fail(expect, `has ${table.numRows} row(s), expected ${expect.rows} (one per input row, same order)`);
  const columns = order.map((index) => table.columns[index]);
  for (const column of columns) {
    if (column.type === "categorical") return fail(expect, `column '${column.name}' holds text ('${column.categories[0] ?? ""}'), expected numbers`);
  }
  const values = columns.map((c) => c.values);
  for (let j = 0; j < values.length; j++) {
    const bad = values[j].findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) return fail(expect, `row ${bad + 1} (line ${bad + 2}) of column '${columns[j].name}' is missing, NaN or infinite`);
  }
  if (expect.task === "regression") return { ok: true, scores: Float64Array.from(values[0]) };
  const k = values.length;
  const scores = new Float64Array(expect.task === "binary" ? expect.rows : expect.rows * k);
  for (let row = 0; row < expect.rows; row++) {
    let sum = 0;
    for (let j = 0; j < k; j++) {
      const p = values[j][row];
      if (p < -PROBABILITY_SLACK || p > 1 + PROBABILITY_SLACK) return fail(expect, `row ${row + 1} (line ${row + 2}) of column '${columns[j].name}' is ${p}, not a probability in [0, 1]`);
      sum += p;
      if (expect.task === "multiclass") scores[row * k + j] = Math.min(1, Math.max(0, p));
    }
    if (Math.abs(sum - 1) > ROW_SUM_TOLERANCE) return fail(expect, `row ${row + 1} (line ${row + 2}) sums to ${sum}, expected class probabilities summing to 1`);
    if (expect.task === "binary") scores[row] = Math.min(1, Math.max(0, values[1][row]));
  }
  return { ok: true, scores };
}
function columnOrder(table, expect) {
  const header = table.columnNames;
  const wanted = expect.classes === null ? ["prediction"] : expect.classes.map((_, i) => `p${i}`);
  const alternatives = [wanted];
  if (expect.classes !== null) alternatives.push([...expect.classes]);
  for (const names of alternatives) {
    if (header.length !== names.length) continue;
    const indices = names.map((name) => header.indexOf(name));
    if (indices.every((i) => i >= 0) && new Set(indices).size === names.length) return indices;
  }
  const expected = expect.classes === null ? "one column 'prediction'" : `one column per class named ${wanted.join(", ")} or ${expect.classes.map((c) => `'${c}'`).join(", ")}`;
  return `has columns ${header.map((h) => `'${h}'`).join(", ") || "(none)"}, expected ${expected}`;
}
function fail(expect, message) {
  return { ok: false, reason: `${expect.source} ${message}` };
}

// src/app/command/read-predictions.ts
async function readPredictions(fs, outputDir, part, expect) {
  const path = join4(outputDir, PREDICTION_FILES[part]);
  if (!await fs.exists(path)) return { ok: false, reason: `the program wrote no ${PREDICTION_FILES[part]} into MLTRAIN_OUTPUT_DIR (${outputDir})` };
  return parsePredictions(await fs.readText(path), { ...expect, source: PREDICTION_FILES[part] });
}

// src/core/models/command/progress-line.ts
function parseProgressLine(line) {
  const text2 = line.trimEnd();
  if (!text2.startsWith(PROGRESS_PREFIX)) return { kind: "output" };
  let body;
  try {
    body = JSON.parse(text2.slice(PROGRESS_PREFIX.length));
  } catch {
    return { kind: "invalid", reason: `not JSON after '${PROGRESS_PREFIX.trim()}': ${text2.slice(0, 200)}` };
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) return { kind: "invalid", reason: `expected {"step": n, "value": x}, got ${text2.slice(PROGRESS_PREFIX.length, 200)}` };
  const { step, value } = body;
  if (typeof step !== "number" || !Number.isInteger(step) || step < 0) return { kind: "invalid", reason: `"step" must be a non-negative integer, got ${JSON.stringify(step)}` };
  if (typeof value !== "number" || !Number.isFinite(value)) return { kind: "invalid", reason: `"value" must be a finite number, got ${JSON.stringify(value)}` };
  return { kind: "report", report: { step, value } };
}

// src/app/command/run-program.ts
var MAX_TAIL_LINE_CHARS = 500;
async function runProgram(runner, request) {
  const reports = [];
  const stderrTail = [];
  let earlyStop = null;
  const handle = {};
  const stop = (cause) => {
    if (earlyStop !== null) return;
    earlyStop = cause;
    handle.stop?.();
  };
  const onLine = (stream) => (line) => {
    if (stream === "stderr") {
      stderrTail.push(line.length > MAX_TAIL_LINE_CHARS ? `${line.slice(0, MAX_TAIL_LINE_CHARS)}...` : line);
      if (stderrTail.length > request.tailLines) stderrTail.shift();
    }
    const parsed = parseProgressLine(line);
    if (parsed.kind === "output") return request.onOutput(line, stream);
    if (parsed.kind === "invalid") return request.onInvalidReport(parsed.reason);
    if (earlyStop !== null) return;
    reports.push(parsed.report);
    if (request.onReport?.(parsed.report) === "stop") stop("pruned");
  };
  if (request.signal?.aborted) {
    const exit = { code: null, signal: null, stoppedBy: "request", killed: false, durationMs: 0 };
    return { exit, reports, earlyStop: "aborted", stderrTail };
  }
  const onAbort = () => stop("aborted");
  request.signal?.addEventListener("abort", onAbort, { once: true });
  const running = runner.start({
    argv: request.argv,
    cwd: request.cwd,
    env: request.env,
    timeoutMs: request.timeoutMs,
    graceMs: request.graceMs,
    onStdoutLine: onLine("stdout"),
    onStderrLine: onLine("stderr")
  });
  handle.stop = () => running.stop();
  if (earlyStop !== null) running.stop();
  try {
    const exit = await running.exited;
    return { exit, reports, earlyStop, stderrTail };
  } finally {
    request.signal?.removeEventListener("abort", onAbort);
  }
}

// src/app/command/trial-folders.ts
import { join as join5 } from "node:path";
var TRIAL_PREFIX = "trial-";
var CHECKPOINTS = "checkpoints";
var DATA = "data";
function trialFolder(root, trialNumber) {
  return join5(root, trialFolderName(trialNumber));
}
function checkpointFolder(root, trialNumber) {
  return join5(root, CHECKPOINTS, trialFolderName(trialNumber));
}
function dataFolder(root) {
  return join5(root, DATA);
}
function trialFolderName(trialNumber) {
  return `${TRIAL_PREFIX}${String(trialNumber).padStart(4, "0")}`;
}
async function keepBestTrial(folders, root, bestTrialNumber) {
  const keep = trialFolderName(bestTrialNumber);
  for (const name of await folders.listDirectory(root)) {
    if (name.startsWith(TRIAL_PREFIX) && name !== keep) await folders.removeDirectory(join5(root, name));
  }
  const checkpoints = join5(root, CHECKPOINTS);
  for (const name of await folders.listDirectory(checkpoints)) {
    if (name !== keep) await folders.removeDirectory(join5(checkpoints, name));
  }
  await folders.removeDirectory(dataFolder(root));
  return join5(root, keep, "output");
}

// src/app/command/run-command-trial.ts
var DEFAULT_GRACE_MS = 1e4;
var STDERR_TAIL_LINES = 20;
async function runCommandTrial(deps, input) {
  if (input.model.command === void 0) throw new Error("internal error: runCommandTrial needs model.command (checked with the config)");
  const argv = commandArgv(input.model.command);
  const graceMs = input.graceMs ?? DEFAULT_GRACE_MS;
  const timeoutSeconds = input.model.timeout_per_trial === void 0 ? void 0 : parseDuration(input.model.timeout_per_trial);
  const trialDir = trialFolder(input.root, input.trialNumber);
  const outputDir = join6(trialDir, "output");
  const checkpointDir = checkpointFolder(input.root, input.trialNumber);
  const weightColumn = input.weightColumn ?? null;
  const data = await writeCommandData(deps.fs, { parts: input.parts, target: input.target, features: input.features, weightColumn, directory: dataFolder(input.root) });
  await deps.folders.removeDirectory(trialDir);
  await deps.fs.makeDirectory(outputDir);
  await deps.fs.makeDirectory(checkpointDir);
  const document = paramsDocument({ mode: "train", params: input.params, seed: input.seed, trialNumber: input.trialNumber, task: input.task, target: input.target, classes: input.classes, features: input.features, weightColumn, metric: input.metric ?? null, data, outputDir, checkpointDir, modelDir: null });
  const paramsPath = join6(trialDir, "params.json");
  await deps.fs.writeText(paramsPath, `${JSON.stringify(document, null, 2)}
`);
  const environment = childEnvironment(deps.environment, input.model.env, protocolVariables(document, paramsPath));
  if (environment.droppedFromConfig.length > 0) deps.logger.warning(`model.env: ${environment.droppedFromConfig.join(", ")} not passed to the program (secrets stay out)`);
  const label = `trial ${input.trialNumber}`;
  let invalidReports = 0;
  const outcome = await runProgram(deps.runner, {
    argv,
    cwd: resolve3(input.configDirectory, input.model.working_directory ?? "."),
    env: environment.env,
    timeoutMs: timeoutSeconds === void 0 ? void 0 : timeoutSeconds * 1e3,
    graceMs,
    onReport: input.onReport,
    signal: input.signal,
    onOutput: input.onOutput ?? ((line) => deps.logger.debug(`[${label}] ${line}`)),
    onInvalidReport: (reason) => {
      if (invalidReports++ === 0) deps.logger.warning(`${label}: ignored a progress line (${reason})`);
    },
    tailLines: STDERR_TAIL_LINES
  });
  const base = {
    trialDir,
    outputDir,
    checkpointDir,
    argv,
    reports: outcome.reports,
    iterations: outcome.reports.reduce((max, r) => Math.max(max, r.step), 0),
    exitCode: outcome.exit.code,
    signal: outcome.exit.signal,
    durationMs: outcome.exit.durationMs,
    stderrTail: outcome.stderrTail,
    validationScores: null,
    testScores: null
  };
  const failed = (failure, reason) => ({ ...base, status: "failed", failure, reason, details: failureDetails(reason, outcome.stderrTail) });
  const exitProblem = exitFailure(outcome, argv, timeoutSeconds, graceMs);
  if (exitProblem) return failed(exitProblem.failure, exitProblem.reason);
  if (outcome.earlyStop !== null) {
    const last = outcome.reports.at(-1);
    const reason = outcome.earlyStop === "pruned" ? `pruned at step ${last?.step ?? 0}` : "stopped by the budget or a cancelled study";
    return { ...base, status: outcome.earlyStop, failure: null, reason, details: reason };
  }
  let validationScores = null;
  if (input.parts.validation) {
    const read = await readPredictions(deps.fs, outputDir, "validation", { task: input.task, classes: input.classes, rows: input.parts.validation.numRows });
    if (!read.ok) return failed("bad_predictions", read.reason);
    validationScores = read.scores;
  }
  const test = await readPredictions(deps.fs, outputDir, "test", { task: input.task, classes: input.classes, rows: input.parts.test.numRows });
  if (!test.ok) return failed("bad_predictions", test.reason);
  return { ...base, status: "complete", failure: null, reason: null, details: null, validationScores, testScores: test.scores };
}

// src/app/command-trainer.ts
function checkCommandSettings(loaded) {
  const problems = commandSettingsProblems(loaded.config.model);
  if (problems.length === 0) return;
  throw new ConfigError(
    problems.map((p) => {
      const pos = loaded.locate(p.pointer);
      return { file: loaded.file, line: pos.line, column: pos.column, pointer: p.pointer, message: p.message };
    })
  );
}
function createCommandTrainer(deps, context) {
  const { loaded, data } = context;
  const root = join7(context.outputDir, "command");
  let nextTrial = 0;
  return {
    type: "command",
    encoding: "codes",
    tasks: ["binary", "multiclass", "regression"],
    validateParams: () => [],
    async train(request) {
      const trialNumber = request.trialNumber ?? nextTrial++;
      const result = await runCommandTrial(deps, {
        model: loaded.config.model,
        configDirectory: dirname3(loaded.path),
        parts: { train: data.parts.train.table, validation: data.parts.validation?.table, test: data.parts.test.table },
        target: data.target,
        features: data.features,
        weightColumn: loaded.config.data.weight_column,
        task: data.task,
        classes: data.classes,
        params: request.params,
        seed: request.seed,
        trialNumber,
        metric: context.metric,
        root,
        signal: request.signal,
        onReport: ({ step, value }) => request.onIteration?.({ iteration: step, validationLoss: value }) ?? "continue"
      });
      if (result.failure === "not_runnable") throw new EnvironmentError(`the training command cannot run: ${result.reason ?? ""}`);
      if (result.status === "failed" || !result.testScores) throw new Error(result.details ?? result.reason ?? "the training command failed");
      const scores = [{ features: data.parts.test.encoded.features, scores: result.testScores }];
      if (data.parts.validation && result.validationScores) scores.push({ features: data.parts.validation.encoded.features, scores: result.validationScores });
      return commandTrainedModel({ argv: result.argv, params: request.params, iterations: result.iterations, modelDir: result.outputDir, codeVersion: context.codeVersion, scores });
    },
    load() {
      throw new Error("a command model is scored through model.predict_command, not loaded in-process");
    },
    keepBest: (trialNumber) => keepBestTrial(deps.folders, root, trialNumber)
  };
}

// src/app/resolve-trainer.ts
async function resolveTrainer(deps, loaded, data, outputDir) {
  const config = loaded.config;
  if (config.model.type === "command") {
    if (!deps.command) throw new EnvironmentError("model type command needs a process runner, which this environment does not provide");
    if (config.tuning?.cv_folds) {
      const pos = loaded.locate("/tuning/cv_folds");
      throw new ConfigError([{ file: loaded.file, line: pos.line, column: pos.column, pointer: "/tuning/cv_folds", message: "cv_folds is not supported with model type command: the program trains on the train part and is judged on the validation part" }]);
    }
    const chosen = config.tuning ? tuningMetric(config.tuning, data.task) : void 0;
    const command = createCommandTrainer(
      { ...deps.command, fs: deps.fs, logger: deps.logger },
      { loaded, data, outputDir, codeVersion: await deps.repository.commit() ?? "unknown (not a git checkout)", metric: chosen ? { name: chosen.metric, direction: chosen.direction } : void 0 }
    );
    return { trainer: command, backend: "cpu", command };
  }
  const trainer = pickTrainer(loaded, data.task);
  if (config.model.type === "mlp" && deps.prepareNeuralBackend) {
    const prepared = await deps.prepareNeuralBackend(config.model.compute.backend);
    for (const note of prepared.notes) deps.logger.warning(note);
    const backend = `${prepared.runtime.backend} (${prepared.runtime.device})`;
    deps.logger.info(`neural network backend: ${backend}`);
    return { trainer: lazyMlpTrainer(prepared.runtime), backend };
  }
  return { trainer, backend: "cpu" };
}

// src/app/phase-timer.ts
var PhaseTimer = class {
  constructor(clock) {
    this.clock = clock;
  }
  clock;
  seconds = {};
  current;
  /** Ends the running phase (if any) and starts `name`. */
  start(name) {
    this.stop();
    this.current = { name, startedAt: this.clock.now() };
  }
  stop() {
    if (!this.current) return;
    const elapsed = (this.clock.now() - this.current.startedAt) / 1e3;
    this.seconds[this.current.name] = (this.seconds[this.current.name] ?? 0) + elapsed;
    this.current = void 0;
  }
  report() {
    return { ...this.seconds };
  }
};

// src/app/checkpoint-store.ts
import { createHash as createHash2 } from "node:crypto";
import { join as join8 } from "node:path";
async function checkpointFor(deps, loaded, data, outputDir) {
  const every = loaded.config.model.checkpoint_every;
  if (!every) return { flush: async () => {
  } };
  const path = join8(outputDir, "checkpoint.json");
  const fingerprint = createHash2("sha256").update(loaded.sha256).update(data.lineage.map((d) => d.sha256).join(",")).digest("hex");
  let resumeFrom;
  if (await deps.fs.exists(path)) {
    try {
      const saved = JSON.parse(await deps.fs.readText(path));
      if (saved.fingerprint === fingerprint) {
        resumeFrom = saved.state;
        deps.logger.info(`resuming training from ${path}`);
      } else {
        deps.logger.notice(`${path} belongs to another config or other data: training starts afresh`);
      }
    } catch {
      deps.logger.warning(`${path} is unreadable (a torn write?): training starts afresh`);
    }
  }
  await deps.fs.makeDirectory(outputDir);
  let writes = Promise.resolve();
  return {
    option: {
      every,
      resumeFrom,
      save: (state) => {
        const text2 = JSON.stringify({ fingerprint, state });
        writes = writes.then(() => deps.fs.writeText(path, text2));
        return writes;
      }
    },
    flush: () => writes
  };
}

// src/app/rescore-baseline.ts
async function rescoreBaseline(deps, name, data, evaluation) {
  const found = deps.baselineModel ? await deps.baselineModel(name) : null;
  if (!found) {
    deps.logger.notice("no baseline model (first run, or none committed on the base branch): baseline gates are skipped");
    return void 0;
  }
  try {
    const file = readModelFile(found.json, found.source);
    if (file.task !== data.task) throw new Error(`it is a ${file.task} model and today's task is ${data.task}`);
    if (JSON.stringify(file.target.classes) !== JSON.stringify(data.classes)) {
      throw new Error(`its classes ${JSON.stringify(file.target.classes)} differ from today's ${JSON.stringify(data.classes)}`);
    }
    const trainer = findTrainer(file.engine.type);
    if (!trainer) throw new Error(`its engine '${file.engine.type}' is not available in this version`);
    const model = trainer.load(file.engine.model);
    const encoder = encoderFromJSON(file.encoder);
    const test = data.parts.test;
    const scores = model.predict(encoder.transform(test.table).features);
    const numClasses = data.classes?.length;
    const metrics = computeMetrics({ task: data.task, yTrue: test.encoded.label, yScore: scores, threshold: file.threshold ?? void 0, sampleWeight: test.encoded.weight, numClasses: data.task === "multiclass" ? numClasses : void 0 });
    deps.logger.info(`baseline ${found.source} re-scored on today's ${test.table.numRows} test rows`);
    return {
      source: found.source,
      metrics,
      subject: { metrics: { test: metrics } },
      paired: {
        task: data.task,
        yTrue: test.encoded.label,
        candidateScore: evaluation.testScores,
        baselineScore: scores,
        threshold: evaluation.threshold ?? void 0,
        baselineThreshold: file.threshold ?? void 0,
        numClasses: data.task === "multiclass" ? numClasses : void 0,
        sampleWeight: test.encoded.weight
      }
    };
  } catch (error) {
    deps.logger.warning(`the baseline model ${found.source} cannot be re-scored on today's data (${error.message}): baseline gates are skipped`);
    return void 0;
  }
}

// src/app/build-report-data.ts
function buildReportData(input) {
  const { loaded, model, evaluation, checks, tuning } = input;
  const config = loaded.config;
  return {
    description: config.description || void 0,
    modelCard: config.model_card,
    curves: evaluation.curves,
    featureImportance: model.featureImportance?.(input.data.featureInfo.names),
    ...tuning ? {
      optimizationHistory: tuning.history.map((h) => ({ number: h.number, state: h.state, value: h.value, bestValue: h.bestValue, costUsd: h.costUsd ?? null, durationMs: h.durationMs ?? null })),
      direction: tuning.direction,
      paramImportances: tuning.importances
    } : {},
    confidence: config.evaluation.bootstrap.confidence,
    profile: profileSummary(checks.profile)
  };
}
function profileSummary(profile) {
  const columns = profile.columns.map((column) => {
    const missingFraction = profile.rows > 0 ? column.missing / profile.rows : 0;
    if (column.type === "categorical") {
      const top = Object.entries(column.frequencies).slice(0, 5).map(([value, count]) => ({ value, fraction: profile.rows > 0 ? count / profile.rows : 0 }));
      return { name: column.name, type: column.type, missingFraction, distinct: column.distinct, top };
    }
    return { name: column.name, type: column.type, missingFraction, mean: column.mean ?? void 0, std: column.std ?? void 0, min: column.min ?? void 0, max: column.max ?? void 0 };
  });
  return { rows: profile.rows, columns, ...profile.label ? { labelDistribution: profile.label.fractions } : {} };
}

// src/app/write-run-files.ts
import { join as join9 } from "node:path";

// src/core/report/predictions-csv.ts
function predictionsCsv(task, scores, classes, threshold) {
  const lines = [];
  if (task === "regression") {
    lines.push("prediction");
    for (const s of scores) lines.push(String(s));
  } else if (task === "binary") {
    const [negative, positive] = classes ?? ["0", "1"];
    lines.push("probability,prediction");
    const cut = threshold ?? 0.5;
    for (const s of scores) lines.push(`${s},${csvCell(s > cut ? positive : negative)}`);
  } else {
    const names = classes ?? [];
    const k = names.length;
    lines.push([...names.map((c) => csvCell(`p_${c}`)), "prediction"].join(","));
    for (let i = 0; i < scores.length / k; i++) {
      const row = Array.from(scores.subarray(i * k, (i + 1) * k));
      let best = 0;
      for (let c = 1; c < k; c++) if (row[c] > row[best]) best = c;
      lines.push([...row.map(String), csvCell(names[best])].join(","));
    }
  }
  return `${lines.join("\n")}
`;
}
function csvCell(text2) {
  return /[",\n\r]/.test(text2) ? `"${text2.replace(/"/g, '""')}"` : text2;
}

// src/core/report/metric-rows.ts
var DEFAULT_ALPHA = 0.05;
var DEFAULT_CONFIDENCE = 0.95;
function headlineRows(document, data, split = "test") {
  const values = document.metrics[split];
  const names = HEADLINE_METRICS[document.task].filter((m) => m in values);
  const intervals = data.intervals ?? document.intervals ?? {};
  const baseValues = data.baseline?.document.metrics[split];
  const alpha = data.alpha ?? DEFAULT_ALPHA;
  return names.map((metric) => {
    const head = finiteOrNull(values[metric]);
    const base = baseValues === void 0 ? void 0 : finiteOrNull(baseValues[metric]);
    const comparison = split === "test" ? data.comparisons?.[metric] : void 0;
    const change = comparison?.difference ?? (head !== null && base !== void 0 && base !== null ? head - base : null);
    const lowerIsBetter = isLowerBetterMetric(metric);
    const row = { metric, head, change, flag: changeFlag(comparison, lowerIsBetter, alpha), lowerIsBetter };
    if (base !== void 0) row.base = base;
    const interval = intervals[split]?.[metric];
    if (interval && Number.isFinite(interval[0]) && Number.isFinite(interval[1])) row.headInterval = [interval[0], interval[1]];
    if (comparison) row.comparison = comparison;
    return row;
  });
}
function changeFlag(comparison, lowerIsBetter, alpha = DEFAULT_ALPHA) {
  if (!comparison) return "untested";
  let significant;
  if (comparison.p_value !== void 0 && Number.isFinite(comparison.p_value)) significant = comparison.p_value < alpha;
  else if (comparison.interval) significant = comparison.interval[0] > 0 || comparison.interval[1] < 0;
  else return "untested";
  if (!significant) return "not_significant";
  const improved = lowerIsBetter ? comparison.difference < 0 : comparison.difference > 0;
  return improved ? "better" : "worse";
}
function improves(row) {
  if (row.change === null || row.change === 0) return null;
  return row.lowerIsBetter ? row.change < 0 : row.change > 0;
}
function finiteOrNull(value) {
  return value === null || value === void 0 || !Number.isFinite(value) ? null : value;
}

// src/core/report/escape.ts
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text2) {
  return text2.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}
function markdownText(text2) {
  return text2.replace(/[&<>]/g, (c) => HTML_ENTITIES[c]).replace(/\r?\n/g, " ");
}
function markdownCode(text2) {
  const flat = text2.replace(/\r?\n/g, " ");
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat.length === 0 ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
function commentSafe(text2) {
  return text2.replace(/[<>\r\n]/g, "_");
}

// src/core/report/format-values.ts
function formatUsd(value) {
  if (value === null || value === void 0 || !Number.isFinite(value)) return "n/a";
  return `$${value.toFixed(Math.abs(value) >= 10 ? 2 : 4)}`;
}
function formatDuration2(seconds) {
  if (seconds === null || seconds === void 0 || !Number.isFinite(seconds)) return "n/a";
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  if (whole < 3600) return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, "0")} s`;
  return `${Math.floor(whole / 3600)} h ${String(Math.floor(whole % 3600 / 60)).padStart(2, "0")} min`;
}
function formatSigned(value, digits = 4) {
  if (value === null || value === void 0 || !Number.isFinite(value)) return "n/a";
  const text2 = value.toFixed(digits);
  if (/^-0\.?0*$/.test(text2)) return text2.slice(1);
  return value > 0 && !/^0\.?0*$/.test(text2) ? `+${text2}` : text2;
}
function formatInterval(interval, digits = 4) {
  if (!interval) return "";
  return `[${formatNumber(interval[0], digits)}, ${formatNumber(interval[1], digits)}]`;
}
function formatPercent(value, digits = 1) {
  if (value === null || value === void 0 || !Number.isFinite(value)) return "n/a";
  return `${(value * 100).toFixed(digits)}%`;
}
function formatParam(value) {
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
  if (typeof value === "string") return value;
  return JSON.stringify(value) ?? String(value);
}

// src/core/report/drift-summary.ts
var DEFAULT_MAX_PSI = 0.2;
function driftRows(document, data) {
  const limit = document.data.drift.max_psi ?? DEFAULT_MAX_PSI;
  const columns = document.data.drift.columns;
  const psiByColumn = {};
  if (data.drift) Object.assign(psiByColumn, data.drift);
  else for (const [column, stats] of Object.entries(columns)) if (typeof stats.psi === "number") psiByColumn[column] = stats.psi;
  return Object.entries(psiByColumn).filter(([, psi]) => Number.isFinite(psi)).map(([column, psi]) => {
    const recorded = columns[column]?.drifted;
    return { column, psi, drifted: typeof recorded === "boolean" ? recorded : psi > limit };
  }).sort((a, b) => b.psi - a.psi || a.column.localeCompare(b.column));
}
function driftLimit(document) {
  return document.data.drift.max_psi ?? DEFAULT_MAX_PSI;
}

// src/core/report/fairness-summary.ts
function fairnessSummary(document, baseline) {
  return Object.entries(document.fairness).map(([column, section2]) => {
    const baseSection = baseline?.fairness[column];
    const metrics = FAIRNESS_METRICS.filter((m) => m in section2).map((metric) => {
      const row = { metric, head: numberOrNull(section2[metric]) };
      if (baseline) row.base = baseSection ? numberOrNull(baseSection[metric]) : null;
      return row;
    });
    return { column, metrics, groups: readGroups(section2.by_group) };
  });
}
function readGroups(raw2) {
  if (!Array.isArray(raw2)) return [];
  return raw2.filter((g) => typeof g === "object" && g !== null).map((g) => ({
    group: g.group === null || g.group === void 0 ? "(missing)" : String(g.group),
    size: numberOrNull(g.size),
    selection_rate: numberOrNull(g.selection_rate),
    tpr: numberOrNull(g.tpr),
    fpr: numberOrNull(g.fpr),
    accuracy: numberOrNull(g.accuracy),
    auc: numberOrNull(g.auc),
    small: g.small === true
  }));
}
function numberOrNull(value) {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

// src/core/report/sparkline.ts
var SPARK_BLOCKS = ["\u2581", "\u2582", "\u2583", "\u2584", "\u2585", "\u2586", "\u2587", "\u2588"];
function sparkline(values, width = 48) {
  const buckets = bucketLast(values, width);
  const finite = buckets.filter((v) => v !== null && Number.isFinite(v));
  if (finite.length === 0) return "";
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  return buckets.map((v) => {
    if (v === null || !Number.isFinite(v)) return " ";
    const level = high === low ? SPARK_BLOCKS.length - 1 : Math.round((v - low) / (high - low) * (SPARK_BLOCKS.length - 1));
    return SPARK_BLOCKS[level];
  }).join("");
}
function bucketLast(values, width) {
  if (values.length <= width) return [...values];
  const out = [];
  for (let b = 0; b < width; b++) {
    const end = Math.floor((b + 1) * values.length / width);
    const start = Math.floor(b * values.length / width);
    let last = null;
    for (let i = start; i < end; i++) if (values[i] !== null) last = values[i];
    out.push(last);
  }
  return out;
}

// src/core/report/tuning-summary.ts
function tuningSummary(document, data) {
  const tuning = document.tuning;
  const history = data.optimizationHistory ?? readHistory(tuning?.history);
  if (!tuning && history.length === 0) return null;
  const trials = numberOr(tuning?.trials, null) ?? history.length;
  const direction = data.direction ?? (tuning?.direction === "maximize" || tuning?.direction === "minimize" ? tuning.direction : null);
  return {
    trials,
    completed: numberOr(tuning?.completed, countState(history, "complete")),
    pruned: numberOr(tuning?.pruned, countState(history, "pruned")),
    failed: numberOr(tuning?.failed, countState(history, "fail")),
    bestValue: numberOr(tuning?.best_value, null),
    bestParams: isRecord(tuning?.best_params) ? tuning.best_params : {},
    stopReason: typeof tuning?.stop_reason === "string" ? tuning.stop_reason : null,
    metric: typeof tuning?.metric === "string" ? tuning.metric : null,
    direction,
    history
  };
}
function readHistory(raw2) {
  if (!Array.isArray(raw2)) return [];
  const out = [];
  for (const item of raw2) {
    if (!isRecord(item) || typeof item.number !== "number") continue;
    const state = TRIAL_STATES.includes(item.state) ? item.state : "complete";
    out.push({
      number: item.number,
      state,
      value: numberOr(item.value, null),
      bestValue: numberOr(item.bestValue ?? item.best_value, null),
      costUsd: numberOr(item.costUsd ?? item.cost_usd, null),
      durationMs: numberOr(item.durationMs ?? item.duration_ms, null)
    });
  }
  return out;
}
function countState(history, state) {
  return history.length === 0 ? null : history.filter((h) => h.state === state).length;
}
function numberOr(value, fallback) {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/core/report/markdown-sections.ts
var STATUS_ICONS = { passed: "\u2705", failed: "\u274C", skipped: "\u23ED\uFE0F" };
var FLAG_TEXT = {
  better: "\u{1F7E2} significantly better",
  worse: "\u{1F534} significantly worse",
  not_significant: "not significant",
  untested: ""
};
function headlineMarkdown(rows, data) {
  const hasBase = data.baseline !== void 0;
  const hasHeadInterval = rows.some((r) => r.headInterval);
  const hasChangeInterval = rows.some((r) => r.comparison?.interval);
  const hasFlag = rows.some((r) => r.flag !== "untested");
  const level = `${Math.round((data.confidence ?? DEFAULT_CONFIDENCE) * 100)}%`;
  const header = ["metric", ...hasBase ? ["base", "head", "change"] : ["value"], ...hasHeadInterval ? [`${level} interval`] : []];
  if (hasChangeInterval) header.push(`${level} interval of change`);
  if (hasFlag) header.push("significance");
  const body = rows.map((r) => {
    const cells = [markdownCode(r.metric) + (r.lowerIsBetter ? " \u2193" : "")];
    if (hasBase) cells.push(formatNumber(r.base), formatNumber(r.head), formatSigned(r.change));
    else cells.push(formatNumber(r.head));
    if (hasHeadInterval) cells.push(formatInterval(r.headInterval));
    if (hasChangeInterval) cells.push(formatInterval(r.comparison?.interval));
    if (hasFlag) cells.push(flagText(r));
    return cells;
  });
  const align = header.map((h, i) => i === 0 || h === "significance" ? "left" : "right");
  return markdownTable({ header, rows: body }, align);
}
function flagText(row) {
  const text2 = FLAG_TEXT[row.flag];
  const p = row.comparison?.p_value;
  const test = row.comparison?.test ? `, ${row.comparison.test}` : "";
  return p !== void 0 && text2 ? `${text2} (p = ${formatP(p)}${test})` : text2;
}
function formatP(p) {
  return p < 1e-3 ? p.toExponential(1) : p.toFixed(3);
}
function gatesMarkdown(document, maxReason = Infinity) {
  if (document.gates.length === 0) return "_No gates configured._";
  const hasBaseline = document.gates.some((g) => g.baseline !== void 0 && g.baseline !== null);
  const hasP = document.gates.some((g) => g.p_value !== void 0 && g.p_value !== null);
  const header = ["", "gate", "value", "threshold", ...hasBaseline ? ["baseline"] : [], ...hasP ? ["p"] : [], "reason"];
  const rows = document.gates.map((g) => [
    `${STATUS_ICONS[g.status]} ${g.status}`,
    markdownText(g.name) + (g.column ? ` (${markdownCode(g.column)})` : ""),
    formatNumber(g.value),
    formatNumber(g.threshold),
    ...hasBaseline ? [g.baseline === null || g.baseline === void 0 ? "" : formatNumber(g.baseline)] : [],
    ...hasP ? [g.p_value === null || g.p_value === void 0 ? "" : formatP(g.p_value)] : [],
    markdownText(g.reason.length > maxReason ? `${g.reason.slice(0, maxReason - 1)}\u2026` : g.reason)
  ]);
  return markdownTable({ header, rows });
}
function fairnessSection2(document, data) {
  const columns = fairnessSummary(document, data.baseline?.document);
  if (columns.length === 0) return null;
  const lines = [];
  const hasBase = data.baseline !== void 0;
  for (const column of columns) {
    lines.push(`**${markdownCode(column.column)}**`, "");
    lines.push(
      markdownTable(
        {
          header: ["metric", ...hasBase ? ["base", "head", "change"] : ["value"]],
          rows: column.metrics.map((m) => [
            markdownCode(m.metric),
            ...hasBase ? [formatNumber(m.base), formatNumber(m.head), formatSigned(m.head !== null && m.base !== null && m.base !== void 0 ? m.head - m.base : null)] : [formatNumber(m.head)]
          ])
        },
        ["left", "right", "right", "right"]
      ),
      ""
    );
    if (column.groups.length > 0) {
      lines.push(
        markdownTable(
          {
            header: ["group", "rows", "selection rate", "TPR", "FPR", "accuracy", "AUC"],
            rows: column.groups.map((g) => [
              markdownText(g.group) + (g.small ? " \u26A0\uFE0F small" : ""),
              g.size === null ? "n/a" : String(g.size),
              formatNumber(g.selection_rate),
              formatNumber(g.tpr),
              formatNumber(g.fpr),
              formatNumber(g.accuracy),
              formatNumber(g.auc)
            ])
          },
          ["left", "right", "right", "right", "right", "right", "right"]
        ),
        ""
      );
    }
  }
  return { summary: `Fairness (${columns.length} sensitive column${columns.length === 1 ? "" : "s"})`, lines };
}
function costSection(document, data) {
  const base = data.baseline?.document.cost;
  const tuning = tuningSummary(document, data);
  const rows = [];
  const row = (label, head, baseText, change) => rows.push(base ? [label, baseText ?? "", head, change ?? ""] : [label, head]);
  row("cost (USD)", formatUsd(document.cost.usd), base && formatUsd(base.usd), base && signedUsd(document.cost.usd - base.usd));
  row("wall time", formatDuration2(document.cost.seconds), base && formatDuration2(base.seconds), base && signedDuration(document.cost.seconds - base.seconds));
  row("hourly rate", `${formatUsd(document.cost.hourly_rate_usd)}/h (${document.cost.rate_source})`, base && `${formatUsd(base.hourly_rate_usd)}/h`);
  if (document.cost.max_cost_usd !== void 0) row("budget", `${formatUsd(document.cost.max_cost_usd)} (${formatPercent(document.cost.usd / document.cost.max_cost_usd)} used)`);
  if (tuning && tuning.trials > 0) row("HPO cost per trial", `${formatUsd(perTrialCost(document, tuning.history, tuning.trials))} over ${tuning.trials} trials`);
  const header = base ? ["", "base", "head", "change"] : ["", "value"];
  return { summary: `Cost and time: ${formatUsd(document.cost.usd)}, ${formatDuration2(document.cost.seconds)}`, lines: [markdownTable({ header, rows })] };
}
function perTrialCost(document, history, trials) {
  const costs = history.map((h) => h.costUsd).filter((c) => typeof c === "number" && Number.isFinite(c));
  if (costs.length > 0) return costs.reduce((a, b) => a + b, 0) / costs.length;
  return document.cost.usd / trials;
}
function signedUsd(usd) {
  return `${usd >= 0 ? "+" : "-"}${formatUsd(Math.abs(usd))}`;
}
function signedDuration(seconds) {
  return `${seconds >= 0 ? "+" : "-"}${formatDuration2(Math.abs(seconds))}`;
}
function dataSection(document, data) {
  const drift = driftRows(document, data);
  const findings = document.data.validation.filter((f) => f.severity !== "pass");
  if (drift.length === 0 && findings.length === 0) return null;
  const drifted = drift.filter((d) => d.drifted).length;
  const lines = [];
  if (findings.length > 0) {
    lines.push(
      markdownTable({
        header: ["severity", "rule", "column", "finding"],
        rows: findings.map((f) => [f.severity === "fail" ? "\u274C fail" : "\u26A0\uFE0F warn", markdownCode(f.rule), f.column ? markdownCode(f.column) : "", markdownText(f.message)])
      }),
      ""
    );
  }
  if (drift.length > 0) {
    const reference = document.data.drift.reference ? ` against ${markdownCode(document.data.drift.reference)}` : "";
    lines.push(`PSI per column${reference} (drifted above ${driftLimit(document)}):`, "");
    lines.push(markdownTable({ header: ["column", "PSI", ""], rows: drift.map((d) => [markdownCode(d.column), formatNumber(d.psi), d.drifted ? "\u26A0\uFE0F drifted" : ""]) }, ["left", "right", "left"]));
  }
  const parts = [drift.length > 0 ? `${drifted} of ${drift.length} columns drifted` : "", findings.length > 0 ? `${findings.length} validation finding${findings.length === 1 ? "" : "s"}` : ""];
  return { summary: `Data: ${parts.filter(Boolean).join(", ")}`, lines };
}
function tuningSection(document, data) {
  const tuning = tuningSummary(document, data);
  if (!tuning) return null;
  const lines = [];
  const counts = [`${tuning.trials} trials`, tuning.completed !== null ? `${tuning.completed} complete` : "", tuning.pruned !== null ? `${tuning.pruned} pruned` : "", tuning.failed ? `${tuning.failed} failed` : ""];
  lines.push(`${counts.filter(Boolean).join(", ")}${tuning.stopReason ? `; stopped: ${markdownText(tuning.stopReason)}` : ""}.`, "");
  if (tuning.bestValue !== null) lines.push(`Best ${tuning.metric ? markdownCode(tuning.metric) : "value"}: **${formatNumber(tuning.bestValue)}**`, "");
  if (tuning.history.length > 1) {
    lines.push("Best so far by trial:", "", "```text", `${sparkline(tuning.history.map((h) => h.bestValue))}  ${historyRange(tuning.history)}`, "```", "");
  }
  const params = Object.entries(tuning.bestParams);
  if (params.length > 0) {
    const importances = data.paramImportances ?? {};
    const hasImportance = params.some(([name]) => name in importances);
    lines.push(
      markdownTable({
        header: ["parameter", "best value", ...hasImportance ? ["importance"] : []],
        rows: params.map(([name, value]) => [markdownCode(name), markdownCode(formatParam(value)), ...hasImportance ? [formatPercent(importances[name])] : []])
      })
    );
  }
  return { summary: `Tuning: ${tuning.trials} trials, ${tuning.pruned ?? 0} pruned`, lines };
}
function historyRange(history) {
  const values = history.map((h) => h.bestValue).filter((v) => v !== null);
  if (values.length === 0) return "";
  return `${formatNumber(values[0])} \u2192 ${formatNumber(values[values.length - 1])} (trials 0-${history.length - 1})`;
}
function lineageSection(document, data) {
  const l = document.lineage;
  const base = data.baseline?.document.lineage;
  const short = (sha) => sha ? markdownCode(sha.slice(0, 12)) : "n/a";
  const versus = (head, before) => {
    if (!base) return "";
    if (!before) return " (new)";
    return head === before ? " (unchanged)" : ` (base ${short(before)})`;
  };
  const engine = `${markdownText(l.engine)} ${markdownText(l.engine_version)}, backend ${markdownText(l.backend)}`;
  const baseEngine = base ? `${markdownText(base.engine)} ${markdownText(base.engine_version)}, backend ${markdownText(base.backend)}` : engine;
  const rows = [
    ...l.data.map((d) => [
      `data ${markdownCode(d.path)}`,
      `sha256 ${short(d.sha256)}${versus(d.sha256, base?.data.find((b) => b.path === d.path)?.sha256)}, ${d.rows} rows \xD7 ${d.columns} columns`
    ]),
    ["config sha256", short(l.config_sha256) + versus(l.config_sha256, base?.config_sha256)],
    ["commit", short(l.git_commit) + (base ? ` (base ${short(base.git_commit)})` : "")],
    ["engine", engine + (baseEngine !== engine ? ` (base ${baseEngine})` : "")],
    ["model", `${markdownText(document.model.type)}, ${document.model.iterations} iterations${document.model.threshold !== void 0 ? `, threshold ${formatNumber(document.model.threshold)}` : ""}`],
    ["seed", String(l.seed)],
    ["mltrain", markdownText(l.mltrain_version)]
  ];
  return { summary: "Lineage", lines: [markdownTable({ header: ["", ""], rows })] };
}

// src/core/report/pr-comment.ts
var MAX_COMMENT_LENGTH = 65536;
function commentMarker(name) {
  return `<!-- mltrain:${commentSafe(name)} -->`;
}
function renderPrComment(document, data, options = {}) {
  const maxLength = options.maxLength ?? MAX_COMMENT_LENGTH;
  let head = requiredPart(document, data, Infinity);
  const sections = [fairnessSection2(document, data), costSection(document, data), dataSection(document, data), tuningSection(document, data), lineageSection(document, data)].filter(
    (s) => s !== null
  );
  const full = `${head}${sections.map(renderDetails).join("")}${footer(data, false)}`;
  if (full.length <= maxLength) return full;
  let cutFooter = footer(data, true);
  if (head.length + cutFooter.length > maxLength) cutFooter = truncationNote(data);
  if (head.length + cutFooter.length > maxLength) head = requiredPart(document, data, CLIPPED_REASON_LENGTH);
  let budget = maxLength - head.length - cutFooter.length;
  let body = "";
  for (const section2 of sections) {
    const rendered = renderDetails(section2);
    if (rendered.length <= budget) {
      body += rendered;
      budget -= rendered.length;
      continue;
    }
    const partial = truncatedDetails(section2, budget);
    if (partial) body += partial;
    break;
  }
  return `${head}${body}${cutFooter}`;
}
var CLIPPED_REASON_LENGTH = 160;
function requiredPart(document, data, maxReason) {
  return [
    commentMarker(document.name),
    `## ${document.passed ? "\u2705" : "\u274C"} mltrain: ${markdownCode(document.name)}`,
    "",
    `**${markdownText(verdictLine(document))}**`,
    "",
    baselineNote(data.baseline),
    "",
    `### Headline metrics (test)`,
    "",
    headlineMarkdown(headlineRows(document, data), data),
    "",
    "### Gates",
    "",
    gatesMarkdown(document, maxReason),
    "",
    ""
  ].join("\n");
}
function baselineNote(baseline) {
  if (!baseline) return "_No baseline: the base branch has no model or metrics for this config yet, so values are absolute._";
  const ref = baseline.ref ? ` on ${markdownCode(baseline.ref)}` : "";
  const commit = baseline.document.lineage.git_commit ? ` (commit ${markdownCode(baseline.document.lineage.git_commit.slice(0, 12))})` : "";
  if (baseline.source === "rescored") return `Baseline: the model${ref}${commit} re-scored on this run's test rows.`;
  const where = baseline.path ? ` in ${markdownCode(baseline.path)}` : "";
  return `Baseline: the metrics committed${ref}${where}${commit}, measured ${baseline.document.created_at.slice(0, 10)} on the data of that day, not on this run's test rows.`;
}
function renderDetails(section2) {
  return `<details><summary>${markdownText(section2.summary)}</summary>

${section2.lines.join("\n")}

</details>

`;
}
function truncatedDetails(section2, budget) {
  const all = section2.lines.flatMap((l) => l.split("\n"));
  const summary = `${section2.summary} (truncated)`;
  const trailer = (kept2) => `

_\u2026 ${all.length - kept2} more line(s) in the full report._`;
  let used = renderDetails({ summary, lines: [trailer(0)] }).length;
  if (used > budget) return null;
  let kept = 0;
  while (kept < all.length && used + all[kept].length + 1 <= budget) used += all[kept++].length + 1;
  return renderDetails({ summary, lines: [all.slice(0, kept).join("\n") + trailer(kept)] });
}
function footer(data, truncated) {
  const links = [data.runUrl ? `[Workflow run](${data.runUrl})` : "", data.artifactUrl ? `[Full report (artifact)](${data.artifactUrl})` : ""].filter(Boolean);
  const lines = [];
  if (truncated) lines.push(truncationNote(data));
  if (links.length > 0) lines.push(links.join(" \xB7 "), "");
  lines.push("<sub>Posted by mltrain; this comment is updated in place on every run.</sub>\n");
  return lines.join("\n");
}
function truncationNote(data) {
  const where = data.artifactUrl ? `the [full report](${data.artifactUrl})` : "the report artifact";
  return `> [!NOTE]
> Details were cut to fit GitHub's ${MAX_COMMENT_LENGTH.toLocaleString("en-US")}-character comment limit; see ${where}.
`;
}

// src/core/report/model-card-front-matter.ts
var import_yaml = __toESM(require_dist(), 1);
var HF_TASK_TYPES = {
  binary: "tabular-classification",
  multiclass: "tabular-classification",
  regression: "tabular-regression"
};
var TASK_NAMES = { binary: "Binary classification", multiclass: "Multiclass classification", regression: "Regression" };
function modelCardFrontMatter(document, data) {
  const rows = headlineRows(document, data, "test").filter((r) => r.head !== null);
  const datasets2 = document.lineage.data.map((d) => d.path);
  const metadata = {};
  if (data.modelCard?.license) metadata.license = data.modelCard.license;
  metadata.library_name = "mltrain";
  metadata.tags = ["mltrain", HF_TASK_TYPES[document.task], document.task, document.model.type];
  if (datasets2.length > 0) metadata.datasets = datasets2;
  metadata.metrics = rows.map((r) => r.metric);
  metadata["model-index"] = [
    {
      name: document.name,
      results: [
        {
          task: { type: HF_TASK_TYPES[document.task], name: TASK_NAMES[document.task] },
          dataset: { type: "tabular", name: datasets2[0] ?? document.name, split: "test" },
          metrics: rows.map((r) => ({ type: r.metric, value: r.head, name: `${r.metric} (test)` }))
        }
      ]
    }
  ];
  return `---
${(0, import_yaml.stringify)(metadata, { lineWidth: 0 })}---`;
}

// src/core/report/model-card-markdown.ts
function renderModelCardMarkdown(document, data) {
  const own = { ...data, baseline: void 0, comparisons: void 0 };
  const parts = [
    modelCardFrontMatter(document, own),
    `# Model card: ${markdownText(document.name)}`,
    data.description ? markdownText(data.description) : "",
    "## Model details",
    detailsTable(document, own),
    "## Intended use",
    data.modelCard?.intended_use ? markdownText(data.modelCard.intended_use) : "_Not stated (`model_card.intended_use` in the config)._",
    "## Training and evaluation data",
    dataMarkdown(document, own),
    "## Metrics",
    metricsMarkdown(document, own),
    "## Fairness",
    sectionBody(fairnessSection2(document, own)) || "_No sensitive columns were evaluated._",
    "## Limitations",
    bullets(data.modelCard?.limitations, "_None stated (`model_card.limitations`)._"),
    "## Ethical considerations",
    bullets(data.modelCard?.ethical_considerations, "_None stated (`model_card.ethical_considerations`)._"),
    "## Hyperparameters",
    hyperparametersMarkdown(document, own),
    "## Training cost and time",
    sectionBody(costSection(document, own)),
    "## Lineage",
    sectionBody(lineageSection(document, own)),
    "## Gates",
    `${markdownText(verdictLine(document))}

${gatesMarkdown(document)}`
  ];
  return `${parts.filter((p) => p !== "").join("\n\n")}
`;
}
function detailsTable(document, data) {
  const l = document.lineage;
  const owners = data.modelCard?.owners ?? [];
  const rows = [
    ["name", markdownCode(document.name)],
    ["version", l.git_commit ? `commit ${markdownCode(l.git_commit)}` : "uncommitted working tree"],
    ["trained", document.created_at],
    ["task", `${document.task}${document.data.classes ? ` (classes ${document.data.classes.map(markdownCode).join(", ")})` : ""}`],
    ["model", `${markdownText(document.model.type)} on ${markdownText(l.engine)} ${markdownText(l.engine_version)} (backend ${markdownText(l.backend)})`],
    ["owners", owners.length > 0 ? owners.map(markdownText).join(", ") : "n/a"],
    ["license", data.modelCard?.license ? markdownText(data.modelCard.license) : "n/a"],
    ["model file", markdownCode(document.model.path)],
    ["trained by", `mltrain ${markdownText(l.mltrain_version)}`]
  ];
  if (document.model.threshold !== void 0) rows.push(["decision threshold", formatNumber(document.model.threshold)]);
  return markdownTable({ header: ["", ""], rows });
}
function dataMarkdown(document, data) {
  const d = document.data;
  const lines = [
    `Target ${markdownCode(d.target)}; ${d.rows.train} training, ${d.rows.validation} validation and ${d.rows.test} test rows${d.skipped_rows > 0 ? ` (${d.skipped_rows} bad rows skipped)` : ""}; ${d.features.length} features: ${d.features.map(markdownCode).join(", ")}.`,
    "",
    markdownTable(
      { header: ["file", "sha256", "rows", "columns"], rows: document.lineage.data.map((f) => [markdownCode(f.path), markdownCode(f.sha256), String(f.rows), String(f.columns)]) },
      ["left", "left", "right", "right"]
    )
  ];
  if (data.profile) lines.push("", `Profile of ${data.profile.rows} rows:`, "", profileTable2(data));
  if (data.profile?.labelDistribution) {
    const shares = Object.entries(data.profile.labelDistribution).map(([label, share]) => `${markdownCode(label)} ${formatPercent(share)}`);
    lines.push("", `Label distribution: ${shares.join(", ")}.`);
  }
  const findings = sectionBody(dataSection(document, data));
  if (findings) lines.push("", findings);
  return lines.join("\n");
}
function profileTable2(data) {
  const columns = data.profile?.columns ?? [];
  return markdownTable(
    {
      header: ["column", "type", "missing", "distinct", "mean", "std", "min", "max", "most frequent"],
      rows: columns.map((c) => [
        markdownCode(c.name),
        markdownText(c.type),
        formatPercent(c.missingFraction),
        c.distinct === void 0 ? "" : String(c.distinct),
        optional(c.mean),
        optional(c.std),
        optional(c.min),
        optional(c.max),
        (c.top ?? []).map((t) => `${markdownText(t.value)} (${formatPercent(t.fraction)})`).join(", ")
      ])
    },
    ["left", "left", "right", "right", "right", "right", "right", "right", "left"]
  );
}
function metricsMarkdown(document, data) {
  const test = headlineRows(document, data, "test");
  const validation = new Map(headlineRows(document, data, "validation").map((r) => [r.metric, r]));
  const level = `${Math.round((data.confidence ?? DEFAULT_CONFIDENCE) * 100)}%`;
  const table = markdownTable(
    {
      header: ["metric", "test", `${level} interval`, "validation"],
      rows: test.map((r) => [markdownCode(r.metric), formatNumber(r.head), formatInterval(r.headInterval), formatNumber(validation.get(r.metric)?.head)])
    },
    ["left", "right", "right", "right"]
  );
  const shown = new Set(test.map((r) => r.metric));
  const others = Object.entries(document.metrics.test).filter(([name]) => !shown.has(name));
  const note = "Intervals are seeded bootstrap percentile intervals on the test rows.";
  if (others.length === 0) return `${table}

${note}`;
  const more2 = markdownTable({ header: ["other test metric", "value"], rows: others.map(([name, value]) => [markdownCode(name), formatNumber(value)]) }, ["left", "right"]);
  return `${table}

${note}

${more2}`;
}
function hyperparametersMarkdown(document, data) {
  const params = Object.entries(document.model.params);
  const lines = [`${markdownText(document.model.type)}, ${document.model.iterations} iterations.`];
  if (params.length > 0) lines.push("", markdownTable({ header: ["parameter", "value"], rows: params.map(([k, v]) => [markdownCode(k), markdownCode(formatParam(v))]) }));
  const tuning = tuningSummary(document, data);
  if (tuning) {
    const best = tuning.bestValue === null ? "" : `; best ${tuning.metric ? markdownCode(tuning.metric) : "value"} ${formatNumber(tuning.bestValue)}`;
    lines.push("", `Tuned over ${tuning.trials} trials (${tuning.pruned ?? 0} pruned, ${tuning.failed ?? 0} failed)${best}${tuning.stopReason ? `; stopped: ${markdownText(tuning.stopReason)}` : ""}.`);
  }
  return lines.join("\n");
}
function sectionBody(section2) {
  return section2 ? section2.lines.join("\n").trim() : "";
}
function bullets(items, empty) {
  return items && items.length > 0 ? items.map((i) => `- ${markdownText(i)}`).join("\n") : empty;
}
function optional(value) {
  return value === void 0 ? "" : formatNumber(value, 2);
}

// src/core/report/mct-card.ts
var MCT_SCHEMA_VERSION = "0.0.2";

// src/core/report/model-card-json.ts
var GROUP_RATES = ["selection_rate", "tpr", "fpr", "accuracy", "auc"];
function buildModelCardJson(document, data) {
  const own = { ...data, baseline: void 0, comparisons: void 0 };
  const card = data.modelCard;
  const lineage = document.lineage;
  const details = {
    name: document.name,
    overview: data.description || `${document.task} ${document.model.type} model trained by mltrain`,
    documentation: documentation(document, own),
    owners: (card?.owners ?? []).map(owner),
    version: { name: lineage.git_commit ?? document.created_at, date: document.created_at.slice(0, 10) },
    path: document.model.path
  };
  if (data.baseline) details.version = { ...details.version, diff: versionDiff(document, data) };
  if (card?.license) details.licenses = [{ identifier: card.license }];
  const references = [data.runUrl, data.artifactUrl].filter((u) => typeof u === "string" && isAbsoluteUrl(u));
  if (references.length > 0) details.references = references.map((reference) => ({ reference }));
  const considerations = {};
  if (card?.intended_use) considerations.use_cases = [{ description: card.intended_use }];
  if (card?.limitations.length) considerations.limitations = card.limitations.map((description) => ({ description }));
  if (card?.ethical_considerations.length) considerations.ethical_considerations = card.ethical_considerations.map((name) => ({ name }));
  if (document.model.threshold !== void 0) {
    considerations.tradeoffs = [{ description: `Decisions use a probability threshold of ${formatNumber(document.model.threshold)}: a lower one raises recall at the cost of precision.` }];
  }
  return {
    schema_version: MCT_SCHEMA_VERSION,
    model_details: details,
    model_parameters: {
      model_architecture: `${document.model.type} (${lineage.engine} ${lineage.engine_version}, backend ${lineage.backend}), ${document.model.iterations} iterations`,
      data: datasets(document),
      input_format: `A table with the feature columns ${document.data.features.join(", ")}`,
      input_format_map: document.data.features.map((key) => ({ key, value: "feature" })),
      output_format: outputFormat(document)
    },
    quantitative_analysis: { performance_metrics: performanceMetrics(document, own) },
    considerations
  };
}
function performanceMetrics(document, data) {
  const metrics = [];
  for (const split of ["test", "validation"]) {
    for (const row of headlineRows(document, data, split)) {
      if (row.head === null) continue;
      const metric = { type: row.metric, value: String(row.head), slice: split };
      if (row.headInterval) metric.confidence_interval = { lower_bound: String(row.headInterval[0]), upper_bound: String(row.headInterval[1]) };
      metrics.push(metric);
    }
  }
  for (const column of fairnessSummary(document)) {
    for (const m of column.metrics) if (m.head !== null) metrics.push({ type: m.metric, value: String(m.head), slice: column.column });
    for (const group of column.groups) {
      for (const rate of GROUP_RATES) {
        const value = group[rate];
        if (value !== null) metrics.push({ type: rate, value: String(value), slice: `${column.column}=${group.group}` });
      }
    }
  }
  metrics.push({ type: "cost_usd", value: String(document.cost.usd), slice: "training run" });
  metrics.push({ type: "duration_s", value: String(document.cost.seconds), slice: "training run" });
  return metrics;
}
function datasets(document) {
  const rows = document.data.rows;
  const sensitive = Object.keys(document.fairness);
  return document.lineage.data.map((file) => {
    const dataset = {
      name: file.path,
      description: `sha256 ${file.sha256}; ${file.rows} rows x ${file.columns} columns; split into ${rows.train} training, ${rows.validation} validation and ${rows.test} test rows; target ${document.data.target}`
    };
    if (sensitive.length > 0) dataset.sensitive = { sensitive_data: sensitive };
    return dataset;
  });
}
function outputFormat(document) {
  const classes = document.data.classes;
  if (document.task === "binary") return `Probability of class ${classes?.[1] ?? "1"} and the predicted label`;
  if (document.task === "multiclass") return `One probability per class (${(classes ?? []).join(", ")}) and the predicted label`;
  return `A number: the predicted ${document.data.target}`;
}
function documentation(document, data) {
  const l = document.lineage;
  const lines = [
    `Trained by mltrain ${l.mltrain_version} on ${document.created_at}; seed ${l.seed}; config sha256 ${l.config_sha256}; commit ${l.git_commit ?? "n/a"}.`,
    `Training cost ${formatUsd(document.cost.usd)} over ${formatDuration2(document.cost.seconds)} at ${formatUsd(document.cost.hourly_rate_usd)}/h (${document.cost.rate_source}).`,
    `Hyperparameters: ${Object.entries(document.model.params).map(([k, v]) => `${k}=${formatParam(v)}`).join(", ") || "defaults"}.`
  ];
  const tuning = tuningSummary(document, data);
  if (tuning) lines.push(`Tuned over ${tuning.trials} trials (${tuning.pruned ?? 0} pruned, ${tuning.failed ?? 0} failed); best value ${formatNumber(tuning.bestValue)}.`);
  const gates = document.gates.map((g) => `${g.name}: ${g.status} (${g.reason})`);
  lines.push(gates.length > 0 ? `Gates: ${gates.join("; ")}.` : "Gates: none configured.");
  lines.push(`Verdict: ${document.passed ? "passed" : "failed"}.`);
  return lines.join("\n");
}
function versionDiff(document, data) {
  const baseline = data.baseline;
  if (!baseline) return "";
  const changes = headlineRows(document, data, "test").filter((r) => r.change !== null).map((r) => `${r.metric} ${formatNumber(r.base)} -> ${formatNumber(r.head)}`);
  const commit = baseline.document.lineage.git_commit ?? "unknown commit";
  return `Against the base model (${commit}, ${baseline.source}): ${changes.join(", ")}.`;
}
function owner(text2) {
  const match = /^(.*?)\s*<([^>]+)>\s*$/.exec(text2);
  return match ? { name: match[1], contact: match[2] } : { name: text2 };
}
function isAbsoluteUrl(text2) {
  return /^https?:\/\/[^\s]+$/.test(text2);
}

// src/core/report/charts/theme.ts
var CHART_THEME = {
  width: 480,
  height: 320,
  margin: { top: 16, right: 20, bottom: 48, left: 60 },
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  fontSize: 11,
  text: "#334155",
  muted: "#64748b",
  grid: "#e2e8f0",
  axis: "#94a3b8",
  primary: "#2563eb",
  secondary: "#f97316",
  good: "#16a34a",
  bad: "#dc2626",
  neutral: "#94a3b8"
};

// src/core/report/charts/scale.ts
function linearScale(domain, range) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  const scale = ((value) => r0 + (value - d0) / span * (r1 - r0));
  scale.domain = domain;
  scale.range = range;
  return scale;
}
function niceTicks(low, high, count = 5) {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return [];
  if (low === high) return [low];
  const rough = (high - low) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const error = rough / power;
  const step = power * (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.SQRT2 ? 2 : 1);
  const first = Math.ceil(low / step - 1e-9) * step;
  const ticks = [];
  for (let v = first; v <= high + step * 1e-9; v += step) ticks.push(Math.abs(v) < step * 1e-9 ? 0 : Number(v.toPrecision(12)));
  return ticks;
}
function niceDomain(values, count = 5) {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [0, 1];
  let low = Math.min(...finite);
  let high = Math.max(...finite);
  if (low === high) {
    const pad = Math.abs(low) * 0.05 || 0.5;
    low -= pad;
    high += pad;
  }
  const ticks = niceTicks(low, high, count);
  const step = ticks.length > 1 ? ticks[1] - ticks[0] : high - low;
  const round = (v) => Number(v.toPrecision(12));
  return [round(Math.min(low, Math.floor(low / step) * step)), round(Math.max(high, Math.ceil(high / step) * step))];
}
function tickLabel(value) {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs >= 1e5 || abs < 1e-3) return value.toExponential(1);
  return String(Number(value.toPrecision(6)));
}

// src/core/report/charts/svg.ts
function el(tag, attributes, ...children) {
  const attrs = Object.entries(attributes).filter(([, v]) => v !== void 0).map(([k, v]) => ` ${k}="${escapeHtml(typeof v === "number" ? num(v) : String(v))}"`).join("");
  return children.length === 0 ? `<${tag}${attrs}/>` : `<${tag}${attrs}>${children.join("")}</${tag}>`;
}
function text(content) {
  return escapeHtml(content);
}
function num(value) {
  return String(Math.round(value * 100) / 100);
}
function pathData(points) {
  return points.map(([x, y], i) => `${i === 0 ? "M" : "L"}${num(x)},${num(y)}`).join("");
}
function thinPoints(points, minDistance = 0.75) {
  const kept = [];
  for (let i = 0; i < points.length; i++) {
    const [x, y] = points[i];
    const last = kept[kept.length - 1];
    if (!last || i === points.length - 1 || Math.hypot(x - last[0], y - last[1]) >= minDistance) kept.push([x, y]);
  }
  return kept;
}

// src/core/report/charts/frame.ts
function plotFrame(options) {
  const width = options.width ?? CHART_THEME.width;
  const height = options.height ?? CHART_THEME.height;
  const m = CHART_THEME.margin;
  const x = linearScale(options.xDomain, [m.left, width - m.right]);
  const y = linearScale(options.yDomain, [height - m.bottom, m.top]);
  const xTicks = options.xTicks ?? niceTicks(options.xDomain[0], options.xDomain[1], 6);
  const yTicks = options.yTicks ?? niceTicks(options.yDomain[0], options.yDomain[1], 5);
  const format = options.xFormat ?? tickLabel;
  const parts = [];
  for (const t of yTicks) {
    parts.push(el("line", { x1: m.left, x2: width - m.right, y1: y(t), y2: y(t), stroke: CHART_THEME.grid }));
    parts.push(el("text", { x: m.left - 6, y: y(t) + 4, "text-anchor": "end", fill: CHART_THEME.muted }, text(tickLabel(t))));
  }
  for (const t of xTicks) {
    parts.push(el("line", { x1: x(t), x2: x(t), y1: height - m.bottom, y2: height - m.bottom + 4, stroke: CHART_THEME.axis }));
    parts.push(el("text", { x: x(t), y: height - m.bottom + 16, "text-anchor": "middle", fill: CHART_THEME.muted }, text(format(t))));
  }
  parts.push(el("line", { x1: m.left, x2: width - m.right, y1: height - m.bottom, y2: height - m.bottom, stroke: CHART_THEME.axis }));
  parts.push(el("line", { x1: m.left, x2: m.left, y1: m.top, y2: height - m.bottom, stroke: CHART_THEME.axis }));
  parts.push(el("text", { x: (m.left + width - m.right) / 2, y: height - 10, "text-anchor": "middle", fill: CHART_THEME.text }, text(options.xLabel)));
  const cy = (m.top + height - m.bottom) / 2;
  parts.push(el("text", { x: 16, y: cy, "text-anchor": "middle", fill: CHART_THEME.text, transform: `rotate(-90 16 ${cy})` }, text(options.yLabel)));
  return { x, y, width, height, axes: el("g", { class: "axes" }, ...parts) };
}
function svgDocument(id, title, width, height, ...body) {
  return el(
    "svg",
    {
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: "img",
      "data-chart": id,
      "font-family": CHART_THEME.font,
      "font-size": CHART_THEME.fontSize
    },
    el("title", {}, text(title)),
    ...body
  );
}
function legend(frame, items, corner = "bottom-right") {
  const m = CHART_THEME.margin;
  const rowHeight = 16;
  const boxWidth = Math.max(...items.map((i) => i.label.length)) * 6 + 36;
  const boxHeight = items.length * rowHeight + 8;
  const left = corner === "top-left" ? m.left + 8 : frame.width - m.right - boxWidth - 8;
  const top = corner === "bottom-right" ? frame.height - m.bottom - boxHeight - 8 : m.top + 8;
  const rows = items.map((item, i) => {
    const cy = top + 4 + rowHeight * i + rowHeight / 2;
    const swatch = item.marker ? el("circle", { cx: left + 18, cy, r: 3.5, fill: item.hollow ? "none" : item.color, stroke: item.hollow ? item.color : void 0, "stroke-width": item.hollow ? 1.5 : void 0 }) : el("line", { x1: left + 8, x2: left + 28, y1: cy, y2: cy, stroke: item.color, "stroke-width": 2, "stroke-dasharray": item.dashed ? "4 3" : void 0 });
    return swatch + el("text", { x: left + 34, y: cy + 4, fill: CHART_THEME.text }, text(item.label));
  });
  return el("g", { class: "legend" }, el("rect", { x: left, y: top, width: boxWidth, height: boxHeight, rx: 4, fill: "#ffffff", "fill-opacity": 0.9, stroke: CHART_THEME.grid }), ...rows);
}

// src/core/report/charts/curve-charts.ts
var UNIT = [0, 1];
var UNIT_TICKS = [0, 0.2, 0.4, 0.6, 0.8, 1];
function rocChart(roc, auc) {
  const f = plotFrame({ xDomain: UNIT, yDomain: UNIT, xLabel: "False positive rate", yLabel: "True positive rate", xTicks: UNIT_TICKS, yTicks: UNIT_TICKS });
  const points = thinPoints(roc.fpr.map((x, i) => [f.x(x), f.y(roc.tpr[i])]));
  const label = typeof auc === "number" && Number.isFinite(auc) ? `model (AUC ${auc.toFixed(3)})` : "model";
  const body = [
    f.axes,
    el("path", { d: pathData([[f.x(0), f.y(0)], [f.x(1), f.y(1)]]), stroke: CHART_THEME.neutral, "stroke-dasharray": "4 3", fill: "none" }),
    el("path", { d: `${pathData(points)}L${f.x(1)},${f.y(0)}L${f.x(0)},${f.y(0)}Z`, fill: CHART_THEME.primary, "fill-opacity": 0.08, stroke: "none" }),
    el("path", { d: pathData(points), stroke: CHART_THEME.primary, "stroke-width": 2, fill: "none", class: "series" }),
    legend(f, [{ label, color: CHART_THEME.primary }, { label: "chance", color: CHART_THEME.neutral, dashed: true }])
  ];
  return { id: "roc", title: "ROC curve", caption: "True against false positive rate over every threshold; the closer to the top-left corner, the better.", svg: svgDocument("roc", "ROC curve", f.width, f.height, ...body) };
}
function precisionRecallChart(pr, averagePrecision, positiveRate2) {
  const f = plotFrame({ xDomain: UNIT, yDomain: UNIT, xLabel: "Recall", yLabel: "Precision", xTicks: UNIT_TICKS, yTicks: UNIT_TICKS });
  const steps = [];
  for (let i = pr.recall.length - 1; i >= 0; i--) {
    if (steps.length > 0) steps.push([f.x(pr.recall[i]), steps[steps.length - 1][1]]);
    steps.push([f.x(pr.recall[i]), f.y(pr.precision[i])]);
  }
  const label = typeof averagePrecision === "number" && Number.isFinite(averagePrecision) ? `model (AP ${averagePrecision.toFixed(3)})` : "model";
  const items = [{ label, color: CHART_THEME.primary }];
  const body = [f.axes];
  if (typeof positiveRate2 === "number" && Number.isFinite(positiveRate2)) {
    body.push(el("path", { d: pathData([[f.x(0), f.y(positiveRate2)], [f.x(1), f.y(positiveRate2)]]), stroke: CHART_THEME.neutral, "stroke-dasharray": "4 3", fill: "none" }));
    items.push({ label: `positive rate ${positiveRate2.toFixed(3)}`, color: CHART_THEME.neutral, dashed: true });
  }
  body.push(el("path", { d: pathData(thinPoints(steps)), stroke: CHART_THEME.primary, "stroke-width": 2, fill: "none", class: "series" }));
  body.push(legend(f, items, "bottom-right"));
  return {
    id: "precision_recall",
    title: "Precision-recall curve",
    caption: "Precision at each recall level; more informative than ROC when positives are rare.",
    svg: svgDocument("precision_recall", "Precision-recall curve", f.width, f.height, ...body)
  };
}
function calibrationChart(curve) {
  const f = plotFrame({ xDomain: UNIT, yDomain: UNIT, xLabel: "Mean predicted probability", yLabel: "Fraction of positives", xTicks: UNIT_TICKS, yTicks: UNIT_TICKS });
  const maxCount = Math.max(1, ...curve.bins.map((b) => b.count));
  const bars = curve.bins.map((b) => {
    const height = b.count / maxCount * 36;
    return el("rect", { x: f.x(b.lower) + 1, y: f.y(0) - height, width: Math.max(1, f.x(b.upper) - f.x(b.lower) - 2), height, fill: CHART_THEME.neutral, "fill-opacity": 0.25 });
  });
  const points = curve.probPred.map((p, i) => [f.x(p), f.y(curve.probTrue[i])]);
  const body = [
    f.axes,
    ...bars,
    el("path", { d: pathData([[f.x(0), f.y(0)], [f.x(1), f.y(1)]]), stroke: CHART_THEME.neutral, "stroke-dasharray": "4 3", fill: "none" }),
    el("path", { d: pathData(points), stroke: CHART_THEME.secondary, "stroke-width": 2, fill: "none", class: "series" }),
    ...points.map(([x, y]) => el("circle", { cx: x, cy: y, r: 3.5, fill: CHART_THEME.secondary })),
    legend(f, [{ label: "model", color: CHART_THEME.secondary, marker: true }, { label: "perfectly calibrated", color: CHART_THEME.neutral, dashed: true }, { label: "rows per bin", color: "#cbd5e1" }], "top-left")
  ];
  return {
    id: "calibration",
    title: "Calibration",
    caption: "Observed share of positives per probability bin; on the diagonal, a predicted 30% means 30%.",
    svg: svgDocument("calibration", "Calibration", f.width, f.height, ...body)
  };
}

// src/core/report/charts/confusion-chart.ts
var MAX_CLASSES = 12;
function confusionMatrixChart(data) {
  const k = Math.min(MAX_CLASSES, data.labels.length);
  const labels = data.labels.slice(0, k).map((l) => l.length > 12 ? `${l.slice(0, 11)}\u2026` : l);
  const cell = Math.min(96, Math.floor(260 / Math.max(1, k)));
  const labelWidth = 56 + Math.max(...labels.map((l) => l.length)) * 6.5;
  const width = Math.max(CHART_THEME.width, labelWidth + cell * k + 24);
  const left = Math.max(labelWidth, (width - cell * k) / 2);
  const top = 44;
  const height = top + cell * k + 56;
  const parts = [];
  parts.push(el("text", { x: left + cell * k / 2, y: 16, "text-anchor": "middle", fill: CHART_THEME.text }, text("Predicted label")));
  const cy = top + cell * k / 2;
  const axisX = left - labelWidth + 14;
  parts.push(el("text", { x: axisX, y: cy, "text-anchor": "middle", fill: CHART_THEME.text, transform: `rotate(-90 ${axisX} ${cy})` }, text("True label")));
  for (let i = 0; i < k; i++) {
    const row = data.matrix[i] ?? [];
    const rowTotal = row.slice(0, k).reduce((a, b) => a + b, 0);
    parts.push(el("text", { x: left + cell * i + cell / 2, y: top - 8, "text-anchor": "middle", fill: CHART_THEME.muted }, text(labels[i])));
    parts.push(el("text", { x: left - 8, y: top + cell * i + cell / 2 + 4, "text-anchor": "end", fill: CHART_THEME.muted }, text(labels[i])));
    for (let j = 0; j < k; j++) {
      const count = row[j] ?? 0;
      const share = rowTotal > 0 ? count / rowTotal : 0;
      const color = i === j ? CHART_THEME.primary : CHART_THEME.bad;
      const x = left + cell * j;
      const y = top + cell * i;
      parts.push(el("rect", { x, y, width: cell - 2, height: cell - 2, rx: 3, fill: color, "fill-opacity": 0.08 + 0.8 * share, class: "cell" }));
      const ink = share > 0.55 ? "#ffffff" : CHART_THEME.text;
      parts.push(el("text", { x: x + cell / 2 - 1, y: y + cell / 2, "text-anchor": "middle", fill: ink, "font-size": 14, "font-weight": 600 }, text(String(count))));
      parts.push(el("text", { x: x + cell / 2 - 1, y: y + cell / 2 + 15, "text-anchor": "middle", fill: ink }, text(`${(share * 100).toFixed(1)}%`)));
    }
  }
  const note = data.labels.length > k ? `; the first ${k} of ${data.labels.length} classes are drawn` : "";
  return {
    id: "confusion_matrix",
    title: "Confusion matrix",
    caption: `Test rows by true and predicted label, with the share of each true label's rows${note}.`,
    svg: svgDocument("confusion_matrix", "Confusion matrix", width, height, ...parts)
  };
}

// src/core/report/charts/bar-chart.ts
var ROW = 22;
var LABEL_CHARS = 22;
function barChart(options) {
  const maxBars = options.maxBars ?? 20;
  const shown = options.bars.slice(0, maxBars);
  const width = options.width ?? CHART_THEME.width;
  const left = 12 + Math.min(LABEL_CHARS, Math.max(4, ...shown.map((b) => b.label.length))) * 6.2;
  const top = options.reference ? 24 : 10;
  const height = top + Math.max(1, shown.length) * ROW + 44;
  const values = [0, ...shown.map((b) => b.value), ...options.reference ? [options.reference.value] : []];
  const domain = niceDomain(values, 4);
  const x = linearScale([Math.min(0, domain[0]), domain[1]], [left, width - 24]);
  const format = options.format ?? tickLabel;
  const bottom = top + shown.length * ROW;
  const parts = [];
  for (const t of niceTicks(x.domain[0], x.domain[1], 4)) {
    parts.push(el("line", { x1: x(t), x2: x(t), y1: top, y2: bottom, stroke: CHART_THEME.grid }));
    parts.push(el("text", { x: x(t), y: bottom + 14, "text-anchor": "middle", fill: CHART_THEME.muted }, text((options.tickFormat ?? tickLabel)(t))));
  }
  shown.forEach((bar, i) => {
    const y = top + i * ROW;
    const x0 = x(Math.min(0, bar.value));
    const barWidth = Math.max(1, Math.abs(x(bar.value) - x(0)));
    const label = bar.label.length > LABEL_CHARS ? `${bar.label.slice(0, LABEL_CHARS - 1)}\u2026` : bar.label;
    parts.push(el("text", { x: left - 8, y: y + ROW / 2 + 4, "text-anchor": "end", fill: CHART_THEME.text }, el("title", {}, text(bar.label)), text(label)));
    parts.push(el("rect", { x: x0, y: y + 4, width: barWidth, height: ROW - 8, rx: 2, fill: bar.highlight ? CHART_THEME.bad : CHART_THEME.primary, "fill-opacity": bar.highlight ? 0.85 : 0.75, class: "bar" }));
    parts.push(el("text", { x: x0 + barWidth + 4, y: y + ROW / 2 + 4, fill: CHART_THEME.muted }, text(format(bar.value))));
  });
  if (options.reference) {
    const rx = x(options.reference.value);
    parts.push(el("line", { x1: rx, x2: rx, y1: top - 4, y2: bottom, stroke: CHART_THEME.bad, "stroke-dasharray": "4 3" }));
    parts.push(el("text", { x: rx, y: top - 8, "text-anchor": "middle", fill: CHART_THEME.bad }, text(options.reference.label)));
  }
  parts.push(el("line", { x1: x(0), x2: x(0), y1: top, y2: bottom, stroke: CHART_THEME.axis }));
  parts.push(el("text", { x: (left + width - 24) / 2, y: height - 4, "text-anchor": "middle", fill: CHART_THEME.text }, text(options.valueLabel)));
  return { body: parts.join(""), width, height, hidden: options.bars.length - shown.length };
}

// src/core/report/charts/importance-charts.ts
var TOP_FEATURES = 20;
function sortedBars(values) {
  return Object.entries(values).filter(([, v]) => Number.isFinite(v)).map(([label, value]) => ({ label, value })).sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
}
function more(hidden, what) {
  return hidden > 0 ? ` ${hidden} more ${what} are not drawn.` : "";
}
function featureImportanceChart(importance) {
  const chart = barChart({ bars: sortedBars(importance), valueLabel: "Total gain", maxBars: TOP_FEATURES, format: (v) => String(Number(v.toPrecision(3))) });
  return {
    id: "feature_importance",
    title: "Feature importance",
    caption: `Total loss reduction (gain) from the splits on each feature.${more(chart.hidden, "features")}`,
    svg: svgDocument("feature_importance", "Feature importance", chart.width, chart.height, chart.body)
  };
}
function paramImportanceChart(importance) {
  const chart = barChart({ bars: sortedBars(importance), valueLabel: "Importance (share of variance)", format: (v) => `${(v * 100).toFixed(1)}%`, tickFormat: (v) => `${Math.round(v * 100)}%` });
  return {
    id: "param_importance",
    title: "Hyperparameter importance",
    caption: `How much of the objective's variation across trials each hyperparameter explains.${more(chart.hidden, "parameters")}`,
    svg: svgDocument("param_importance", "Hyperparameter importance", chart.width, chart.height, chart.body)
  };
}
function driftChart(rows, limit) {
  const bars = rows.map((r) => ({ label: r.column, value: r.psi, highlight: r.drifted }));
  const chart = barChart({ bars, valueLabel: "Population stability index (PSI)", reference: { value: limit, label: `drift above ${limit}` }, maxBars: TOP_FEATURES, format: (v) => v.toFixed(3) });
  return {
    id: "drift",
    title: "Data drift per column",
    caption: `PSI of each column against the reference profile; red columns are above the threshold.${more(chart.hidden, "columns")}`,
    svg: svgDocument("drift", "Data drift per column", chart.width, chart.height, chart.body)
  };
}

// src/core/report/charts/history-chart.ts
function optimizationHistoryChart(history, metric, direction = null) {
  const complete = history.filter((h) => h.value !== null && Number.isFinite(h.value));
  const values = complete.map((h) => h.value);
  const last = history.length > 0 ? history[history.length - 1].number : 0;
  const low = Math.min(...values, Infinity);
  const high = Math.max(...values, -Infinity);
  const pad = Number.isFinite(low) ? (high - low || Math.abs(high) || 1) * 0.12 : 0;
  const f = plotFrame({ xDomain: [0, Math.max(1, last)], yDomain: niceDomain(Number.isFinite(low) ? [low - pad, high + pad / 2] : []), xLabel: "Trial", yLabel: metric ?? "Objective value", xFormat: (v) => Number.isInteger(v) ? String(v) : "" });
  const body = [f.axes];
  const best = [];
  for (const h of history) {
    if (h.bestValue === null) continue;
    const y = f.y(h.bestValue);
    if (best.length > 0) best.push([f.x(h.number), best[best.length - 1][1]]);
    best.push([f.x(h.number), y]);
  }
  if (best.length > 0) best.push([f.x(Math.max(1, last)), best[best.length - 1][1]]);
  body.push(el("path", { d: pathData(best), stroke: CHART_THEME.secondary, "stroke-width": 2, fill: "none", class: "series" }));
  for (const h of complete) body.push(el("circle", { cx: f.x(h.number), cy: f.y(h.value), r: 3.5, fill: CHART_THEME.primary, "fill-opacity": 0.8 }));
  const stopped = history.filter((h) => h.value === null);
  for (const h of stopped) {
    body.push(el("circle", { cx: f.x(h.number), cy: f.y.range[0] - 7, r: 3.5, fill: "none", stroke: h.state === "fail" ? CHART_THEME.bad : CHART_THEME.neutral, "stroke-width": 1.5 }));
  }
  const items = [
    { label: "complete trial", color: CHART_THEME.primary, marker: true },
    { label: "best so far", color: CHART_THEME.secondary }
  ];
  if (stopped.some((h) => h.state === "pruned")) items.push({ label: "pruned (no value)", color: CHART_THEME.neutral, marker: true, hollow: true });
  if (stopped.some((h) => h.state === "fail")) items.push({ label: "failed", color: CHART_THEME.bad, marker: true, hollow: true });
  body.push(legend(f, items, direction === "minimize" ? "top-right" : "top-left"));
  return {
    id: "optimization_history",
    title: "Optimization history",
    caption: "Objective value of each trial and the best so far; trials without a value sit on the bottom axis.",
    svg: svgDocument("optimization_history", "Optimization history", f.width, f.height, ...body)
  };
}

// src/core/report/charts/report-charts.ts
function reportCharts(document, data) {
  const charts = [];
  const curves = data.curves ?? {};
  const test = document.metrics.test;
  if (curves.roc && curves.roc.fpr.length > 1) charts.push(rocChart(curves.roc, test.roc_auc));
  if (curves.precisionRecall && curves.precisionRecall.recall.length > 1) charts.push(precisionRecallChart(curves.precisionRecall, test.average_precision, positiveRate(data)));
  if (curves.calibration && curves.calibration.bins.length > 0) charts.push(calibrationChart(curves.calibration));
  if (curves.confusion && curves.confusion.labels.length > 0) charts.push(confusionMatrixChart(curves.confusion));
  if (data.featureImportance && Object.keys(data.featureImportance).length > 0) charts.push(featureImportanceChart(data.featureImportance));
  const tuning = tuningSummary(document, data);
  if (tuning && tuning.history.length > 0) charts.push(optimizationHistoryChart(tuning.history, tuning.metric, tuning.direction));
  if (data.paramImportances && Object.keys(data.paramImportances).length > 0) charts.push(paramImportanceChart(data.paramImportances));
  const drift = driftRows(document, data);
  if (drift.length > 0) charts.push(driftChart(drift, driftLimit(document)));
  return charts;
}
function positiveRate(data) {
  const matrix = data.curves?.confusion?.matrix;
  if (!matrix || matrix.length !== 2) return null;
  const positives = matrix[1][0] + matrix[1][1];
  const total = positives + matrix[0][0] + matrix[0][1];
  return total > 0 ? positives / total : null;
}

// src/core/report/html-table.ts
function raw(html) {
  return { html };
}
function cellHtml(cell) {
  return typeof cell === "string" ? escapeHtml(cell) : cell.html;
}
function htmlTable(header, rows, numeric = []) {
  const kept = header.map((_, c) => c).filter((c) => rows.length === 0 || rows.some((row) => row[c] !== ""));
  const cls = (c) => numeric.includes(c) ? ' class="num"' : "";
  const head = kept.map((c) => `<th${cls(c)}>${escapeHtml(header[c])}</th>`).join("");
  const body = rows.map((row) => `<tr>${kept.map((c) => `<td${cls(c)}>${cellHtml(row[c] ?? "")}</td>`).join("")}</tr>`).join("\n");
  const thead = header.some((h) => h !== "") ? `<thead><tr>${head}</tr></thead>
` : "";
  return `<table>
${thead}<tbody>
${body}
</tbody>
</table>`;
}
function code(text2) {
  return raw(`<code>${escapeHtml(text2)}</code>`);
}
function badge(kind, label) {
  return raw(`<span class="badge ${escapeHtml(kind)}">${escapeHtml(label)}</span>`);
}

// src/core/report/html-sections.ts
var FLAG_LABELS = { better: "significantly better", worse: "significantly worse", not_significant: "not significant", untested: "" };
function section(id, title, ...body) {
  return `<section id="${escapeHtml(id)}">
<h2>${escapeHtml(title)}</h2>
${body.filter(Boolean).join("\n")}
</section>`;
}
function deltaClass(row) {
  const good = improves(row);
  return good === null ? "flat" : good ? "up" : "down";
}
function kpiCards(rows, hasBaseline) {
  const cards = rows.slice(0, 6).map((r) => {
    const delta = hasBaseline ? `<div class="delta ${deltaClass(r)}">${escapeHtml(formatSigned(r.change))} vs base</div>` : r.headInterval ? `<div class="delta flat">${escapeHtml(formatInterval(r.headInterval))}</div>` : "";
    return `<div class="kpi"><div class="name">${escapeHtml(r.metric)}</div><div class="value">${escapeHtml(formatNumber(r.head))}</div>${delta}</div>`;
  });
  return `<div class="kpis">${cards.join("")}</div>`;
}
function headlineTableHtml(rows, data) {
  const hasBase = data.baseline !== void 0;
  const level = `${Math.round((data.confidence ?? DEFAULT_CONFIDENCE) * 100)}%`;
  const header = ["metric", ...hasBase ? ["base", "head", "change"] : ["value"], `${level} interval`, `${level} interval of change`, "significance"];
  const body = rows.map((r) => {
    const p = r.comparison?.p_value;
    const flag = r.flag === "untested" ? "" : badge(r.flag, `${FLAG_LABELS[r.flag]}${p !== void 0 ? ` (p = ${formatP(p)})` : ""}`);
    const change = raw(`<span class="${deltaClass(r)}">${escapeHtml(formatSigned(r.change))}</span>`);
    return [
      raw(`${code(r.metric).html}${r.lowerIsBetter ? ' <span class="note">lower is better</span>' : ""}`),
      ...hasBase ? [formatNumber(r.base), formatNumber(r.head), change] : [formatNumber(r.head)],
      formatInterval(r.headInterval),
      formatInterval(r.comparison?.interval),
      flag
    ];
  });
  const numeric = hasBase ? [1, 2, 3, 4, 5] : [1, 2, 3];
  return htmlTable(header, body, numeric);
}
function gatesHtml(document) {
  if (document.gates.length === 0) return '<p class="note">No gates configured.</p>';
  const rows = document.gates.map((g) => [
    badge(g.status, g.status),
    g.name,
    g.column ? code(g.column) : "",
    formatNumber(g.value),
    formatNumber(g.threshold),
    g.baseline === void 0 || g.baseline === null ? "" : formatNumber(g.baseline),
    g.p_value === void 0 || g.p_value === null ? "" : formatP(g.p_value),
    g.reason
  ]);
  return htmlTable(["status", "gate", "column", "value", "threshold", "baseline", "p", "reason"], rows, [3, 4, 5, 6]);
}
function fairnessHtml(document, data) {
  const columns = fairnessSummary(document, data.baseline?.document);
  if (columns.length === 0) return "";
  const hasBase = data.baseline !== void 0;
  const parts = columns.map((c) => {
    const metrics = htmlTable(
      ["metric", ...hasBase ? ["base", "head", "change"] : ["value"]],
      c.metrics.map((m) => [code(m.metric), ...hasBase ? [formatNumber(m.base), formatNumber(m.head), formatSigned(m.head !== null && typeof m.base === "number" ? m.head - m.base : null)] : [formatNumber(m.head)]]),
      [1, 2, 3]
    );
    const groups = c.groups.length === 0 ? "" : htmlTable(
      ["group", "rows", "selection rate", "TPR", "FPR", "accuracy", "AUC"],
      c.groups.map((g) => [
        g.small ? raw(`${escapeHtml(g.group)} ${badge("small", "small").html}`) : g.group,
        g.size === null ? "n/a" : String(g.size),
        formatNumber(g.selection_rate),
        formatNumber(g.tpr),
        formatNumber(g.fpr),
        formatNumber(g.accuracy),
        formatNumber(g.auc)
      ]),
      [1, 2, 3, 4, 5, 6]
    );
    return `<h3>${code(c.column).html}</h3>
<div class="pair"><div>${metrics}</div><div>${groups}</div></div>`;
  });
  return section("fairness", "Fairness", ...parts);
}
function dataHtml(document, data) {
  const d = document.data;
  const parts = [
    `<p>Target ${code(d.target).html}; ${d.rows.train} training, ${d.rows.validation} validation and ${d.rows.test} test rows${d.skipped_rows > 0 ? ` (${d.skipped_rows} bad rows skipped)` : ""}; ${d.features.length} features.</p>`,
    htmlTable(["file", "sha256", "rows", "columns"], document.lineage.data.map((f) => [code(f.path), code(f.sha256), String(f.rows), String(f.columns)]), [2, 3])
  ];
  const findings = d.validation.filter((f) => f.severity !== "pass");
  if (findings.length > 0) {
    parts.push("<h3>Validation findings</h3>", htmlTable(["severity", "rule", "column", "finding"], findings.map((f) => [badge(f.severity, f.severity), code(f.rule), f.column ? code(f.column) : "", f.message])));
  }
  const drift = driftRows(document, data);
  if (drift.length > 0) {
    const drifted = drift.filter((r) => r.drifted).length;
    parts.push(`<h3>Drift</h3><p class="note">${drifted} of ${drift.length} columns above PSI ${driftLimit(document)}${d.drift.reference ? `, against ${code(d.drift.reference).html}` : ""}.</p>`);
  }
  if (data.profile) {
    parts.push(
      `<h3>Profile (${data.profile.rows} rows)</h3>`,
      htmlTable(
        ["column", "type", "missing", "distinct", "mean", "std", "min", "max", "most frequent"],
        data.profile.columns.map((c) => [
          code(c.name),
          c.type,
          formatPercent(c.missingFraction),
          c.distinct === void 0 ? "" : String(c.distinct),
          ...[c.mean, c.std, c.min, c.max].map((v) => v === void 0 ? "" : formatNumber(v, 2)),
          (c.top ?? []).map((t) => `${t.value} (${formatPercent(t.fraction)})`).join(", ")
        ]),
        [2, 3, 4, 5, 6, 7]
      )
    );
  }
  return section("data", "Data", ...parts);
}
function tuningHtml(document, data) {
  const t = tuningSummary(document, data);
  if (!t) return "";
  const counts = `${t.trials} trials: ${t.completed ?? "?"} complete, ${t.pruned ?? 0} pruned, ${t.failed ?? 0} failed${t.stopReason ? `; stopped: ${t.stopReason}` : ""}.`;
  const best = t.bestValue === null ? "" : ` Best ${t.metric ?? "value"}: ${formatNumber(t.bestValue)}.`;
  const importances = data.paramImportances ?? {};
  const params = htmlTable(
    ["parameter", "best value", "importance"],
    Object.entries(t.bestParams).map(([k, v]) => [code(k), code(formatParam(v)), k in importances ? formatPercent(importances[k]) : ""]),
    [2]
  );
  return section("tuning", "Tuning", `<p>${escapeHtml(counts + best)}</p>`, params);
}
function costHtml(document, data) {
  const base = data.baseline?.document.cost;
  const t = tuningSummary(document, data);
  const rows = [
    ["cost", base ? formatUsd(base.usd) : "", formatUsd(document.cost.usd)],
    ["wall time", base ? formatDuration2(base.seconds) : "", formatDuration2(document.cost.seconds)],
    ["hourly rate", base ? `${formatUsd(base.hourly_rate_usd)}/h` : "", `${formatUsd(document.cost.hourly_rate_usd)}/h (${document.cost.rate_source})`]
  ];
  if (document.cost.max_cost_usd !== void 0) rows.push(["budget", "", `${formatUsd(document.cost.max_cost_usd)} (${formatPercent(document.cost.usd / document.cost.max_cost_usd)} used)`]);
  if (t && t.trials > 0) rows.push(["HPO cost per trial", "", formatUsd(perTrialCost(document, t.history, t.trials))]);
  return section("cost", "Cost and time", htmlTable(["", "base", "this run"], rows, [1, 2]));
}
function considerationsHtml(data) {
  const card = data.modelCard;
  if (!card) return "";
  const list = (items) => items.length > 0 ? `<ul class="plain">${items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>` : '<p class="note">None stated.</p>';
  return section(
    "considerations",
    "Intended use and considerations",
    `<h3>Intended use</h3><p>${card.intended_use ? escapeHtml(card.intended_use) : '<span class="note">Not stated.</span>'}</p>`,
    `<h3>Limitations</h3>${list(card.limitations)}`,
    `<h3>Ethical considerations</h3>${list(card.ethical_considerations)}`,
    card.owners.length > 0 ? `<p class="note">Owners: ${escapeHtml(card.owners.join(", "))}</p>` : ""
  );
}
function lineageHtml(document) {
  const l = document.lineage;
  const rows = [
    ["commit", l.git_commit ? code(l.git_commit) : "n/a"],
    ["config sha256", code(l.config_sha256)],
    ["engine", `${l.engine} ${l.engine_version}, backend ${l.backend}`],
    ["model", `${document.model.type}, ${document.model.iterations} iterations${document.model.threshold !== void 0 ? `, threshold ${formatNumber(document.model.threshold)}` : ""}`],
    ["parameters", code(Object.entries(document.model.params).map(([k, v]) => `${k}=${formatParam(v)}`).join(" "))],
    ["seed", String(l.seed)],
    ["mltrain", l.mltrain_version]
  ];
  return section("lineage", "Lineage", htmlTable(["", ""], rows));
}

// src/core/report/html-style.ts
var REPORT_CSS = `
:root { --ink: #0f172a; --text: #334155; --muted: #64748b; --line: #e2e8f0; --panel: #ffffff; --page: #f1f5f9;
  --blue: #2563eb; --green: #15803d; --green-bg: #dcfce7; --red: #b91c1c; --red-bg: #fee2e2; --amber: #b45309; --amber-bg: #fef3c7; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--page); color: var(--text); font: 14px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
header.hero { background: linear-gradient(135deg, #0f172a, #1e3a8a); color: #e2e8f0; padding: 28px 40px 24px; }
header.hero .kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; color: #93c5fd; }
header.hero h1 { margin: 4px 0 6px; font-size: 28px; color: #ffffff; }
header.hero p.description { margin: 0 0 14px; max-width: 900px; color: #cbd5e1; }
.verdict { display: inline-block; padding: 6px 12px; border-radius: 6px; font-weight: 600; }
.verdict.passed { background: var(--green-bg); color: var(--green); }
.verdict.failed { background: var(--red-bg); color: var(--red); }
.chips { margin-top: 14px; display: flex; flex-wrap: wrap; gap: 8px; }
.chip { background: rgba(255,255,255,.1); border: 1px solid rgba(255,255,255,.18); border-radius: 999px; padding: 2px 10px; font-size: 12px; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 24px 48px; }
section { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 18px 22px; margin: 0 0 20px; }
section h2 { margin: 0 0 12px; font-size: 18px; color: var(--ink); }
section h3 { margin: 16px 0 8px; font-size: 15px; color: var(--ink); }
.note { color: var(--muted); font-size: 13px; }
.kpis { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 12px; }
.kpi { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
.kpi .name { color: var(--muted); font-size: 12px; }
.kpi .value { font-size: 24px; font-weight: 650; color: var(--ink); font-variant-numeric: tabular-nums; }
.kpi .delta { font-size: 12px; font-variant-numeric: tabular-nums; }
.up { color: var(--green); } .down { color: var(--red); } .flat { color: var(--muted); }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { color: var(--muted); font-weight: 600; background: #f8fafc; }
table + table { margin-top: 14px; }
.pair { display: grid; grid-template-columns: minmax(380px, 2fr) 3fr; gap: 20px; align-items: start; }
.pair code { word-break: normal; white-space: nowrap; }
@media (max-width: 900px) { .pair { grid-template-columns: 1fr; } }
h3 code { font-size: 14px; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f1f5f9; padding: 1px 4px; border-radius: 4px; word-break: break-all; }
.badge { display: inline-block; border-radius: 4px; padding: 0 6px; font-size: 12px; font-weight: 600; }
.badge.passed, .badge.better { background: var(--green-bg); color: var(--green); }
.badge.failed, .badge.worse, .badge.fail { background: var(--red-bg); color: var(--red); }
.badge.skipped, .badge.not_significant { background: #f1f5f9; color: var(--muted); }
.badge.warn, .badge.drifted, .badge.small { background: var(--amber-bg); color: var(--amber); }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(500px, 1fr)); gap: 16px; }
figure.chart { margin: 0; border: 1px solid var(--line); border-radius: 8px; padding: 12px; }
figure.chart h3 { margin: 0 0 6px; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
figure.chart figcaption { color: var(--muted); font-size: 12px; margin-top: 6px; }
ul.plain { margin: 0; padding-left: 20px; }
footer { text-align: center; color: var(--muted); font-size: 12px; padding: 0 0 32px; }
a { color: var(--blue); }
@media print { body { background: #fff; } section, figure.chart { break-inside: avoid; } header.hero { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`;

// src/core/report/html-report.ts
function renderHtmlReport(document, data) {
  const rows = headlineRows(document, data);
  const charts = reportCharts(document, data);
  const l = document.lineage;
  const chips = [
    document.task,
    `${document.model.type} \xB7 ${l.engine} ${l.engine_version} (${l.backend})`,
    l.git_commit ? `commit ${l.git_commit.slice(0, 12)}` : "uncommitted",
    `trained ${document.created_at.replace("T", " ").replace(/\.\d+Z$|Z$/, " UTC")}`,
    `${formatUsd(document.cost.usd)} \xB7 ${formatDuration2(document.cost.seconds)}`
  ];
  const baseline = data.baseline;
  const baselineNote2 = baseline ? `Compared with ${baseline.source === "rescored" ? "the base model re-scored on this run\u2019s test rows" : "the metrics committed on the base branch (measured on the data of their day)"}${baseline.ref ? ` on ${baseline.ref}` : ""}${baseline.document.lineage.git_commit ? `, commit ${baseline.document.lineage.git_commit.slice(0, 12)}` : ""}.` : "No baseline: this is the first run for this config on the base branch, so values are absolute.";
  const figures = charts.map(
    (c) => `<figure class="chart" id="chart-${c.id}">
<h3>${escapeHtml(c.title)}</h3>
${c.svg}
<figcaption>${escapeHtml(c.caption)}</figcaption>
</figure>`
  );
  const links = [data.runUrl ? `<a href="${escapeHtml(data.runUrl)}">workflow run</a>` : "", data.artifactUrl ? `<a href="${escapeHtml(data.artifactUrl)}">artifact</a>` : ""].filter(Boolean);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>mltrain report: ${escapeHtml(document.name)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="hero">
<div class="kicker">mltrain report</div>
<h1>${escapeHtml(document.name)}</h1>
${data.description ? `<p class="description">${escapeHtml(data.description)}</p>` : ""}
<div class="verdict ${document.passed ? "passed" : "failed"}">${escapeHtml(verdictLine(document))}</div>
<div class="chips">${chips.map((c) => `<span class="chip">${escapeHtml(c)}</span>`).join("")}</div>
</header>
<main>
${section("summary", "Headline metrics (test)", kpiCards(rows, baseline !== void 0), `<p class="note">${escapeHtml(baselineNote2)}</p>`, headlineTableHtml(rows, data))}
${section("gates", "Gates", gatesHtml(document))}
${charts.length > 0 ? section("charts", "Charts", `<div class="charts">
${figures.join("\n")}
</div>`) : ""}
${fairnessHtml(document, data)}
${dataHtml(document, data)}
${tuningHtml(document, data)}
${costHtml(document, data)}
${considerationsHtml(data)}
${lineageHtml(document)}
</main>
<footer>Generated by mltrain ${escapeHtml(l.mltrain_version)} on ${escapeHtml(document.created_at)}${links.length > 0 ? ` \xB7 ${links.join(" \xB7 ")}` : ""}</footer>
</body>
</html>
`;
}

// src/app/write-run-files.ts
var SUMMARY_MAX_CHARACTERS = 1e6;
async function writeRunFiles(deps, input) {
  const { outputDir, data, model, evaluation } = input;
  const paths = {
    outputDir,
    metrics: join9(outputDir, "metrics.json"),
    model: join9(outputDir, "model.json"),
    report: join9(outputDir, "report.md"),
    profile: join9(outputDir, "data-profile.json"),
    html: join9(outputDir, "report.html"),
    ...input.loaded.config.report.model_card ? { modelCard: join9(outputDir, "MODEL_CARD.md"), modelCardJson: join9(outputDir, "model-card.json") } : {}
  };
  await deps.fs.makeDirectory(outputDir);
  const modelFile = {
    format: "mltrain-model",
    version: 1,
    name: input.document.name,
    task: data.task,
    created_at: input.document.created_at,
    target: { column: data.target, classes: data.classes },
    features: data.features,
    encoder: data.encoder.toJSON(),
    threshold: evaluation.threshold,
    engine: { type: model.engine, version: model.engineVersion, model: model.toJSON() }
  };
  await deps.fs.writeText(paths.model, toJson(modelFile, 0));
  await deps.fs.writeText(paths.profile, toJson(input.checks.profile));
  input.phases.stop();
  const document = { ...input.document, cost: { ...input.meter.report(), phases_seconds: input.phases.report() } };
  const summaryMarkdown = renderPrComment(document, input.reportData, { maxLength: SUMMARY_MAX_CHARACTERS });
  await deps.fs.writeText(paths.report, summaryMarkdown);
  await deps.fs.writeText(paths.html, renderHtmlReport(document, input.reportData));
  if (paths.modelCard && paths.modelCardJson) {
    await deps.fs.writeText(paths.modelCard, renderModelCardMarkdown(document, input.reportData));
    await deps.fs.writeText(paths.modelCardJson, toJson(buildModelCardJson(document, input.reportData)));
  }
  await deps.fs.writeText(paths.metrics, toJson(document));
  return { paths, document, summaryMarkdown };
}
async function writeValidationFailure(deps, input) {
  const { data, loaded } = input;
  const document = {
    schema_version: 1,
    stage: "data_validation",
    name: loaded.config.name,
    task: data.task,
    created_at: deps.timestamp(),
    passed: false,
    gates: [],
    cost: input.meter.report(),
    data: { validation: input.error.findings.map((f) => ({ ...f })), skipped_rows: data.skippedRows },
    lineage: {
      data: data.lineage,
      config_sha256: loaded.sha256,
      git_commit: await deps.repository.commit(),
      engine: loaded.config.model.type,
      engine_version: "",
      backend: "cpu",
      seed: loaded.config.seed,
      mltrain_version: deps.version
    }
  };
  await deps.fs.makeDirectory(input.outputDir);
  await deps.fs.writeText(join9(input.outputDir, "metrics.json"), toJson(document));
}

// src/app/budget-guard.ts
var BudgetGuard = class {
  constructor(meter, budget, clock) {
    this.meter = meter;
    this.budget = budget;
    this.clock = clock;
    this.maxSeconds = budget.max_duration === void 0 ? void 0 : parseDuration(budget.max_duration);
    this.lastCheckMs = clock.now();
  }
  meter;
  budget;
  clock;
  controller = new AbortController();
  maxSeconds;
  lastCheckMs;
  exceeded = false;
  get signal() {
    return this.controller.signal;
  }
  /** After one training step: 'stop' when the next step would cross a cap. */
  checkIteration() {
    if (this.exceeded) return "stop";
    const now = this.clock.now();
    const stepSeconds = Math.max(0, (now - this.lastCheckMs) / 1e3);
    this.lastCheckMs = now;
    const seconds = this.meter.elapsedSeconds();
    const overCost = this.budget.max_cost_usd !== void 0 && this.meter.costUsd(seconds + stepSeconds) > this.budget.max_cost_usd;
    const overTime = this.maxSeconds !== void 0 && seconds + stepSeconds > this.maxSeconds;
    if (overCost || overTime) this.trip();
    return this.exceeded ? "stop" : "continue";
  }
  /** Before a new trial: whether a cap is already reached. */
  shouldNotStart() {
    const seconds = this.meter.elapsedSeconds();
    if (this.budget.max_cost_usd !== void 0 && this.meter.costUsd(seconds) >= this.budget.max_cost_usd) this.trip();
    if (this.maxSeconds !== void 0 && seconds >= this.maxSeconds) this.trip();
    return this.exceeded;
  }
  /** Resets the pace measurement when a new training starts. */
  startStep() {
    this.lastCheckMs = this.clock.now();
  }
  trip() {
    if (this.exceeded) return;
    this.exceeded = true;
    this.controller.abort("budget");
  }
};

// src/app/run-training.ts
async function runTraining(deps, options) {
  const startedAt = deps.clock.now();
  const loaded = await loadConfig(deps.fs, options.configPath, options.displayPath);
  const config = loaded.config;
  const meter = new CostMeter(deps.clock, config.budget, deps.machine, startedAt);
  const rng = Rng.fromSeed(config.seed);
  if (config.model.type === "command") checkCommandSettings(loaded);
  const earlyTrainer = config.model.type === "command" ? void 0 : pickTrainer(loaded, config.data.task);
  checkGates(loaded, config.data.task);
  deps.logger.info(`mltrain ${deps.version}: ${config.name} (${config.model.type}) from ${options.displayPath}`);
  const outputDir = options.outputDir ?? join10(options.baseDirectory, ".mltrain", config.name);
  const phases = new PhaseTimer(deps.clock);
  phases.start("load_and_split");
  const data = await prepareData(deps, loaded, earlyTrainer?.encoding ?? "codes", rng);
  phases.start("validate_and_profile");
  checkGates(loaded, data.task);
  const checks = await checkData(deps, loaded, data, rng).catch(async (error) => {
    if (error instanceof DataValidationError) await writeValidationFailure(deps, { outputDir, error, data, loaded, meter });
    throw error;
  });
  const rows = { train: data.parts.train.table.numRows, validation: data.parts.validation?.table.numRows ?? 0, test: data.parts.test.table.numRows };
  deps.logger.info(`data: ${rows.train} train, ${rows.validation} validation, ${rows.test} test rows; ${data.features.length} features; task ${data.task}`);
  const { trainer, backend, command: commandTrainer } = await resolveTrainer(deps, loaded, data, outputDir);
  const threads = config.model.compute.threads === "auto" ? deps.machine.cores : config.model.compute.threads;
  const budget = new BudgetGuard(meter, config.budget, deps.clock);
  phases.start(config.tuning ? "tune" : "train");
  let model;
  let tuning;
  if (config.tuning) {
    const perTrialThreads = Math.max(1, Math.floor(threads / config.tuning.parallelism));
    tuning = await tuneModel(deps, { loaded, trainer, data, rng, meter, budget, outputDir, threads: perTrialThreads });
    model = tuning.model;
    if (commandTrainer) await commandTrainer.keepBest(Number(tuning.section.best_trial));
    deps.logger.info(`tuning stopped (${String(tuning.section.stop_reason)}) after ${String(tuning.section.trials)} trial(s); best ${String(tuning.section.metric)} ${Number(tuning.section.best_value).toFixed(4)}`);
  } else {
    const checkpoint = await checkpointFor(deps, loaded, data, outputDir);
    model = await trainer.train({
      task: data.task,
      numClasses: data.classes?.length ?? 0,
      train: data.parts.train.encoded,
      validation: data.parts.validation?.encoded,
      featureInfo: data.featureInfo,
      params: config.model.params,
      seed: rng.fork("model").nextUint32(),
      threads,
      onIteration: () => budget.checkIteration(),
      checkpoint: checkpoint.option,
      signal: deps.cancelSignal
    });
    await checkpoint.flush();
    if (budget.exceeded) throw new NoModelError(`the budget (${budgetText(config.budget)}) ran out before training finished, so there is no model`);
  }
  deps.logger.info(`trained ${model.engine}: ${model.iterations} iterations, ${meter.elapsedSeconds().toFixed(1)}s into the run`);
  phases.start("evaluate");
  const evaluation = evaluateModel({
    task: data.task,
    classes: data.classes,
    model,
    parts: { validation: data.parts.validation, test: data.parts.test },
    config: config.evaluation,
    sensitiveColumns: config.data.sensitive_columns,
    rng: rng.fork("evaluate")
  });
  phases.start("latency");
  const latency = commandTrainer ? void 0 : measureLatency(model, data.parts.test.encoded.features, deps.clock, { rows: config.evaluation.latency.rows, batchSize: config.evaluation.latency.batch_size });
  phases.start("baseline_and_gates");
  const baseline = config.gates.length > 0 ? await rescoreBaseline(deps, config.name, data, evaluation) : void 0;
  const gates = evaluateGates(config.gates, {
    ...baseline ? { baseline: baseline.subject, paired: baseline.paired } : {},
    metrics: { test: { ...evaluation.metrics.test }, validation: evaluation.metrics.validation },
    fairness: evaluation.fairness,
    cost_usd: meter.costUsd(),
    duration_s: meter.elapsedSeconds(),
    drift_max_psi: maxPsi(checks),
    ...latency ? { latency_p50_ms: latency.single.latency_p50_ms, latency_p95_ms: latency.single.latency_p95_ms, latency_p99_ms: latency.single.latency_p99_ms, throughput_per_s: latency.batch.throughput_per_s } : {},
    rng: rng.fork("gates")
  });
  const document = buildMetricsDocument({
    name: config.name,
    createdAt: deps.timestamp(),
    data,
    checks,
    model,
    evaluation,
    latency,
    gates,
    cost: meter.report(),
    tuning: tuning?.section,
    baseline: baseline ? { source: baseline.source, metrics: baseline.metrics } : void 0,
    lineage: {
      data: data.lineage,
      config_sha256: loaded.sha256,
      git_commit: await deps.repository.commit(),
      engine: model.engine,
      engine_version: model.engineVersion,
      backend,
      seed: config.seed,
      mltrain_version: deps.version
    }
  });
  phases.start("report");
  const reportData = buildReportData({ loaded, data, model, evaluation, checks, tuning });
  const written2 = await writeRunFiles(deps, { outputDir, document, data, model, evaluation, checks, loaded, meter, reportData, phases });
  deps.logger.info(`time by phase: ${Object.entries(phases.report()).map(([name, seconds]) => `${name} ${seconds.toFixed(1)}s`).join(", ")}`);
  for (const gate of written2.document.gates) if (gate.status === "failed") deps.logger.error(`gate failed: ${gate.name} (${gate.reason})`);
  const failedGates = written2.document.gates.filter((g) => g.status === "failed");
  return {
    exitCode: written2.document.passed ? EXIT_CODES.passed : EXIT_CODES.gatesFailed,
    document: written2.document,
    paths: written2.paths,
    headline: headlineTable(written2.document),
    verdictLine: verdictLine(written2.document),
    summaryMarkdown: written2.summaryMarkdown,
    failedGates,
    reportData,
    report: config.report
  };
}
function budgetText(budget) {
  const parts = [];
  if (budget.max_cost_usd !== void 0) parts.push(`max_cost_usd ${budget.max_cost_usd}`);
  if (budget.max_duration !== void 0) parts.push(`max_duration ${budget.max_duration}`);
  return parts.join(", ");
}

// src/adapters/file-data-loader.ts
var fileDataLoader = {
  load: async (path, options) => {
    const loaded = await loadTableWithLineage(path, options);
    return { table: loaded.table, lineage: { ...loaded.lineage }, skippedRows: loaded.skippedRows, issues: loaded.issues };
  }
};

// src/adapters/child-process-runner.ts
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
var MAX_LINE_CHARS = 1 << 20;
var ChildProcessRunner = class {
  start(spec) {
    const startedAt = performance.now();
    const isWindows = process.platform === "win32";
    let child;
    try {
      child = spawn(spec.argv[0], spec.argv.slice(1), { cwd: spec.cwd, env: { ...spec.env }, shell: false, detached: !isWindows, stdio: ["ignore", "pipe", "pipe"], windowsHide: true });
    } catch (error) {
      const failure = error;
      const exit = { code: null, signal: null, stoppedBy: null, killed: false, startError: { code: failure.code ?? "EINVAL", message: failure.message }, durationMs: 0 };
      return { stop: () => void 0, exited: Promise.resolve(exit) };
    }
    let stoppedBy = null;
    let killed = false;
    let leaderExited = false;
    let graceTimer;
    let timeoutTimer;
    const signalGroup = (signal) => {
      if (child.pid === void 0) return;
      try {
        if (isWindows) child.kill(signal);
        else process.kill(-child.pid, signal);
      } catch {
      }
    };
    const stop = (cause) => {
      if (stoppedBy !== null || leaderExited) return;
      stoppedBy = cause;
      signalGroup("SIGTERM");
      graceTimer = setTimeout(() => {
        if (!leaderExited) killed = true;
        signalGroup("SIGKILL");
      }, spec.graceMs);
    };
    if (spec.timeoutMs !== void 0) timeoutTimer = setTimeout(() => stop("timeout"), spec.timeoutMs);
    const exited = new Promise((resolve4) => {
      let settled = false;
      const finish = (exit) => {
        if (settled) return;
        settled = true;
        clearTimeout(timeoutTimer);
        clearTimeout(graceTimer);
        resolve4({ ...exit, stoppedBy, killed, durationMs: performance.now() - startedAt });
      };
      child.once("error", (error) => {
        if (child.pid === void 0) finish({ code: null, signal: null, startError: { code: error.code ?? "UNKNOWN", message: error.message } });
      });
      child.once("exit", () => {
        leaderExited = true;
        signalGroup("SIGKILL");
      });
      child.once("close", (code2, signal) => finish({ code: code2, signal }));
    });
    if (child.stdout) readLines(child.stdout, spec.onStdoutLine);
    if (child.stderr) readLines(child.stderr, spec.onStderrLine);
    return { stop: () => stop("request"), exited };
  }
};
function readLines(stream, onLine) {
  let pending = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk) => {
    pending += chunk;
    let newline = pending.indexOf("\n");
    while (newline >= 0) {
      onLine(stripReturn(pending.slice(0, newline)));
      pending = pending.slice(newline + 1);
      newline = pending.indexOf("\n");
    }
    while (pending.length > MAX_LINE_CHARS) {
      onLine(pending.slice(0, MAX_LINE_CHARS));
      pending = pending.slice(MAX_LINE_CHARS);
    }
  });
  stream.on("end", () => {
    if (pending.length > 0) onLine(stripReturn(pending));
    pending = "";
  });
}
function stripReturn(line) {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

// src/adapters/node-trial-folders.ts
import { readdir, rm } from "node:fs/promises";
var nodeTrialFolders = {
  removeDirectory: async (path) => {
    await rm(path, { recursive: true, force: true });
  },
  listDirectory: async (path) => {
    try {
      return await readdir(path);
    } catch (error) {
      if (error.code === "ENOENT") return [];
      throw error;
    }
  }
};

// src/adapters/git-repository-info.ts
import { execFile } from "node:child_process";
function createGitRepositoryInfo(directory, env = process.env) {
  return {
    commit: () => new Promise((resolve4) => {
      if (env.GITHUB_SHA && /^[0-9a-f]{40}$/.test(env.GITHUB_SHA)) {
        resolve4(env.GITHUB_SHA);
        return;
      }
      execFile("git", ["rev-parse", "HEAD"], { cwd: directory, timeout: 5e3 }, (error, stdout) => {
        const sha = stdout?.trim();
        resolve4(!error && /^[0-9a-f]{40}$/.test(sha) ? sha : null);
      });
    })
  };
}

// src/adapters/machine-settings.ts
import { availableParallelism } from "node:os";
function readMachineSettings(env = process.env) {
  const raw2 = env.MLTRAIN_HOURLY_RATE_USD;
  let hourlyRateUsd;
  if (raw2 !== void 0 && raw2.trim() !== "") {
    hourlyRateUsd = Number(raw2);
    if (!Number.isFinite(hourlyRateUsd) || hourlyRateUsd < 0) {
      throw new EnvironmentError(`MLTRAIN_HOURLY_RATE_USD must be a non-negative number of USD per hour, got '${raw2}'`);
    }
  }
  return { hourlyRateUsd, cores: availableParallelism() };
}

// src/adapters/node-file-system.ts
import { access, mkdir, readFile, writeFile } from "node:fs/promises";
var nodeFileSystem = {
  readText: (path) => readFile(path, "utf8"),
  readBytes: async (path) => new Uint8Array(await readFile(path)),
  writeText: (path, text2) => writeFile(path, text2, "utf8"),
  exists: async (path) => {
    try {
      await access(path);
      return true;
    } catch {
      return false;
    }
  },
  makeDirectory: async (path) => {
    await mkdir(path, { recursive: true });
  }
};

// src/adapters/system-clock.ts
import { performance as performance2 } from "node:perf_hooks";
var systemClock = { now: () => performance2.now() };

// src/adapters/node-run-dependencies.ts
function createNodeRunDependencies(options) {
  return {
    fs: nodeFileSystem,
    logger: options.logger,
    clock: systemClock,
    data: fileDataLoader,
    repository: createGitRepositoryInfo(options.cwd, options.env),
    machine: readMachineSettings(options.env),
    version: options.version,
    openStudyStorage: (path) => journalFileStorage(path),
    command: { runner: new ChildProcessRunner(), folders: nodeTrialFolders, environment: options.env },
    prepareNeuralBackend: async (requested) => {
      const { prepareTfjsBackend, BackendUnavailableError } = await import("./prepare-tfjs-backend-2EEK4WDH.js");
      try {
        return await prepareTfjsBackend(requested, { nativeSearchPaths: [options.env.GITHUB_WORKSPACE, options.cwd].filter((p) => Boolean(p)) });
      } catch (error) {
        if (error instanceof BackendUnavailableError) throw new EnvironmentError(error.message);
        throw error;
      }
    },
    timestamp: () => (/* @__PURE__ */ new Date()).toISOString()
  };
}

// src/app/publish/http-status.ts
function httpStatus(error) {
  if (typeof error !== "object" || error === null || !("status" in error)) return void 0;
  const status = error.status;
  return typeof status === "number" ? status : void 0;
}
function isAccessDenied(error) {
  const status = httpStatus(error);
  return status === 403 || status === 404;
}
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/app/publish/fetch-baseline.ts
function defaultBaselinePath(name) {
  return `models/${name}/metrics.json`;
}
function baselineRef(event) {
  return event?.pullRequest?.baseRef ?? event?.defaultBranch;
}
async function fetchBaseline(ports, request) {
  const path = (request.path ?? defaultBaselinePath(request.name)).replace(/^\/+/, "");
  const ref = request.baseRef;
  if (!ref) {
    ports.logger.info("no baseline: this run has no base branch");
    return null;
  }
  let bytes;
  try {
    bytes = await ports.contents.readFile(path, ref);
  } catch (error) {
    if (httpStatus(error) === void 0) throw error;
    ports.logger.warning(`no baseline: could not read ${path} at ${ref} (${httpStatus(error)} ${errorMessage(error)})`);
    return null;
  }
  if (bytes === null) {
    ports.logger.info(`no baseline: ${path} does not exist at ${ref}`);
    return null;
  }
  const document = parseMetrics(new TextDecoder("utf-8").decode(bytes));
  if (typeof document === "string") {
    ports.logger.warning(`no baseline: ${path} at ${ref} ${document}`);
    return null;
  }
  ports.logger.info(`baseline: ${path} at ${ref} (${bytes.length} bytes, measured on the data of its day)`);
  return { document, source: "committed", path, ref, bytes: bytes.length };
}
function parseMetrics(text2) {
  let value;
  try {
    value = JSON.parse(text2);
  } catch (error) {
    return `is not valid JSON (${errorMessage(error)})`;
  }
  if (!isRecord2(value) || !isRecord2(value.metrics) || !isRecord2(value.metrics.test)) {
    return "is not an mltrain metrics.json (no metrics.test)";
  }
  return withDefaults(value);
}
function withDefaults(document) {
  return {
    schema_version: 1,
    stage: "complete",
    name: "",
    task: "binary",
    created_at: "",
    passed: true,
    fairness: {},
    gates: [],
    ...document,
    metrics: { test: document.metrics.test, validation: document.metrics.validation ?? {} },
    cost: { usd: NaN, seconds: NaN, hourly_rate_usd: NaN, rate_source: "default", ...document.cost },
    data: { rows: { train: 0, validation: 0, test: 0 }, skipped_rows: 0, features: [], target: "", validation: [], drift: { columns: {} }, ...document.data },
    model: { type: "unknown", params: {}, iterations: 0, path: "model.json", ...document.model },
    lineage: { data: [], config_sha256: "", git_commit: null, engine: "unknown", engine_version: "", backend: "", seed: 0, mltrain_version: "", ...document.lineage }
  };
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/app/baseline-model-source.ts
function baselineModelFromRepository(contents, event, logger) {
  return async (name) => {
    const ref = baselineRef(event);
    if (!ref) return null;
    const path = `models/${name}/model.json`;
    try {
      const bytes = await contents.readFile(path, ref);
      if (!bytes) return null;
      return { json: JSON.parse(new TextDecoder().decode(bytes)), source: `${path}@${ref}` };
    } catch (error) {
      logger.warning(`could not read the baseline model ${path} at ${ref}: ${error.message}`);
      return null;
    }
  };
}
function baselineModelFromFile(fs, path) {
  return async () => {
    if (!await fs.exists(path)) return null;
    return { json: JSON.parse(await fs.readText(path)), source: path };
  };
}

// src/adapters/cancel-on-signals.ts
function cancelOnSignals(onFirst = () => {
}) {
  const controller = new AbortController();
  const handler = (signal) => {
    if (controller.signal.aborted) process.exit(130);
    onFirst(signal);
    controller.abort(signal);
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off("SIGINT", handler);
      process.off("SIGTERM", handler);
    }
  };
}

export {
  package_default,
  EnvironmentError,
  readModelFile,
  ModelFileError,
  EXIT_CODES,
  classifyError,
  formatTable,
  loadConfig,
  encoderFromJSON,
  findTrainer,
  toJson,
  predictionsCsv,
  commentMarker,
  renderPrComment,
  runTraining,
  createNodeRunDependencies,
  httpStatus,
  isAccessDenied,
  errorMessage,
  baselineRef,
  fetchBaseline,
  withDefaults,
  baselineModelFromRepository,
  baselineModelFromFile,
  cancelOnSignals
};
