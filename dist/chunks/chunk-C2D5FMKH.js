#!/usr/bin/env node
import { createRequire as __mltrainCreateRequire } from 'node:module';
const require = __mltrainCreateRequire(import.meta.url);
import {
  ConfigError,
  DataError,
  GridSampler,
  HyperbandPruner,
  MedianPruner,
  NopPruner,
  PercentilePruner,
  RandomSampler,
  SuccessiveHalvingPruner,
  TPESampler,
  TRIAL_STATES,
  TrialPruned,
  cellValue,
  checkGateSpecs,
  compareToProfile,
  createStudy,
  didYouMean,
  encodeTarget,
  evaluateGates,
  getColumn,
  hasFailures,
  journalFileStorage,
  loadTableWithLineage,
  makeTable,
  noImprovement,
  optimizationHistory,
  paramImportances,
  parseConfig,
  parseCsv,
  parseProfile,
  profileTable,
  require_dist,
  studyIdentity,
  takeColumnRows,
  takeRows,
  validateData
} from "./chunk-S6Z4WXYX.js";
import {
  MODEL_TYPES,
  VERDICT,
  availableModelTypes,
  findTrainer,
  foldRows,
  isWorkerEngine,
  lazyMlpTrainer,
  shareDataset,
  trainTrial,
  trialDatasets,
  tuningEvalMetric
} from "./chunk-TCVPS3GS.js";
import {
  FAIRNESS_METRICS,
  METRICS_BY_TASK,
  argmaxRows,
  bootstrapIntervalsByCounts,
  businessMetrics,
  calibrationCurve,
  chooseThreshold,
  computeMetrics,
  confusionMatrix,
  expectedCalibrationError,
  fairnessByColumn,
  featureImportance,
  isLowerBetterMetric,
  latencySummary,
  precisionRecallCurve,
  predictBinary,
  rocCurve,
  splitRows,
  treeShap
} from "./chunk-EQ4OMVOO.js";
import {
  Rng
} from "./chunk-CVGNWV26.js";
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
    "hyparquet-writer": "^0.17.0",
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

// src/app/in-process-trial-runner.ts
function inProcessTrialRunner(study) {
  const engine = { ...study, evalMetric: tuningEvalMetric(study.metric, study.task, study.numClasses) };
  const foldData = /* @__PURE__ */ new Map();
  const datasets2 = (fold) => {
    if (fold === void 0) return trialDatasets(study, fold);
    let data = foldData.get(fold);
    if (!data) foldData.set(fold, data = trialDatasets(study, fold));
    return data;
  };
  return {
    train: (request) => trainTrial(engine, datasets2(request.fold), request, request.onIteration),
    close: async () => {
    }
  };
}

// src/app/open-trial-runner.ts
async function openTrialRunner(deps, study, settings) {
  const pool = deps.parallelTrials;
  const here = { runner: inProcessTrialRunner(study), parallelism: settings.parallelism };
  if (settings.parallelism <= 1 || !pool?.supports(study.trainer.type)) return here;
  const workers = Math.min(settings.parallelism, Math.max(1, Math.floor(settings.threads)));
  if (workers < settings.parallelism) deps.logger.warning(`tuning.parallelism ${settings.parallelism} is more than the ${settings.threads} thread(s) of model.compute.threads: ${workers} trial(s) at once`);
  if (workers <= 1) return { ...here, parallelism: 1 };
  try {
    const runner = await pool.open(study, { parallelism: workers });
    deps.logger.info(`running ${workers} trials at once on worker threads`);
    return { runner, parallelism: workers };
  } catch (error) {
    deps.logger.warning(`could not start trial workers (${error instanceof Error ? error.message : String(error)}); trials share the main thread`);
    return here;
  }
}

