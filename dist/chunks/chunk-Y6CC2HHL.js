#!/usr/bin/env node
import { createRequire as __mltrainCreateRequire } from 'node:module';
const require = __mltrainCreateRequire(import.meta.url);
import {
  ConfigError,
  DataError,
  Rng,
  cellValue,
  computeMetrics,
  didYouMean,
  getColumn,
  loadTableWithLineage,
  parseConfig,
  takeRows
} from "./chunk-IQ5VN7VF.js";

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
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    ajv: "^8.20.0",
    hyparquet: "^1.33.0",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@eslint/js": "^10.0.1",
    "@types/node": "^20.19.43",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    globals: "^17.14.0",
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

// src/core/config/training-config.ts
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
    return { exitCode: EXIT_CODES.invalidInput, problems: [{ message: error.message, location: { file: error.file, line: error.line } }] };
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

// src/core/report/metrics-document.ts
function toJson(value, indent = 2) {
  return `${JSON.stringify(value, (_key, v) => typeof v === "number" && !Number.isFinite(v) ? null : v, indent)}
`;
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

// src/app/run-training.ts
import { join } from "node:path";

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

// src/core/report/render-summary.ts
var STATUS_ICON = { passed: "\u2705", failed: "\u274C", skipped: "\u23ED\uFE0F" };
function renderSummary(document) {
  const sections = [];
  sections.push(`## mltrain: ${document.name}`);
  sections.push(`${document.passed ? "\u2705" : "\u274C"} **${verdictLine(document)}**`);
  sections.push(markdownTable(headlineTable(document), ["left", "right", "right"]));
  if (document.gates.length > 0) {
    sections.push("### Gates");
    sections.push(
      markdownTable({
        header: ["", "gate", "value", "threshold", "reason"],
        rows: document.gates.map((g) => [STATUS_ICON[g.status], g.name, formatNumber(g.value), formatNumber(g.threshold), g.reason])
      })
    );
  }
  const rows = document.data.rows;
  sections.push("### Data");
  sections.push(
    `${rows.train} train, ${rows.validation} validation and ${rows.test} test rows; ${document.data.features.length} features; target \`${document.data.target}\`` + (document.data.skipped_rows > 0 ? `; ${document.data.skipped_rows} bad rows skipped` : "")
  );
  sections.push("### Cost and lineage");
  const lineage = document.lineage;
  sections.push(
    markdownTable({
      header: ["", ""],
      rows: [
        ["cost", `$${document.cost.usd.toFixed(4)} (${document.cost.seconds.toFixed(1)} s at $${document.cost.hourly_rate_usd}/h, rate from ${document.cost.rate_source})`],
        ["model", `${document.model.type} (${lineage.engine} ${lineage.engine_version}, ${lineage.backend}), ${document.model.iterations} iterations`],
        ...lineage.data.map((d) => [`data ${d.path}`, `sha256 \`${d.sha256.slice(0, 12)}\`, ${d.rows} rows x ${d.columns} columns`]),
        ["config sha256", `\`${lineage.config_sha256.slice(0, 12)}\``],
        ["commit", lineage.git_commit ? `\`${lineage.git_commit.slice(0, 12)}\`` : "n/a"],
        ["seed", String(lineage.seed)]
      ]
    })
  );
  return `${sections.join("\n\n")}
`;
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

// src/app/apply-gates.ts
function applyGates(gates, inputs) {
  return gates.map((gate) => {
    const value = gate.metric === "cost_usd" ? inputs.costUsd : gate.metric === "duration_s" ? inputs.durationSeconds : inputs.metrics[gate.split][gate.metric];
    const bound = gate.min !== void 0 ? { op: ">=", threshold: gate.min } : { op: "<=", threshold: gate.max ?? NaN };
    const name = gate.name ?? `${gate.metric} ${bound.op} ${bound.threshold}`;
    const base = { name, metric: gate.metric, split: gate.split, threshold: bound.threshold };
    if (value === void 0 || !Number.isFinite(value)) {
      return { ...base, status: "failed", value: null, reason: `${gate.metric} is not available on the ${gate.split} part` };
    }
    const okMin = gate.min === void 0 || value >= gate.min;
    const okMax = gate.max === void 0 || value <= gate.max;
    const passed = okMin && okMax;
    return { ...base, status: passed ? "passed" : "failed", value, reason: passed ? `${value.toFixed(4)} ${bound.op} ${bound.threshold}` : `${value.toFixed(4)} is ${okMin ? "above the maximum" : "below the minimum"} ${okMin ? gate.max : gate.min}` };
  });
}

// src/app/load-config.ts
import { createHash } from "node:crypto";
async function loadConfig(fs, path, displayPath) {
  if (!await fs.exists(path)) {
    throw new ConfigError([{ file: displayPath, line: 0, column: 0, pointer: "", message: `config file not found (looked for ${path})` }]);
  }
  const bytes = await fs.readBytes(path);
  const text = new TextDecoder("utf-8").decode(bytes);
  const parsed = parseConfig(text, displayPath);
  return { ...parsed, path, sha256: createHash("sha256").update(bytes).digest("hex") };
}

// src/app/prepare-data.ts
import { dirname, isAbsolute, relative, resolve } from "node:path";

// src/core/data/target.ts
var MAX_INFERRED_CLASSES = 20;
var POSITIVE_WORDS = /* @__PURE__ */ new Set(["1", "true", "yes", "y", "positive", "pos"]);
function encodeTarget(column, options = {}) {
  const source = options.source ?? "<data>";
  const texts = distinctTexts(column, source, options.sourceLines);
  const numeric = column.type === "numeric";
  if (column.type === "datetime") fail(source, column.name, "invalid_target", `the target '${column.name}' is a datetime column`);
  const integral = numeric && texts.every((t) => Number.isInteger(Number(t)));
  const inferred = texts.length <= 2 ? "binary" : !numeric || integral && texts.length <= MAX_INFERRED_CLASSES ? "multiclass" : "regression";
  const task = options.task ?? inferred;
  if (texts.length < 2) fail(source, column.name, "invalid_target", `the target '${column.name}' has ${texts.length === 0 ? "no values" : `one value only ('${texts[0]}')`}: nothing to learn`);
  if (task === "binary" && texts.length > 2) {
    fail(source, column.name, "invalid_target", `the task is binary but the target '${column.name}' has ${texts.length} values (${texts.slice(0, 5).join(", ")}${texts.length > 5 ? ", ..." : ""})`);
  }
  if (task === "regression") {
    if (!numeric) fail(source, column.name, "invalid_target", `the task is regression but the target '${column.name}' is ${column.type}`);
    return regressionTarget(column);
  }
  const classes = task === "binary" ? binaryClasses(texts, numeric, options.positiveClass, column.name, source) : sortClasses(texts, numeric);
  return classTarget(task, classes, column, source, options.sourceLines);
}
function regressionTarget(column) {
  const target = {
    task: "regression",
    labels: Float64Array.from(column.values),
    classes: null,
    apply(other, otherSource = "<data>", lines) {
      if (!other) fail(otherSource, column.name, "missing_column", `the target column '${column.name}' is missing`);
      distinctTexts(other, otherSource, lines);
      if (other.type === "categorical") fail(otherSource, column.name, "invalid_target", `the target '${column.name}' holds text, the task is regression`);
      return { ...target, labels: Float64Array.from(other.values) };
    }
  };
  return target;
}
function classTarget(task, classes, column, source, lines) {
  const index = new Map(classes.map((c, i) => [c, i]));
  const encode = (col, src, rows) => {
    const labels = new Float64Array(columnLength(col));
    for (let i = 0; i < labels.length; i++) {
      const label = index.get(String(cellValue(col, i)));
      if (label === void 0) {
        const where = rows ? `line ${rows[i]}` : `row ${i + 1}`;
        fail(src, col.name, "invalid_target", `${where}: target value '${String(cellValue(col, i))}' is not one of the training classes (${classes.join(", ")})`, rows?.[i]);
      }
      labels[i] = label;
    }
    return labels;
  };
  return {
    task,
    classes,
    labels: encode(column, source, lines),
    apply(other, otherSource = "<data>", otherLines) {
      if (!other) fail(otherSource, column.name, "missing_column", `the target column '${column.name}' is missing`);
      distinctTexts(other, otherSource, otherLines);
      return { ...this, labels: encode(other, otherSource, otherLines) };
    }
  };
}
function distinctTexts(column, source, lines) {
  const seen = /* @__PURE__ */ new Set();
  let missing = 0;
  let firstMissing = -1;
  const n = columnLength(column);
  for (let i = 0; i < n; i++) {
    const value = cellValue(column, i);
    if (value === null) {
      if (missing++ === 0) firstMissing = i;
    } else seen.add(String(value));
  }
  if (missing > 0) {
    const line = lines?.[firstMissing];
    throw new DataError(source, {
      problem: "missing_target",
      line,
      column: column.name,
      message: `${line === void 0 ? `row ${firstMissing + 1}: ` : ""}the target '${column.name}' is missing (a label is needed for every row)`,
      count: missing
    });
  }
  return [...seen];
}
function sortClasses(texts, numeric) {
  return numeric ? texts.slice().sort((a, b) => Number(a) - Number(b)) : texts.slice().sort();
}
function binaryClasses(texts, numeric, positive, name, source) {
  const sorted = sortClasses(texts, numeric);
  let chosen;
  if (positive !== void 0) {
    chosen = sorted.find((t) => t === String(positive) || numeric && Number(t) === Number(positive));
    if (chosen === void 0) fail(source, name, "invalid_target", `positive_class '${String(positive)}' is not a value of the target '${name}' (${sorted.join(", ")})`);
  } else {
    chosen = sorted.find((t) => POSITIVE_WORDS.has(t.toLowerCase())) ?? sorted[sorted.length - 1];
  }
  return [sorted.find((t) => t !== chosen), chosen];
}
function columnLength(column) {
  return column.type === "categorical" ? column.codes.length : column.values.length;
}
function fail(source, column, problem, message, line) {
  throw new DataError(source, { problem, column, message, line, count: 1 });
}

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
      const ranked = column.categories.map((category, code) => ({ category, count: counts[code] })).filter((c) => c.count > 0).sort((a, b) => b.count - a.count || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0));
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

// src/core/data/split.ts
function splitRows(request) {
  const all = new Uint32Array(request.numRows);
  for (let i = 0; i < all.length; i++) all[i] = i;
  const [rest, test] = holdOut(all, request.testSize, "test", request);
  const [train, validation] = holdOut(rest, request.validationSize, "validation", request);
  if (train.length === 0) throw new RangeError(`split leaves no training rows (${request.numRows} rows, test_size ${request.testSize}, validation_size ${request.validationSize})`);
  return { train, validation, test };
}
function partSize(size, n, what) {
  if (!Number.isFinite(size) || size < 0 || size >= 1 && !Number.isInteger(size)) throw new RangeError(`${what} size must be a fraction in [0, 1) or a row count, got ${size}`);
  const count = size >= 1 ? size : Math.ceil(size * n);
  if (count >= n && count > 0) throw new RangeError(`${what} size ${size} takes all ${n} rows`);
  return count;
}
function holdOut(rows, size, part, request) {
  const count = partSize(size, rows.length, part);
  if (count === 0) return [rows, new Uint32Array(0)];
  const rng = request.rng.fork(part);
  let held;
  switch (request.method) {
    case "random":
      held = shuffled(rows, rng).subarray(0, count);
      break;
    case "stratified":
      held = stratifiedPick(rows, count, need(request.labels, "labels", request.numRows), rng);
      break;
    case "group":
      held = groupPick(rows, count, need(request.groups, "groups", request.numRows), rng);
      break;
    case "time":
      held = latest(rows, count, need(request.order, "order", request.numRows));
      break;
  }
  return complement(rows, held);
}
function need(given, name, numRows) {
  if (!given) throw new RangeError(`this split method needs ${name}`);
  const values = asNumbers(given);
  if (values.length !== numRows) throw new RangeError(`${name} has ${values.length} entries for ${numRows} rows`);
  return values;
}
function asNumbers(given) {
  if ("type" in given && typeof given.type === "string") {
    const column = given;
    return column.type === "categorical" ? column.codes : column.values;
  }
  return given;
}
function shuffled(rows, rng) {
  return rng.shuffle(Uint32Array.from(rows));
}
function strata(rows, labels) {
  const byLabel = /* @__PURE__ */ new Map();
  for (let i = 0; i < rows.length; i++) {
    const label = labels[rows[i]];
    const key = Number.isNaN(label) ? NaN : label;
    let list = byLabel.get(key);
    if (!list) byLabel.set(key, list = []);
    list.push(rows[i]);
  }
  return [...byLabel.entries()].sort((a, b) => compareKeys(a[0], b[0])).map(([, list]) => list);
}
function compareKeys(a, b) {
  if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : 1;
  if (Number.isNaN(b)) return -1;
  return a - b;
}
function stratifiedPick(rows, count, labels, rng) {
  const groups = strata(rows, labels);
  const exact = groups.map((g) => g.length * count / rows.length);
  const take = exact.map(Math.floor);
  let left = count - take.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left === 0) break;
    if (take[i] < groups[i].length) {
      take[i]++;
      left--;
    }
  }
  const held = [];
  groups.forEach((group, i) => {
    const mixed = rng.shuffle(group.slice());
    for (let j = 0; j < take[i]; j++) held.push(mixed[j]);
  });
  return Uint32Array.from(held);
}
function groupPick(rows, count, groups, rng) {
  const members = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const group = groups[row];
    const key = Number.isNaN(group) || group < 0 ? `row:${row}` : `g:${group}`;
    let list = members.get(key);
    if (!list) members.set(key, list = []);
    list.push(row);
  }
  const lists = [...members.values()];
  const held = [];
  for (const index of rng.permutation(lists.length)) {
    const list = lists[index];
    if (Math.abs(held.length + list.length - count) < Math.abs(held.length - count)) held.push(...list);
  }
  if (held.length === 0 || held.length === rows.length) {
    throw new RangeError(`group split: cannot make a part of about ${count} rows from ${lists.length} groups without putting a group in two parts`);
  }
  return Uint32Array.from(held);
}
function latest(rows, count, order) {
  for (const row of rows) {
    if (Number.isNaN(order[row])) throw new RangeError(`time split: row ${row} has no time value`);
  }
  const sorted = Array.from(rows).sort((a, b) => order[a] - order[b] || a - b);
  return Uint32Array.from(sorted.slice(sorted.length - count));
}
function complement(rows, held) {
  const heldSet = new Set(held);
  const kept = rows.filter((row) => !heldSet.has(row));
  return [kept.sort(), Uint32Array.from(held).sort()];
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
  const baseDir = dirname(loaded.path);
  const load = async (file) => {
    const absolute = resolve(baseDir, file);
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
    task: trainTarget.task,
    target: data.target,
    classes: trainTarget.classes,
    features,
    featureInfo: { names: transformedNames, categorical: encoder.categorical },
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
function displayName(absolute, baseDir, asWritten) {
  if (!isAbsolute(absolute)) return absolute;
  const rel = relative(baseDir, absolute);
  return rel.startsWith("..") ? asWritten : rel;
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
};
function validationLogLoss(validation) {
  return (coef, intercept) => {
    const p = predictLogistic(coef, intercept, validation.features);
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
    const fit = fitLogistic(request.train, params, request.onIteration, request.validation ? validationLogLoss(request.validation) : void 0);
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

// src/core/models/registry.ts
var TRAINERS = {
  logistic: logisticTrainer
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

// src/app/run-training.ts
async function runTraining(deps, options) {
  const startedAt = deps.clock.now();
  const loaded = await loadConfig(deps.fs, options.configPath, options.displayPath);
  const config = loaded.config;
  const meter = new CostMeter(deps.clock, config.budget, deps.machine, startedAt);
  const rng = Rng.fromSeed(config.seed);
  const trainer = pickTrainer(loaded, config.data.task);
  deps.logger.info(`mltrain ${deps.version}: ${config.name} (${config.model.type}) from ${options.displayPath}`);
  const data = await prepareData(deps, loaded, trainer.encoding, rng);
  pickTrainer(loaded, data.task);
  const rows = { train: data.parts.train.table.numRows, validation: data.parts.validation?.table.numRows ?? 0, test: data.parts.test.table.numRows };
  deps.logger.info(`data: ${rows.train} train, ${rows.validation} validation, ${rows.test} test rows; ${data.features.length} features; task ${data.task}`);
  const threads = config.model.compute.threads === "auto" ? deps.machine.cores : config.model.compute.threads;
  const model = await trainer.train({
    task: data.task,
    numClasses: data.classes?.length ?? 0,
    train: data.parts.train.encoded,
    validation: data.parts.validation?.encoded,
    featureInfo: data.featureInfo,
    params: config.model.params,
    seed: rng.fork("model").nextUint32(),
    threads
  });
  deps.logger.info(`trained ${model.engine}: ${model.iterations} iterations, ${meter.elapsedSeconds().toFixed(1)}s into the run`);
  const threshold = typeof config.evaluation.threshold === "number" ? config.evaluation.threshold : 0.5;
  const score = (part) => {
    if (!part) return {};
    const yScore = model.predict(part.encoded.features);
    return computeMetrics({ task: data.task, yTrue: part.encoded.label, yScore, threshold, sampleWeight: part.encoded.weight, numClasses: data.classes?.length });
  };
  const metrics = { test: score(data.parts.test), validation: score(data.parts.validation) };
  const outputDir = options.outputDir ?? join(options.baseDirectory, ".mltrain", config.name);
  const paths = {
    outputDir,
    metrics: join(outputDir, "metrics.json"),
    model: join(outputDir, "model.json"),
    report: join(outputDir, "report.md")
  };
  const gates = applyGates(config.gates, { metrics, costUsd: meter.costUsd(), durationSeconds: meter.elapsedSeconds() });
  const passed = gates.every((g) => g.status !== "failed");
  const createdAt = deps.timestamp();
  const document = {
    schema_version: 1,
    name: config.name,
    task: data.task,
    created_at: createdAt,
    passed,
    metrics,
    fairness: {},
    gates,
    cost: meter.report(),
    data: {
      rows,
      skipped_rows: data.skippedRows,
      features: data.features,
      target: data.target,
      ...data.classes ? { classes: data.classes } : {},
      validation: [],
      drift: { columns: {} }
    },
    model: { type: model.engine, params: model.params, iterations: model.iterations, ...data.task === "binary" ? { threshold } : {}, path: "model.json" },
    lineage: {
      data: data.lineage,
      config_sha256: loaded.sha256,
      git_commit: await deps.repository.commit(),
      engine: model.engine,
      engine_version: model.engineVersion,
      backend: "cpu",
      seed: config.seed,
      mltrain_version: deps.version
    }
  };
  await deps.fs.makeDirectory(outputDir);
  await deps.fs.writeText(paths.model, toJson(modelFile(config.name, createdAt, data, model, data.task === "binary" ? threshold : null)));
  const summaryMarkdown = renderSummary(document);
  await deps.fs.writeText(paths.report, summaryMarkdown);
  document.cost = meter.report();
  await deps.fs.writeText(paths.metrics, toJson(document));
  const failedGates = gates.filter((g) => g.status === "failed");
  for (const gate of failedGates) deps.logger.error(`gate failed: ${gate.name} (${gate.reason})`);
  return {
    exitCode: passed ? EXIT_CODES.passed : EXIT_CODES.gatesFailed,
    document,
    paths,
    headline: headlineTable(document),
    verdictLine: verdictLine(document),
    summaryMarkdown,
    failedGates
  };
}
function modelFile(name, createdAt, data, model, threshold) {
  return {
    format: "mltrain-model",
    version: 1,
    name,
    task: data.task,
    created_at: createdAt,
    target: { column: data.target, classes: data.classes },
    features: data.features,
    encoder: data.encoder.toJSON(),
    threshold,
    engine: { type: model.engine, version: model.engineVersion, model: model.toJSON() }
  };
}

// src/adapters/file-data-loader.ts
var fileDataLoader = {
  load: async (path, options) => {
    const loaded = await loadTableWithLineage(path, options);
    return { table: loaded.table, lineage: { ...loaded.lineage }, skippedRows: loaded.skippedRows, issues: loaded.issues };
  }
};

// src/adapters/git-repository-info.ts
import { execFile } from "node:child_process";
function createGitRepositoryInfo(directory, env = process.env) {
  return {
    commit: () => new Promise((resolve2) => {
      if (env.GITHUB_SHA && /^[0-9a-f]{40}$/.test(env.GITHUB_SHA)) {
        resolve2(env.GITHUB_SHA);
        return;
      }
      execFile("git", ["rev-parse", "HEAD"], { cwd: directory, timeout: 5e3 }, (error, stdout) => {
        const sha = stdout?.trim();
        resolve2(!error && /^[0-9a-f]{40}$/.test(sha) ? sha : null);
      });
    })
  };
}

// src/adapters/machine-settings.ts
import { availableParallelism } from "node:os";
function readMachineSettings(env = process.env) {
  const raw = env.MLTRAIN_HOURLY_RATE_USD;
  let hourlyRateUsd;
  if (raw !== void 0 && raw.trim() !== "") {
    hourlyRateUsd = Number(raw);
    if (!Number.isFinite(hourlyRateUsd) || hourlyRateUsd < 0) {
      throw new EnvironmentError(`MLTRAIN_HOURLY_RATE_USD must be a non-negative number of USD per hour, got '${raw}'`);
    }
  }
  return { hourlyRateUsd, cores: availableParallelism() };
}

// src/adapters/node-file-system.ts
import { access, mkdir, readFile, writeFile } from "node:fs/promises";
var nodeFileSystem = {
  readText: (path) => readFile(path, "utf8"),
  readBytes: async (path) => new Uint8Array(await readFile(path)),
  writeText: (path, text) => writeFile(path, text, "utf8"),
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
import { performance } from "node:perf_hooks";
var systemClock = { now: () => performance.now() };

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
    timestamp: () => (/* @__PURE__ */ new Date()).toISOString()
  };
}

export {
  package_default,
  EnvironmentError,
  readModelFile,
  ModelFileError,
  EXIT_CODES,
  classifyError,
  toJson,
  formatTable,
  loadConfig,
  encoderFromJSON,
  findTrainer,
  runTraining,
  createNodeRunDependencies
};