// src/app/trial-objective.ts
function trialObjective(options) {
  const { runner, budget, metric } = options;
  let best;
  const better = (a, b) => options.direction === "maximize" ? a > b : a < b;
  const trainOnce = async (trial, params, fold) => {
    let pruned = false;
    const report = fold === void 0;
    const { model, value } = await runner.train({
      trialNumber: trial.number,
      params,
      seed: options.rng.fork(`trial-${trial.number}`).nextUint32(),
      threads: options.threads,
      fold,
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
    if (pruned) throw new TrialPruned(`pruned at iteration ${model.iterations}`);
    if (budget.exceeded) throw new TrialPruned("stopped by the budget");
    if (!Number.isFinite(value)) throw new Error(trial.signal.aborted ? `training stopped after ${model.iterations} iteration(s)` : `the trial's validation ${metric} is not a number`);
    return { model, value };
  };
  const objective = async (trial) => {
    const params = { ...options.baseParams, ...suggestAll(trial, options.space) };
    if (options.folds === 0) {
      const { model, value } = await trainOnce(trial, params, void 0);
      if (!best || better(value, best.value)) best = { number: trial.number, value, model };
      return value;
    }
    let sum = 0;
    for (let f = 0; f < options.folds; f++) {
      sum += (await trainOnce(trial, params, f)).value;
      trial.report(sum / (f + 1), f);
      if (f < options.folds - 1 && trial.shouldPrune()) throw new TrialPruned(`pruned after fold ${f + 1} of ${options.folds}`);
    }
    return sum / options.folds;
  };
  return { objective, best: () => best };
}
function suggestAll(trial, space) {
  const params = {};
  for (const [name, dimension] of Object.entries(space)) {
    if (Array.isArray(dimension)) params[name] = trial.suggestCategorical(name, dimension);
    else if (dimension.type === "int") params[name] = trial.suggestInt(name, dimension.low, dimension.high, { log: dimension.log, step: dimension.step });
    else params[name] = trial.suggestFloat(name, dimension.low, dimension.high, { log: dimension.log, step: dimension.step });
  }
  return params;
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
  const folds = tuning.cv_folds ? foldRows(data.parts.train.encoded, data.task, tuning.cv_folds, rng.fork("cv-folds")) : void 0;
  const trialStudy = {
    trainer,
    task: data.task,
    numClasses: data.classes?.length ?? 0,
    featureInfo: data.featureInfo,
    metric,
    train: data.parts.train.encoded,
    validation: folds ? void 0 : validation?.encoded,
    folds
  };
  const compute = loaded.config.model.compute;
  const { runner, parallelism } = await openTrialRunner(deps, trialStudy, { parallelism: tuning.parallelism, threads: compute.threads === "auto" ? deps.machine.cores : compute.threads });
  const { objective: runTrial, best } = trialObjective({
    runner,
    baseParams: loaded.config.model.params,
    space,
    rng,
    threads: input.threads,
    folds: folds?.length ?? 0,
    metric,
    direction,
    budget
  });
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
  let cacheSaves = Promise.resolve();
  const stopWhen = [{ reason: "budget", shouldStop: () => budget.shouldNotStart() }];
  if (tuning.patience) stopWhen.push(noImprovement(tuning.patience));
  const timeout = tuning.timeout === void 0 ? void 0 : parseDuration(tuning.timeout);
  const alreadyRun = study.trials.filter((t) => t.state !== "running").length;
  let result;
  try {
    result = await study.optimize(objective, {
      nTrials: Math.max(0, tuning.n_trials - alreadyRun),
      timeoutMs: timeout === void 0 ? void 0 : timeout * 1e3,
      nJobs: parallelism,
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
  } finally {
    await runner.close();
  }
  await cacheSaves;
  if (fatal) throw fatal;
  if (deps.cancelSignal?.aborted) throw new RunCancelledError(`the run was cancelled after ${study.trials.length} trial(s); the study journal ${journalPath} is saved${deps.studyCache ? " and cached" : ""}, and a re-run resumes it`);
  const stopReason = budget.exceeded ? "budget" : result.stopReason;
  const bestTrial = study.bestTrial;
  if (!bestTrial) throw new NoModelError(stopReason === "budget" ? "the budget allowed no completed trial, so there is no model" : `no trial completed (stopped: ${stopReason})`);
  const bestModel = best();
  let model = bestModel && bestModel.number === bestTrial.number ? bestModel.model : void 0;
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
import { join as join13 } from "node:path";

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
    ...parts.baseline ? { baseline: { source: parts.baseline.source, rescored: parts.baseline.rescored, metrics: { test: parts.baseline.metrics } } } : {},
    ...parts.explanations ? { explanations: parts.explanations } : {},
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
var PROFILE_MAX_ROWS = 1e5;
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
      leakageThreshold: config.validation.leakage_auc,
      severity: config.validation.severity
    },
    { train: data.parts.train.table, test: data.parts.test.table }
  );
  const source = data.fullTable.source ?? config.path ?? config.train ?? "data";
  for (const finding of findings) {
    if (finding.severity === "warn") deps.logger.warning(`${finding.rule}${finding.column ? ` (${finding.column})` : ""}: ${finding.message}`, { file: source, line: finding.lines?.[0] });
  }
  if (hasFailures(findings)) throw new DataValidationError(source, findings);
  const rows = data.fullTable.numRows;
  const profiled = rows > PROFILE_MAX_ROWS ? takeRows(data.fullTable, rng.fork("profile-sample").sample(rows, PROFILE_MAX_ROWS)) : data.fullTable;
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
var BOOTSTRAP_MAX_ROWS = 1e4;
var BOOTSTRAP_MAX_DRAWS = 2e6;
var MIN_RESAMPLES = 200;
function evaluateModel(request) {
  const { task, model, parts, config } = request;
  const numClasses = request.classes?.length ?? 0;
  const testScores = request.scores?.test ?? model.predict(parts.test.encoded.features);
  const validationScores = request.scores?.validation ?? (parts.validation ? model.predict(parts.validation.encoded.features) : void 0);
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
  const columns2 = {};
  for (const name of wanted) {
    const column = getColumn(table, name);
    if (!column) continue;
    columns2[name] = Array.from({ length: table.numRows }, (_, i) => cellValue(column, i));
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
    columns: columns2,
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
  const picked = m < rows ? rng.fork("subsample").sample(rows, m) : Uint32Array.from({ length: rows }, (_, i) => i);
  const stride = task === "multiclass" ? numClasses : 1;
  const order = task === "binary" ? Uint32Array.from(Array.from(picked).sort((a, b) => scores[a] - scores[b] || a - b)) : picked;
  const take = (values, k = 1) => {
    const out = new Float64Array(m * k);
    for (let i = 0; i < m; i++) for (let j = 0; j < k; j++) out[i * k + j] = values[order[i] * k + j];
    return out;
  };
  const yTrue = take(test.label);
  const yScore = take(scores, stride);
  const rowWeight = test.weight ? take(test.weight) : void 0;
  const weight = new Float64Array(m);
  const only = HEADLINE_METRICS[task];
  const resamples = Math.max(MIN_RESAMPLES, Math.min(config.n_resamples, Math.floor(BOOTSTRAP_MAX_DRAWS / m)));
  const computed = bootstrapIntervalsByCounts(
    (counts) => {
      for (let i = 0; i < m; i++) weight[i] = rowWeight ? counts[i] * rowWeight[i] : counts[i];
      return computeMetrics({ task, yTrue, yScore, threshold: threshold ?? void 0, sampleWeight: weight, numClasses: task === "multiclass" ? numClasses : void 0, only });
    },
    m,
    { rng, nResamples: resamples, confidence: config.confidence }
  );
  const scale = Math.sqrt(m / rows);
  const intervals = {};
  for (const [name, interval] of Object.entries(computed)) {
    if (interval.nValid === 0) continue;
    const full = estimates[name] ?? interval.estimate;
    intervals[name] = m < rows ? [full + (interval.lower - interval.estimate) * scale, full + (interval.upper - interval.estimate) * scale] : [interval.lower, interval.upper];
  }
  return { intervals, resamples };
}

// src/app/attribution-summary.ts
function meanAbsoluteByOutput(values, rows, outputs, stride, features) {
  const meanAbs = Array.from({ length: outputs }, () => new Float64Array(features));
  for (let r = 0; r < rows; r++) {
    for (let o = 0; o < outputs; o++) {
      const offset = (r * outputs + o) * stride;
      const sums = meanAbs[o];
      for (let f = 0; f < features; f++) sums[f] += Math.abs(values[offset + f]);
    }
  }
  for (const sums of meanAbs) for (let f = 0; f < features; f++) sums[f] /= rows;
  return meanAbs;
}
function explainedFeatures(names, meanAbs, classNames) {
  return names.map((name, f) => ({
    name,
    mean_abs_shap: meanAbs.reduce((total, sums) => total + sums[f], 0),
    ...classNames ? { mean_abs_shap_by_class: Object.fromEntries(classNames.map((c, o) => [c, meanAbs[o][f]])) } : {}
  }));
}

// src/core/data/gather-rows.ts
function stackRows(first, second, names) {
  const columns2 = names.map((name) => {
    const a = getColumn(first, name);
    const b = getColumn(second, name);
    if (!a || !b || a.type !== b.type) throw new Error(`column '${name}' is not in both parts with the same type`);
    if (a.type === "categorical" && b.type === "categorical") {
      const categories = [...a.categories];
      const index = new Map(categories.map((c, i) => [c, i]));
      const remap = b.categories.map((c) => {
        let code2 = index.get(c);
        if (code2 === void 0) {
          code2 = categories.length;
          categories.push(c);
          index.set(c, code2);
        }
        return code2;
      });
      const codes = new Int32Array(a.codes.length + b.codes.length);
      codes.set(a.codes);
      for (let i = 0; i < b.codes.length; i++) codes[a.codes.length + i] = b.codes[i] < 0 ? -1 : remap[b.codes[i]];
      return { name, type: "categorical", codes, categories };
    }
    if (a.type === "categorical" || b.type === "categorical") throw new Error(`column '${name}' is not in both parts with the same type`);
    const values = new Float64Array(a.values.length + b.values.length);
    values.set(a.values);
    values.set(b.values, a.values.length);
    return { ...a, values };
  });
  return makeTable(columns2);
}
function gatherRows(pool, rowsByColumn) {
  if (rowsByColumn.length !== pool.columns.length) throw new Error(`internal error: ${rowsByColumn.length} index columns for ${pool.columns.length} columns`);
  const columns2 = pool.columns.map((column, j) => takeColumnRows(column, rowsByColumn[j]));
  return makeTable(columns2);
}

// src/core/explain/permutation-shap.ts
var DEFAULT_BATCH_ROWS = 1 << 16;
async function permutationShap(request) {
  const { rows, background, players, outputs } = request;
  const transform = request.transform ?? ((value) => value);
  const columns2 = rows.length;
  const m = columns2 > 0 ? rows[0].length : 0;
  const b = columns2 > 0 ? background[0].length : 0;
  const p = players.length;
  if (b === 0) throw new RangeError("permutationShap needs at least one background row");
  const pairs = Math.max(1, Math.ceil(request.permutations / 2));
  const walks = 2 * pairs;
  const phi = new Float64Array(m * outputs * p);
  const expectedValue = new Array(outputs).fill(0);
  const baseOutputs = await request.predict(background);
  for (let z = 0; z < b; z++) for (let o = 0; o < outputs; o++) expectedValue[o] += transform(baseOutputs[z * outputs + o]) / b;
  const rowsPerWalk = p * b;
  const walksPerBatch = Math.max(1, Math.floor((request.batchRows ?? DEFAULT_BATCH_ROWS) / Math.max(1, rowsPerWalk)));
  const orders = [];
  for (let row = 0; row < m; row++) {
    for (let pair = 0; pair < pairs; pair++) {
      const order = request.rng.shuffle(Int32Array.from({ length: p }, (_, i) => i));
      orders.push({ row, order }, { row, order: order.slice().reverse() });
    }
  }
  for (let start = 0; start < orders.length; start += walksPerBatch) {
    const batch = orders.slice(start, start + walksPerBatch);
    const inputs = Array.from({ length: columns2 }, () => new Float64Array(batch.length * rowsPerWalk));
    batch.forEach(({ row, order }, w) => {
      for (let c = 0; c < columns2; c++) {
        const from = background[c];
        const target = inputs[c];
        for (let step = 0; step < p; step++) target.set(from, (w * p + step) * b);
      }
      for (let step = 0; step < p; step++) {
        for (let joined = 0; joined <= step; joined++) {
          for (const c of players[order[joined]]) inputs[c].fill(rows[c][row], (w * p + step) * b, (w * p + step + 1) * b);
        }
      }
    });
    const out = await request.predict(inputs);
    batch.forEach(({ row, order }, w) => {
      for (let o = 0; o < outputs; o++) {
        let previous = expectedValue[o];
        for (let step = 0; step < p; step++) {
          let mean = 0;
          const offset = (w * p + step) * b;
          for (let z = 0; z < b; z++) mean += transform(out[(offset + z) * outputs + o]);
          mean /= b;
          phi[(row * outputs + o) * p + order[step]] += (mean - previous) / walks;
          previous = mean;
        }
      }
    });
  }
  return { phi, expectedValue, permutations: walks };
}

// src/app/explain-by-permutation.ts
var IN_PROCESS_PERMUTATION = { orders: 8, backgroundRows: 32, workBudget: 5e5, minRows: 20 };
var PROGRAM_PERMUTATION = { orders: 8, backgroundRows: 16, workBudget: 1e5, minRows: 10 };
function affordableRows(settings, features, workBudget = settings.workBudget) {
  return Math.max(settings.minRows, Math.floor(workBudget / (settings.orders * Math.max(1, features) * settings.backgroundRows)));
}
async function permutationShapSummary(input) {
  const { classes, players } = input;
  const multiclass = classes !== null && classes.length > 2;
  const outputs = multiclass ? classes.length : 1;
  const transform = classes === null ? void 0 : multiclass ? (p) => Math.log(Math.max(p, PROBABILITY_FLOOR)) : logOdds;
  const result = await permutationShap({
    predict: input.predict,
    outputs,
    transform,
    rows: input.rows,
    background: input.background,
    players,
    permutations: input.settings.orders,
    rng: input.rng.fork("orders"),
    batchRows: input.batchRows
  });
  const m = input.rows.length > 0 ? input.rows[0].length : 0;
  const meanAbs = meanAbsoluteByOutput(result.phi, m, outputs, players.length, players.length);
  const classNames = multiclass ? classes : void 0;
  const features = explainedFeatures(input.names, meanAbs, classNames);
  return {
    output: classes === null ? "value" : multiclass ? "class_log_probabilities" : "log_odds",
    ...classNames ? { classes: classNames } : {},
    expectedValue: result.expectedValue,
    features,
    sampling: { permutations: result.permutations, background_rows: input.background.length > 0 ? input.background[0].length : 0 }
  };
}
var PROBABILITY_FLOOR = 1e-12;
function logOdds(p) {
  const clipped = Math.min(1 - PROBABILITY_FLOOR, Math.max(PROBABILITY_FLOOR, p));
  return Math.log(clipped / (1 - clipped));
}
function rowPredictorInput(predictor, tables, testRows, backgroundRows) {
  const names = [...predictor.features];
  const pool = stackRows(takeRows(tables.test, testRows), takeRows(tables.train, backgroundRows), names);
  const m = testRows.length;
  return {
    predict: (rowsByColumn) => predictor.predict(gatherRows(pool, rowsByColumn)),
    rows: names.map(() => Float64Array.from({ length: m }, (_, r) => r)),
    background: names.map(() => Float64Array.from({ length: backgroundRows.length }, (_, b) => m + b)),
    players: names.map((_, j) => [j]),
    names
  };
}

// src/app/explain-model.ts
var EXPLAIN_MAX_ROWS = 1e3;
var EXPLAIN_WORK_BUDGET = 6e7;
var EXPLAIN_MIN_ROWS = 100;
var EXPLAIN_TOP_FEATURES = 50;
var UNAVAILABLE_REASONS = {
  command: "not available for command: the model is the user\u2019s own program, which mltrain can ask for predictions on new rows only through model.predict_command, and none is set"
};
async function explainModel(request) {
  const { model, data } = request;
  const test = data.parts.test.encoded;
  const testRows = test.label.length;
  const unavailable = (reason2) => ({ available: false, method: null, engine: model.engine, reason: reason2 });
  const gbdt = model.engine === "gbdt" ? asGbdtModel(model.toJSON()) : void 0;
  const linear = model.engine === "logistic" ? asLogisticModel(model.toJSON()) : void 0;
  const program = model.engine === "command" ? request.rowPredictor : void 0;
  const reason = UNAVAILABLE_REASONS[model.engine];
  if (reason && !program) return unavailable(reason);
  if (testRows === 0) return unavailable("not available: the test part has no rows");
  if (request.maxRows === 0) return unavailable("turned off (evaluation.explanations.max_rows: 0)");
  const wanted = Math.min(testRows, request.maxRows ?? EXPLAIN_MAX_ROWS);
  let rows;
  let summary;
  if (gbdt || linear) {
    const affordable = gbdt ? Math.max(EXPLAIN_MIN_ROWS, Math.floor((request.workBudget ?? EXPLAIN_WORK_BUDGET) / treeShapWorkPerRow(gbdt))) : wanted;
    rows = sampleRows(testRows, Math.min(wanted, affordable), request.rng);
    const sample = test.features.map((column) => Float64Array.from(rows, (i) => column[i]));
    summary = gbdt ? treeShapSummary(gbdt, sample, data.classes) : linearShapSummary(linear, sample, data);
  } else if (program) {
    const train = data.parts.train.table;
    const testTable = data.parts.test.table;
    if (!train || !testTable) throw new Error("internal error: explaining a command model needs the raw parts");
    const settings = PROGRAM_PERMUTATION;
    rows = sampleRows(testRows, Math.min(wanted, affordableRows(settings, program.features.length, request.workBudget)), request.rng);
    const background = sampleRows(train.numRows, settings.backgroundRows, request.rng.fork("permutation-shap").fork("background"));
    try {
      const input = rowPredictorInput(program, { test: testTable, train }, rows, background);
      summary = await permutationShapSummary({ ...input, classes: data.classes, settings, rng: request.rng.fork("permutation-shap"), batchRows: Number.MAX_SAFE_INTEGER });
    } catch (error) {
      return unavailable(`not available: permutation SHAP through model.predict_command failed: ${error.message}`);
    }
  } else {
    const settings = IN_PROCESS_PERMUTATION;
    const { players, names } = playersOf(data, test.features.length);
    rows = sampleRows(testRows, Math.min(wanted, affordableRows(settings, players.length, request.workBudget)), request.rng);
    const train = data.parts.train.encoded.features;
    const background = sampleRows(train.length > 0 ? train[0].length : 0, settings.backgroundRows, request.rng.fork("permutation-shap").fork("background"));
    summary = await permutationShapSummary({
      predict: (features) => model.predict(features),
      rows: test.features.map((column) => Float64Array.from(rows, (i) => column[i])),
      background: train.map((column) => Float64Array.from(background, (i) => column[i])),
      players,
      names,
      classes: data.classes,
      settings,
      rng: request.rng.fork("permutation-shap")
    });
  }
  const top = summary.features.sort((a, b) => b.mean_abs_shap - a.mean_abs_shap || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).slice(0, request.topFeatures ?? EXPLAIN_TOP_FEATURES);
  return {
    available: true,
    method: gbdt ? "tree_shap" : linear ? "linear_shap" : "permutation_shap",
    engine: model.engine,
    split: "test",
    rows: rows.length,
    test_rows: testRows,
    output: summary.output,
    ...summary.classes ? { classes: summary.classes, multiclass_aggregation: "sum_over_classes" } : {},
    expected_value: summary.expectedValue,
    ...summary.sampling ? summary.sampling : {},
    features_total: summary.features.length,
    features: top
  };
}
function playersOf(data, width) {
  const groups = sourceColumns(data.encoder, data.featureInfo.names, width);
  const names = [...new Set(groups)];
  return { players: names.map((name) => groups.flatMap((g, j) => g === name ? [j] : [])), names };
}
function treeShapSummary(model, sample, classes) {
  const F = model.featureNames.length;
  const k = model.numClass;
  const m = sample.length > 0 ? sample[0].length : 0;
  const width = F + 1;
  const contributions = treeShap(model, sample);
  const meanAbs = meanAbsoluteByOutput(contributions, m, k, width, F);
  const expectedValue = Array.from({ length: k }, (_, cls) => contributions[cls * width + F]);
  const gain = featureImportance(model, "gain");
  const totalGain = featureImportance(model, "total_gain");
  const cover = featureImportance(model, "cover");
  const splits = featureImportance(model, "weight");
  const classNames = k > 1 ? Array.from({ length: k }, (_, cls) => classes?.[cls] ?? String(cls)) : void 0;
  const features = explainedFeatures(model.featureNames, meanAbs, classNames).map((feature, f) => ({
    ...feature,
    gain: gain[f],
    total_gain: totalGain[f],
    cover: cover[f],
    splits: splits[f]
  }));
  return { output: OUTPUT_OF[model.objective], ...classNames ? { classes: classNames } : {}, expectedValue, features };
}
function treeShapWorkPerRow(model) {
  let work = 0;
  for (const tree of model.trees) {
    const stack = [[0, 0]];
    while (stack.length > 0) {
      const [node, depth] = stack.pop();
      if (tree.feature[node] < 0) work += depth * depth;
      else stack.push([tree.left[node], depth + 1], [tree.right[node], depth + 1]);
    }
  }
  return Math.max(1, work);
}
var OUTPUT_OF = {
  "binary:logistic": "log_odds",
  "multi:softmax": "class_margins",
  "reg:squarederror": "value",
  "reg:pseudohubererror": "value"
};
function linearShapSummary(model, sample, data) {
  const train = data.parts.train.encoded.features;
  const groups = sourceColumns(data.encoder, data.featureInfo.names, model.coef.length);
  const names = [...new Set(groups)];
  const groupOf = groups.map((g) => names.indexOf(g));
  const m = sample.length > 0 ? sample[0].length : 0;
  const perRow = Array.from({ length: names.length }, () => new Float64Array(m));
  let expected = model.intercept;
  model.coef.forEach((coef, j) => {
    const mean = columnMean(train[j]);
    expected += coef * mean;
    const target = perRow[groupOf[j]];
    const column = sample[j];
    for (let i = 0; i < m; i++) target[i] += coef * ((Number.isNaN(column[i]) ? 0 : column[i]) - mean);
  });
  const features = names.map((name, g) => ({ name, mean_abs_shap: perRow[g].reduce((total, v) => total + Math.abs(v), 0) / m }));
  return { output: "log_odds", expectedValue: [expected], features };
}
function sourceColumns(encoder2, encodedNames, width) {
  const out = [];
  for (const spec of encoder2.specs) {
    const columns2 = spec.type === "categorical" ? encoder2.kind === "codes" ? 1 : spec.categories.length : spec.missingIndicator && encoder2.kind === "standardize_onehot" ? 2 : 1;
    for (let c = 0; c < columns2; c++) out.push(spec.column);
  }
  return out.length === width ? out : Array.from({ length: width }, (_, j) => encodedNames[j] ?? `f${j}`);
}
function columnMean(column) {
  let total = 0;
  for (let i = 0; i < column.length; i++) if (!Number.isNaN(column[i])) total += column[i];
  return column.length > 0 ? total / column.length : 0;
}
function sampleRows(n, count, rng) {
  return rng.sample(n, Math.min(count, n));
}
function asGbdtModel(json) {
  const candidate = json;
  return candidate?.format === "mltrain-gbdt" && Array.isArray(candidate.trees) ? candidate : void 0;
}
function asLogisticModel(json) {
  const candidate = json;
  return candidate?.format === "mltrain-logistic" && Array.isArray(candidate.coef) ? candidate : void 0;
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
function selectFeatures(columns2, loaded) {
  const data = loaded.config.data;
  const available = new Set(columns2);
  const issues = [];
  const requireColumn = (column, pointer) => {
    if (available.has(column)) return;
    const pos = loaded.locate(pointer);
    const hint = nearestColumns(column, columns2);
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
    features = columns2.filter((c) => !excluded.has(c));
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
function nearestColumns(column, columns2) {
  const nearest = didYouMean(column, columns2);
  if (nearest) return `; did you mean '${nearest}'?`;
  return `; columns: ${columns2.slice(0, 12).join(", ")}${columns2.length > 12 ? ", ..." : ""}`;
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
  const encoder2 = fitEncoder(split.train, features, { kind: encoding });
  const encodePart = (table, part) => {
    const target = part === "train" ? trainTarget : trainTarget.apply(getColumn(table, data.target), table.source);
    const transformed = encoder2.transform(table);
    const weightColumn = data.weight_column ? getColumn(table, data.weight_column) : void 0;
    const weight = weightColumn && weightColumn.type !== "categorical" ? weightColumn.values : void 0;
    return { table, encoded: { features: transformed.features, label: target.labels, weight } };
  };
  const trainPart = encodePart(split.train, "train");
  const transformedNames = encoder2.transform(takeRows(split.train, [])).names;
  return {
    fullTable,
    task: trainTarget.task,
    target: data.target,
    classes: trainTarget.classes,
    features,
    featureInfo: { names: transformedNames, categorical: encoder2.categorical, categories: featureCategories(encoder2) },
    encoder: encoder2,
    parts: {
      train: trainPart,
      validation: split.validation ? encodePart(split.validation, "validation") : void 0,
      test: encodePart(split.test, "test")
    },
    lineage: files.map((f) => ({ ...f.lineage, path: displayName(f.lineage.path, baseDir, f.lineage.path) })),
    skippedRows: files.reduce((sum, f) => sum + f.skippedRows, 0)
  };
}
function featureCategories(encoder2) {
  if (encoder2.kind !== "codes") return encoder2.names.map(() => null);
  return encoder2.specs.map((spec) => spec.type === "categorical" ? spec.categories : null);
}
function displayName(absolute, baseDir, asWritten) {
  if (!isAbsolute2(absolute)) return absolute;
  const rel = relative(baseDir, absolute);
  return rel.startsWith("..") ? asWritten : rel;
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
import { dirname as dirname3, join as join7, relative as relative2, resolve as resolve4 } from "node:path";

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
    toJSON: () => ({ protocol: COMMAND_PROTOCOL_VERSION, command: [...input.argv], model_dir: input.modelDir, files: [...input.files], code_version: input.codeVersion, params: input.params, iterations: input.iterations })
  };
}

// src/core/models/command/command-lineage.ts
var INTERPRETER_PATTERN = /^(python[0-9.]*|pypy[0-9.]*|Rscript|R|node|nodejs|julia|ruby|perl|bun|deno)(\.exe)?$/;
function knownInterpreter(program) {
  const name = program.split(/[\\/]/).pop() ?? program;
  return INTERPRETER_PATTERN.test(name) ? name : null;
}
function versionLine(lines) {
  const line = lines.map((l) => l.trim()).find((l) => l !== "");
  return line === void 0 ? null : line.slice(0, 200);
}

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

// src/app/command/program-lineage.ts
var VERSION_TIMEOUT_MS = 5e3;
var VERSION_GRACE_MS = 1e3;
async function describeProgram(deps, model, cwd) {
  if (model.command === void 0) throw new Error("internal error: describeProgram needs model.command (checked with the config)");
  const argv = commandArgv(model.command);
  const environment = childEnvironment(deps.environment, model.env, {});
  return {
    argv,
    predict_argv: model.predict_command === void 0 ? null : commandArgv(model.predict_command),
    working_directory: model.working_directory ?? ".",
    git_commit: await deps.repository.commit(),
    interpreter: await interpreterVersion(deps, argv[0], cwd, environment.env),
    env: Object.keys(model.env).filter((name) => !environment.droppedFromConfig.includes(name)).sort(),
    env_dropped: [...environment.droppedFromConfig].sort(),
    output_format: model.output_format,
    protocol: COMMAND_PROTOCOL_VERSION
  };
}
async function interpreterVersion(deps, program, cwd, env) {
  const name = knownInterpreter(program);
  if (name === null) return null;
  const lines = [];
  const running = deps.runner.start({ argv: [program, "--version"], cwd, env, timeoutMs: VERSION_TIMEOUT_MS, graceMs: VERSION_GRACE_MS, onStdoutLine: (line) => lines.push(line), onStderrLine: (line) => lines.push(line) });
  const exit = await running.exited;
  if (exit.startError) return { program: name, version: null, note: `could not start: ${exit.startError.code}` };
  if (exit.stoppedBy === "timeout") return { program: name, version: null, note: `no answer to --version within ${VERSION_TIMEOUT_MS / 1e3}s` };
  if (exit.code !== 0) return { program: name, version: null, note: `--version exited with status ${exit.code ?? exit.signal}` };
  return { program: name, version: versionLine(lines) };
}

// src/app/command/run-command-trial.ts
import { join as join6, resolve as resolve3 } from "node:path";

// src/app/command/command-data-files.ts
import { join as join2 } from "node:path";

// src/core/models/command/table-csv.ts
function* tableToCsv(table, columnNames, rowsPerChunk = 4096) {
  const columns2 = columnNames.map((name) => {
    const column = table.columns.find((c) => c.name === name);
    if (!column) throw new Error(`internal error: the table has no column '${name}'`);
    return column;
  });
  const formatters = columns2.map(cellFormatter);
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

// node_modules/hyparquet-writer/src/bytewriter.js
var ByteWriter = class {
  /**
   * @param {number} [initalSize]
   */
  constructor(initalSize = 1024) {
    this.buffer = new ArrayBuffer(initalSize);
    this.view = new DataView(this.buffer);
    this.offset = 0;
    this.index = 0;
  }
  /**
   * @param {number} size
   */
  ensure(size) {
    if (this.index + size > this.buffer.byteLength) {
      const newSize = Math.max(this.buffer.byteLength * 2, this.index + size);
      const newBuffer = new ArrayBuffer(newSize);
      new Uint8Array(newBuffer).set(new Uint8Array(this.buffer));
      this.buffer = newBuffer;
      this.view = new DataView(this.buffer);
    }
  }
  finish() {
  }
  getBuffer() {
    return this.buffer.slice(0, this.index);
  }
  getBytes() {
    return new Uint8Array(this.buffer, 0, this.index);
  }
  /**
   * @param {number} value
   */
  appendUint8(value) {
    this.ensure(1);
    this.view.setUint8(this.index, value);
    this.offset++;
    this.index++;
  }
  /**
   * @param {number} value
   */
  appendUint32(value) {
    this.ensure(4);
    this.view.setUint32(this.index, value, true);
    this.offset += 4;
    this.index += 4;
  }
  /**
   * @param {number} value
   */
  appendInt32(value) {
    this.ensure(4);
    this.view.setInt32(this.index, value, true);
    this.offset += 4;
    this.index += 4;
  }
  /**
   * @param {bigint} value
   */
  appendInt64(value) {
    this.ensure(8);
    this.view.setBigInt64(this.index, BigInt(value), true);
    this.offset += 8;
    this.index += 8;
  }
  /**
   * @param {number} value
   */
  appendFloat32(value) {
    this.ensure(4);
    this.view.setFloat32(this.index, value, true);
    this.offset += 4;
    this.index += 4;
  }
  /**
   * @param {number} value
   */
  appendFloat64(value) {
    this.ensure(8);
    this.view.setFloat64(this.index, value, true);
    this.offset += 8;
    this.index += 8;
  }
  /**
   * @param {ArrayBuffer} value
   */
  appendBuffer(value) {
    this.appendBytes(new Uint8Array(value));
  }
  /**
   * @param {Uint8Array} value
   */
  appendBytes(value) {
    this.ensure(value.length);
    new Uint8Array(this.buffer, this.index, value.length).set(value);
    this.offset += value.length;
    this.index += value.length;
  }
  /**
   * Convert a 32-bit signed integer to varint (1-5 bytes).
   * Writes out groups of 7 bits at a time, setting high bit if more to come.
   *
   * @param {number} value
   */
  appendVarInt(value) {
    while (true) {
      if ((value & ~127) === 0) {
        this.appendUint8(value);
        return;
      } else {
        this.appendUint8(value & 127 | 128);
        value >>>= 7;
      }
    }
  }
  /**
   * Convert a bigint to varint (1-10 bytes for 64-bit range).
   *
   * @param {bigint} value
   */
  appendVarBigInt(value) {
    while (true) {
      if ((value & ~0x7fn) === 0n) {
        this.appendUint8(Number(value));
        return;
      } else {
        this.appendUint8(Number(value & 0x7fn | 0x80n));
        value >>= 7n;
      }
    }
  }
  /**
   * Convert number to zigzag encoding and write as varint.
   *
   * @param {number | bigint} value
   */
  appendZigZag(value) {
    if (typeof value === "number") {
      this.appendVarInt(value << 1 ^ value >> 31);
    } else {
      this.appendVarBigInt(value << 1n ^ value >> 63n);
    }
  }
};

// node_modules/hyparquet-writer/node_modules/hyparquet/src/xxhash.js
var MASK = 0xffffffffffffffffn;
var PRIME1 = 0x9e3779b185ebca87n;
var PRIME2 = 0xc2b2ae3d27d4eb4fn;
var PRIME3 = 0x165667b19e3779f9n;
var PRIME4 = 0x85ebca77c2b2ae63n;
var PRIME5 = 0x27d4eb2f165667c5n;
function rotl64(x, r) {
  return (x << r | x >> 64n - r) & MASK;
}
function round(acc, val) {
  acc = acc + val * PRIME2 & MASK;
  acc = rotl64(acc, 31n);
  return acc * PRIME1 & MASK;
}
function mergeRound(acc, val) {
  acc ^= round(0n, val);
  return acc * PRIME1 + PRIME4 & MASK;
}
function xxhash64(input, seed = 0n) {
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
  const len = input.byteLength;
  let offset = 0;
  let h64;
  if (len >= 32) {
    let v1 = seed + PRIME1 + PRIME2 & MASK;
    let v2 = seed + PRIME2 & MASK;
    let v3 = seed;
    let v4 = seed - PRIME1 & MASK;
    while (offset + 32 <= len) {
      v1 = round(v1, view.getBigUint64(offset, true));
      offset += 8;
      v2 = round(v2, view.getBigUint64(offset, true));
      offset += 8;
      v3 = round(v3, view.getBigUint64(offset, true));
      offset += 8;
      v4 = round(v4, view.getBigUint64(offset, true));
      offset += 8;
    }
    h64 = rotl64(v1, 1n) + rotl64(v2, 7n) + rotl64(v3, 12n) + rotl64(v4, 18n) & MASK;
    h64 = mergeRound(h64, v1);
    h64 = mergeRound(h64, v2);
    h64 = mergeRound(h64, v3);
    h64 = mergeRound(h64, v4);
  } else {
    h64 = seed + PRIME5 & MASK;
  }
  h64 = h64 + BigInt(len) & MASK;
  while (offset + 8 <= len) {
    h64 ^= round(0n, view.getBigUint64(offset, true));
    h64 = rotl64(h64, 27n) * PRIME1 + PRIME4 & MASK;
    offset += 8;
  }
  if (offset + 4 <= len) {
    h64 ^= BigInt(view.getUint32(offset, true)) * PRIME1 & MASK;
    h64 = rotl64(h64, 23n) * PRIME2 + PRIME3 & MASK;
    offset += 4;
  }
  while (offset < len) {
    h64 ^= BigInt(view.getUint8(offset)) * PRIME5 & MASK;
    h64 = rotl64(h64, 11n) * PRIME1 & MASK;
    offset += 1;
  }
  h64 ^= h64 >> 33n;
  h64 = h64 * PRIME2 & MASK;
  h64 ^= h64 >> 29n;
  h64 = h64 * PRIME3 & MASK;
  h64 ^= h64 >> 32n;
  return h64;
}

// node_modules/hyparquet-writer/node_modules/hyparquet/src/bloom.js
var textEncoder = new TextEncoder();
var SALT = new Uint32Array([
  1203114875,
  1150766481,
  2284105051,
  2729912477,
  1884591559,
  770785867,
  2667333959,
  1550580529
]);
function hashParquetValue(value, element) {
  if (value === null || value === void 0) return void 0;
  const { type, converted_type, logical_type } = element;
  if (type === "BOOLEAN") {
    if (typeof value !== "boolean") return void 0;
    return xxhash64(new Uint8Array([value ? 1 : 0]));
  }
  if (type === "FLOAT") {
    if (typeof value !== "number") return void 0;
    const buf = new ArrayBuffer(4);
    new DataView(buf).setFloat32(0, value, true);
    return xxhash64(new Uint8Array(buf));
  }
  if (type === "DOUBLE") {
    if (typeof value !== "number") return void 0;
    const buf = new ArrayBuffer(8);
    new DataView(buf).setFloat64(0, value, true);
    return xxhash64(new Uint8Array(buf));
  }
  if (type === "INT32") {
    if (converted_type === "DATE" || converted_type === "DECIMAL" || converted_type === "TIME_MILLIS") return void 0;
    if (logical_type?.type === "DATE" || logical_type?.type === "TIME" || logical_type?.type === "DECIMAL") return void 0;
    if (typeof value !== "number" || !Number.isInteger(value)) return void 0;
    const buf = new ArrayBuffer(4);
    new DataView(buf).setInt32(0, value | 0, true);
    return xxhash64(new Uint8Array(buf));
  }
  if (type === "INT64") {
    if (converted_type === "TIMESTAMP_MILLIS" || converted_type === "TIMESTAMP_MICROS") return void 0;
    if (converted_type === "TIME_MICROS" || converted_type === "DECIMAL") return void 0;
    if (logical_type?.type === "TIMESTAMP" || logical_type?.type === "TIME" || logical_type?.type === "DECIMAL") return void 0;
    let bigValue;
    if (typeof value === "bigint") bigValue = value;
    else if (typeof value === "number" && Number.isSafeInteger(value)) bigValue = BigInt(value);
    else return void 0;
    const buf = new ArrayBuffer(8);
    new DataView(buf).setBigUint64(0, BigInt.asUintN(64, bigValue), true);
    return xxhash64(new Uint8Array(buf));
  }
  if (type === "BYTE_ARRAY") {
    if (converted_type === "JSON" || converted_type === "BSON" || converted_type === "DECIMAL") return void 0;
    if (logical_type?.type === "JSON" || logical_type?.type === "BSON" || logical_type?.type === "VARIANT") return void 0;
    if (logical_type?.type === "GEOMETRY" || logical_type?.type === "GEOGRAPHY") return void 0;
    if (typeof value === "string") return xxhash64(textEncoder.encode(value));
    if (value instanceof Uint8Array) return xxhash64(value);
    return void 0;
  }
  if (type === "FIXED_LEN_BYTE_ARRAY") {
    if (converted_type === "DECIMAL" || converted_type === "INTERVAL") return void 0;
    if (logical_type?.type === "DECIMAL" || logical_type?.type === "UUID" || logical_type?.type === "FLOAT16") return void 0;
    if (logical_type?.type === "GEOMETRY" || logical_type?.type === "GEOGRAPHY") return void 0;
    if (value instanceof Uint8Array) return xxhash64(value);
    return void 0;
  }
  return void 0;
}

// node_modules/hyparquet-writer/src/thrift.js
var STOP = 0;
var TRUE = 1;
var FALSE = 2;
var BYTE = 3;
var I32 = 5;
var I64 = 6;
var DOUBLE = 7;
var BINARY = 8;
var LIST = 9;
var STRUCT = 12;
var ThriftStruct = class {
  /**
   * @param {ThriftField[]} fields
   */
  constructor(fields) {
    this.fields = fields;
  }
};
function serializeTCompactProtocol(writer, data) {
  writeElement(writer, STRUCT, data);
}
function writeElement(writer, type, value) {
  if (type === TRUE) return;
  if (type === FALSE) return;
  if (type === BYTE && typeof value === "number") {
    writer.appendUint8(value);
  } else if (type === I32 && typeof value === "number") {
    writer.appendZigZag(value);
  } else if (type === I64 && typeof value === "bigint") {
    writer.appendZigZag(value);
  } else if (type === DOUBLE && typeof value === "number") {
    writer.appendFloat64(value);
  } else if (type === BINARY && typeof value === "string") {
    const bytes = new TextEncoder().encode(value);
    writer.appendVarInt(bytes.length);
    writer.appendBytes(bytes);
  } else if (type === BINARY && value instanceof Uint8Array) {
    writer.appendVarInt(value.byteLength);
    writer.appendBytes(value);
  } else if (type === LIST && Array.isArray(value)) {
    const elemType = getCompactTypeForList(value);
    if (value.length > 14) {
      writer.appendUint8(15 << 4 | elemType);
      writer.appendVarInt(value.length);
    } else {
      writer.appendUint8(value.length << 4 | elemType);
    }
    if (elemType === FALSE) {
      for (const v of value) {
        writer.appendUint8(v ? 1 : 0);
      }
    } else {
      for (const v of value) {
        writeElement(writer, elemType, v);
      }
    }
  } else if (type === STRUCT && value instanceof ThriftStruct) {
    let lastFid = 0;
    for (const [fid, fieldType, fieldValue] of value.fields) {
      if (fieldValue === void 0) continue;
      lastFid = writeStructField(writer, lastFid, fid, fieldType, fieldValue);
    }
    writer.appendUint8(STOP);
  } else if (type === STRUCT && typeof value === "object") {
    let lastFid = 0;
    for (const [k, v] of Object.entries(value)) {
      if (v === void 0) continue;
      const fid = parseInt(k.replace(/^field_/, ""), 10);
      if (Number.isNaN(fid)) {
        throw new Error(`thrift invalid field name: ${k}. Expected "field_###"`);
      }
      const t = getCompactTypeForValue(v);
      lastFid = writeStructField(writer, lastFid, fid, t, v);
    }
    writer.appendUint8(STOP);
  } else {
    throw new Error(`thrift invalid type ${type} for value ${value}`);
  }
}
function writeStructField(writer, lastFid, fid, type, value) {
  const delta = fid - lastFid;
  if (delta <= 0) {
    throw new Error(`thrift non-monotonic field id: fid=${fid}, lastFid=${lastFid}`);
  }
  if (delta > 15) {
    writer.appendUint8(type);
    writer.appendZigZag(fid);
  } else {
    writer.appendUint8(delta << 4 | type);
  }
  writeElement(writer, type, value);
  return fid;
}
function getCompactTypeForValue(value) {
  if (value === true) return TRUE;
  if (value === false) return FALSE;
  if (Number.isInteger(value)) return I32;
  if (typeof value === "number") return DOUBLE;
  if (typeof value === "bigint") return I64;
  if (typeof value === "string") return BINARY;
  if (value instanceof Uint8Array) return BINARY;
  if (Array.isArray(value)) return LIST;
  if (value && typeof value === "object") return STRUCT;
  throw new Error(`Cannot determine thrift compact type for: ${value}`);
}
function getCompactTypeForList(value) {
  let elemType = 0;
  for (const v of value) {
    let t = getCompactTypeForValue(v);
    if (t === TRUE) t = FALSE;
    if (!elemType) elemType = t;
    if (elemType === DOUBLE && t === I32) t = DOUBLE;
    if (elemType === I32 && t === DOUBLE) elemType = DOUBLE;
    if (t !== elemType) {
      throw new Error(`thrift invalid type for list element: ${v} (expected type ${elemType})`);
    }
  }
  return elemType ?? BYTE;
}

// node_modules/hyparquet-writer/src/bloom.js
var SALT2 = new Uint32Array([
  1203114875,
  1150766481,
  2284105051,
  2729912477,
  1884591559,
  770785867,
  2667333959,
  1550580529
]);
var MIN_BYTES = 32;
var MAX_BYTES = 128 * 1024 * 1024;
function blockIndex(hash, numBlocks) {
  return Number((hash >> 32n) * BigInt(numBlocks) >> 32n);
}
function blockMask(hash) {
  const m = new Uint32Array(8);
  const low = Number(hash & 0xffffffffn) | 0;
  for (let i = 0; i < 8; i++) {
    m[i] = 1 << (Math.imul(low, SALT2[i]) >>> 27);
  }
  return m;
}
function sbbfInsert(blocks, hash) {
  const offset = blockIndex(hash, blocks.length >> 3) << 3;
  const m = blockMask(hash);
  for (let i = 0; i < 8; i++) {
    blocks[offset + i] |= m[i];
  }
}
function nextPowerOfTwo(n) {
  let p = 1;
  while (p < n) p <<= 1;
  return p;
}
function optimalNumBytes(ndv, fpp) {
  if (!(fpp > 0 && fpp < 1)) throw new Error(`bloom filter fpp must be in (0, 1), got ${fpp}`);
  if (!(ndv >= 0)) throw new Error(`bloom filter ndv must be >= 0, got ${ndv}`);
  const m = -8 * ndv / Math.log(1 - fpp ** (1 / 8));
  const numBytes = Math.ceil(m / 8);
  if (!(numBytes <= MAX_BYTES)) return MAX_BYTES;
  return nextPowerOfTwo(Math.max(numBytes, MIN_BYTES));
}
var BloomBuilder = class {
  /**
   * @param {SchemaElement} element
   * @param {{ fpp?: number, maxBytes?: number }} [options]
   */
  constructor(element, { fpp = 0.01, maxBytes = 1024 * 1024 } = {}) {
    this.element = element;
    this.fpp = fpp;
    this.maxBytes = maxBytes;
    this.hashes = /* @__PURE__ */ new Set();
    this.skipped = 0;
  }
  /** @param {any} value */
  insert(value) {
    if (value === null || value === void 0) return;
    const h = hashParquetValue(value, this.element);
    if (h === void 0) {
      this.skipped++;
      return;
    }
    this.hashes.add(h);
  }
  /** @returns {Uint32Array | undefined} */
  finalize() {
    if (this.skipped > 0 || this.hashes.size === 0) return void 0;
    let numBytes = optimalNumBytes(this.hashes.size, this.fpp);
    while (numBytes > this.maxBytes && numBytes > MIN_BYTES) numBytes >>= 1;
    if (numBytes > this.maxBytes) return void 0;
    const blocks = new Uint32Array(numBytes >> 2);
    for (const h of this.hashes) sbbfInsert(blocks, h);
    return blocks;
  }
};
function writeBloomFilter(writer, blocks) {
  if (blocks.length % 8 !== 0) {
    throw new Error(`bloom filter block count must be a multiple of 8 uint32 words, got ${blocks.length}`);
  }
  serializeTCompactProtocol(writer, {
    field_1: blocks.byteLength,
    // numBytes
    field_2: { field_1: {} },
    // algorithm: SplitBlockAlgorithm
    field_3: { field_1: {} },
    // hash: XxHash
    field_4: { field_1: {} }
    // compression: Uncompressed
  });
  for (let i = 0; i < blocks.length; i++) {
    writer.appendUint32(blocks[i]);
  }
}
function writeBlooms(writer, pageIndexes) {
  for (const { chunk, bloomFilter } of pageIndexes) {
    if (!bloomFilter || !chunk.meta_data) continue;
    const offset = writer.offset;
    writeBloomFilter(writer, bloomFilter);
    chunk.meta_data.bloom_filter_offset = BigInt(offset);
    chunk.meta_data.bloom_filter_length = writer.offset - offset;
  }
}

// node_modules/hyparquet-writer/node_modules/hyparquet/src/constants.js
var ParquetTypes = [
  "BOOLEAN",
  "INT32",
  "INT64",
  "INT96",
  // deprecated
  "FLOAT",
  "DOUBLE",
  "BYTE_ARRAY",
  "FIXED_LEN_BYTE_ARRAY"
];
var Encodings = [
  "PLAIN",
  "GROUP_VAR_INT",
  // deprecated
  "PLAIN_DICTIONARY",
  "RLE",
  "BIT_PACKED",
  // deprecated
  "DELTA_BINARY_PACKED",
  "DELTA_LENGTH_BYTE_ARRAY",
  "DELTA_BYTE_ARRAY",
  "RLE_DICTIONARY",
  "BYTE_STREAM_SPLIT"
];
var FieldRepetitionTypes = [
  "REQUIRED",
  "OPTIONAL",
  "REPEATED"
];
var ConvertedTypes = [
  "UTF8",
  "MAP",
  "MAP_KEY_VALUE",
  "LIST",
  "ENUM",
  "DECIMAL",
  "DATE",
  "TIME_MILLIS",
  "TIME_MICROS",
  "TIMESTAMP_MILLIS",
  "TIMESTAMP_MICROS",
  "UINT_8",
  "UINT_16",
  "UINT_32",
  "UINT_64",
  "INT_8",
  "INT_16",
  "INT_32",
  "INT_64",
  "JSON",
  "BSON",
  "INTERVAL"
];
var CompressionCodecs = [
  "UNCOMPRESSED",
  "SNAPPY",
  "GZIP",
  "LZO",
  "BROTLI",
  "LZ4",
  "ZSTD",
  "LZ4_RAW"
];
var PageTypes = [
  "DATA_PAGE",
  "INDEX_PAGE",
  "DICTIONARY_PAGE",
  "DATA_PAGE_V2"
];
var BoundaryOrders = [
  "UNORDERED",
  "ASCENDING",
  "DESCENDING"
];
var EdgeInterpolationAlgorithms = [
  "SPHERICAL",
  "VINCENTY",
  "THOMAS",
  "ANDOYER",
  "KARNEY"
];

// node_modules/hyparquet-writer/src/delta.js
var BLOCK_SIZE = 128;
var MINIBLOCKS_PER_BLOCK = 4;
var VALUES_PER_MINIBLOCK = BLOCK_SIZE / MINIBLOCKS_PER_BLOCK;
function deltaBinaryPack(writer, values, type) {
  if (values.length === 0) {
    writer.appendVarInt(BLOCK_SIZE);
    writer.appendVarInt(MINIBLOCKS_PER_BLOCK);
    writer.appendVarInt(0);
    writer.appendVarInt(0);
    return;
  }
  if (typeof values[0] !== "number" && typeof values[0] !== "bigint") {
    throw new Error("deltaBinaryPack only supports number or bigint arrays");
  }
  if (usesInt32NumberPath(values)) {
    deltaBinaryPackInt32(writer, values, type === "INT32");
  } else {
    deltaBinaryPackBigInt(writer, values, type === "INT32" ? 32 : 64);
  }
}
function usesInt32NumberPath(values) {
  if (values instanceof Int32Array) return true;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== "number" || value !== (value | 0)) return false;
  }
  return true;
}
function deltaBinaryPackInt32(writer, values, wrap) {
  const count = values.length;
  writer.appendVarInt(BLOCK_SIZE);
  writer.appendVarInt(MINIBLOCKS_PER_BLOCK);
  writer.appendVarInt(count);
  appendZigZagNumber(writer, values[0]);
  const packedByBitWidth = [];
  const blockDeltas = new Float64Array(BLOCK_SIZE);
  const bitWidths = new Uint8Array(MINIBLOCKS_PER_BLOCK);
  let index = 1;
  while (index < count) {
    const blockEnd = Math.min(index + BLOCK_SIZE, count);
    const blockSize = blockEnd - index;
    const firstDelta = wrap ? values[index] - values[index - 1] | 0 : values[index] - values[index - 1];
    let previous = values[index];
    let constantEnd = index + 1;
    while (constantEnd < blockEnd) {
      const value = values[constantEnd];
      if ((wrap ? value - previous | 0 : value - previous) !== firstDelta) break;
      previous = value;
      constantEnd++;
    }
    if (constantEnd === blockEnd) {
      appendZigZagNumber(writer, firstDelta);
      writer.appendUint32(0);
      index = blockEnd;
      continue;
    }
    let minDelta = firstDelta;
    blockDeltas[0] = minDelta;
    for (let i = 1; i < blockSize; i++) {
      const delta = wrap ? values[index + i] - values[index + i - 1] | 0 : values[index + i] - values[index + i - 1];
      blockDeltas[i] = delta;
      if (delta < minDelta) minDelta = delta;
    }
    appendZigZagNumber(writer, minDelta);
    for (let mb = 0; mb < MINIBLOCKS_PER_BLOCK; mb++) {
      const mbStart = mb * VALUES_PER_MINIBLOCK;
      const mbEnd = Math.min(mbStart + VALUES_PER_MINIBLOCK, blockSize);
      let maxAdjusted = 0;
      for (let i = mbStart; i < mbEnd; i++) {
        const adjusted = blockDeltas[i] - minDelta;
        if (adjusted > maxAdjusted) maxAdjusted = adjusted;
      }
      bitWidths[mb] = bitWidthNumber(maxAdjusted);
    }
    writer.appendBytes(bitWidths);
    for (let mb = 0; mb < MINIBLOCKS_PER_BLOCK; mb++) {
      const bitWidth2 = bitWidths[mb];
      if (bitWidth2 === 0) continue;
      const mbStart = mb * VALUES_PER_MINIBLOCK;
      const mbEnd = Math.min(mbStart + VALUES_PER_MINIBLOCK, blockSize);
      const packed = packedByBitWidth[bitWidth2] ??= new Uint8Array(bitWidth2 * 4);
      let byteIndex = 0;
      let buffer = 0;
      let bitsUsed = 0;
      if (bitWidth2 <= 25) {
        for (let i = 0; i < VALUES_PER_MINIBLOCK; i++) {
          const adjusted = mbStart + i < mbEnd ? blockDeltas[mbStart + i] - minDelta : 0;
          buffer |= adjusted << bitsUsed;
          bitsUsed += bitWidth2;
          while (bitsUsed >= 8) {
            packed[byteIndex++] = buffer & 255;
            buffer >>>= 8;
            bitsUsed -= 8;
          }
        }
      } else {
        for (let i = 0; i < VALUES_PER_MINIBLOCK; i++) {
          const adjusted = mbStart + i < mbEnd ? blockDeltas[mbStart + i] - minDelta : 0;
          buffer += adjusted * 2 ** bitsUsed;
          bitsUsed += bitWidth2;
          while (bitsUsed >= 8) {
            packed[byteIndex++] = buffer % 256;
            buffer = Math.floor(buffer / 256);
            bitsUsed -= 8;
          }
        }
      }
      writer.appendBytes(packed);
    }
    index = blockEnd;
  }
}
function deltaBinaryPackBigInt(writer, values, bits) {
  const count = values.length;
  writer.appendVarInt(BLOCK_SIZE);
  writer.appendVarInt(MINIBLOCKS_PER_BLOCK);
  writer.appendVarInt(count);
  writer.appendZigZag(BigInt.asIntN(bits, BigInt(values[0])));
  const blockDeltas = new BigInt64Array(BLOCK_SIZE);
  const bitWidths = new Uint8Array(MINIBLOCKS_PER_BLOCK);
  let index = 1;
  while (index < count) {
    const blockEnd = Math.min(index + BLOCK_SIZE, count);
    const blockSize = blockEnd - index;
    let minDelta = 0n;
    for (let i = 0; i < blockSize; i++) {
      blockDeltas[i] = BigInt(values[index + i]) - BigInt(values[index + i - 1]);
      if (bits === 32) blockDeltas[i] = BigInt.asIntN(32, blockDeltas[i]);
      const delta = blockDeltas[i];
      if (i === 0 || delta < minDelta) minDelta = delta;
    }
    writer.appendZigZag(minDelta);
    for (let mb = 0; mb < MINIBLOCKS_PER_BLOCK; mb++) {
      const mbStart = mb * VALUES_PER_MINIBLOCK;
      const mbEnd = Math.min(mbStart + VALUES_PER_MINIBLOCK, blockSize);
      let maxAdjusted = 0n;
      for (let i = mbStart; i < mbEnd; i++) {
        const adjusted = blockDeltas[i] - minDelta;
        if (adjusted > maxAdjusted) maxAdjusted = adjusted;
      }
      bitWidths[mb] = bitWidth(maxAdjusted);
    }
    writer.appendBytes(bitWidths);
    for (let mb = 0; mb < MINIBLOCKS_PER_BLOCK; mb++) {
      const bitWidth2 = bitWidths[mb];
      if (bitWidth2 === 0) continue;
      const mbStart = mb * VALUES_PER_MINIBLOCK;
      const mbEnd = Math.min(mbStart + VALUES_PER_MINIBLOCK, blockSize);
      let buffer = 0n;
      let bitsUsed = 0;
      for (let i = 0; i < VALUES_PER_MINIBLOCK; i++) {
        const adjusted = mbStart + i < mbEnd ? blockDeltas[mbStart + i] - minDelta : 0n;
        buffer |= adjusted << BigInt(bitsUsed);
        bitsUsed += bitWidth2;
        while (bitsUsed >= 8) {
          writer.appendUint8(Number(buffer & 0xffn));
          buffer >>= 8n;
          bitsUsed -= 8;
        }
      }
    }
    index = blockEnd;
  }
}
function appendZigZagNumber(writer, value) {
  let encoded = value < 0 ? -value * 2 - 1 : value * 2;
  while (encoded >= 128) {
    writer.appendUint8(encoded % 128 + 128);
    encoded = Math.floor(encoded / 128);
  }
  writer.appendUint8(encoded);
}
function bitWidthNumber(value) {
  if (value === 0) return 0;
  return value > 4294967295 ? 33 : 32 - Math.clz32(value);
}
function deltaLengthByteArray(writer, values) {
  const lengths = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (!(value instanceof Uint8Array)) {
      throw new Error("deltaLengthByteArray expects Uint8Array values");
    }
    lengths[i] = value.length;
  }
  deltaBinaryPack(writer, lengths, "INT32");
  for (const value of values) {
    writer.appendBytes(value);
  }
}
function deltaByteArray(writer, values) {
  if (values.length === 0) {
    deltaBinaryPack(writer, [], "INT32");
    deltaBinaryPack(writer, [], "INT32");
    return;
  }
  const prefixLengths = new Int32Array(values.length);
  const suffixLengths = new Int32Array(values.length);
  const value = values[0];
  if (!(value instanceof Uint8Array)) {
    throw new Error("deltaByteArray expects Uint8Array values");
  }
  prefixLengths[0] = 0;
  suffixLengths[0] = value.length;
  for (let i = 1; i < values.length; i++) {
    const prev = values[i - 1];
    const curr = values[i];
    let prefixLen;
    if (curr === prev) {
      prefixLen = curr.length;
    } else {
      if (!(curr instanceof Uint8Array)) {
        throw new Error("deltaByteArray expects Uint8Array values");
      }
      prefixLen = 0;
      const maxPrefix = Math.min(prev.length, curr.length);
      while (prefixLen < maxPrefix && prev[prefixLen] === curr[prefixLen]) {
        prefixLen++;
      }
    }
    prefixLengths[i] = prefixLen;
    suffixLengths[i] = curr.length - prefixLen;
  }
  deltaBinaryPack(writer, prefixLengths, "INT32");
  deltaBinaryPack(writer, suffixLengths, "INT32");
  for (let i = 0; i < values.length; i++) {
    if (suffixLengths[i] > 0) {
      writer.appendBytes(values[i].subarray(prefixLengths[i]));
    }
  }
}
function bitWidth(value) {
  if (value === 0n) return 0;
  let bits = 0;
  while (value > 0n) {
    bits++;
    value >>= 1n;
  }
  return bits;
}

// node_modules/hyparquet-writer/src/encoding.js
function writeRleBitPackedHybrid(writer, values, bitWidth2) {
  const offsetStart = writer.offset;
  let pendingBitPackedGroups = 0;
  let bitPackedStart = 0;
  let i = 0;
  while (i < values.length) {
    let rleCount = 1;
    const firstVal = values[i];
    while (i + rleCount < values.length && values[i + rleCount] === firstVal) {
      rleCount++;
    }
    if (rleCount >= 8) {
      if (pendingBitPackedGroups) {
        writeBitPackedGroups(writer, values, bitPackedStart, pendingBitPackedGroups, bitWidth2);
        pendingBitPackedGroups = 0;
      }
      writeRleRun(writer, firstVal, rleCount, bitWidth2);
      i += rleCount;
    } else {
      if (pendingBitPackedGroups === 0) {
        bitPackedStart = i;
      }
      pendingBitPackedGroups++;
      i += 8;
    }
  }
  if (pendingBitPackedGroups) {
    writeBitPackedGroups(writer, values, bitPackedStart, pendingBitPackedGroups, bitWidth2);
  }
  return writer.offset - offsetStart;
}
function writeRleRun(writer, value, count, bitWidth2) {
  writer.appendVarInt(count << 1);
  const width = bitWidth2 + 7 >> 3;
  for (let j = 0; j < width; j++) {
    writer.appendUint8(value >> (j << 3) & 255);
  }
}
function writeBitPackedGroups(writer, values, start, numGroups, bitWidth2) {
  writer.appendVarInt(numGroups << 1 | 1);
  if (bitWidth2 === 0) return;
  const mask = (1 << bitWidth2) - 1;
  let buffer = 0;
  let bitsUsed = 0;
  const totalValues = numGroups * 8;
  for (let i = 0; i < totalValues; i++) {
    const idx = start + i;
    const v = idx < values.length ? values[idx] & mask : 0;
    buffer |= v << bitsUsed;
    bitsUsed += bitWidth2;
    while (bitsUsed >= 8) {
      writer.appendUint8(buffer & 255);
      buffer >>>= 8;
      bitsUsed -= 8;
    }
  }
  if (bitsUsed > 0) {
    writer.appendUint8(buffer & 255);
  }
}

// node_modules/hyparquet-writer/src/plain.js
function writePlain(writer, values, type, fixedLength) {
  if (type === "BOOLEAN") {
    writePlainBoolean(writer, values);
  } else if (type === "INT32") {
    writePlainInt32(writer, values);
  } else if (type === "INT64") {
    writePlainInt64(writer, values);
  } else if (type === "FLOAT") {
    writePlainFloat(writer, values);
  } else if (type === "DOUBLE") {
    writePlainDouble(writer, values);
  } else if (type === "BYTE_ARRAY") {
    writePlainByteArray(writer, values);
  } else if (type === "FIXED_LEN_BYTE_ARRAY") {
    if (!fixedLength) throw new Error("parquet FIXED_LEN_BYTE_ARRAY expected type_length");
    writePlainByteArrayFixed(writer, values, fixedLength);
  } else {
    throw new Error(`parquet unsupported type: ${type}`);
  }
}
function writePlainBoolean(writer, values) {
  let currentByte = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== "boolean") throw new Error("parquet expected boolean value, got " + value);
    const bitOffset = i % 8;
    if (value) {
      currentByte |= 1 << bitOffset;
    }
    if (bitOffset === 7) {
      writer.appendUint8(currentByte);
      currentByte = 0;
    }
  }
  if (values.length % 8) {
    writer.appendUint8(currentByte);
  }
}
function writePlainInt32(writer, values) {
  for (const value of values) {
    if (!Number.isSafeInteger(value)) throw new Error("parquet expected integer value, got " + value);
    if (value < -2147483648 || value > 2147483647) throw new Error("parquet expected int32 value, got " + value);
    writer.appendInt32(value);
  }
}
function writePlainInt64(writer, values) {
  for (const value of values) {
    if (typeof value !== "bigint") throw new Error("parquet expected bigint value, got " + value);
    writer.appendInt64(value);
  }
}
function writePlainFloat(writer, values) {
  for (const value of values) {
    if (typeof value !== "number") throw new Error("parquet expected number value, got " + value);
    writer.appendFloat32(value);
  }
}
function writePlainDouble(writer, values) {
  for (const value of values) {
    if (typeof value !== "number") throw new Error("parquet expected number value, got " + value);
    writer.appendFloat64(value);
  }
}
function writePlainByteArray(writer, values) {
  for (const value of values) {
    let bytes = value;
    if (typeof bytes === "string") {
      bytes = new TextEncoder().encode(value);
    }
    if (!(bytes instanceof Uint8Array)) {
      throw new Error("parquet expected Uint8Array value, got " + typeof bytes);
    }
    writer.appendUint32(bytes.length);
    writer.appendBytes(bytes);
  }
}
function writePlainByteArrayFixed(writer, values, fixedLength) {
  for (const value of values) {
    if (!(value instanceof Uint8Array)) throw new Error("parquet expected Uint8Array value, got " + typeof value);
    if (value.length !== fixedLength) throw new Error(`parquet expected Uint8Array of length ${fixedLength}`);
    writer.appendBytes(value);
  }
}

// node_modules/hyparquet-writer/node_modules/hyparquet/src/schema.js
function schemaTree(schema, rootIndex, path) {
  const element = schema[rootIndex];
  const children = [];
  let count = 1;
  if (element.num_children) {
    while (children.length < element.num_children) {
      const childElement = schema[rootIndex + count];
      const child = schemaTree(schema, rootIndex + count, [...path, childElement.name]);
      count += child.count;
      children.push(child);
    }
  }
  return { count, element, children, path };
}
function getSchemaPath(schema, name) {
  return getTreePath(schemaTree(schema, 0, []), name);
}
function getTreePath(tree, name) {
  const path = [tree];
  for (const part of name) {
    const child = tree.children.find((child2) => child2.element.name === part);
    if (!child) throw new Error(`parquet schema element not found: ${name}`);
    path.push(child);
    tree = child;
  }
  return path;
}
function getMaxDefinitionLevel(schemaPath) {
  let maxLevel = 0;
  for (const { element } of schemaPath.slice(1)) {
    if (element.repetition_type !== "REQUIRED") {
      maxLevel++;
    }
  }
  return maxLevel;
}
function isListLike(schema) {
  if (!schema) return false;
  if (schema.element.converted_type !== "LIST") return false;
  if (schema.children.length > 1) return false;
  const firstChild = schema.children[0];
  if (firstChild.children.length > 1) return false;
  if (firstChild.element.repetition_type !== "REPEATED") return false;
  return true;
}
function isMapLike(schema) {
  if (!schema) return false;
  if (schema.element.converted_type !== "MAP") return false;
  if (schema.children.length > 1) return false;
  const firstChild = schema.children[0];
  if (firstChild.children.length !== 2) return false;
  if (firstChild.element.repetition_type !== "REPEATED") return false;
  const keyChild = firstChild.children.find((child) => child.element.name === "key");
  if (keyChild?.element.repetition_type === "REPEATED") return false;
  const valueChild = firstChild.children.find((child) => child.element.name === "value");
  if (valueChild?.element.repetition_type === "REPEATED") return false;
  return true;
}

// node_modules/hyparquet-writer/node_modules/hyparquet/src/metadata.js
var defaultInitialFetchSize = 1 << 19;
var decoder = new TextDecoder();
function parquetSchema({ schema }) {
  return getSchemaPath(schema, [])[0];
}

// node_modules/hyparquet-writer/node_modules/hyparquet/src/utils.js
function toJson2(obj) {
  if (obj === void 0) return null;
  if (typeof obj === "bigint") return Number(obj);
  if (Object.is(obj, -0)) return 0;
  if (Array.isArray(obj)) return obj.map(toJson2);
  if (obj instanceof Uint8Array) return Array.from(obj);
  if (obj instanceof Date) return obj.toISOString();
  if (obj instanceof Object) {
    const newObj = {};
    for (const key of Object.keys(obj)) {
      if (obj[key] === void 0) continue;
      newObj[key] = toJson2(obj[key]);
    }
    return newObj;
  }
  return obj;
}

// node_modules/hyparquet-writer/src/variant.js
var encoder = new TextEncoder();
var INT64_MIN = -(2n ** 63n);
var INT64_MAX = 2n ** 63n - 1n;
var VARIANT_NULL = new Uint8Array([0]);
var RESERVED_SHREDDING_FIELDS = /* @__PURE__ */ new Set(["value", "typed_value"]);
var EMPTY_KEY_INDEX = /* @__PURE__ */ new Map();
var EMPTY_METADATA = writeVariantMetadata([]);
function encodeVariantColumn(values, shredding, column) {
  if (column?.required) {
    for (let i = 0; i < values.length; i++) {
      if (values[i] === void 0) {
        throw new Error(`required variant column ${column.name} has undefined value at index ${i}`);
      }
    }
  }
  const scratchWriters = [];
  const shreddingConfig = shredding && normalizeShreddingConfig(shredding);
  if (shreddingConfig) {
    const metadataCache = /* @__PURE__ */ new Map();
    return values.map((value) => {
      if (value === void 0) return null;
      const keys = /* @__PURE__ */ new Set();
      collectKeys(value, keys);
      const { metadata: metadata2, keyIndex: keyIndex2 } = getVariantRowMetadata(keys, metadataCache);
      return { metadata: metadata2, ...encodeShredded(value, shreddingConfig, keyIndex2, true, scratchWriters) };
    });
  }
  const dictionary = buildVariantDictionary(values);
  const metadata = writeVariantMetadata(dictionary);
  const keyIndex = /* @__PURE__ */ new Map();
  for (let i = 0; i < dictionary.length; i++) {
    keyIndex.set(dictionary[i], i);
  }
  return values.map((value) => {
    if (value === void 0) return null;
    return { metadata, value: writeVariantValue(value, keyIndex, scratchWriters) };
  });
}
function encodeShredded(value, shredType, keyIndex, allowPartialObjects, scratchWriters) {
  if (value === null || value === void 0) {
    return { value: VARIANT_NULL, typed_value: null };
  }
  if (Array.isArray(shredType)) {
    if (!Array.isArray(value)) {
      return { value: writeVariantValue(value, keyIndex, scratchWriters), typed_value: null };
    }
    const elemShred = shredType[0];
    return {
      value: null,
      typed_value: value.map((el2) => encodeShredded(el2, elemShred, keyIndex, false, scratchWriters))
    };
  }
  if (typeof shredType === "object") {
    if (typeof value !== "object" || Array.isArray(value) || value instanceof Date || value instanceof Uint8Array) {
      return { value: writeVariantValue(value, keyIndex, scratchWriters), typed_value: null };
    }
    const remaining = {};
    let hasRemaining = false;
    for (const k of Object.keys(value)) {
      if (k in shredType || value[k] === void 0) continue;
      remaining[k] = value[k];
      hasRemaining = true;
    }
    if (hasRemaining && !allowPartialObjects) {
      return { value: writeVariantValue(value, keyIndex, scratchWriters), typed_value: null };
    }
    const fieldNames = Object.keys(shredType);
    const hasMissingFieldConflict = fieldNames.some(
      (fieldName) => (!Object.prototype.hasOwnProperty.call(value, fieldName) || value[fieldName] === void 0) && keyIndex.has(fieldName)
    );
    if (hasMissingFieldConflict) {
      return { value: writeVariantValue(value, keyIndex, scratchWriters), typed_value: null };
    }
    const typedValue = {};
    for (const fieldName of fieldNames) {
      if (!Object.prototype.hasOwnProperty.call(value, fieldName) || value[fieldName] === void 0) {
        continue;
      }
      typedValue[fieldName] = encodeShredded(
        value[fieldName],
        shredType[fieldName],
        keyIndex,
        false,
        scratchWriters
      );
    }
    const binaryValue = hasRemaining ? writeVariantValue(remaining, keyIndex, scratchWriters) : null;
    return { value: binaryValue, typed_value: typedValue };
  }
  if (matchesType(value, shredType)) {
    return { value: null, typed_value: value };
  }
  return { value: writeVariantValue(value, keyIndex, scratchWriters), typed_value: null };
}
function getVariantRowMetadata(keys, metadataCache) {
  if (keys.size === 0) {
    return { metadata: EMPTY_METADATA, keyIndex: EMPTY_KEY_INDEX };
  }
  const dictionary = [...keys].sort();
  const cacheKey = dictionary.join("\0");
  const cached = metadataCache.get(cacheKey);
  if (cached) {
    return cached;
  }
  const metadata = writeVariantMetadata(dictionary);
  const keyIndex = /* @__PURE__ */ new Map();
  for (let i = 0; i < dictionary.length; i++) keyIndex.set(dictionary[i], i);
  const rowMetadata = { metadata, keyIndex };
  metadataCache.set(cacheKey, rowMetadata);
  return rowMetadata;
}
function matchesType(value, type) {
  if (value === null || value === void 0) return false;
  switch (type) {
    case "BOOLEAN":
      return typeof value === "boolean";
    case "INT32":
      return typeof value === "number" && Number.isInteger(value) && value >= -2147483648 && value <= 2147483647;
    case "INT64":
      return typeof value === "bigint" && value >= INT64_MIN && value <= INT64_MAX;
    case "FLOAT":
      return typeof value === "number";
    case "DOUBLE":
      return typeof value === "number";
    case "STRING":
      return typeof value === "string";
    case "TIMESTAMP":
      return value instanceof Date;
    default:
      return false;
  }
}
var MAX_SHRED_DEPTH = 3;
var MAX_SHRED_LEAVES = 256;
function autoDetectShredding(values) {
  const detected = detectShred(values, 0);
  if (detected === void 0 || typeof detected !== "object") return void 0;
  const normalized = normalizeShreddingConfig(detected);
  if (normalized === void 0 || countShredLeaves(normalized) > MAX_SHRED_LEAVES) return void 0;
  return normalized;
}
function countShredLeaves(shredType) {
  if (Array.isArray(shredType)) return shredType.length ? countShredLeaves(shredType[0]) : 0;
  if (shredType && typeof shredType === "object") {
    let leaves = 0;
    for (const key of Object.keys(shredType)) leaves += countShredLeaves(shredType[key]);
    return leaves;
  }
  return 1;
}
function detectShred(values, depth) {
  const nonNull = [];
  for (const v of values) {
    if (v !== null && v !== void 0) nonNull.push(v);
  }
  if (!nonNull.length) return void 0;
  if (nonNull.some(isPlainObject)) {
    if (depth >= MAX_SHRED_DEPTH) return void 0;
    const fieldValues = /* @__PURE__ */ new Map();
    for (const v of nonNull) {
      if (!isPlainObject(v)) continue;
      for (const [key, fieldValue] of Object.entries(v)) {
        if (fieldValue === void 0) continue;
        const arr = fieldValues.get(key);
        if (arr) arr.push(fieldValue);
        else fieldValues.set(key, [fieldValue]);
      }
    }
    const shredding = {};
    for (const [key, vals] of fieldValues) {
      const fieldShred = detectShred(vals, depth + 1);
      if (fieldShred !== void 0) shredding[key] = fieldShred;
    }
    return Object.keys(shredding).length > 0 ? shredding : void 0;
  }
  if (nonNull.every(Array.isArray)) {
    if (depth >= MAX_SHRED_DEPTH) return void 0;
    const elements = [];
    for (const arr of nonNull) for (const el2 of arr) elements.push(el2);
    const elemShred = detectShred(elements, depth + 1);
    return elemShred === void 0 ? void 0 : [elemShred];
  }
  let jsType;
  for (const v of nonNull) {
    if (Array.isArray(v)) return void 0;
    const t = v instanceof Date ? "date" : typeof v;
    if (jsType === void 0) jsType = t;
    else if (jsType !== t) return void 0;
  }
  return jsType ? jsTypeToBasicType(jsType) : void 0;
}
function isPlainObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof Uint8Array);
}
function normalizeShreddingConfig(shredding) {
  if (Array.isArray(shredding)) {
    const elem = shredding.length ? normalizeShreddingConfig(shredding[0]) : void 0;
    return elem === void 0 ? void 0 : [elem];
  }
  if (typeof shredding === "object") {
    const normalized = {};
    for (const [key, type] of Object.entries(shredding)) {
      if (RESERVED_SHREDDING_FIELDS.has(key)) continue;
      const norm = normalizeShreddingConfig(type);
      if (norm !== void 0) normalized[key] = norm;
    }
    return Object.keys(normalized).length > 0 ? normalized : void 0;
  }
  return shredding;
}
function jsTypeToBasicType(jsType) {
  switch (jsType) {
    case "boolean":
      return "BOOLEAN";
    case "string":
      return "STRING";
    case "number":
      return "DOUBLE";
    case "bigint":
      return "INT64";
    case "date":
      return "TIMESTAMP";
    default:
      return void 0;
  }
}
function buildVariantDictionary(values) {
  const keys = /* @__PURE__ */ new Set();
  collectKeys(values, keys);
  return [...keys].sort();
}
function collectKeys(value, keys) {
  if (value === null || value === void 0) return;
  if (Array.isArray(value)) {
    for (const item of value) {
      collectKeys(item, keys);
    }
    return;
  }
  if (value instanceof Date || value instanceof Uint8Array) return;
  if (typeof value === "object") {
    for (const key of Object.keys(value)) {
      keys.add(key);
      collectKeys(value[key], keys);
    }
  }
}
function writeVariantMetadata(dictionary) {
  const n = dictionary.length;
  const encoded = new Array(n);
  let totalStringBytes = 0;
  for (let i = 0; i < n; i++) {
    const e = encoder.encode(dictionary[i]);
    encoded[i] = e;
    totalStringBytes += e.length;
  }
  const offsetSize = byteWidth(totalStringBytes);
  const header = 1 | 1 << 4 | offsetSize - 1 << 6;
  const totalSize = 1 + offsetSize + (n + 1) * offsetSize + totalStringBytes;
  const bytes = new Uint8Array(totalSize);
  let offset = 0;
  bytes[offset++] = header;
  for (let j = 0; j < offsetSize; j++) bytes[offset++] = n >> j * 8 & 255;
  let strOffset = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < offsetSize; j++) bytes[offset++] = strOffset >> j * 8 & 255;
    strOffset += encoded[i].length;
  }
  for (let j = 0; j < offsetSize; j++) bytes[offset++] = strOffset >> j * 8 & 255;
  for (let i = 0; i < n; i++) {
    bytes.set(encoded[i], offset);
    offset += encoded[i].length;
  }
  return bytes;
}
function writeVariantValue(value, keyIndex, scratchWriters) {
  const writer = new ByteWriter(8);
  writeValue(value, writer, keyIndex, scratchWriters);
  return writer.getBytes();
}
function writeValue(val, writer, keyIndex, scratchWriters) {
  if (val === null || val === void 0) {
    writer.appendUint8(0);
    return;
  }
  if (val === true) {
    writer.appendUint8(4);
    return;
  }
  if (val === false) {
    writer.appendUint8(8);
    return;
  }
  if (typeof val === "bigint") {
    if (val < INT64_MIN || val > INT64_MAX) {
      throw new RangeError(`variant bigint out of int64 range: ${val}`);
    }
    writer.appendUint8(6 << 2);
    writer.appendInt64(val);
    return;
  }
  if (typeof val === "number") {
    if (Number.isInteger(val)) {
      if (val >= -128 && val <= 127) {
        writer.appendUint8(3 << 2);
        writer.appendUint8(val & 255);
        return;
      }
      if (val >= -32768 && val <= 32767) {
        writer.appendUint8(4 << 2);
        appendUnsignedLE(writer, val, 2);
        return;
      }
      if (val >= -2147483648 && val <= 2147483647) {
        writer.appendUint8(5 << 2);
        writer.appendInt32(val);
        return;
      }
    }
    writer.appendUint8(7 << 2);
    writer.appendFloat64(val);
    return;
  }
  if (typeof val === "string") {
    const strBytes = encoder.encode(val);
    if (strBytes.length <= 63) {
      writer.appendUint8(strBytes.length << 2 | 1);
      writer.appendBytes(strBytes);
    } else {
      writer.appendUint8(16 << 2);
      writer.appendUint32(strBytes.length);
      writer.appendBytes(strBytes);
    }
    return;
  }
  if (val instanceof Date) {
    writer.appendUint8(13 << 2);
    writer.appendInt64(BigInt(val.getTime()) * 1000n);
    return;
  }
  if (val instanceof Uint8Array) {
    writer.appendUint8(15 << 2);
    writer.appendUint32(val.length);
    writer.appendBytes(val);
    return;
  }
  if (Array.isArray(val)) {
    writeVariantArray(val, writer, keyIndex, scratchWriters);
    return;
  }
  if (typeof val === "object") {
    writeVariantObject(val, writer, keyIndex, scratchWriters);
    return;
  }
  throw new Error(`variant cannot encode value: ${val}`);
}
function writeVariantObject(obj, writer, keyIndex, scratchWriters) {
  const entries = Object.keys(obj).filter((key) => obj[key] !== void 0).map((key) => {
    const id = keyIndex.get(key);
    if (id === void 0) throw new Error(`variant key not in dictionary: ${key}`);
    return { id, key };
  });
  entries.sort((a, b) => a.id - b.id);
  const numElements = entries.length;
  const maxFieldId = numElements > 0 ? entries[numElements - 1].id : 0;
  const idWidth = byteWidth(maxFieldId);
  const scratch = scratchWriters.pop() ?? new ByteWriter(8);
  const offsets = new Array(numElements + 1);
  offsets[0] = 0;
  for (let i = 0; i < numElements; i++) {
    writeValue(obj[entries[i].key], scratch, keyIndex, scratchWriters);
    offsets[i + 1] = scratch.index;
  }
  const offsetWidth = byteWidth(offsets[numElements]);
  const isLarge = numElements > 255 ? 1 : 0;
  writer.appendUint8((offsetWidth - 1 | idWidth - 1 << 2 | isLarge << 4) << 2 | 2);
  if (isLarge) writer.appendUint32(numElements);
  else writer.appendUint8(numElements);
  for (const { id } of entries) appendUnsignedLE(writer, id, idWidth);
  for (const off of offsets) appendUnsignedLE(writer, off, offsetWidth);
  writer.appendBytes(scratch.getBytes());
  scratch.index = 0;
  scratch.offset = 0;
  scratchWriters.push(scratch);
}
function writeVariantArray(arr, writer, keyIndex, scratchWriters) {
  const numElements = arr.length;
  const scratch = scratchWriters.pop() ?? new ByteWriter(8);
  const offsets = new Array(numElements + 1);
  offsets[0] = 0;
  for (let i = 0; i < numElements; i++) {
    writeValue(arr[i], scratch, keyIndex, scratchWriters);
    offsets[i + 1] = scratch.index;
  }
  const offsetWidth = byteWidth(offsets[numElements]);
  const isLarge = numElements > 255 ? 1 : 0;
  writer.appendUint8((offsetWidth - 1 | isLarge << 2) << 2 | 3);
  if (isLarge) writer.appendUint32(numElements);
  else writer.appendUint8(numElements);
  for (const off of offsets) appendUnsignedLE(writer, off, offsetWidth);
  writer.appendBytes(scratch.getBytes());
  scratch.index = 0;
  scratch.offset = 0;
  scratchWriters.push(scratch);
}
function byteWidth(maxValue) {
  if (maxValue <= 255) return 1;
  if (maxValue <= 65535) return 2;
  if (maxValue <= 16777215) return 3;
  return 4;
}
function appendUnsignedLE(writer, value, width) {
  for (let i = 0; i < width; i++) {
    writer.appendUint8(value >> i * 8 & 255);
  }
}

// node_modules/hyparquet-writer/src/schema.js
function schemaFromColumnData({ columnData, schemaOverrides }) {
  const schema = [{
    name: "root",
    num_children: columnData.length
  }];
  for (const { name, data, type, nullable, shredding } of columnData) {
    if (schemaOverrides?.[name]) {
      const override = schemaOverrides[name];
      if (type || nullable !== void 0) {
        throw new Error(`cannot provide both type and schema override for column ${name}`);
      }
      if (override.name !== name) {
        throw new Error(`schema override for column ${name} must have matching name, got ${override.name}`);
      }
      if (override.type === "FIXED_LEN_BYTE_ARRAY" && !override.type_length) {
        throw new Error("schema override for FIXED_LEN_BYTE_ARRAY must include type_length");
      }
      if (override.num_children) {
        throw new Error("schema override does not support nested types");
      }
      schema.push(override);
    } else if (type === "VARIANT") {
      const repetition_type = nullable === false ? "REQUIRED" : "OPTIONAL";
      const shreddingConfig = shredding && shredding !== true ? normalizeShreddingConfig(shredding) : void 0;
      if (shreddingConfig) {
        schema.push(
          { name, repetition_type, num_children: 3, logical_type: { type: "VARIANT" } },
          { name: "metadata", type: "BYTE_ARRAY", repetition_type: "REQUIRED" },
          { name: "value", type: "BYTE_ARRAY", repetition_type: "OPTIONAL" },
          ...buildVariantTypedValue(shreddingConfig)
        );
      } else {
        schema.push(
          { name, repetition_type, num_children: 2, logical_type: { type: "VARIANT" } },
          { name: "metadata", type: "BYTE_ARRAY", repetition_type: "REQUIRED" },
          { name: "value", type: "BYTE_ARRAY", repetition_type: "OPTIONAL" }
        );
      }
    } else if (type) {
      schema.push(basicTypeToSchemaElement(name, type, nullable));
    } else {
      schema.push(autoSchemaElement(name, data.slice(0, 1e3)));
    }
  }
  return schema;
}
function buildVariantTypedValue(shredType) {
  if (Array.isArray(shredType)) {
    return [
      { name: "typed_value", repetition_type: "OPTIONAL", converted_type: "LIST", num_children: 1 },
      { name: "list", repetition_type: "REPEATED", num_children: 1 },
      { name: "element", repetition_type: "REQUIRED", num_children: 2 },
      { name: "value", type: "BYTE_ARRAY", repetition_type: "OPTIONAL" },
      ...buildVariantTypedValue(shredType[0])
    ];
  }
  if (typeof shredType === "object") {
    const fieldNames = Object.keys(shredType);
    const elements = [
      { name: "typed_value", repetition_type: "OPTIONAL", num_children: fieldNames.length }
    ];
    for (const fieldName of fieldNames) {
      elements.push(
        { name: fieldName, repetition_type: "OPTIONAL", num_children: 2 },
        { name: "value", type: "BYTE_ARRAY", repetition_type: "OPTIONAL" },
        ...buildVariantTypedValue(shredType[fieldName])
      );
    }
    return elements;
  }
  return [shreddedLeafElement(shredType)];
}
function shreddedLeafElement(type) {
  switch (type) {
    case "STRING":
      return { name: "typed_value", type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "OPTIONAL" };
    case "INT32":
      return { name: "typed_value", type: "INT32", repetition_type: "OPTIONAL" };
    case "INT64":
      return { name: "typed_value", type: "INT64", repetition_type: "OPTIONAL" };
    case "DOUBLE":
      return { name: "typed_value", type: "DOUBLE", repetition_type: "OPTIONAL" };
    case "FLOAT":
      return { name: "typed_value", type: "FLOAT", repetition_type: "OPTIONAL" };
    case "BOOLEAN":
      return { name: "typed_value", type: "BOOLEAN", repetition_type: "OPTIONAL" };
    case "TIMESTAMP":
      return { name: "typed_value", type: "INT64", converted_type: "TIMESTAMP_MICROS", repetition_type: "OPTIONAL" };
    default:
      throw new Error(`unsupported shredded field type: ${type}`);
  }
}
function basicTypeToSchemaElement(name, type, nullable) {
  const repetition_type = nullable === false ? "REQUIRED" : "OPTIONAL";
  if (type === "STRING") {
    return { name, type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type };
  }
  if (type === "JSON") {
    return { name, type: "BYTE_ARRAY", converted_type: "JSON", repetition_type };
  }
  if (type === "TIMESTAMP") {
    return { name, type: "INT64", converted_type: "TIMESTAMP_MILLIS", repetition_type };
  }
  if (type === "UUID") {
    return { name, type: "FIXED_LEN_BYTE_ARRAY", type_length: 16, logical_type: { type: "UUID" }, repetition_type };
  }
  if (type === "FLOAT16") {
    return { name, type: "FIXED_LEN_BYTE_ARRAY", type_length: 2, logical_type: { type: "FLOAT16" }, repetition_type };
  }
  if (type === "GEOMETRY") {
    return { name, type: "BYTE_ARRAY", logical_type: { type: "GEOMETRY" }, repetition_type };
  }
  if (type === "GEOGRAPHY") {
    return { name, type: "BYTE_ARRAY", logical_type: { type: "GEOGRAPHY" }, repetition_type };
  }
  return { name, type, repetition_type };
}
function autoSchemaElement(name, values) {
  let type;
  let repetition_type = "REQUIRED";
  let converted_type;
  if (values instanceof Int32Array) return { name, type: "INT32", repetition_type };
  if (values instanceof BigInt64Array) return { name, type: "INT64", repetition_type };
  if (values instanceof Float32Array) return { name, type: "FLOAT", repetition_type };
  if (values instanceof Float64Array) return { name, type: "DOUBLE", repetition_type };
  for (const value of values) {
    if (value === null || value === void 0) {
      repetition_type = "OPTIONAL";
    } else {
      let valueType;
      let valueConvertedType;
      if (typeof value === "boolean") valueType = "BOOLEAN";
      else if (typeof value === "bigint") valueType = "INT64";
      else if (Number.isInteger(value)) valueType = "INT32";
      else if (typeof value === "number") valueType = "DOUBLE";
      else if (value instanceof Uint8Array) valueType = "BYTE_ARRAY";
      else if (typeof value === "string") {
        valueType = "BYTE_ARRAY";
        valueConvertedType = "UTF8";
      } else if (value instanceof Date) {
        valueType = "INT64";
        valueConvertedType = "TIMESTAMP_MILLIS";
      } else if (typeof value === "object") {
        valueType = "BYTE_ARRAY";
        valueConvertedType = "JSON";
      } else throw new Error(`cannot determine parquet type for: ${value}`);
      if (type === void 0) {
        type = valueType;
        converted_type = valueConvertedType;
      } else if (type === "INT32" && valueType === "DOUBLE") {
        type = "DOUBLE";
      } else if (type === "DOUBLE" && valueType === "INT32") {
        continue;
      } else if (type !== valueType || converted_type !== valueConvertedType) {
        throw new Error(`parquet cannot write mixed types: ${converted_type ?? type} and ${valueConvertedType ?? valueType}`);
      }
    }
  }
  if (!type) {
    type = "BYTE_ARRAY";
    repetition_type = "OPTIONAL";
  }
  return { name, type, repetition_type, converted_type };
}
function getMaxRepetitionLevel(schemaPath) {
  let maxLevel = 0;
  for (const element of schemaPath) {
    if (element.repetition_type === "REPEATED") {
      maxLevel++;
    }
  }
  return maxLevel;
}
function schemaPathResolver(schema) {
  const root = parquetSchema({ schema });
  const childrenByName = /* @__PURE__ */ new Map();
  return (path) => {
    let tree = root;
    const schemaPath = [tree];
    for (const part of path) {
      let children = childrenByName.get(tree);
      if (!children) {
        children = /* @__PURE__ */ new Map();
        for (const child2 of tree.children) {
          if (!children.has(child2.element.name)) children.set(child2.element.name, child2);
        }
        childrenByName.set(tree, children);
      }
      const child = children.get(part);
      if (!child) throw new Error(`parquet schema element not found: ${path}`);
      schemaPath.push(child);
      tree = child;
    }
    return schemaPath;
  };
}

// node_modules/hyparquet-writer/src/splitstream.js
function writeByteStreamSplit(writer, values, type, typeLength) {
  const count = values.length;
  let bytes;
  let width;
  if (type === "FLOAT") {
    const typed = values instanceof Float32Array ? values : new Float32Array(numberArray(values));
    bytes = new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength);
    width = 4;
  } else if (type === "DOUBLE") {
    const typed = values instanceof Float64Array ? values : new Float64Array(numberArray(values));
    bytes = new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength);
    width = 8;
  } else if (type === "INT32") {
    const typed = values instanceof Int32Array ? values : new Int32Array(numberArray(values));
    bytes = new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength);
    width = 4;
  } else if (type === "INT64") {
    const typed = bigIntArray(values);
    bytes = new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength);
    width = 8;
  } else if (type === "FIXED_LEN_BYTE_ARRAY") {
    if (!typeLength) throw new Error("parquet byte_stream_split missing type_length");
    width = typeLength;
    bytes = new Uint8Array(count * width);
    for (let i = 0; i < count; i++) {
      bytes.set(values[i], i * width);
    }
  } else {
    throw new Error(`parquet byte_stream_split unsupported type: ${type}`);
  }
  for (let b = 0; b < width; b++) {
    for (let i = 0; i < count; i++) {
      writer.appendUint8(bytes[i * width + b]);
    }
  }
}
function numberArray(values) {
  if (Array.isArray(values) && values.every((v) => typeof v === "number")) {
    return values;
  }
  throw new Error("Expected number array for BYTE_STREAM_SPLIT encoding");
}
function bigIntArray(values) {
  if (values instanceof BigInt64Array) return values;
  if (Array.isArray(values) && values.every((v) => typeof v === "bigint")) {
    return new BigInt64Array(values);
  }
  throw new Error("Expected bigint array for BYTE_STREAM_SPLIT encoding");
}

// node_modules/hyparquet-writer/src/datapage.js
function writeDataPageV2({ writer, column, encoding, pageData }) {
  const { columnName, element, codec, compressors } = column;
  const { type, type_length, repetition_type } = element;
  if (!type) throw new Error(`column ${columnName} cannot determine type`);
  if (repetition_type === "REPEATED") throw new Error(`column ${columnName} repeated types not supported`);
  const levelWriter = new ByteWriter();
  const {
    definition_levels_byte_length,
    repetition_levels_byte_length,
    num_nulls,
    num_values,
    num_rows
  } = writeLevels(levelWriter, column, pageData);
  const nonnull = num_nulls ? pageData.values.filter((v) => v !== null && v !== void 0) : pageData.values;
  const page = new ByteWriter();
  if (encoding === "PLAIN") {
    writePlain(page, nonnull, type, type_length);
  } else if (encoding === "RLE") {
    if (type !== "BOOLEAN") throw new Error("RLE encoding only supported for BOOLEAN type");
    const rleData = new ByteWriter();
    writeRleBitPackedHybrid(rleData, nonnull, 1);
    page.appendUint32(rleData.offset);
    page.appendBytes(rleData.getBytes());
  } else if (encoding === "PLAIN_DICTIONARY" || encoding === "RLE_DICTIONARY") {
    let maxValue = 0;
    for (const v of nonnull) if (v > maxValue) maxValue = v;
    const bitWidth2 = Math.ceil(Math.log2(maxValue + 1));
    page.appendUint8(bitWidth2);
    writeRleBitPackedHybrid(page, nonnull, bitWidth2);
  } else if (encoding === "DELTA_BINARY_PACKED") {
    if (type !== "INT32" && type !== "INT64") {
      throw new Error("DELTA_BINARY_PACKED encoding only supported for INT32 and INT64 types");
    }
    deltaBinaryPack(page, nonnull, type);
  } else if (encoding === "DELTA_LENGTH_BYTE_ARRAY") {
    if (type !== "BYTE_ARRAY") {
      throw new Error("DELTA_LENGTH_BYTE_ARRAY encoding only supported for BYTE_ARRAY type");
    }
    deltaLengthByteArray(page, nonnull);
  } else if (encoding === "DELTA_BYTE_ARRAY") {
    if (type !== "BYTE_ARRAY") {
      throw new Error("DELTA_BYTE_ARRAY encoding only supported for BYTE_ARRAY type");
    }
    deltaByteArray(page, nonnull);
  } else if (encoding === "BYTE_STREAM_SPLIT") {
    writeByteStreamSplit(page, nonnull, type, type_length);
  } else {
    throw new Error(`parquet unsupported encoding: ${encoding}`);
  }
  const pageBytes = page.getBytes();
  const compressedBytes = compressors[codec]?.(pageBytes) ?? pageBytes;
  const headerStart = writer.offset;
  writePageHeader(writer, {
    type: "DATA_PAGE_V2",
    uncompressed_page_size: levelWriter.offset + page.offset,
    compressed_page_size: levelWriter.offset + compressedBytes.length,
    data_page_header_v2: {
      num_values,
      num_nulls,
      num_rows,
      encoding,
      definition_levels_byte_length,
      repetition_levels_byte_length,
      is_compressed: !!codec
      // is there benefit to page statistics here?
    }
  });
  const headerSize = writer.offset - headerStart;
  writer.appendBytes(levelWriter.getBytes());
  writer.appendBytes(compressedBytes);
  return headerSize + levelWriter.offset + page.offset;
}
function writePageHeader(writer, header) {
  const compact = {
    field_1: PageTypes.indexOf(header.type),
    field_2: header.uncompressed_page_size,
    field_3: header.compressed_page_size,
    field_4: header.crc,
    field_5: header.data_page_header && {
      field_1: header.data_page_header.num_values,
      field_2: Encodings.indexOf(header.data_page_header.encoding),
      field_3: Encodings.indexOf(header.data_page_header.definition_level_encoding),
      field_4: Encodings.indexOf(header.data_page_header.repetition_level_encoding)
      // field_5: header.data_page_header.statistics,
    },
    field_7: header.dictionary_page_header && {
      field_1: header.dictionary_page_header.num_values,
      field_2: Encodings.indexOf(header.dictionary_page_header.encoding)
    },
    field_8: header.data_page_header_v2 && {
      field_1: header.data_page_header_v2.num_values,
      field_2: header.data_page_header_v2.num_nulls,
      field_3: header.data_page_header_v2.num_rows,
      field_4: Encodings.indexOf(header.data_page_header_v2.encoding),
      field_5: header.data_page_header_v2.definition_levels_byte_length,
      field_6: header.data_page_header_v2.repetition_levels_byte_length,
      field_7: header.data_page_header_v2.is_compressed ? void 0 : false
      // default true
    }
  };
  serializeTCompactProtocol(writer, compact);
}
function writeLevels(writer, column, dataPage) {
  const { schemaPath } = column;
  const { values, definitionLevels, repetitionLevels, maxDefinitionLevel } = dataPage;
  const num_values = definitionLevels.length || values.length;
  let num_nulls = 0;
  let num_rows = 0;
  if (repetitionLevels.length) {
    for (let i = 0; i < repetitionLevels.length; i++) {
      if (repetitionLevels[i] === 0) num_rows++;
    }
  } else {
    num_rows = values.length;
  }
  if (definitionLevels.length) {
    for (let i = 0; i < definitionLevels.length; i++) {
      if (definitionLevels[i] < maxDefinitionLevel) num_nulls++;
    }
  }
  const maxRepetitionLevel = getMaxRepetitionLevel(schemaPath);
  let repetition_levels_byte_length = 0;
  if (maxRepetitionLevel) {
    const bitWidth2 = Math.ceil(Math.log2(maxRepetitionLevel + 1));
    repetition_levels_byte_length = writeRleBitPackedHybrid(writer, repetitionLevels, bitWidth2);
  }
  let definition_levels_byte_length = 0;
  if (maxDefinitionLevel) {
    const bitWidth2 = Math.ceil(Math.log2(maxDefinitionLevel + 1));
    definition_levels_byte_length = writeRleBitPackedHybrid(writer, definitionLevels, bitWidth2);
  }
  return { definition_levels_byte_length, repetition_levels_byte_length, num_values, num_nulls, num_rows };
}

// node_modules/hyparquet-writer/src/dictionary.js
var textEncoder2 = new TextEncoder();
function estimateValueSize(value, type, type_length) {
  if (value === null || value === void 0) return 0;
  if (type === "BOOLEAN") return 0.125;
  if (type === "INT32" || type === "FLOAT") return 4;
  if (type === "INT64" || type === "DOUBLE") return 8;
  if (type === "INT96") return 12;
  if (type === "FIXED_LEN_BYTE_ARRAY") return type_length ?? 0;
  if (type === "BYTE_ARRAY") {
    if (value instanceof Uint8Array) return value.byteLength;
    if (typeof value === "string") return value.length;
  }
  return 0;
}
function hashBytes(bytes) {
  let h = 2166136261;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
function bytesEqual(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}
var sampleRejectionRatio = 0.9;
function useDictionary(values, type, type_length, encoding, dictionarySize, required) {
  if (encoding && encoding !== "RLE_DICTIONARY") return {};
  if (type === "BOOLEAN") return {};
  const forced = encoding === "RLE_DICTIONARY";
  const byteArrayPrefixSize = type === "BYTE_ARRAY" ? 4 : 0;
  if (!forced) {
    const sampleSize = Math.min(values.length, 1e3);
    const sampleSizes = /* @__PURE__ */ new Map();
    const sampleHashes = /* @__PURE__ */ new Map();
    let sampleDictionarySize = 0;
    let sampleTotalSize = 0;
    for (let i = 0; i < sampleSize; i++) {
      const sampleIndex = sampleSize === 1 ? 0 : Math.floor(i * (values.length - 1) / (sampleSize - 1));
      const value = values[sampleIndex];
      let key = value;
      if (value instanceof Uint8Array) {
        key = sampleHashes.get(value);
        if (key === void 0) {
          key = hashBytes(value);
          sampleHashes.set(value, key);
        }
      }
      let valueSize = sampleSizes.get(key);
      if (valueSize === void 0) {
        valueSize = estimateValueSize(value, type, type_length) + (value === null || value === void 0 ? 0 : byteArrayPrefixSize);
        sampleSizes.set(key, valueSize);
        sampleDictionarySize += valueSize;
      }
      sampleTotalSize += valueSize;
    }
    if (!sampleTotalSize || sampleDictionarySize / sampleTotalSize > sampleRejectionRatio) return {};
  }
  const dictionary = [];
  const indexes = new Array(values.length);
  const valueIndex = /* @__PURE__ */ new Map();
  const valueSizes = [];
  const hashBuckets = /* @__PURE__ */ new Map();
  let dictSize = 0;
  let physicalDictSize = 0;
  let totalSize = 0;
  let nonNullCount = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === null || value === void 0) {
      if (required) throw new Error("parquet required value is undefined");
      continue;
    }
    nonNullCount++;
    let index;
    if (value instanceof Uint8Array) {
      totalSize += value.byteLength;
      index = valueIndex.get(value);
      if (index !== void 0) {
        indexes[i] = index;
        continue;
      }
      const hash = hashBytes(value);
      const bucket = hashBuckets.get(hash);
      if (bucket) {
        for (const j of bucket) {
          if (bytesEqual(dictionary[j], value)) {
            index = j;
            break;
          }
        }
      }
      if (index === void 0) {
        dictSize += value.byteLength;
        if (!forced && dictionarySize) {
          physicalDictSize += value.byteLength;
          if (physicalDictSize > dictionarySize) return {};
        }
        index = dictionary.length;
        dictionary.push(value);
        if (bucket) bucket.push(index);
        else hashBuckets.set(hash, [index]);
      }
      valueIndex.set(value, index);
    } else {
      index = valueIndex.get(value);
      const valueSize = index === void 0 ? estimateValueSize(value, type, type_length) : valueSizes[index];
      totalSize += valueSize;
      if (index === void 0) {
        dictSize += valueSize;
        if (!forced && dictionarySize) {
          physicalDictSize += typeof value === "string" ? textEncoder2.encode(value).byteLength : valueSize;
          if (physicalDictSize > dictionarySize) return {};
        }
        index = dictionary.length;
        dictionary.push(value);
        valueSizes[index] = valueSize;
        valueIndex.set(value, index);
      }
    }
    indexes[i] = index;
  }
  const bitWidth2 = Math.ceil(Math.log2(dictionary.length));
  const indexSize = Math.ceil(nonNullCount * bitWidth2 / 8);
  const plainSize = totalSize + nonNullCount * byteArrayPrefixSize;
  const dictionaryValueSize = dictSize + dictionary.length * byteArrayPrefixSize;
  if (!forced && 2 * (dictionaryValueSize + indexSize) > plainSize) return {};
  return { dictionary, indexes };
}
function writeDictionaryPage(writer, column, dictionary) {
  const { element, codec, compressors } = column;
  const { type, type_length } = element;
  if (!type) throw new Error(`column ${column.columnName} cannot determine type`);
  const dictionaryPage = new ByteWriter();
  writePlain(dictionaryPage, dictionary, type, type_length);
  const dictionaryBytes = dictionaryPage.getBytes();
  const compressedBytes = compressors[codec]?.(dictionaryBytes) ?? dictionaryBytes;
  const headerStart = writer.offset;
  writePageHeader(writer, {
    type: "DICTIONARY_PAGE",
    uncompressed_page_size: dictionaryBytes.byteLength,
    compressed_page_size: compressedBytes.byteLength,
    dictionary_page_header: {
      num_values: dictionary.length,
      encoding: "PLAIN"
    }
  });
  const headerSize = writer.offset - headerStart;
  writer.appendBytes(compressedBytes);
  return headerSize + dictionaryBytes.byteLength;
}

// node_modules/hyparquet-writer/src/geospatial.js
function geospatialStatistics(values) {
  const typeCodes = /* @__PURE__ */ new Set();
  let partial;
  for (const value of values) {
    if (value === null || value === void 0) continue;
    if (typeof value !== "object") {
      throw new Error("geospatial column expects GeoJSON geometries");
    }
    partial = extendBoundsFromGeometry(partial, value);
    typeCodes.add(geometryTypeCodeWithDimension(value));
  }
  let bbox;
  const { xmin, ymin, xmax, ymax } = partial ?? {};
  if (xmin !== void 0 && ymin !== void 0 && xmax !== void 0 && ymax !== void 0) {
    bbox = { ...partial, xmin, ymin, xmax, ymax };
  }
  if (typeCodes.size || bbox) {
    return {
      bbox,
      // Geospatial type codes of all instances, or an empty list if not known
      geospatial_types: typeCodes.size ? Array.from(typeCodes).sort((a, b) => a - b) : []
    };
  }
}
function extendBoundsFromGeometry(bbox, geometry) {
  if (geometry.type === "GeometryCollection") {
    for (const child of geometry.geometries || []) {
      bbox = extendBoundsFromGeometry(bbox, child);
    }
    return bbox;
  }
  return extendBoundsFromCoordinates(bbox, geometry.coordinates);
}
function extendBoundsFromCoordinates(bbox, coordinates) {
  if (typeof coordinates[0] === "number") {
    bbox = updateAxis(bbox, "xmin", "xmax", coordinates[0]);
    bbox = updateAxis(bbox, "ymin", "ymax", coordinates[1]);
    if (coordinates.length > 2) bbox = updateAxis(bbox, "zmin", "zmax", coordinates[2]);
    if (coordinates.length > 3) bbox = updateAxis(bbox, "mmin", "mmax", coordinates[3]);
    return bbox;
  }
  for (const child of coordinates) {
    bbox = extendBoundsFromCoordinates(bbox, child);
  }
  return bbox;
}
function updateAxis(bbox, minKey, maxKey, value) {
  if (value === void 0 || !Number.isFinite(value)) return bbox;
  if (!bbox) bbox = {};
  const min = bbox[minKey];
  const max = bbox[maxKey];
  if (min === void 0 || value < min) bbox[minKey] = value;
  if (max === void 0 || value > max) bbox[maxKey] = value;
  return bbox;
}
function geometryTypeCodeWithDimension(geometry) {
  const base = geometryTypeCodes[geometry.type];
  if (base === void 0) throw new Error(`unknown geometry type: ${geometry.type}`);
  const dim = inferGeometryDimensions(geometry);
  if (dim === 2) return base;
  if (dim === 3) return base + 1e3;
  if (dim === 4) return base + 3e3;
  throw new Error(`unsupported geometry dimensions: ${dim}`);
}
var geometryTypeCodes = {
  Point: 1,
  LineString: 2,
  Polygon: 3,
  MultiPoint: 4,
  MultiLineString: 5,
  MultiPolygon: 6,
  GeometryCollection: 7
};
function inferGeometryDimensions(geometry) {
  if (geometry.type === "GeometryCollection") {
    let maxDim = 0;
    for (const child of geometry.geometries || []) {
      maxDim = Math.max(maxDim, inferGeometryDimensions(child));
    }
    return maxDim || 2;
  }
  return inferCoordinateDimensions(geometry.coordinates);
}
function inferCoordinateDimensions(value) {
  if (!value.length) return 2;
  if (typeof value[0] === "number") return value.length;
  let maxDim = 0;
  for (const item of value) {
    maxDim = Math.max(maxDim, inferCoordinateDimensions(item));
  }
  return maxDim || 2;
}

// node_modules/hyparquet-writer/src/wkb.js
function geojsonToWkb(geometry) {
  const writer = new ByteWriter();
  writeGeometry(writer, geometry);
  return writer.getBytes();
}
function writeGeometry(writer, geometry) {
  if (typeof geometry !== "object") {
    throw new Error("geometry values must be GeoJSON geometries");
  }
  const typeCode = geometryTypeCode(geometry.type);
  const dim = inferGeometryDimensions2(geometry);
  let flag = 0;
  if (dim === 3) flag = 1;
  else if (dim === 4) flag = 3;
  else if (dim > 4) throw new Error(`unsupported geometry dimensions: ${dim}`);
  writer.appendUint8(1);
  writer.appendUint32(typeCode + flag * 1e3);
  if (geometry.type === "Point") {
    writePosition(writer, geometry.coordinates, dim);
  } else if (geometry.type === "LineString") {
    writeLine(writer, geometry.coordinates, dim);
  } else if (geometry.type === "Polygon") {
    writer.appendUint32(geometry.coordinates.length);
    for (const ring of geometry.coordinates) {
      writeLine(writer, ring, dim);
    }
  } else if (geometry.type === "MultiPoint") {
    writer.appendUint32(geometry.coordinates.length);
    for (const coordinates of geometry.coordinates) {
      writeGeometry(writer, { type: "Point", coordinates });
    }
  } else if (geometry.type === "MultiLineString") {
    writer.appendUint32(geometry.coordinates.length);
    for (const coordinates of geometry.coordinates) {
      writeGeometry(writer, { type: "LineString", coordinates });
    }
  } else if (geometry.type === "MultiPolygon") {
    writer.appendUint32(geometry.coordinates.length);
    for (const coordinates of geometry.coordinates) {
      writeGeometry(writer, { type: "Polygon", coordinates });
    }
  } else if (geometry.type === "GeometryCollection") {
    writer.appendUint32(geometry.geometries.length);
    for (const child of geometry.geometries) {
      writeGeometry(writer, child);
    }
  } else {
    throw new Error("unsupported geometry type");
  }
}
function writePosition(writer, position, dim) {
  if (position.length < dim) {
    throw new Error("geometry position dimensions mismatch");
  }
  for (let i = 0; i < dim; i++) {
    writer.appendFloat64(position[i]);
  }
}
function writeLine(writer, coordinates, dim) {
  writer.appendUint32(coordinates.length);
  for (const position of coordinates) {
    writePosition(writer, position, dim);
  }
}
function geometryTypeCode(type) {
  if (type === "Point") return 1;
  if (type === "LineString") return 2;
  if (type === "Polygon") return 3;
  if (type === "MultiPoint") return 4;
  if (type === "MultiLineString") return 5;
  if (type === "MultiPolygon") return 6;
  if (type === "GeometryCollection") return 7;
  throw new Error(`unknown geometry type: ${type}`);
}
function inferGeometryDimensions2(geometry) {
  if (geometry.type === "GeometryCollection") {
    let maxDim = 0;
    for (const child of geometry.geometries) {
      maxDim = Math.max(maxDim, inferGeometryDimensions2(child));
    }
    return maxDim || 2;
  }
  return inferCoordinateDimensions2(geometry.coordinates);
}
function inferCoordinateDimensions2(value) {
  if (!Array.isArray(value)) return 2;
  if (!value.length) return 2;
  if (typeof value[0] === "number") return value.length;
  let maxDim = 0;
  for (const item of value) {
    maxDim = Math.max(maxDim, inferCoordinateDimensions2(item));
  }
  return maxDim || 2;
}

// node_modules/hyparquet-writer/src/unconvert.js
var dayMillis = 864e5;
function mapConverted(values, convert) {
  const cache = /* @__PURE__ */ new Map();
  return Array.from(values, (value) => {
    if (cache.has(value)) return cache.get(value);
    const result = convert(value);
    cache.set(value, result);
    return result;
  });
}
function unconvert(element, values) {
  const { type, converted_type: ctype, logical_type: ltype } = element;
  if (ctype === "DECIMAL") {
    const factor = 10 ** (element.scale || 0);
    return Array.from(values, (v) => {
      if (v === null || v === void 0) return v;
      if (typeof v === "bigint") return unconvertDecimal(element, v);
      if (typeof v !== "number") throw new Error("DECIMAL must be a number or bigint");
      return unconvertDecimal(element, BigInt(Math.round(v * factor)));
    });
  }
  if (ctype === "DATE") {
    return Array.from(values).map((v) => {
      if (v instanceof Date) return Math.floor(v.getTime() / dayMillis);
      return v;
    });
  }
  if (ctype === "TIMESTAMP_MILLIS") {
    return Array.from(values).map((v) => {
      if (v === null || v === void 0) return v;
      if (v instanceof Date) return BigInt(v.getTime());
      return BigInt(v);
    });
  }
  if (ctype === "TIMESTAMP_MICROS") {
    return Array.from(values).map((v) => {
      if (v === null || v === void 0) return v;
      if (v instanceof Date) return BigInt(v.getTime() * 1e3);
      return BigInt(v);
    });
  }
  if (ctype === "JSON") {
    if (!Array.isArray(values)) throw new Error("JSON must be an array");
    const encoder2 = new TextEncoder();
    return mapConverted(
      values,
      (v) => v === null || v === void 0 ? v : encoder2.encode(JSON.stringify(toJson2(v)))
    );
  }
  if (ctype === "UTF8") {
    if (!Array.isArray(values)) throw new Error("strings must be an array");
    const encoder2 = new TextEncoder();
    return values.map((v) => typeof v === "string" ? encoder2.encode(v) : v);
  }
  if (ctype === "UINT_32" || ltype?.type === "INTEGER" && ltype.bitWidth === 32 && !ltype.isSigned) {
    if (values instanceof Uint32Array) return values;
    if (values instanceof Int32Array) return new Uint32Array(values.buffer, values.byteOffset, values.length);
    return Array.from(values).map((v) => {
      if (v === null || v === void 0) return v;
      if (!Number.isSafeInteger(v)) throw new Error("expected integer value, got " + v);
      if (v < 0 || v > 4294967295) throw new Error("expected uint32 value, got " + v);
      if (v > 2147483647) return v - 4294967296;
      return v;
    });
  }
  if (ltype?.type === "FLOAT16") {
    if (type !== "FIXED_LEN_BYTE_ARRAY") throw new Error("FLOAT16 must be FIXED_LEN_BYTE_ARRAY type");
    if (element.type_length !== 2) throw new Error("FLOAT16 expected type_length to be 2 bytes");
    return Array.from(values).map(unconvertFloat16);
  }
  if (ltype?.type === "UUID") {
    if (!Array.isArray(values)) throw new Error("UUID must be an array");
    if (type !== "FIXED_LEN_BYTE_ARRAY") throw new Error("UUID must be FIXED_LEN_BYTE_ARRAY type");
    if (element.type_length !== 16) throw new Error("UUID expected type_length to be 16 bytes");
    return values.map(unconvertUuid);
  }
  if (ltype?.type === "TIMESTAMP") {
    return Array.from(values).map((v) => {
      if (v === null || v === void 0) return v;
      if (v instanceof Date) {
        const millis = BigInt(v.getTime());
        if (ltype.unit === "NANOS") return millis * 1000000n;
        if (ltype.unit === "MICROS") return millis * 1000n;
        return millis;
      }
      return BigInt(v);
    });
  }
  if (ltype?.type === "GEOMETRY" || ltype?.type === "GEOGRAPHY") {
    if (!Array.isArray(values)) throw new Error("geometry must be an array");
    return mapConverted(values, (v) => {
      if (v === null || v === void 0) return v;
      return geojsonToWkb(v);
    });
  }
  return values;
}
function unconvertUuid(value) {
  if (value === void 0 || value === null) return;
  if (value instanceof Uint8Array) return value;
  if (typeof value === "string") {
    const uuidRegex = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
    if (!uuidRegex.test(value)) {
      throw new Error("UUID must be a valid UUID string");
    }
    value = value.replace(/-/g, "").toLowerCase();
    const bytes = new Uint8Array(16);
    for (let i = 0; i < 16; i++) {
      bytes[i] = parseInt(value.slice(i * 2, i * 2 + 2), 16);
    }
    return bytes;
  }
  throw new Error("UUID must be a string or Uint8Array");
}
var STATS_TRUNCATE_LENGTH = 16;
var utf8Decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function truncateStatistic(bytes, element, isMax, length) {
  if (bytes.length <= length || !isTruncatable(element)) return bytes;
  const truncated = isUtf8(element) ? truncateUtf8(bytes, isMax, length) : truncateBytes(bytes, isMax, length);
  return truncated ?? bytes;
}
function isTruncatable({ type, converted_type, logical_type }) {
  if (type !== "BYTE_ARRAY") return false;
  if (converted_type === "DECIMAL" || converted_type === "JSON" || converted_type === "BSON") return false;
  return logical_type?.type !== "JSON" && logical_type?.type !== "BSON";
}
function isUtf8({ converted_type, logical_type }) {
  return converted_type === "UTF8" || converted_type === "ENUM" || logical_type?.type === "STRING" || logical_type?.type === "ENUM";
}
function truncateBytes(bytes, isMax, length) {
  const prefix = new Uint8Array(bytes.subarray(0, length));
  if (!isMax) return prefix;
  let i = prefix.length - 1;
  while (i >= 0 && prefix[i] === 255) i--;
  if (i < 0) return void 0;
  const rounded = prefix.slice(0, i + 1);
  rounded[i] += 1;
  return rounded;
}
function truncateUtf8(bytes, isMax, length) {
  let end = length;
  while (end > 0 && (bytes[end] & 192) === 128) end--;
  if (!isMax) return new Uint8Array(bytes.subarray(0, end));
  let text2;
  try {
    text2 = utf8Decoder.decode(bytes.subarray(0, end));
  } catch {
    return truncateBytes(bytes, isMax, length);
  }
  const codePoints = Array.from(text2, (c) => c.codePointAt(0) ?? 0);
  const encoder2 = new TextEncoder();
  for (let i = codePoints.length - 1; i >= 0; i--) {
    end--;
    while (end > 0 && (bytes[end] & 192) === 128) end--;
    const code2 = codePoints[i];
    if (code2 === 1114111) continue;
    const next = code2 === 55295 ? 57344 : code2 + 1;
    const suffix = encoder2.encode(String.fromCodePoint(next));
    if (end + suffix.length > length) continue;
    const rounded = new Uint8Array(end + suffix.length);
    rounded.set(bytes.subarray(0, end));
    rounded.set(suffix, end);
    return rounded;
  }
}
function minMaxIsExact(value, element, isMax, length) {
  if (value === void 0 || value === null) return void 0;
  if (!isTruncatable(element)) return void 0;
  const bytes = value instanceof Uint8Array ? value : new TextEncoder().encode(value.toString());
  return truncateStatistic(bytes, element, isMax, length) === bytes ? void 0 : false;
}
function unconvertMinMax(value, element, isMax, truncateLength = STATS_TRUNCATE_LENGTH) {
  if (value === void 0 || value === null) return void 0;
  const { type, converted_type } = element;
  if (type === "BOOLEAN") return new Uint8Array([value ? 1 : 0]);
  if (element.logical_type?.type === "UUID" && (typeof value === "string" || value instanceof Uint8Array)) {
    return unconvertUuid(value);
  }
  if (converted_type === "DECIMAL") {
    if (typeof value !== "number" && typeof value !== "bigint") {
      throw new Error("DECIMAL must be a number or bigint");
    }
    const factor = 10 ** (element.scale || 0);
    const scaled = typeof value === "bigint" ? value : BigInt(Math.round(value * factor));
    const out = unconvertDecimal(element, scaled);
    if (out instanceof Uint8Array) return out;
    if (typeof out === "number") {
      const buffer = new ArrayBuffer(4);
      new DataView(buffer).setInt32(0, out, true);
      return new Uint8Array(buffer);
    }
    if (typeof out === "bigint") {
      const buffer = new ArrayBuffer(8);
      new DataView(buffer).setBigInt64(0, out, true);
      return new Uint8Array(buffer);
    }
  }
  if (element.logical_type?.type === "FLOAT16" && typeof value === "number") {
    return unconvertFloat16(value);
  }
  if (type === "BYTE_ARRAY" || type === "FIXED_LEN_BYTE_ARRAY") {
    const bytes = value instanceof Uint8Array ? value : new TextEncoder().encode(value.toString());
    return truncateStatistic(bytes, element, isMax, truncateLength);
  }
  if (type === "FLOAT" && typeof value === "number") {
    const buffer = new ArrayBuffer(4);
    new DataView(buffer).setFloat32(0, value, true);
    return new Uint8Array(buffer);
  }
  if (type === "DOUBLE" && typeof value === "number") {
    const buffer = new ArrayBuffer(8);
    new DataView(buffer).setFloat64(0, value, true);
    return new Uint8Array(buffer);
  }
  if (type === "INT32" && typeof value === "number") {
    const buffer = new ArrayBuffer(4);
    new DataView(buffer).setInt32(0, value, true);
    return new Uint8Array(buffer);
  }
  if (type === "INT64" && (typeof value === "bigint" || typeof value === "number" && Number.isInteger(value))) {
    const buffer = new ArrayBuffer(8);
    new DataView(buffer).setBigInt64(0, BigInt(value), true);
    return new Uint8Array(buffer);
  }
  if (type === "INT32" && converted_type === "DATE" && value instanceof Date) {
    const buffer = new ArrayBuffer(4);
    new DataView(buffer).setInt32(0, Math.floor(value.getTime() / dayMillis), true);
    return new Uint8Array(buffer);
  }
  if (type === "INT64" && converted_type === "TIMESTAMP_MILLIS" && value instanceof Date) {
    const buffer = new ArrayBuffer(8);
    new DataView(buffer).setBigInt64(0, BigInt(value.getTime()), true);
    return new Uint8Array(buffer);
  }
  if (type === "INT64" && converted_type === "TIMESTAMP_MICROS" && value instanceof Date) {
    const buffer = new ArrayBuffer(8);
    new DataView(buffer).setBigInt64(0, BigInt(value.getTime() * 1e3), true);
    return new Uint8Array(buffer);
  }
  if (type === "INT64" && element.logical_type?.type === "TIMESTAMP" && value instanceof Date) {
    const millis = BigInt(value.getTime());
    const { unit } = element.logical_type;
    let bigintValue = millis;
    if (unit === "NANOS") bigintValue = millis * 1000000n;
    else if (unit === "MICROS") bigintValue = millis * 1000n;
    const buffer = new ArrayBuffer(8);
    new DataView(buffer).setBigInt64(0, bigintValue, true);
    return new Uint8Array(buffer);
  }
  throw new Error(`unsupported type for statistics: ${type} with value ${value}`);
}
function unconvertStatistics(stats, element, truncateLength = STATS_TRUNCATE_LENGTH) {
  return {
    field_1: unconvertMinMax(stats.max, element, true, truncateLength),
    field_2: unconvertMinMax(stats.min, element, false, truncateLength),
    field_3: stats.null_count,
    field_4: stats.distinct_count,
    field_5: unconvertMinMax(stats.max_value, element, true, truncateLength),
    field_6: unconvertMinMax(stats.min_value, element, false, truncateLength),
    field_7: stats.is_max_value_exact ?? minMaxIsExact(stats.max_value ?? stats.max, element, true, truncateLength),
    field_8: stats.is_min_value_exact ?? minMaxIsExact(stats.min_value ?? stats.min, element, false, truncateLength),
    field_9: stats.nan_count
  };
}
function unconvertDecimal({ type, type_length }, value) {
  if (type === "INT32") return Number(value);
  if (type === "INT64") return value;
  if (type === "FIXED_LEN_BYTE_ARRAY" && !type_length) {
    throw new Error("fixed length byte array type_length is required");
  }
  if (!type_length && !value) return new Uint8Array();
  const bytes = [];
  while (true) {
    const byte = Number(value & 0xffn);
    bytes.unshift(byte);
    value >>= 8n;
    if (type_length) {
      if (bytes.length >= type_length) break;
    } else {
      const sign = byte & 128;
      if (!sign && value === 0n || sign && value === -1n) {
        break;
      }
    }
  }
  return new Uint8Array(bytes);
}
function unconvertFloat16(value) {
  if (value === void 0 || value === null) return;
  if (typeof value !== "number") throw new Error("parquet float16 expected number value");
  if (Number.isNaN(value)) return new Uint8Array([0, 126]);
  const sign = value < 0 || Object.is(value, -0) ? 1 : 0;
  const abs = Math.abs(value);
  if (!isFinite(abs)) return new Uint8Array([0, sign << 7 | 124]);
  if (abs === 0) return new Uint8Array([0, sign << 7]);
  if (abs >= 65520) return new Uint8Array([0, sign << 7 | 124]);
  let exponent = -14;
  if (abs >= 2 ** -14) {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, abs);
    exponent = (view.getUint32(0) >>> 20 & 2047) - 1023;
  }
  const scaled = abs / 2 ** (exponent - 10);
  let significand = Math.floor(scaled);
  const remainder = scaled - significand;
  if (remainder > 0.5 || remainder === 0.5 && significand % 2) significand++;
  const magnitude = abs < 2 ** -14 ? significand : (exponent + 14) * 1024 + significand;
  const bits16 = sign << 15 | magnitude;
  return new Uint8Array([bits16 & 255, bits16 >> 8]);
}

// node_modules/hyparquet-writer/src/column.js
function writeColumn({ writer, column, pageData }) {
  const { columnName, element, schemaPath, stats, pageSize, dictionarySize, encoding: userEncoding } = column;
  const { type, type_length } = element;
  if (!type) throw new Error(`column ${columnName} cannot determine type`);
  const { values, definitionLevels, repetitionLevels, maxDefinitionLevel } = pageData;
  const offsetStart = writer.offset;
  let uncompressedSize = 0;
  const encodings = [];
  const isGeospatial = element?.logical_type?.type === "GEOMETRY" || element?.logical_type?.type === "GEOGRAPHY";
  const geospatial_statistics = stats && isGeospatial ? geospatialStatistics(values) : void 0;
  let bloomFilter;
  if (column.bloomFilter) {
    const opts = typeof column.bloomFilter === "object" ? column.bloomFilter : void 0;
    const builder = new BloomBuilder(element, opts);
    for (const v of values) builder.insert(v);
    bloomFilter = builder.finalize();
  }
  let dictionary_page_offset;
  const selectPhysical = element.converted_type !== "UTF8";
  const dictionaryValues = selectPhysical ? unconvert(element, values) : values;
  if (type === "INT64") {
    const unsigned = element.converted_type === "UINT_64" || element.logical_type?.type === "INTEGER" && !element.logical_type.isSigned;
    const min = unsigned ? 0n : -(2n ** 63n);
    const max = unsigned ? 2n ** 64n - 1n : 2n ** 63n - 1n;
    for (const value of dictionaryValues) {
      if (value !== null && value !== void 0 && (value < min || value > max)) {
        throw new RangeError(`parquet INT64 value out of range: ${value}`);
      }
    }
  }
  const statisticsValues = element.converted_type === "JSON" ? dictionaryValues : values;
  const statistics = stats ? getStatistics(statisticsValues, element) : void 0;
  const { dictionary, indexes } = useDictionary(
    dictionaryValues,
    type,
    type_length,
    userEncoding,
    dictionarySize,
    maxDefinitionLevel === 0
  );
  let encoding;
  let writeValues;
  let writeType = type;
  if (dictionary && indexes) {
    writeValues = indexes;
    writeType = "INT32";
    encoding = "RLE_DICTIONARY";
    dictionary_page_offset = BigInt(writer.offset);
    const unconverted = selectPhysical ? dictionary : unconvert(element, dictionary);
    uncompressedSize += writeDictionaryPage(writer, column, unconverted);
    encodings.push("PLAIN");
  } else {
    writeValues = selectPhysical ? dictionaryValues : unconvert(element, values);
    encoding = userEncoding && userEncoding !== "RLE_DICTIONARY" ? userEncoding : type === "BOOLEAN" && values.length > 16 ? "RLE" : "PLAIN";
  }
  encodings.push(encoding);
  const pageBoundaries = getPageBoundaries(writeValues, writeType, type_length, pageSize, repetitionLevels);
  let columnIndex = column.columnIndex && pageBoundaries.length > 1 ? {
    null_pages: [],
    min_values: [],
    max_values: [],
    boundary_order: "UNORDERED",
    null_counts: [],
    nan_counts: isFloat(element) ? [] : void 0
  } : void 0;
  const offsetIndex = column.offsetIndex && pageBoundaries.length > 1 ? {
    page_locations: []
  } : void 0;
  const data_page_offset = BigInt(writer.offset);
  let first_row_index = 0n;
  let prevStart = 0;
  let prevMinValue;
  let prevMaxValue;
  let ascending = true;
  let descending = true;
  for (const { start, end } of pageBoundaries) {
    const pageOffset = writer.offset;
    const pageChunk = {
      values: writeValues.slice(start, end),
      definitionLevels: definitionLevels.slice(start, end),
      repetitionLevels: repetitionLevels.slice(start, end),
      maxDefinitionLevel
    };
    uncompressedSize += writeDataPageV2({ writer, column, encoding, pageData: pageChunk });
    if (columnIndex) {
      const pageValues = statisticsValues.slice(start, end);
      const { min_value, max_value, null_count = 0n, nan_count } = getStatistics(pageValues, element);
      const nullPage = null_count === BigInt(end - start);
      const minBytes = unconvertMinMax(min_value, element, false, column.statisticsTruncateLength);
      const maxBytes = unconvertMinMax(max_value, element, true, column.statisticsTruncateLength);
      if (!nullPage && (!minBytes || !maxBytes)) {
        columnIndex = void 0;
      } else {
        columnIndex.null_pages.push(nullPage);
        columnIndex.min_values.push(minBytes ?? new Uint8Array());
        columnIndex.max_values.push(maxBytes ?? new Uint8Array());
        columnIndex.null_counts?.push(null_count);
        if (nan_count !== void 0) columnIndex.nan_counts?.push(nan_count);
        if (prevMinValue !== void 0 && min_value !== void 0) {
          const order = compareValues(prevMinValue, min_value);
          if (order > 0) ascending = false;
          if (order < 0) descending = false;
        }
        if (prevMaxValue !== void 0 && max_value !== void 0) {
          const order = compareValues(prevMaxValue, max_value);
          if (order > 0) ascending = false;
          if (order < 0) descending = false;
        }
        prevMinValue = min_value;
        prevMaxValue = max_value;
      }
    }
    if (offsetIndex) {
      if (repetitionLevels.length) {
        for (let i = prevStart + 1; i <= start; i++) {
          if (repetitionLevels[i] === 0) first_row_index++;
        }
      } else {
        first_row_index = BigInt(start);
      }
      offsetIndex.page_locations.push({
        offset: BigInt(pageOffset),
        compressed_page_size: writer.offset - pageOffset,
        first_row_index
      });
    }
    prevStart = start;
  }
  if (columnIndex) {
    if (ascending) columnIndex.boundary_order = "ASCENDING";
    else if (descending) columnIndex.boundary_order = "DESCENDING";
  }
  let encoding_stats;
  if (stats) {
    encoding_stats = [];
    if (dictionary_page_offset !== void 0) {
      encoding_stats.push({ page_type: "DICTIONARY_PAGE", encoding: "PLAIN", count: 1 });
    }
    encoding_stats.push({ page_type: "DATA_PAGE_V2", encoding, count: pageBoundaries.length });
  }
  return {
    chunk: {
      meta_data: {
        type,
        encodings,
        path_in_schema: schemaPath.slice(1).map((s) => s.name),
        codec: column.codec ?? "UNCOMPRESSED",
        num_values: BigInt(values.length),
        total_compressed_size: BigInt(writer.offset - offsetStart),
        total_uncompressed_size: BigInt(uncompressedSize),
        data_page_offset,
        dictionary_page_offset,
        statistics,
        encoding_stats,
        geospatial_statistics
      },
      file_offset: BigInt(offsetStart)
    },
    columnIndex,
    offsetIndex,
    bloomFilter
  };
}
function getPageBoundaries(values, type, type_length, pageSize, repetitionLevels = []) {
  if (!pageSize) {
    return [{ start: 0, end: values.length }];
  }
  const boundaries = [];
  let start = 0;
  let accumulatedBytes = 0;
  for (let i = 0; i < values.length; i++) {
    const valueSize = estimateValueSize(values[i], type, type_length);
    accumulatedBytes += valueSize;
    const rowStart = !repetitionLevels.length || repetitionLevels[i] === 0;
    if (accumulatedBytes >= pageSize && i > start && rowStart) {
      boundaries.push({ start, end: i });
      start = i;
      accumulatedBytes = valueSize;
    }
  }
  if (start < values.length) {
    boundaries.push({ start, end: values.length });
  }
  return boundaries;
}
function getStatistics(values, element) {
  let min_value = void 0;
  let max_value = void 0;
  let null_count = 0n;
  let nan_count = isFloat(element) ? 0n : void 0;
  for (const value of values) {
    if (value === null || value === void 0) {
      null_count++;
      continue;
    }
    const statisticValue = physicalStatistic(value, element);
    if (typeof statisticValue === "object" && !(statisticValue instanceof Uint8Array)) continue;
    if (typeof statisticValue === "number" && Number.isNaN(statisticValue)) {
      if (nan_count !== void 0) nan_count++;
      continue;
    }
    if (min_value === void 0 || compareValues(statisticValue, min_value) < 0) min_value = statisticValue;
    if (max_value === void 0 || compareValues(statisticValue, max_value) > 0) max_value = statisticValue;
  }
  if (min_value === 0) min_value = -0;
  if (max_value === 0) max_value = 0;
  return { min_value, max_value, null_count, nan_count };
}
function isFloat({ type, logical_type }) {
  return type === "FLOAT" || type === "DOUBLE" || logical_type?.type === "FLOAT16";
}
function physicalStatistic(value, element) {
  if (element.converted_type === "DECIMAL" && typeof value === "number") {
    return BigInt(Math.round(value * 10 ** (element.scale || 0)));
  }
  if (value instanceof Date && (element.type === "INT32" || element.type === "INT64")) {
    return unconvert(element, [value])[0];
  }
  return value;
}
function compareValues(left, right) {
  if (left instanceof Uint8Array && right instanceof Uint8Array) {
    const length = Math.min(left.length, right.length);
    for (let i = 0; i < length; i += 1) {
      if (left[i] !== right[i]) return left[i] - right[i];
    }
    return left.length - right.length;
  }
  if (typeof left === "string" && typeof right === "string") return compareStrings(left, right);
  if (left < right) return -1;
  if (left > right) return 1;
  return 0;
}
function compareStrings(left, right) {
  if (left === right) return 0;
  const length = Math.min(left.length, right.length);
  let i = 0;
  while (i < length && left.charCodeAt(i) === right.charCodeAt(i)) i++;
  if (i > 0) {
    const prev = left.charCodeAt(i - 1);
    if (prev >= 55296 && prev <= 56319) i--;
  }
  while (i < left.length && i < right.length) {
    const a = codePointAt(left, i);
    const b = codePointAt(right, i);
    if (a !== b) return a - b;
    i += a > 65535 ? 2 : 1;
  }
  return left.length - right.length;
}
function codePointAt(str, i) {
  const code2 = str.codePointAt(i) ?? 65533;
  return code2 >= 55296 && code2 <= 57343 ? 65533 : code2;
}

// node_modules/hyparquet-writer/src/dremel.js
function encodeNestedValues(treePath, rows) {
  const schemaPath = treePath.map((n) => n.element);
  if (treePath.length < 2) throw new Error("parquet schema path must include column");
  const definitionLevels = [];
  const repetitionLevels = [];
  const maxDefinitionLevel = getMaxDefinitionLevel(treePath);
  if (treePath.length === 2 && maxDefinitionLevel === 0) {
    return { values: rows, definitionLevels, repetitionLevels, maxDefinitionLevel };
  }
  if (treePath.length === 2 && maxDefinitionLevel === 1) {
    const definitionLevels2 = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      definitionLevels2[i] = rows[i] === null || rows[i] === void 0 ? 0 : 1;
    }
    return { values: rows, definitionLevels: definitionLevels2, repetitionLevels, maxDefinitionLevel };
  }
  const repLevelPrior = new Array(treePath.length);
  let repeatedCount = 0;
  for (let i = 0; i < treePath.length; i++) {
    repLevelPrior[i] = repeatedCount;
    if (schemaPath[i].repetition_type === "REPEATED") repeatedCount++;
  }
  const values = [];
  for (const row of rows) {
    visit(1, row, 0, 0, false);
  }
  return { values, definitionLevels, repetitionLevels, maxDefinitionLevel };
  function visit(depth, value, defLevel, repLevel, allowNull) {
    const element = schemaPath[depth];
    const repetition = element.repetition_type || "REQUIRED";
    if (depth === treePath.length - 1) {
      if (value === null || value === void 0) {
        if (repetition === "REQUIRED" && !allowNull) {
          throw new Error("parquet required value is undefined");
        }
        definitionLevels.push(defLevel);
      } else {
        definitionLevels.push(repetition === "REQUIRED" ? defLevel : defLevel + 1);
      }
      repetitionLevels.push(repLevel);
      values.push(value);
      return;
    }
    if (repetition === "REPEATED") {
      if (value === null || value === void 0) {
        if (!allowNull) throw new Error("parquet required value is undefined");
        visit(depth + 1, void 0, defLevel, repLevel, true);
        return;
      }
      if (!Array.isArray(value)) {
        throw new Error(`parquet repeated field ${element.name} must be an array`);
      }
      if (!value.length) {
        visit(depth + 1, void 0, defLevel, repLevel, true);
        return;
      }
      const isMapEntry = isMapLike(treePath[depth - 1]);
      const childElement = schemaPath[depth + 1];
      for (let i = 0; i < value.length; i++) {
        let childValue = value[i];
        if (isMapEntry && childValue && typeof childValue === "object" && childElement) {
          childValue = childValue[childElement.name];
        }
        const childRep = i === 0 ? repLevel : repLevelPrior[depth] + 1;
        visit(depth + 1, childValue, defLevel + 1, childRep, false);
      }
      return;
    }
    if (repetition === "OPTIONAL") {
      if (value === null || value === void 0) {
        visit(depth + 1, void 0, defLevel, repLevel, true);
      } else {
        const childValue = getChildValue(depth, value);
        const childIsNull = childValue === null || childValue === void 0;
        const isLogicalContainer = isListLike(treePath[depth]) || isMapLike(treePath[depth]);
        const isStruct = element.num_children && !element.type && !isLogicalContainer;
        const nextDef = isStruct || !childIsNull ? defLevel + 1 : defLevel;
        visit(depth + 1, childValue, nextDef, repLevel, childIsNull);
      }
      return;
    }
    if (value === null || value === void 0) {
      if (!allowNull) throw new Error("parquet required value is undefined");
      visit(depth + 1, void 0, defLevel, repLevel, true);
    } else {
      visit(depth + 1, getChildValue(depth, value), defLevel, repLevel, false);
    }
  }
  function getChildValue(depth, currentValue) {
    if (currentValue === null || currentValue === void 0) return void 0;
    const child = schemaPath[depth + 1];
    if (!child) return void 0;
    if (isListLike(treePath[depth])) return currentValue;
    if (isMapLike(treePath[depth])) {
      return normalizeMap(currentValue, schemaPath[depth]);
    }
    if (typeof currentValue === "object" && !Array.isArray(currentValue)) {
      return currentValue[child.name];
    }
    throw new Error(`parquet expected struct, got ${currentValue}`);
  }
}
function normalizeMap(value, element) {
  if (value instanceof Map) {
    return Array.from(value.entries(), ([k, v]) => ({ key: k, value: v }));
  }
  if (Array.isArray(value)) {
    return value.map((entry) => {
      if (entry && typeof entry === "object" && "key" in entry && "value" in entry) {
        return entry;
      }
      if (Array.isArray(entry) && entry.length === 2) {
        return { key: entry[0], value: entry[1] };
      }
      throw new Error("parquet map entry must provide key and value");
    });
  }
  if (typeof value === "object") {
    return Object.entries(value).map(([k, v]) => ({ key: k, value: v }));
  }
  throw new Error(`parquet map field ${element.name} must be Map, array, or object`);
}

// node_modules/hyparquet-writer/src/indexes.js
function writeIndexes(writer, pageIndexes) {
  for (const { chunk, columnIndex } of pageIndexes) {
    writeColumnIndex(writer, chunk, columnIndex);
  }
  for (const { chunk, offsetIndex } of pageIndexes) {
    writeOffsetIndex(writer, chunk, offsetIndex);
  }
}
function writeColumnIndex(writer, columnChunk, columnIndex) {
  if (!columnIndex || columnIndex.min_values.length <= 1) return;
  const columnIndexOffset = writer.offset;
  serializeTCompactProtocol(writer, {
    field_1: columnIndex.null_pages,
    field_2: columnIndex.min_values,
    field_3: columnIndex.max_values,
    field_4: BoundaryOrders.indexOf(columnIndex.boundary_order),
    field_5: columnIndex.null_counts,
    field_8: columnIndex.nan_counts
  });
  columnChunk.column_index_offset = BigInt(columnIndexOffset);
  columnChunk.column_index_length = writer.offset - columnIndexOffset;
}
function writeOffsetIndex(writer, columnChunk, offsetIndex) {
  if (!offsetIndex || offsetIndex.page_locations.length <= 1) return;
  const offsetIndexOffset = writer.offset;
  serializeTCompactProtocol(writer, {
    field_1: offsetIndex.page_locations.map((p) => ({
      field_1: p.offset,
      field_2: p.compressed_page_size,
      field_3: p.first_row_index
    }))
  });
  columnChunk.offset_index_offset = BigInt(offsetIndexOffset);
  columnChunk.offset_index_length = writer.offset - offsetIndexOffset;
}

// node_modules/hyparquet-writer/src/metadata.js
function writeMetadata(writer, metadata, statisticsTruncateLength) {
  const resolveSchemaPath = schemaPathResolver(metadata.schema);
  const compact = {
    field_1: metadata.version,
    field_2: metadata.schema.map((element) => ({
      field_1: element.type && ParquetTypes.indexOf(element.type),
      field_2: element.type_length,
      field_3: element.repetition_type && FieldRepetitionTypes.indexOf(element.repetition_type),
      field_4: element.name,
      field_5: element.num_children,
      field_6: element.converted_type && ConvertedTypes.indexOf(element.converted_type),
      field_7: element.scale,
      field_8: element.precision,
      field_9: element.field_id,
      field_10: logicalType(element.logical_type)
    })),
    field_3: metadata.num_rows,
    field_4: metadata.row_groups.map((rg) => ({
      field_1: rg.columns.map((c) => ({
        field_1: c.file_path,
        field_2: c.file_offset,
        field_3: c.meta_data && {
          field_1: ParquetTypes.indexOf(c.meta_data.type),
          field_2: c.meta_data.encodings.map((e) => Encodings.indexOf(e)),
          field_3: c.meta_data.path_in_schema,
          field_4: CompressionCodecs.indexOf(c.meta_data.codec),
          field_5: c.meta_data.num_values,
          field_6: c.meta_data.total_uncompressed_size,
          field_7: c.meta_data.total_compressed_size,
          field_8: c.meta_data.key_value_metadata && c.meta_data.key_value_metadata.map((kv) => ({
            field_1: kv.key,
            field_2: kv.value
          })),
          field_9: c.meta_data.data_page_offset,
          field_10: c.meta_data.index_page_offset,
          field_11: c.meta_data.dictionary_page_offset,
          field_12: c.meta_data.statistics && unconvertStatistics(
            c.meta_data.statistics,
            schemaElement(c.meta_data.path_in_schema),
            statisticsTruncateLength
          ),
          field_13: c.meta_data.encoding_stats && c.meta_data.encoding_stats.map((es) => ({
            field_1: PageTypes.indexOf(es.page_type),
            field_2: Encodings.indexOf(es.encoding),
            field_3: es.count
          })),
          field_14: c.meta_data.bloom_filter_offset,
          field_15: c.meta_data.bloom_filter_length,
          field_16: c.meta_data.size_statistics && {
            field_1: c.meta_data.size_statistics.unencoded_byte_array_data_bytes,
            field_2: c.meta_data.size_statistics.repetition_level_histogram,
            field_3: c.meta_data.size_statistics.definition_level_histogram
          },
          field_17: c.meta_data.geospatial_statistics && {
            field_1: c.meta_data.geospatial_statistics.bbox && thriftBoundingBox(c.meta_data.geospatial_statistics.bbox),
            field_2: c.meta_data.geospatial_statistics.geospatial_types
          }
        },
        field_4: c.offset_index_offset,
        field_5: c.offset_index_length,
        field_6: c.column_index_offset,
        field_7: c.column_index_length,
        // field_8: c.crypto_metadata,
        field_9: c.encrypted_column_metadata
      })),
      field_2: rg.total_byte_size,
      field_3: rg.num_rows,
      field_4: rg.sorting_columns && rg.sorting_columns.map((sc) => ({
        field_1: sc.column_idx,
        field_2: sc.descending,
        field_3: sc.nulls_first
      })),
      field_5: rg.file_offset,
      field_6: rg.total_compressed_size
      // field_7: rg.ordinal, // should be int16
    })),
    field_5: metadata.key_value_metadata && metadata.key_value_metadata.map((kv) => ({
      field_1: kv.key,
      field_2: kv.value
    })),
    field_6: metadata.created_by,
    field_7: metadata.schema.filter((element) => element.type).map(() => ({ field_1: {} }))
  };
  const metadataStart = writer.offset;
  serializeTCompactProtocol(writer, compact);
  const metadataLength = writer.offset - metadataStart;
  writer.appendUint32(metadataLength);
  function schemaElement(path) {
    const tree = resolveSchemaPath(path);
    return tree[tree.length - 1].element;
  }
}
function thriftBoundingBox(bbox) {
  return new ThriftStruct([
    [1, DOUBLE, bbox.xmin],
    [2, DOUBLE, bbox.xmax],
    [3, DOUBLE, bbox.ymin],
    [4, DOUBLE, bbox.ymax],
    [5, DOUBLE, bbox.zmin],
    [6, DOUBLE, bbox.zmax],
    [7, DOUBLE, bbox.mmin],
    [8, DOUBLE, bbox.mmax]
  ]);
}
function logicalType(type) {
  if (!type) return;
  if (type.type === "STRING") return { field_1: {} };
  if (type.type === "MAP") return { field_2: {} };
  if (type.type === "LIST") return { field_3: {} };
  if (type.type === "ENUM") return { field_4: {} };
  if (type.type === "DECIMAL") return { field_5: {
    field_1: type.scale,
    field_2: type.precision
  } };
  if (type.type === "DATE") return { field_6: {} };
  if (type.type === "TIME") return { field_7: {
    field_1: type.isAdjustedToUTC,
    field_2: timeUnit(type.unit)
  } };
  if (type.type === "TIMESTAMP") return { field_8: {
    field_1: type.isAdjustedToUTC,
    field_2: timeUnit(type.unit)
  } };
  if (type.type === "INTEGER") return { field_10: {
    field_1: type.bitWidth,
    field_2: type.isSigned
  } };
  if (type.type === "NULL") return { field_11: {} };
  if (type.type === "JSON") return { field_12: {} };
  if (type.type === "BSON") return { field_13: {} };
  if (type.type === "UUID") return { field_14: {} };
  if (type.type === "FLOAT16") return { field_15: {} };
  if (type.type === "VARIANT") return { field_16: {} };
  if (type.type === "GEOMETRY") return { field_17: {
    field_1: type.crs
  } };
  if (type.type === "GEOGRAPHY") return { field_18: {
    field_1: type.crs,
    field_2: type.algorithm && EdgeInterpolationAlgorithms.indexOf(type.algorithm)
  } };
}
function timeUnit(unit) {
  if (unit === "NANOS") return { field_3: {} };
  if (unit === "MICROS") return { field_2: {} };
  return { field_1: {} };
}

// node_modules/hyparquet-writer/src/snappy.js
var MAX_HASH_TABLE_BITS = 14;
var MAX_OFFSET = 65535;
var globalHashTables = new Array(MAX_HASH_TABLE_BITS + 1);
function snappyCompress(input) {
  const writer = new ByteWriter();
  writer.appendVarInt(input.length);
  compressInput(writer, input);
  return writer.getBytes();
}
function hashFunc(key, hashFuncShift) {
  return Math.imul(key, 506832829) >>> hashFuncShift;
}
function load32(array, pos) {
  return array[pos] + (array[pos + 1] << 8) + (array[pos + 2] << 16) + (array[pos + 3] << 24);
}
function equals32(array, pos1, pos2) {
  return array[pos1] === array[pos2] && array[pos1 + 1] === array[pos2 + 1] && array[pos1 + 2] === array[pos2 + 2] && array[pos1 + 3] === array[pos2 + 3];
}
function emitLiteral(writer, input, ip, len) {
  if (len <= 60) {
    writer.appendUint8(len - 1 << 2);
  } else {
    const value = len - 1;
    const bytes = value < 256 ? 1 : value < 65536 ? 2 : value < 16777216 ? 3 : 4;
    writer.appendUint8(59 + bytes << 2);
    for (let i = 0; i < bytes; i++) {
      writer.appendUint8(value >>> i * 8);
    }
  }
  writer.appendBytes(input.subarray(ip, ip + len));
}
function emitCopyLessThan64(writer, offset, len) {
  if (len < 12 && offset < 2048) {
    writer.appendUint8(1 + (len - 4 << 2) + (offset >>> 8 << 5));
    writer.appendUint8(offset & 255);
  } else {
    writer.appendUint8(2 + (len - 1 << 2));
    writer.appendUint8(offset & 255);
    writer.appendUint8(offset >>> 8);
  }
}
function emitCopy(writer, offset, len) {
  while (len >= 68) {
    emitCopyLessThan64(writer, offset, 64);
    len -= 64;
  }
  if (len > 64) {
    emitCopyLessThan64(writer, offset, 60);
    len -= 60;
  }
  emitCopyLessThan64(writer, offset, len);
}
function compressInput(writer, input) {
  const inputSize = input.length;
  let hashTableBits = 1;
  while (1 << hashTableBits <= inputSize && hashTableBits <= MAX_HASH_TABLE_BITS) {
    hashTableBits++;
  }
  hashTableBits--;
  const hashFuncShift = 32 - hashTableBits;
  globalHashTables[hashTableBits] ??= new Uint32Array(1 << hashTableBits);
  const hashTable = globalHashTables[hashTableBits];
  hashTable.fill(0);
  const ipEnd = inputSize;
  let ipLimit;
  let ip = 0;
  let nextEmit = 0;
  let hash, nextHash;
  let nextIp, candidate, skip;
  let bytesBetweenHashLookups;
  let base, matched, offset;
  let prevHash, curHash;
  let flag = true;
  const INPUT_MARGIN = 15;
  if (inputSize >= INPUT_MARGIN) {
    ipLimit = ipEnd - INPUT_MARGIN;
    ip++;
    nextHash = hashFunc(load32(input, ip), hashFuncShift);
    while (flag) {
      skip = 32;
      nextIp = ip;
      do {
        ip = nextIp;
        hash = nextHash;
        bytesBetweenHashLookups = skip >>> 5;
        skip++;
        nextIp = ip + bytesBetweenHashLookups;
        if (ip > ipLimit) {
          flag = false;
          break;
        }
        nextHash = hashFunc(load32(input, nextIp), hashFuncShift);
        candidate = hashTable[hash];
        hashTable[hash] = ip;
      } while (ip - candidate > MAX_OFFSET || !equals32(input, ip, candidate));
      if (!flag) {
        break;
      }
      emitLiteral(writer, input, nextEmit, ip - nextEmit);
      do {
        base = ip;
        matched = 4;
        while (ip + matched < ipEnd && input[ip + matched] === input[candidate + matched]) {
          matched++;
        }
        ip += matched;
        offset = base - candidate;
        emitCopy(writer, offset, matched);
        nextEmit = ip;
        if (ip >= ipLimit) {
          flag = false;
          break;
        }
        prevHash = hashFunc(load32(input, ip - 1), hashFuncShift);
        hashTable[prevHash] = ip - 1;
        curHash = hashFunc(load32(input, ip), hashFuncShift);
        candidate = hashTable[curHash];
        hashTable[curHash] = ip;
      } while (ip - candidate <= MAX_OFFSET && equals32(input, ip, candidate));
      if (!flag) {
        break;
      }
      ip++;
      nextHash = hashFunc(load32(input, ip), hashFuncShift);
    }
  }
  if (nextEmit < ipEnd) {
    emitLiteral(writer, input, nextEmit, ipEnd - nextEmit);
  }
}

// node_modules/hyparquet-writer/src/parquet-writer.js
var ParquetWriter = class {
  /**
   * @param {object} options
   * @param {Writer} options.writer
   * @param {SchemaElement[]} options.schema
   * @param {CompressionCodec} [options.codec]
   * @param {Compressors} [options.compressors]
   * @param {boolean} [options.statistics]
   * @param {number} [options.statisticsTruncateLength]
   * @param {KeyValue[]} [options.kvMetadata]
   * @param {string} [options.createdBy]
   */
  constructor({ writer, schema, codec = "SNAPPY", compressors, statistics = true, statisticsTruncateLength, kvMetadata, createdBy = "hyparquet" }) {
    if (statisticsTruncateLength !== void 0 && statisticsTruncateLength !== Infinity && !(Number.isInteger(statisticsTruncateLength) && statisticsTruncateLength > 0)) {
      throw new Error("statisticsTruncateLength must be a positive integer or Infinity");
    }
    this.writer = writer;
    this.schema = schema;
    this.codec = codec;
    this.compressors = { SNAPPY: snappyCompress, ...compressors };
    this.statistics = statistics;
    this.statisticsTruncateLength = statisticsTruncateLength;
    this.kvMetadata = kvMetadata;
    this.createdBy = createdBy;
    this.row_groups = [];
    this.num_rows = 0n;
    this.pendingIndexes = [];
    this.writer.appendUint32(827474256);
  }
  /**
   * Write data to the file.
   * Will split data into row groups of the specified size.
   * Calls writer.flush() (if defined) after each row group; if it returns a
   * Promise, subsequent row groups await it before encoding more data.
   *
   * @param {object} options
   * @param {ColumnSource[]} options.columnData
   * @param {number | number[]} [options.rowGroupSize]
   * @param {number} [options.pageSize]
   * @param {number} [options.dictionarySize]
   * @returns {void | Promise<void>}
   */
  write({ columnData, rowGroupSize = [1e3, 1e5], pageSize = 1048576, dictionarySize }) {
    for (const { codec = this.codec } of columnData) {
      if (codec !== "UNCOMPRESSED" && !this.compressors[codec]) {
        throw new Error(`parquet no compressor for codec ${codec}`);
      }
    }
    const columnDataRows = columnData[0]?.data?.length || 0;
    const resolveSchemaPath = schemaPathResolver(this.schema);
    let pending;
    for (const { groupStartIndex, groupSize: groupSize2 } of groupIterator({ columnDataRows, rowGroupSize })) {
      const writeGroup = () => {
        const groupStartOffset = this.writer.offset;
        const columns2 = [];
        for (let j = 0; j < columnData.length; j++) {
          const { name, data, encoding, codec = this.codec, columnIndex = false, offsetIndex = true, shredding, bloomFilter, statistics = this.statistics } = columnData[j];
          if (columnIndex && !offsetIndex) {
            throw new Error("parquet ColumnIndex cannot be present without OffsetIndex");
          }
          if (data.length !== columnDataRows) {
            throw new Error("parquet columns must have the same length");
          }
          const groupData = data.slice(groupStartIndex, groupStartIndex + groupSize2);
          const columnPath = resolveSchemaPath([name]);
          const leafPaths = getLeafSchemaPaths(columnPath);
          const columnElement = columnPath.at(-1)?.element;
          const shreddingConfig = shredding && shredding !== true ? shredding : void 0;
          const isVariant = columnElement?.logical_type?.type === "VARIANT";
          const isRequired = columnElement?.repetition_type === "REQUIRED";
          const rows = isVariant ? encodeVariantColumn(Array.from(groupData), shreddingConfig, { name, required: isRequired }) : groupData;
          for (const leafPath of leafPaths) {
            const schemaPath = leafPath.map((node) => node.element);
            const column = {
              columnName: schemaPath.slice(1).map((s) => s.name).join("."),
              element: schemaPath[schemaPath.length - 1],
              schemaPath,
              codec,
              compressors: this.compressors,
              stats: statistics,
              statisticsTruncateLength: this.statisticsTruncateLength,
              pageSize,
              dictionarySize,
              columnIndex,
              offsetIndex,
              encoding,
              bloomFilter
            };
            const pageData = encodeNestedValues(leafPath, rows);
            const result = writeColumn({
              writer: this.writer,
              column,
              pageData
            });
            columns2.push(result.chunk);
            this.pendingIndexes.push(result);
          }
        }
        let total_byte_size = 0n;
        for (const { meta_data } of columns2) total_byte_size += meta_data?.total_uncompressed_size ?? 0n;
        this.num_rows += BigInt(groupSize2);
        this.row_groups.push({
          columns: columns2,
          total_byte_size,
          num_rows: BigInt(groupSize2),
          total_compressed_size: BigInt(this.writer.offset - groupStartOffset)
        });
        return this.writer.flush?.();
      };
      if (pending) {
        pending = pending.then(writeGroup);
      } else {
        const r = writeGroup();
        if (r) pending = Promise.resolve(r);
      }
    }
    return pending;
  }
  /**
   * Finish writing the file.
   *
   * @returns {void | Promise<void>}
   */
  finish() {
    writeIndexes(this.writer, this.pendingIndexes);
    writeBlooms(this.writer, this.pendingIndexes);
    const metadata = {
      version: 2,
      created_by: this.createdBy,
      schema: this.schema,
      num_rows: this.num_rows,
      row_groups: this.row_groups,
      metadata_length: 0,
      key_value_metadata: this.kvMetadata
    };
    delete metadata.metadata_length;
    writeMetadata(this.writer, metadata, this.statisticsTruncateLength);
    this.writer.appendUint32(827474256);
    return this.writer.finish();
  }
};
function groupSize(rowGroupSize, i) {
  return Array.isArray(rowGroupSize) ? rowGroupSize[Math.min(i, rowGroupSize.length - 1)] : rowGroupSize;
}
function groupIterator({ columnDataRows, rowGroupSize }) {
  if (Array.isArray(rowGroupSize) && !rowGroupSize.length) {
    throw new Error("rowGroupSize array cannot be empty");
  }
  const groups = [];
  let groupIndex = 0;
  let groupStartIndex = 0;
  while (groupStartIndex < columnDataRows) {
    const size = groupSize(rowGroupSize, groupIndex);
    groups.push({ groupStartIndex, groupSize: Math.min(size, columnDataRows - groupStartIndex) });
    groupStartIndex += size;
    groupIndex++;
  }
  return groups;
}
function getLeafSchemaPaths(schemaPath) {
  const leaves = [];
  dfs(schemaPath);
  return leaves;
  function dfs(path) {
    const node = path[path.length - 1];
    if (!node.children.length) {
      leaves.push(path);
      return;
    }
    for (const child of node.children) {
      dfs([...path, child]);
    }
  }
}

// node_modules/hyparquet-writer/src/write.js
function parquetWrite({
  writer,
  columnData,
  schema,
  codec = "SNAPPY",
  compressors,
  statistics = true,
  statisticsTruncateLength,
  rowGroupSize = [1e3, 1e5],
  kvMetadata,
  createdBy,
  pageSize = 1048576,
  dictionarySize
}) {
  columnData = columnData.map((col) => {
    if (col.shredding === true && col.type === "VARIANT") {
      const detected = autoDetectShredding(Array.from(col.data));
      return detected ? { ...col, shredding: detected } : { ...col, shredding: void 0 };
    }
    if (col.shredding !== void 0 && col.shredding !== true && col.type === "VARIANT") {
      const shredding = normalizeShreddingConfig(col.shredding);
      return shredding ? { ...col, shredding } : { ...col, shredding: void 0 };
    }
    return col;
  });
  if (!schema) {
    schema = schemaFromColumnData({ columnData });
  } else if (columnData.some(({ type }) => type)) {
    throw new Error("cannot provide both schema and columnData type");
  } else {
  }
  const pq = new ParquetWriter({
    writer,
    schema,
    codec,
    compressors,
    statistics,
    statisticsTruncateLength,
    kvMetadata,
    createdBy
  });
  const w = pq.write({
    columnData,
    rowGroupSize,
    pageSize,
    dictionarySize
  });
  return w ? w.then(() => pq.finish()) : pq.finish();
}
function parquetWriteBuffer(options) {
  const writer = new ByteWriter();
  parquetWrite({ ...options, writer });
  return writer.getBuffer();
}

// src/app/command/table-parquet.ts
var ROW_GROUP_ROWS = 1e5;
function tableToParquet(table, columnNames) {
  const columnData = columnNames.map((name) => {
    const column = table.columns.find((c) => c.name === name);
    if (!column) throw new Error(`internal error: the table has no column '${name}'`);
    return parquetColumn(column);
  });
  return new Uint8Array(parquetWriteBuffer({ columnData, rowGroupSize: ROW_GROUP_ROWS, createdBy: "mltrain" }));
}
function parquetColumn(column) {
  switch (column.type) {
    case "categorical":
      return { name: column.name, type: "STRING", data: Array.from(column.codes, (code2) => code2 < 0 ? null : column.categories[code2]) };
    case "numeric":
      return { name: column.name, type: "DOUBLE", data: Array.from(column.values, (v) => Number.isNaN(v) ? null : v) };
    case "boolean":
      return { name: column.name, type: "BOOLEAN", data: Array.from(column.values, (v) => Number.isNaN(v) ? null : v === 1) };
    case "datetime":
      return { name: column.name, type: "TIMESTAMP", data: Array.from(column.values, (v) => Number.isNaN(v) ? null : new Date(v)) };
  }
}

// src/app/command/command-data-files.ts
var written = /* @__PURE__ */ new WeakMap();
async function writeCommandData(writers, request) {
  const format = request.format ?? "csv";
  await writers.fs.makeDirectory(request.directory);
  const files = { train: null, validation: null, test: null };
  const writes = [];
  for (const part of ["train", "validation", "test"]) {
    const table = request.parts[part];
    if (!table) continue;
    const names = partColumns(request, part);
    const path = join2(request.directory, `${part}.${format}`);
    files[part] = path;
    writes.push(writeOnce(writers, table, path, names, format));
  }
  await Promise.all(writes);
  const reference = request.parts.train ?? request.parts.test ?? request.parts.validation;
  const columns2 = reference ? partColumns(request, "train").flatMap((name) => {
    const column = reference.columns.find((c) => c.name === name);
    return column ? [{ name, type: column.type }] : [];
  }) : [];
  return { files, columns: columns2 };
}
function partColumns(request, part) {
  const names = [...request.features];
  if (request.weightColumn && !names.includes(request.weightColumn)) names.push(request.weightColumn);
  if (part !== "test" && !names.includes(request.target)) names.push(request.target);
  return part === "test" ? names.filter((name) => name !== request.target) : names;
}
async function writeOnce(writers, table, path, names, format) {
  const key = `${path}\0${names.join("\0")}`;
  let byPath = written.get(table);
  if (!byPath) {
    byPath = /* @__PURE__ */ new Map();
    written.set(table, byPath);
  }
  const earlier = byPath.get(key);
  if (earlier && await earlier.then(() => writers.fs.exists(path), () => false)) return;
  const writing = format === "parquet" ? writers.folders.writeBytes(path, tableToParquet(table, names)) : writers.fs.writeText(path, [...tableToCsv(table, names)].join(""));
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
    format: input.format,
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
    const hint = exit.startError.code === "ENOENT" ? " (not found: is it installed and on the PATH, or is working_directory right?)" : exit.startError.code === "EACCES" ? " (permission denied: the file is not executable, or, for a bare name, a folder on the PATH cannot be searched)" : "";
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
  const columns2 = order.map((index) => table.columns[index]);
  for (const column of columns2) {
    if (column.type === "categorical") return fail(expect, `column '${column.name}' holds text ('${column.categories[0] ?? ""}'), expected numbers`);
  }
  const values = columns2.map((c) => c.values);
  for (let j = 0; j < values.length; j++) {
    const bad = values[j].findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) return fail(expect, `row ${bad + 1} (line ${bad + 2}) of column '${columns2[j].name}' is missing, NaN or infinite`);
  }
  if (expect.task === "regression") return { ok: true, scores: Float64Array.from(values[0]) };
  const k = values.length;
  const scores = new Float64Array(expect.task === "binary" ? expect.rows : expect.rows * k);
  for (let row = 0; row < expect.rows; row++) {
    let sum = 0;
    for (let j = 0; j < k; j++) {
      const p = values[j][row];
      if (p < -PROBABILITY_SLACK || p > 1 + PROBABILITY_SLACK) return fail(expect, `row ${row + 1} (line ${row + 2}) of column '${columns2[j].name}' is ${p}, not a probability in [0, 1]`);
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
  const data = await writeCommandData(deps, { parts: input.parts, target: input.target, features: input.features, weightColumn, directory: dataFolder(input.root), format: input.model.output_format });
  await deps.folders.removeDirectory(trialDir);
  await deps.fs.makeDirectory(outputDir);
  await deps.fs.makeDirectory(checkpointDir);
  const document = paramsDocument({ mode: "train", params: input.params, seed: input.seed, trialNumber: input.trialNumber, task: input.task, target: input.target, classes: input.classes, features: input.features, weightColumn, metric: input.metric ?? null, data, format: input.model.output_format, outputDir, checkpointDir, modelDir: null });
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
var PREDICTION_FILE_NAMES = new Set(Object.values(PREDICTION_FILES));
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
  const cwd = resolve4(dirname3(loaded.path), loaded.config.model.working_directory ?? ".");
  let nextTrial = 0;
  let described;
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
      const modelDir = relative2(context.outputDir, result.outputDir).split("\\").join("/");
      const files = (await deps.folders.listFiles(result.outputDir)).filter((file) => !PREDICTION_FILE_NAMES.has(file));
      return commandTrainedModel({ argv: result.argv, params: request.params, iterations: result.iterations, modelDir, files, codeVersion: context.codeVersion, scores });
    },
    load() {
      throw new Error("a command model is scored through model.predict_command, not loaded in-process");
    },
    keepBest: (trialNumber) => keepBestTrial(deps.folders, root, trialNumber),
    // metrics.json lineage.command; the interpreter is asked its version once per run.
    lineage: (repository) => described ??= describeProgram({ ...deps, repository }, loaded.config.model, cwd)
  };
}

// src/app/command/command-row-predictor.ts
import { dirname as dirname4, join as join9 } from "node:path";

// src/core/models/command/command-model-json.ts
function readCommandModelJson(json) {
  if (!json || typeof json !== "object" || Array.isArray(json)) throw new Error("the command model part is not a JSON object");
  const model = json;
  if (typeof model.model_dir !== "string") throw new Error("the command model records no model_dir");
  if (!isSafeRelativePath(model.model_dir, true)) throw new Error(`model_dir '${model.model_dir}' is not a relative path inside the model's folder`);
  let files = null;
  if (model.files !== void 0) {
    if (!Array.isArray(model.files) || !model.files.every((file) => typeof file === "string")) throw new Error("files is not a list of paths");
    const unsafe = model.files.find((file) => !isSafeRelativePath(file, false));
    if (unsafe !== void 0) throw new Error(`the file '${unsafe}' is not a relative path inside model_dir`);
    files = model.files;
  }
  const params = model.params && typeof model.params === "object" && !Array.isArray(model.params) ? model.params : {};
  return {
    protocol: typeof model.protocol === "number" ? model.protocol : 1,
    command: Array.isArray(model.command) ? model.command.map(String) : [],
    model_dir: model.model_dir,
    files,
    code_version: typeof model.code_version === "string" ? model.code_version : "unknown",
    params,
    iterations: typeof model.iterations === "number" ? model.iterations : 0
  };
}
function isSafeRelativePath(path, folder) {
  if (folder && path === ".") return true;
  if (path === "" || path.startsWith("/") || path.includes("\\") || /^[A-Za-z]:/.test(path)) return false;
  return path.split("/").every((segment) => segment !== "" && segment !== ".." && segment !== ".");
}
function recordFilePaths(record) {
  return (record.files ?? []).map((file) => record.model_dir === "." ? file : `${record.model_dir}/${file}`);
}

// src/app/command/predict-with-command.ts
import { join as join8, resolve as resolve5 } from "node:path";
async function predictWithCommand(deps, input) {
  const command = input.model.predict_command;
  if (command === void 0) throw new Error("internal error: predictWithCommand needs model.predict_command (checked with the config)");
  const argv = commandArgv(command);
  const graceMs = input.graceMs ?? DEFAULT_GRACE_MS;
  const timeoutSeconds = input.model.timeout_per_trial === void 0 ? void 0 : parseDuration(input.model.timeout_per_trial);
  await deps.folders.removeDirectory(input.workDir);
  const outputDir = join8(input.workDir, "output");
  await deps.fs.makeDirectory(outputDir);
  const data = await writeCommandData(deps, { parts: { test: input.rows }, target: input.target, features: input.features, weightColumn: null, directory: join8(input.workDir, "data"), format: input.model.output_format });
  const document = paramsDocument({ mode: "predict", params: input.params, seed: input.seed, trialNumber: 0, task: input.task, target: input.target, classes: input.classes, features: input.features, weightColumn: null, metric: null, data, format: input.model.output_format, outputDir, checkpointDir: null, modelDir: input.modelDir });
  const paramsPath = join8(input.workDir, "params.json");
  await deps.fs.writeText(paramsPath, `${JSON.stringify(document, null, 2)}
`);
  const environment = childEnvironment(deps.environment, input.model.env, protocolVariables(document, paramsPath));
  const outcome = await runProgram(deps.runner, {
    argv,
    cwd: resolve5(input.configDirectory, input.model.working_directory ?? "."),
    env: environment.env,
    timeoutMs: timeoutSeconds === void 0 ? void 0 : timeoutSeconds * 1e3,
    graceMs,
    signal: input.signal,
    onOutput: input.onOutput ?? ((line) => deps.logger.debug(`[predict] ${line}`)),
    onInvalidReport: () => void 0,
    tailLines: 20
  });
  const failed = (failure, reason) => ({ ok: false, failure, reason, details: failureDetails(reason, outcome.stderrTail), stderrTail: outcome.stderrTail });
  const problem = exitFailure(outcome, argv, timeoutSeconds, graceMs);
  if (problem) return failed(problem.failure, problem.reason);
  if (outcome.earlyStop !== null) return failed("aborted", "prediction was stopped before it finished");
  const read = await readPredictions(deps.fs, outputDir, "test", { task: input.task, classes: input.classes, rows: input.rows.numRows });
  if (!read.ok) return failed("bad_predictions", read.reason);
  return { ok: true, scores: read.scores, durationMs: outcome.exit.durationMs };
}

// src/app/command/command-row-predictor.ts
var EXPLAIN_SCRATCH = "explain";
function commandRowPredictor(deps, context) {
  const settings = context.loaded.config.model;
  if (settings.predict_command === void 0) return void 0;
  const { data } = context;
  const record = readCommandModelJson(context.model.toJSON());
  const scratch = join9(context.outputDir, EXPLAIN_SCRATCH);
  return {
    features: data.features,
    async predict(rows) {
      try {
        const predicted = await predictWithCommand(deps, {
          model: settings,
          configDirectory: dirname4(context.loaded.path),
          rows,
          target: data.target,
          features: data.features,
          task: data.task,
          classes: data.classes,
          params: record.params,
          seed: context.loaded.config.seed,
          modelDir: join9(context.outputDir, ...record.model_dir.split("/")),
          workDir: scratch,
          signal: context.signal,
          onOutput: (line) => deps.logger.debug(`[explain predict] ${line}`)
        });
        if (!predicted.ok) throw new Error(predicted.reason);
        return predicted.scores;
      } finally {
        await deps.folders.removeDirectory(scratch);
      }
    }
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
import { join as join10 } from "node:path";
async function checkpointFor(deps, loaded, data, outputDir) {
  const every = loaded.config.model.checkpoint_every;
  if (!every) return { flush: async () => {
  } };
  const path = join10(outputDir, "checkpoint.json");
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
  if (event?.pullRequest) return event.pullRequest.baseRef;
  if (event?.defaultBranch && event.ref === `refs/heads/${event.defaultBranch}` && event.sha) return event.sha;
  return event?.defaultBranch;
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
  if (!isRecord(value) || !isRecord(value.metrics) || !isRecord(value.metrics.test)) {
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
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/app/command/committed-baseline-metrics.ts
async function committedBaselineMetrics(found) {
  if (!found.readFile) return null;
  let document;
  try {
    const bytes = await found.readFile("metrics.json");
    if (bytes === null) return null;
    document = parseMetrics(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
  if (typeof document === "string") return null;
  const test = finiteNumbers(document.metrics.test);
  const fairness = {};
  for (const [column, values] of Object.entries(document.fairness)) if (typeof values === "object" && values !== null) fairness[column] = finiteNumbers(values);
  return { test, subject: { metrics: { test }, fairness } };
}
function finiteNumbers(values) {
  const out = {};
  for (const [name, value] of Object.entries(values)) if (typeof value === "number" && Number.isFinite(value)) out[name] = value;
  return out;
}

// src/app/command/score-command-baseline.ts
import { dirname as dirname5, join as join11 } from "node:path";
var BASELINE_SCRATCH = "baseline";
async function scoreCommandBaseline(deps, found, file, data, context) {
  const model = context.loaded.config.model;
  if (model.predict_command === void 0) return { ok: false, reason: "model.predict_command is not set, so nothing can score today's rows with it" };
  let record;
  try {
    record = readCommandModelJson(file.engine.model);
  } catch (error) {
    return { ok: false, reason: `its model.json is not usable: ${error.message}` };
  }
  if (record.files === null) return { ok: false, reason: "its model.json lists no model files (written by an older mltrain)" };
  if (!found.readFile) return { ok: false, reason: "its model files cannot be read from where model.json was found" };
  const missingColumn = file.features.find((name) => !data.parts.test.table.columns.some((column) => column.name === name));
  if (missingColumn !== void 0) return { ok: false, reason: `today's data has no column '${missingColumn}', which it was trained on` };
  const scratch = join11(context.outputDir, BASELINE_SCRATCH);
  const modelDir = join11(scratch, "model");
  await deps.folders.removeDirectory(scratch);
  try {
    await deps.fs.makeDirectory(modelDir);
    const committedPaths = recordFilePaths(record);
    for (const [i, relativePath] of record.files.entries()) {
      const committed = committedPaths[i];
      const bytes = await found.readFile(committed);
      if (bytes === null) return { ok: false, reason: `its model file ${committed} is missing beside model.json (the model folder must be committed with it)` };
      await deps.folders.writeBytes(join11(modelDir, ...relativePath.split("/")), bytes);
    }
    const predicted = await predictWithCommand(deps, {
      model,
      configDirectory: dirname5(context.loaded.path),
      rows: data.parts.test.table,
      target: data.target,
      features: file.features,
      task: data.task,
      classes: data.classes,
      params: record.params,
      seed: context.loaded.config.seed,
      modelDir,
      workDir: join11(scratch, "predict"),
      signal: context.signal,
      onOutput: (line) => deps.logger.debug(`[baseline predict] ${line}`)
    });
    if (!predicted.ok) return { ok: false, reason: `predict_command failed: ${predicted.details}` };
    return { ok: true, scores: predicted.scores };
  } catch (error) {
    return { ok: false, reason: `its files could not be prepared: ${error.message}` };
  } finally {
    await deps.folders.removeDirectory(scratch);
  }
}

// src/app/rescore-baseline.ts
async function rescoreBaseline(deps, name, data, evaluation, command) {
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
    if (file.engine.type === "command") return await rescoreCommandBaseline(deps, found, file, data, evaluation, command);
    const trainer = findTrainer(file.engine.type);
    if (!trainer) throw new Error(`its engine '${file.engine.type}' is not available in this version`);
    const model = trainer.load(file.engine.model);
    const encoder2 = encoderFromJSON(file.encoder);
    return rescored(deps, found, file, data, evaluation, model.predict(encoder2.transform(data.parts.test.table).features));
  } catch (error) {
    deps.logger.warning(`the baseline model ${found.source} cannot be re-scored on today's data (${error.message}): baseline gates are skipped`);
    return void 0;
  }
}
async function rescoreCommandBaseline(deps, found, file, data, evaluation, context) {
  const outcome = !context ? { ok: false, reason: "this run did not pass its config to the baseline step" } : !deps.command ? { ok: false, reason: "this environment cannot start programs" } : await scoreCommandBaseline({ ...deps.command, fs: deps.fs, logger: deps.logger }, found, file, data, { signal: deps.cancelSignal, ...context });
  if (outcome.ok) return rescored(deps, found, file, data, evaluation, outcome.scores);
  const committed = await committedBaselineMetrics(found);
  if (!committed) {
    deps.logger.warning(`the baseline command model ${found.source} cannot be re-scored on today's data (${outcome.reason}) and no metrics.json was found beside it: baseline gates are skipped`);
    return void 0;
  }
  deps.logger.warning(
    `the baseline command model ${found.source} was not re-scored on today's data (${outcome.reason}): baseline gates compare with the base branch's metrics.json, measured on its own test rows, and statistical gates are skipped`
  );
  return { source: `${found.source} (metrics.json, not re-scored)`, rescored: false, metrics: committed.test, subject: committed.subject };
}
function rescored(deps, found, file, data, evaluation, scores) {
  const test = data.parts.test;
  const numClasses = data.task === "multiclass" ? data.classes?.length : void 0;
  const metrics = computeMetrics({ task: data.task, yTrue: test.encoded.label, yScore: scores, threshold: file.threshold ?? void 0, sampleWeight: test.encoded.weight, numClasses });
  deps.logger.info(`baseline ${found.source} re-scored on today's ${test.table.numRows} test rows`);
  return {
    source: found.source,
    rescored: true,
    metrics,
    subject: { metrics: { test: metrics } },
    paired: {
      task: data.task,
      yTrue: test.encoded.label,
      candidateScore: evaluation.testScores,
      baselineScore: scores,
      threshold: evaluation.threshold ?? void 0,
      baselineThreshold: file.threshold ?? void 0,
      numClasses,
      sampleWeight: test.encoded.weight
    }
  };
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
  const columns2 = profile.columns.map((column) => {
    const missingFraction = profile.rows > 0 ? column.missing / profile.rows : 0;
    if (column.type === "categorical") {
      const top = Object.entries(column.frequencies).slice(0, 5).map(([value, count]) => ({ value, fraction: profile.rows > 0 ? count / profile.rows : 0 }));
      return { name: column.name, type: column.type, missingFraction, distinct: column.distinct, top };
    }
    return { name: column.name, type: column.type, missingFraction, mean: column.mean ?? void 0, std: column.std ?? void 0, min: column.min ?? void 0, max: column.max ?? void 0 };
  });
  return { rows: profile.rows, columns: columns2, ...profile.label ? { labelDistribution: profile.label.fractions } : {} };
}

// src/app/write-run-files.ts
import { join as join12 } from "node:path";

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

// src/core/report/explanations.ts
var METHOD_TEXT = {
  tree_shap: "exact TreeSHAP (Lundberg, Erion and Lee 2018; XGBoost pred_contribs definition)",
  linear_shap: "exact linear SHAP, coefficient x (value - training mean), one-hot columns summed into their source column",
  permutation_shap: "permutation SHAP (sampled feature orders, each also reversed; all columns of a feature move together)"
};
var OUTPUT_TEXT = {
  log_odds: "log-odds",
  class_margins: "class margins (softmax inputs)",
  class_log_probabilities: "log class probabilities",
  value: "the predicted value"
};
var METHOD_NAMES = { tree_shap: "TreeSHAP", linear_shap: "linear SHAP", permutation_shap: "permutation SHAP" };
function explanationsShortSummary(section2) {
  const sample = section2.rows < section2.test_rows ? `${section2.rows} of ${section2.test_rows} test rows` : `all ${section2.rows} test rows`;
  const multiclass = section2.multiclass_aggregation === "sum_over_classes" ? ", summed over the classes" : "";
  return `Mean |SHAP value| per feature by ${METHOD_NAMES[section2.method]} on ${sample}, in ${OUTPUT_TEXT[section2.output]}${multiclass}.`;
}
function explanationsSummary(section2) {
  if (!section2.available) return `Feature attributions: ${section2.reason}.`;
  const multiclass = section2.multiclass_aggregation === "sum_over_classes" ? ", summed over the classes" : "";
  const sample = section2.rows < section2.test_rows ? `${section2.rows} of ${section2.test_rows} test rows (seeded sample)` : `all ${section2.rows} test rows`;
  const trees = section2.method === "tree_shap" ? " Gain, cover and splits are the trees\u2019 own importance (XGBoost\u2019s definitions)." : "";
  const sampled = section2.method === "permutation_shap" && section2.permutations !== void 0 && section2.background_rows !== void 0 ? ` Estimated from ${section2.permutations} feature orders per row against ${section2.background_rows} training rows as background.` : "";
  return `Mean |SHAP value| per feature on ${sample}, by ${METHOD_TEXT[section2.method]}, in ${OUTPUT_TEXT[section2.output]}${multiclass}: how far the feature moves a prediction from the expected output on average.${trees}${sampled}`;
}
function shownFeatures(section2, limit) {
  const shown = section2.features.slice(0, limit);
  return { shown, hidden: section2.features_total - shown.length };
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

// src/core/report/drift-summary.ts
var DEFAULT_MAX_PSI = 0.2;
function driftRows(document, data) {
  const limit = document.data.drift.max_psi ?? DEFAULT_MAX_PSI;
  const columns2 = document.data.drift.columns;
  const psiByColumn = {};
  if (data.drift) Object.assign(psiByColumn, data.drift);
  else for (const [column, stats] of Object.entries(columns2)) if (typeof stats.psi === "number") psiByColumn[column] = stats.psi;
  return Object.entries(psiByColumn).filter(([, psi]) => Number.isFinite(psi)).map(([column, psi]) => {
    const recorded = columns2[column]?.drifted;
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
    bestParams: isRecord2(tuning?.best_params) ? tuning.best_params : {},
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
    if (!isRecord2(item) || typeof item.number !== "number") continue;
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
function isRecord2(value) {
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
  const columns2 = fairnessSummary(document, data.baseline?.document);
  if (columns2.length === 0) return null;
  const lines = [];
  const hasBase = data.baseline !== void 0;
  for (const column of columns2) {
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
  return { summary: `Fairness (${columns2.length} sensitive column${columns2.length === 1 ? "" : "s"})`, lines };
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
  const columns2 = fairnessSummary(document, data.baseline?.document);
  if (columns2.length === 0) return "";
  const hasBase = data.baseline !== void 0;
  const parts = columns2.map((c) => {
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

// src/core/report/explanation-sections.ts
var SHOWN_FEATURES = 20;
var MAX_CLASS_COLUMNS = 5;
function formatAttribution(value) {
  if (value === null || value === void 0 || !Number.isFinite(value)) return "n/a";
  return String(Number(value.toPrecision(4)));
}
function columns(section2) {
  const classes = section2.classes && section2.classes.length <= MAX_CLASS_COLUMNS ? section2.classes : [];
  const trees = section2.method === "tree_shap";
  return {
    header: ["mean |SHAP|", ...classes.map((c) => `class ${c}`), ...trees ? ["gain", "cover", "splits"] : []],
    cells: (f) => [
      formatAttribution(f.mean_abs_shap),
      ...classes.map((c) => formatAttribution(f.mean_abs_shap_by_class?.[c])),
      ...trees ? [formatAttribution(f.gain), formatAttribution(f.cover), f.splits === void 0 ? "n/a" : String(f.splits)] : []
    ]
  };
}
function hiddenNote(section2, hidden) {
  if (hidden <= 0) return "";
  const listed = section2.features.length > SHOWN_FEATURES ? ` (metrics.json lists the first ${section2.features.length})` : "";
  return `${hidden} more features with smaller attributions are not shown${listed}.`;
}
function explanationsMarkdown(document) {
  const explanations = document.explanations;
  if (!explanations) return "";
  if (!explanations.available) return `_${markdownText(explanationsSummary(explanations))}_`;
  const { shown, hidden } = shownFeatures(explanations, SHOWN_FEATURES);
  const table = columns(explanations);
  const lines = [
    markdownText(explanationsSummary(explanations)),
    "",
    markdownTable(
      { header: ["feature", ...table.header], rows: shown.map((f) => [markdownCode(f.name), ...table.cells(f)]) },
      ["left", ...table.header.map(() => "right")]
    )
  ];
  const note = hiddenNote(explanations, hidden);
  if (note) lines.push("", note);
  return lines.join("\n");
}
function explanationsHtml(document) {
  const explanations = document.explanations;
  if (!explanations) return "";
  if (!explanations.available) return section("explanations", "Explanations", `<p class="note">${escapeHtml(explanationsSummary(explanations))}</p>`);
  const { shown, hidden } = shownFeatures(explanations, SHOWN_FEATURES);
  const table = columns(explanations);
  const rows = shown.map((f) => [code(f.name), ...table.cells(f)]);
  const note = hiddenNote(explanations, hidden);
  return section(
    "explanations",
    "Explanations",
    `<p>${escapeHtml(explanationsSummary(explanations))}</p>`,
    htmlTable(["feature", ...table.header], rows, table.header.map((_, i) => i + 1)),
    note ? `<p class="note">${escapeHtml(note)}</p>` : ""
  );
}
function explanationsGraphics(document) {
  const explanations = document.explanations;
  if (!explanations) return void 0;
  if (!explanations.available) return { description: explanationsSummary(explanations), collection: [] };
  const { shown, hidden } = shownFeatures(explanations, SHOWN_FEATURES);
  const ranking = shown.map((f, i) => `${i + 1}. ${f.name}: ${formatAttribution(f.mean_abs_shap)}`).join("; ");
  const note = hiddenNote(explanations, hidden);
  return { description: `${explanationsSummary(explanations)} Ranking: ${ranking}.${note ? ` ${note}` : ""}`, collection: [] };
}

// src/core/report/explanations-comment.ts
var COMMENT_FEATURES = 10;
function explanationsSection(document, data) {
  const head = document.explanations;
  if (!head?.available) return null;
  const base = comparableBaseline(head, data);
  const baseRank = new Map(base?.features.map((f, i) => [f.name, { rank: i + 1, value: f.mean_abs_shap }]) ?? []);
  const shown = head.features.slice(0, COMMENT_FEATURES);
  const rows = shown.map((f, i) => {
    const before = baseRank.get(f.name);
    const cells = [String(i + 1), markdownCode(f.name), formatAttribution(f.mean_abs_shap)];
    if (base) cells.push(before ? formatAttribution(before.value) : "n/a", before ? rankChange(before.rank, i + 1) : "not in its list");
    return cells;
  });
  const header = ["rank", "feature", "mean |SHAP|", ...base ? ["base", "base rank"] : []];
  const lines = [markdownText(explanationsShortSummary(head)), "", markdownTable({ header, rows })];
  if (base) lines.push("", "_Base: the attributions recorded with the baseline model, on its own test rows._");
  else if (data.baseline) lines.push("", "_The baseline recorded no attributions of the same kind, so there is nothing to compare._");
  const names = shown.slice(0, 3).map((f) => f.name).join(", ");
  return { summary: `Feature attributions: ${markdownText(names)}${head.features_total > 3 ? ", ..." : ""}`, lines };
}
function comparableBaseline(head, data) {
  const base = data.baseline?.document.explanations;
  return base?.available && base.method === head.method && base.output === head.output ? base : void 0;
}
function rankChange(before, now) {
  if (before === now) return String(before);
  return `${before} (${before > now ? "up" : "down"} ${Math.abs(before - now)})`;
}

// src/core/report/pr-comment.ts
var MAX_COMMENT_LENGTH = 65536;
function commentMarker(name) {
  return `<!-- mltrain:${commentSafe(name)} -->`;
}
function renderPrComment(document, data, options = {}) {
  const maxLength = options.maxLength ?? MAX_COMMENT_LENGTH;
  let head = requiredPart(document, data, Infinity);
  const sections = [
    fairnessSection2(document, data),
    costSection(document, data),
    dataSection(document, data),
    tuningSection(document, data),
    explanationsSection(document, data),
    lineageSection(document, data)
  ].filter(
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

// src/core/report/command-program-section.ts
function commandLine(argv) {
  return argv.map((word) => word === "" || /[\s'"\\$`]/.test(word) ? `'${word.replaceAll("'", "'\\''")}'` : word).join(" ");
}
function interpreterText(lineage) {
  const interpreter = lineage.interpreter;
  if (!interpreter) return null;
  if (interpreter.version === null) return `${interpreter.program} (version unknown: ${interpreter.note ?? "no answer"})`;
  const family = interpreter.program.replace(/[\d.]*(\.exe)?$/i, "").toLowerCase();
  return interpreter.version.toLowerCase().includes(family) ? interpreter.version : `${interpreter.program} ${interpreter.version}`;
}
function commandProgramMarkdown(lineage) {
  const rows = [
    ["training command", markdownCode(commandLine(lineage.argv))],
    ["prediction command", lineage.predict_argv ? markdownCode(commandLine(lineage.predict_argv)) : "none (model.predict_command not set)"],
    ["working directory", markdownCode(lineage.working_directory)],
    ["code version", lineage.git_commit ? `commit ${markdownCode(lineage.git_commit)}` : "not a git checkout"],
    ["interpreter", markdownText(interpreterText(lineage) ?? "not asked (not a known interpreter)")],
    ["environment (model.env)", lineage.env.length > 0 ? lineage.env.map(markdownCode).join(", ") : "none"]
  ];
  if (lineage.env_dropped.length > 0) rows.push(["not passed (secrets)", lineage.env_dropped.map(markdownCode).join(", ")]);
  rows.push(["data files", `${markdownText(lineage.output_format)}, command protocol ${lineage.protocol}`]);
  return markdownTable({ header: ["", ""], rows });
}
function commandProgramSentence(lineage) {
  const parts = [
    `Trained by the program \`${commandLine(lineage.argv)}\` in ${lineage.working_directory}`,
    `code commit ${lineage.git_commit ?? "n/a"}`
  ];
  const interpreter = interpreterText(lineage);
  if (interpreter) parts.push(`interpreter ${interpreter}`);
  parts.push(`model.env ${lineage.env.length > 0 ? lineage.env.join(", ") : "none"}`);
  if (lineage.predict_argv) parts.push(`scored by \`${commandLine(lineage.predict_argv)}\``);
  return `${parts.join("; ")}.`;
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
    ...document.explanations ? ["## Explanations", explanationsMarkdown(document)] : [],
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
    ...document.lineage.command ? ["## Training program", commandProgramMarkdown(document.lineage.command)] : [],
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
  const columns2 = data.profile?.columns ?? [];
  return markdownTable(
    {
      header: ["column", "type", "missing", "distinct", "mean", "std", "min", "max", "most frequent"],
      rows: columns2.map((c) => [
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
  const graphics = explanationsGraphics(document);
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
    quantitative_analysis: { performance_metrics: performanceMetrics(document, own), ...graphics ? { graphics } : {} },
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
  if (l.command) lines.push(commandProgramSentence(l.command));
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
  const round2 = (v) => Number(v.toPrecision(12));
  return [round2(Math.min(low, Math.floor(low / step) * step)), round2(Math.max(high, Math.ceil(high / step) * step))];
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
  const chart = barChart({ bars: sortedBars(importance), valueLabel: "Importance (engine-specific)", maxBars: TOP_FEATURES, format: (v) => String(Number(v.toPrecision(3))) });
  return {
    id: "feature_importance",
    title: "Feature importance",
    caption: `The engine's own importance: average loss reduction (gain) per split for trees, |coefficient| per standard deviation for linear models.${more(chart.hidden, "features")}`,
    svg: svgDocument("feature_importance", "Feature importance", chart.width, chart.height, chart.body)
  };
}
var OUTPUT_UNITS = {
  log_odds: "log-odds",
  class_margins: "class margins, summed over classes",
  class_log_probabilities: "log class probabilities, summed over classes",
  value: "units of the target"
};
function shapImportanceChart(explanations) {
  const bars = explanations.features.map((f) => ({ label: f.name, value: f.mean_abs_shap }));
  const chart = barChart({ bars, valueLabel: `Mean |SHAP value| (${OUTPUT_UNITS[explanations.output]})`, maxBars: TOP_FEATURES, format: (v) => String(Number(v.toPrecision(3))) });
  const hidden = chart.hidden + explanations.features_total - explanations.features.length;
  const method = METHOD_NAMES[explanations.method];
  return {
    id: "shap_importance",
    title: "Feature attributions (SHAP)",
    caption: `How far each feature moves a prediction from the expected output, on average over ${explanations.rows} test rows (${method}).${more(hidden, "features")}`,
    svg: svgDocument("shap_importance", "Feature attributions (SHAP)", chart.width, chart.height, chart.body)
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
  if (document.explanations?.available && document.explanations.features.length > 0) charts.push(shapImportanceChart(document.explanations));
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
${explanationsHtml(document)}
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
    metrics: join12(outputDir, "metrics.json"),
    model: join12(outputDir, "model.json"),
    report: join12(outputDir, "report.md"),
    profile: join12(outputDir, "data-profile.json"),
    html: join12(outputDir, "report.html"),
    ...input.loaded.config.report.model_card ? { modelCard: join12(outputDir, "MODEL_CARD.md"), modelCardJson: join12(outputDir, "model-card.json") } : {}
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
  await deps.fs.writeText(join12(input.outputDir, "metrics.json"), toJson(document));
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
  const outputDir = options.outputDir ?? join13(options.baseDirectory, ".mltrain", config.name);
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
  phases.start("score");
  const scores = {
    test: model.predict(data.parts.test.encoded.features),
    validation: data.parts.validation ? model.predict(data.parts.validation.encoded.features) : void 0
  };
  phases.start("evaluate");
  const evaluation = evaluateModel({
    scores,
    task: data.task,
    classes: data.classes,
    model,
    parts: { validation: data.parts.validation, test: data.parts.test },
    config: config.evaluation,
    sensitiveColumns: config.data.sensitive_columns,
    rng: rng.fork("evaluate")
  });
  phases.start("explain");
  const rowPredictor = commandTrainer && deps.command ? commandRowPredictor({ ...deps.command, fs: deps.fs, logger: deps.logger }, { loaded, data, model, outputDir, signal: deps.cancelSignal }) : void 0;
  const explanations = await explainModel({ model, data, rng: rng.fork("explain"), maxRows: config.evaluation.explanations.max_rows, topFeatures: config.evaluation.explanations.top_features, rowPredictor });
  phases.start("latency");
  const latency = commandTrainer ? void 0 : measureLatency(model, data.parts.test.encoded.features, deps.clock, { rows: config.evaluation.latency.rows, batchSize: config.evaluation.latency.batch_size });
  phases.start("baseline_and_gates");
  const baseline = config.gates.length > 0 ? await rescoreBaseline(deps, config.name, data, evaluation, { loaded, outputDir }) : void 0;
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
    baseline: baseline ? { source: baseline.source, rescored: baseline.rescored, metrics: baseline.metrics } : void 0,
    explanations,
    lineage: {
      data: data.lineage,
      config_sha256: loaded.sha256,
      git_commit: await deps.repository.commit(),
      engine: model.engine,
      engine_version: model.engineVersion,
      backend,
      seed: config.seed,
      mltrain_version: deps.version,
      ...commandTrainer ? { command: await commandTrainer.lineage(deps.repository) } : {}
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
    const exited = new Promise((resolve6) => {
      let settled = false;
      const finish = (exit) => {
        if (settled) return;
        settled = true;
        clearTimeout(timeoutTimer);
        clearTimeout(graceTimer);
        resolve6({ ...exit, stoppedBy, killed, durationMs: performance.now() - startedAt });
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
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { dirname as dirname6, join as join14 } from "node:path";
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
  },
  listFiles: async (path) => {
    const files = [];
    const walk = async (relative3) => {
      let entries;
      try {
        entries = await readdir(join14(path, relative3), { withFileTypes: true });
      } catch (error) {
        if (error.code === "ENOENT") return;
        throw error;
      }
      for (const entry of entries) {
        const name = relative3 === "" ? entry.name : `${relative3}/${entry.name}`;
        if (entry.isDirectory()) await walk(name);
        else if (entry.isFile()) files.push(name);
      }
    };
    await walk("");
    return files.sort();
  },
  writeBytes: async (path, bytes) => {
    await mkdir(dirname6(path), { recursive: true });
    await writeFile(path, bytes);
  }
};

// src/adapters/git-repository-info.ts
import { execFile } from "node:child_process";
function createGitRepositoryInfo(directory, env = process.env) {
  return {
    commit: () => new Promise((resolve6) => {
      if (env.GITHUB_SHA && /^[0-9a-f]{40}$/.test(env.GITHUB_SHA)) {
        resolve6(env.GITHUB_SHA);
        return;
      }
      execFile("git", ["rev-parse", "HEAD"], { cwd: directory, timeout: 5e3 }, (error, stdout) => {
        const sha = stdout?.trim();
        resolve6(!error && /^[0-9a-f]{40}$/.test(sha) ? sha : null);
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
import { access, mkdir as mkdir2, readFile, writeFile as writeFile2 } from "node:fs/promises";
var nodeFileSystem = {
  readText: (path) => readFile(path, "utf8"),
  readBytes: async (path) => new Uint8Array(await readFile(path)),
  writeText: (path, text2) => writeFile2(path, text2, "utf8"),
  exists: async (path) => {
    try {
      await access(path);
      return true;
    } catch {
      return false;
    }
  },
  makeDirectory: async (path) => {
    await mkdir2(path, { recursive: true });
  }
};

// src/adapters/system-clock.ts
import { performance as performance2 } from "node:perf_hooks";
var systemClock = { now: () => performance2.now() };

// src/adapters/worker-trial-pool.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
function workerTrialPools(options = {}) {
  return {
    supports: isWorkerEngine,
    open: (study, { parallelism }) => WorkerTrialPool.start(study, Math.max(1, Math.floor(parallelism)), options.workerUrl ?? locateTrialWorker())
  };
}
function locateTrialWorker() {
  for (const relative3 of ["./trial-worker.js", "../trial-worker.js"]) {
    const url = new URL(relative3, import.meta.url);
    if (url.protocol === "file:" && existsSync(fileURLToPath(url))) return url;
  }
  throw new Error(`trial-worker.js is not beside ${import.meta.url} (only bundled builds have it)`);
}
var WorkerTrialPool = class _WorkerTrialPool {
  constructor(study, shared, url) {
    this.study = study;
    this.shared = shared;
    this.url = url;
  }
  study;
  shared;
  url;
  workers = /* @__PURE__ */ new Set();
  queue = [];
  closed = false;
  nextId = 1;
  /** Why the last replacement of a lost worker failed (a pool without workers takes no trials). */
  replacementError;
  static async start(study, parallelism, url) {
    if (!isWorkerEngine(study.trainer.type)) throw new Error(`internal error: ${study.trainer.type} trials cannot run on worker threads`);
    const shared = {
      engine: study.trainer.type,
      task: study.task,
      numClasses: study.numClasses,
      featureInfo: study.featureInfo,
      metric: study.metric,
      train: shareDataset(study.train),
      validation: study.validation ? shareDataset(study.validation) : void 0,
      folds: study.folds?.map((fold) => ({ train: shareRows(fold.train), validation: shareRows(fold.validation) }))
    };
    const pool = new _WorkerTrialPool(study, shared, url);
    try {
      await Promise.all(Array.from({ length: parallelism }, () => pool.spawn()));
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }
  train(request) {
    if (this.closed) return Promise.reject(new Error("internal error: the trial pool is closed"));
    if (this.workers.size === 0) return Promise.reject(this.replacementError ?? new Error("internal error: the trial pool has no workers"));
    return new Promise((resolve6, reject) => {
      this.queue.push({ id: this.nextId++, request, resolve: resolve6, reject });
      this.dispatch();
    });
  }
  async close() {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error("the study ended before this trial started"));
    const workers = [...this.workers];
    this.workers.clear();
    await Promise.all(
      workers.map((entry) => {
        entry.job?.reject(new Error("the study ended while this trial was training"));
        entry.job = null;
        Atomics.store(entry.verdict, 0, VERDICT.stop);
        Atomics.notify(entry.verdict, 0);
        return entry.worker.terminate();
      })
    );
  }
  /** Starts one worker and resolves when it holds the data and listens. */
  spawn() {
    const verdictBuffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
    const workerData = { ...this.shared, verdict: verdictBuffer };
    const worker = new Worker(this.url, { workerData });
    const entry = { worker, verdict: new Int32Array(verdictBuffer), ready: false, job: null };
    this.workers.add(entry);
    return new Promise((resolve6, reject) => {
      worker.on("message", (message) => {
        if (message.kind === "ready") {
          entry.ready = true;
          resolve6(entry);
          this.dispatch();
        } else this.receive(entry, message);
      });
      const lost = (error) => {
        if (!this.workers.delete(entry)) return;
        if (!entry.ready) return reject(error);
        entry.job?.reject(error);
        entry.job = null;
        void worker.terminate();
        if (!this.closed) this.spawn().catch((spawnError) => this.failQueued(spawnError));
      };
      worker.on("error", (error) => lost(new Error(`a trial worker failed: ${error.message}`)));
      worker.on("exit", (code2) => lost(new Error(`a trial worker exited (code ${code2})`)));
    });
  }
  dispatch() {
    for (const entry of this.workers) {
      if (this.queue.length === 0) return;
      if (entry.job !== null || !entry.ready) continue;
      const job = this.queue.shift();
      entry.job = job;
      const { trialNumber, params, seed, threads, fold } = job.request;
      const message = { kind: "train", id: job.id, trialNumber, params, seed, threads, fold };
      entry.worker.postMessage(message);
    }
  }
  receive(entry, message) {
    const job = entry.job;
    if (!job || job.id !== message.id) return;
    if (message.kind === "iteration") {
      let decision = "stop";
      if (!job.callbackError) {
        try {
          decision = job.request.onIteration({ iteration: message.iteration, validationLoss: message.validationLoss });
        } catch (error) {
          job.callbackError = { error };
        }
      }
      Atomics.store(entry.verdict, 0, decision === "stop" ? VERDICT.stop : VERDICT.continue);
      Atomics.notify(entry.verdict, 0);
      return;
    }
    entry.job = null;
    if (message.kind === "failed") {
      const error = new Error(message.message);
      error.name = message.name;
      job.reject(error);
    } else if (job.callbackError) job.reject(job.callbackError.error);
    else {
      try {
        job.resolve({ model: this.study.trainer.load(message.model), value: message.value });
      } catch (error) {
        job.reject(error);
      }
    }
    this.dispatch();
  }
  failQueued(error) {
    this.replacementError = error;
    for (const job of this.queue.splice(0)) job.reject(error);
  }
};
function shareRows(rows) {
  const shared = new Uint32Array(new SharedArrayBuffer(rows.byteLength));
  shared.set(rows);
  return shared;
}

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
    parallelTrials: workerTrialPools(),
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

// src/app/baseline-model-source.ts
import { dirname as dirname7, join as join15 } from "node:path";
function baselineModelFromRepository(contents, event, logger) {
  return async (name) => {
    const ref = baselineRef(event);
    if (!ref) return null;
    const folder = `models/${name}`;
    const path = `${folder}/model.json`;
    try {
      const bytes = await contents.readFile(path, ref);
      if (!bytes) return null;
      return { json: JSON.parse(new TextDecoder().decode(bytes)), source: `${path}@${ref}`, readFile: (relativePath) => contents.readFile(`${folder}/${relativePath}`, ref) };
    } catch (error) {
      logger.warning(`could not read the baseline model ${path} at ${ref}: ${error.message}`);
      return null;
    }
  };
}
function baselineModelFromFile(fs, path) {
  return async () => {
    if (!await fs.exists(path)) return null;
    const folder = dirname7(path);
    return {
      json: JSON.parse(await fs.readText(path)),
      source: path,
      readFile: async (relativePath) => {
        const file = join15(folder, relativePath);
        return await fs.exists(file) ? fs.readBytes(file) : null;
      }
    };
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
  readCommandModelJson,
  recordFilePaths,
  httpStatus,
  isAccessDenied,
  errorMessage,
  baselineRef,
  fetchBaseline,
  withDefaults,
  toJson,
  predictionsCsv,
  commentMarker,
  renderPrComment,
  runTraining,
  createNodeRunDependencies,
  baselineModelFromRepository,
  baselineModelFromFile,
  cancelOnSignals
};
