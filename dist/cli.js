#!/usr/bin/env node
import { createRequire as __mltrainCreateRequire } from 'node:module';
const require = __mltrainCreateRequire(import.meta.url);
import {
  EXIT_CODES,
  EnvironmentError,
  ModelFileError,
  baselineModelFromFile,
  cancelOnSignals,
  classifyError,
  createNodeRunDependencies,
  encoderFromJSON,
  formatTable,
  loadConfig,
  package_default,
  predictionsCsv,
  readModelFile,
  runTraining,
  toJson
} from "./chunks/chunk-C2D5FMKH.js";
import {
  ConfigError,
  profileTable
} from "./chunks/chunk-S6Z4WXYX.js";
import {
  findTrainer
} from "./chunks/chunk-TCVPS3GS.js";
import "./chunks/chunk-EQ4OMVOO.js";
import "./chunks/chunk-CVGNWV26.js";
import "./chunks/chunk-VXJLJB5O.js";
import "./chunks/chunk-X542JXY6.js";
import "./chunks/chunk-SA2DTWOY.js";

// src/cli/main.ts
import { resolve as resolve2 } from "node:path";
import { parseArgs } from "node:util";

// src/app/validate-configs.ts
import { dirname, resolve } from "node:path";
async function validateConfigs(deps, configs) {
  const lines = [];
  const errors = [];
  for (const { configPath, displayPath } of configs) {
    try {
      const loaded = await loadConfig(deps.fs, configPath, displayPath);
      const missing = [];
      const data = loaded.config.data;
      const files = [
        ["/data/path", data.path],
        ["/data/train", data.train],
        ["/data/validation/path", data.validation.path],
        ["/data/test", data.test]
      ];
      for (const [pointer, file] of files) {
        if (file === void 0) continue;
        const absolute = resolve(dirname(configPath), file);
        if (!await deps.fs.exists(absolute)) {
          const pos = loaded.locate(pointer);
          missing.push({ file: displayPath, line: pos.line, column: pos.column, pointer, message: `file '${file}' not found (resolved against the config's folder: ${absolute})` });
        }
      }
      if (missing.length > 0) throw new ConfigError(missing);
      lines.push(`${displayPath}: valid (${loaded.config.name}, model ${loaded.config.model.type}, ${loaded.config.gates.length} gate(s))`);
    } catch (error) {
      errors.push(error);
    }
  }
  return { lines, errors };
}

// src/app/predict.ts
async function predictWithModel(deps, options) {
  if (!await deps.fs.exists(options.modelPath)) throw new ModelFileError(`model file not found: ${options.modelPath}`);
  let json;
  try {
    json = JSON.parse(await deps.fs.readText(options.modelPath));
  } catch (error) {
    throw new ModelFileError(`${options.modelPath}: not valid JSON (${error.message})`);
  }
  const file = readModelFile(json, options.modelPath);
  const trainer = findTrainer(file.engine.type);
  if (!trainer) throw new ModelFileError(`${options.modelPath}: engine '${file.engine.type}' is not available in this version of mltrain`);
  const model = trainer.load(file.engine.model);
  const encoder = encoderFromJSON(file.encoder);
  const { table } = await deps.data.load(options.dataPath, { columnTypes: encoder.columnTypes });
  const { features } = encoder.transform(table);
  const scores = model.predict(features);
  await deps.fs.writeText(options.outputPath, predictionsCsv(file.task, scores, file.target.classes, file.threshold));
  return `wrote ${table.numRows} predictions to ${options.outputPath}`;
}

// src/app/profile-data.ts
async function profileDataFile(deps, options) {
  const { table, lineage } = await deps.data.load(options.dataPath, { source: options.displayPath });
  const profile = profileTable(table, { target: options.target });
  await deps.fs.writeText(options.outputPath, toJson({ ...profile, sha256: lineage.sha256 }));
  return `profiled ${table.numRows} rows x ${table.columns.length} columns of ${options.displayPath} into ${options.outputPath}`;
}

// src/app/init-templates.ts
import { join } from "node:path";
var INIT_FILES = [
  { template: "training_config.template.yaml", target: "training_config.yaml" },
  { template: "mltrain-pr.yml", target: ".github/workflows/mltrain-pr.yml" },
  { template: "mltrain-promote.yml", target: ".github/workflows/mltrain-promote.yml" },
  { template: "mltrain-retrain.yml", target: ".github/workflows/mltrain-retrain.yml" }
];
async function initTemplates(fs, request) {
  const existing = [];
  for (const file of INIT_FILES) if (await fs.exists(join(request.targetDir, file.target))) existing.push(file.target);
  if (existing.length > 0) {
    throw new EnvironmentError(`mltrain init refuses to overwrite ${existing.join(", ")} in ${request.targetDir}; move ${existing.length === 1 ? "it" : "them"} away first`);
  }
  const contents = await Promise.all(INIT_FILES.map((file) => fs.readText(join(request.templatesDir, file.template))));
  await fs.makeDirectory(join(request.targetDir, ".github", "workflows"));
  const written = [];
  for (const [i, file] of INIT_FILES.entries()) {
    await fs.writeText(join(request.targetDir, file.target), contents[i]);
    written.push(file.target);
  }
  return {
    written,
    lines: [
      ...written.map((path) => `wrote ${path}`),
      "next: edit training_config.yaml (name, data, target, gates), check it with `mltrain validate training_config.yaml`,",
      "label a self-hosted GPU runner `gpu`, and make the `mltrain` check required in branch protection."
    ]
  };
}

// src/app/matrix.ts
import { posix } from "node:path";

// src/core/gitops/repository-path.ts
function resolveRepositoryPath(configPath, written) {
  if (written.startsWith("/") || /^[A-Za-z]:[\\/]/.test(written)) return null;
  const folder = configPath.split("/").slice(0, -1);
  const parts = [...folder];
  for (const part of written.replace(/\\/g, "/").split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/");
}

// src/core/gitops/changed-configs.ts
function configReferences(configPath, config) {
  const { data } = config;
  const written = [data.path, data.train, data.validation.path, data.test, data.drift.reference];
  const resolved = written.flatMap((file) => file === void 0 ? [] : [resolveRepositoryPath(configPath, file)]);
  return [...new Set(resolved.filter((p) => p !== null))];
}
function fallbackConfigName(configPath) {
  const parts = configPath.split("/");
  return parts.length > 1 ? parts[parts.length - 2] : parts[0].replace(/\.[^.]+$/, "");
}
function selectChangedConfigs(configs, changedPaths) {
  const changed = new Set(changedPaths);
  const touches = (file) => changed.has(file) || changedPaths.some((path) => path.startsWith(`${file}/`));
  return configs.filter((config) => touches(config.configPath) || config.references.some(touches));
}
function configMatrix(configs) {
  const sorted = [...configs].sort((a, b) => a.configPath < b.configPath ? -1 : a.configPath > b.configPath ? 1 : 0);
  const counts = /* @__PURE__ */ new Map();
  for (const config of sorted) counts.set(config.name, (counts.get(config.name) ?? 0) + 1);
  return {
    include: sorted.map((config) => ({
      config: config.configPath,
      name: (counts.get(config.name) ?? 0) > 1 ? `${config.name} (${config.configPath})` : config.name
    }))
  };
}

// src/core/gitops/glob-pattern.ts
function globToRegExp(glob) {
  let source = "";
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === "*" && glob[i + 1] === "*") {
      const slashAfter = glob[i + 2] === "/";
      source += slashAfter ? "(?:[^/]*/)*" : ".*";
      i += slashAfter ? 2 : 1;
    } else if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else if (char === "{") {
      braces++;
      source += "(?:";
    } else if (char === "}" && braces > 0) {
      braces--;
      source += ")";
    } else if (char === "," && braces > 0) source += "|";
    else source += char.replace(/[.+^$()|[\]\\]/g, "\\$&");
  }
  if (braces > 0) throw new Error(`unbalanced '{' in the glob ${glob}`);
  return new RegExp(`^${source}$`);
}
function matchesGlob(path, glob) {
  return globToRegExp(glob).test(path.replace(/^\.\//, ""));
}

// src/app/matrix.ts
var DEFAULT_CONFIG_GLOB = "**/training_config.yaml";
async function matrixOfConfigs(deps, request) {
  const glob = request.glob ?? DEFAULT_CONFIG_GLOB;
  if (request.baseRef === void 0 !== (request.headRef === void 0)) throw new EnvironmentError("give both --base and --head, or neither");
  const root = await deps.git.root();
  const tracked = (await deps.git.trackedFiles()).filter((path) => matchesGlob(path, glob));
  const configs = [];
  for (const configPath of tracked) {
    const absolute = posix.join(root.replace(/\\/g, "/"), configPath);
    try {
      const loaded = await loadConfig(deps.fs, absolute, configPath);
      configs.push({ configPath, name: loaded.config.name, references: configReferences(configPath, loaded.config) });
    } catch {
      configs.push({ configPath, name: fallbackConfigName(configPath), references: [] });
    }
  }
  const selected = request.baseRef !== void 0 && request.headRef !== void 0 ? selectChangedConfigs(configs, await deps.git.changedFiles(request.baseRef, request.headRef)) : configs;
  const matrix = configMatrix(selected);
  return { matrix, json: JSON.stringify(matrix) };
}

// src/adapters/github-gitops/git-cli.ts
import { execFile } from "node:child_process";
var MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
function git(args, cwd) {
  return new Promise((resolve3, reject) => {
    execFile("git", args, { cwd, maxBuffer: MAX_OUTPUT_BYTES, encoding: "utf8" }, (error, stdout, stderr) => {
      if (error) reject(new EnvironmentError(`git ${args.join(" ")} failed in ${cwd}: ${(stderr || error.message).trim()}`));
      else resolve3(stdout);
    });
  });
}
var splitNul = (text) => text.split("\0").filter((s) => s.length > 0);
function createGitCli(directory) {
  let rootPromise;
  const root = () => rootPromise ??= git(["rev-parse", "--show-toplevel"], directory).then((out) => out.trim());
  return {
    root,
    trackedFiles: async () => splitNul(await git(["ls-files", "-z", "--full-name"], await root())),
    changedFiles: async (baseRef, headRef) => {
      try {
        return splitNul(await git(["diff", "--name-only", "-z", "--no-renames", `${baseRef}...${headRef}`], await root()));
      } catch (error) {
        throw new EnvironmentError(`${error instanceof Error ? error.message : String(error)}
(is the checkout shallow? actions/checkout needs fetch-depth: 0 for mltrain matrix --base/--head)`);
      }
    }
  };
}

// src/adapters/github-gitops/templates-dir.ts
import { existsSync } from "node:fs";
import { dirname as dirname2, join as join2 } from "node:path";
import { fileURLToPath } from "node:url";
var MARKER = "mltrain-pr.yml";
function findWorkflowTemplatesDir(moduleUrl) {
  let folder = dirname2(fileURLToPath(moduleUrl));
  for (; ; ) {
    const candidate = join2(folder, "templates", "workflows");
    if (existsSync(join2(candidate, MARKER))) return candidate;
    const parent = dirname2(folder);
    if (parent === folder) throw new Error(`mltrain's templates/workflows folder was not found above ${fileURLToPath(moduleUrl)} (is the package installed whole?)`);
    folder = parent;
  }
}

// src/adapters/console-logger.ts
function where(location) {
  if (!location) return "";
  return location.line ? `${location.file}:${location.line}${location.column ? `:${location.column}` : ""}: ` : `${location.file}: `;
}
function createConsoleLogger(options) {
  const out = options.stream ?? process.stderr;
  const write = (line) => out.write(`${line}
`);
  return {
    info: (message) => write(message),
    notice: (message, location) => write(`${where(location)}note: ${message}`),
    warning: (message, location) => write(`${where(location)}warning: ${message}`),
    error: (message, location) => write(`${where(location)}error: ${message}`),
    debug: (message) => {
      if (options.verbose) write(`debug: ${message}`);
    }
  };
}

// src/cli/help.ts
var USAGE = `mltrain: train, tune and gate machine-learning models from a training config

Usage:
  mltrain run <config> [--output-dir DIR] [--baseline-model FILE]
                                             train, evaluate and gate; write metrics.json, the model and reports
  mltrain validate <config>...               check configs (schema, keys, types, files) without training
  mltrain predict --model FILE --data FILE --output FILE
                                             score new rows with a saved model.json
  mltrain data profile <file> --output FILE [--target COLUMN]
                                             per-column statistics, the reference for drift checks
  mltrain init [dir]                         write a commented training_config.yaml and workflow files (never overwrites)
  mltrain matrix [glob] [--base REF --head REF]
                                             configs changed between two refs (or all), as JSON for strategy.matrix
  mltrain --help                             this text
  mltrain --version                          the version

Options:
  --output-dir DIR   where \`run\` writes its files (default .mltrain/<name> in the current folder)
  --baseline-model FILE
                     a model.json to compare with (baseline gates; in Actions: the base branch's models/<name>/model.json)
  --verbose          more detail, and the stack trace of an internal error

Exit codes: 0 passed, 1 a quality gate failed, 2 invalid config or data, 3 internal error.
Docs: schemas/training-config.schema.json describes every config key.`;

// src/cli/main.ts
async function main(argv, io, version) {
  const verbose = argv.includes("--verbose");
  const logger = createConsoleLogger({ verbose, stream: io.stderr });
  try {
    return await dispatch(argv, io, version, logger);
  } catch (error) {
    return report(error, logger, verbose);
  }
}
async function dispatch(argv, io, version, logger) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: {
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
      verbose: { type: "boolean" },
      "output-dir": { type: "string" },
      "baseline-model": { type: "string" },
      model: { type: "string" },
      data: { type: "string" },
      output: { type: "string" },
      target: { type: "string" },
      base: { type: "string" },
      head: { type: "string" }
    }
  });
  const known = /* @__PURE__ */ new Set(["help", "version", "verbose", "output-dir", "baseline-model", "model", "data", "output", "target", "base", "head"]);
  const unknown = Object.keys(values).filter((k) => !known.has(k));
  if (unknown.length > 0) throw new EnvironmentError(`unknown option --${unknown[0]}; see mltrain --help`);
  if (values.version) {
    io.stdout.write(`${version}
`);
    return EXIT_CODES.passed;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === void 0 || command === "help") {
    io.stdout.write(`${USAGE}
`);
    return command === void 0 && !values.help ? EXIT_CODES.invalidInput : EXIT_CODES.passed;
  }
  const deps = createNodeRunDependencies({ logger, cwd: io.cwd, env: io.env, version });
  switch (command) {
    case "run": {
      if (rest.length !== 1) throw new EnvironmentError("usage: mltrain run <config> [--output-dir DIR]");
      const outputDir = typeof values["output-dir"] === "string" ? resolve2(io.cwd, values["output-dir"]) : void 0;
      const baselinePath = values["baseline-model"];
      const cancel = cancelOnSignals((signal) => logger.warning(`${signal}: stopping the run (the study journal is kept; a re-run resumes it)`));
      const runDeps = {
        ...deps,
        cancelSignal: cancel.signal,
        ...typeof baselinePath === "string" ? { baselineModel: baselineModelFromFile(deps.fs, resolve2(io.cwd, baselinePath)) } : {}
      };
      const result = await runTraining(runDeps, { configPath: resolve2(io.cwd, rest[0]), displayPath: rest[0], outputDir, baseDirectory: io.cwd }).finally(cancel.dispose);
      io.stdout.write(`${formatTable(result.headline)}
`);
      io.stdout.write(`${result.verdictLine}
`);
      return result.exitCode;
    }
    case "validate": {
      if (rest.length === 0) throw new EnvironmentError("usage: mltrain validate <config>...");
      const outcome = await validateConfigs(deps, rest.map((p) => ({ configPath: resolve2(io.cwd, p), displayPath: p })));
      for (const line of outcome.lines) io.stdout.write(`${line}
`);
      if (outcome.errors.length > 0) {
        for (const error of outcome.errors) report(error, logger, false);
        return EXIT_CODES.invalidInput;
      }
      return EXIT_CODES.passed;
    }
    case "predict": {
      const model = values.model;
      const data = values.data;
      const output = values.output;
      if (typeof model !== "string" || typeof data !== "string" || typeof output !== "string") {
        throw new EnvironmentError("usage: mltrain predict --model FILE --data FILE --output FILE");
      }
      const summary = await predictWithModel(deps, { modelPath: resolve2(io.cwd, model), dataPath: resolve2(io.cwd, data), outputPath: resolve2(io.cwd, output) });
      io.stdout.write(`${summary}
`);
      return EXIT_CODES.passed;
    }
    case "data": {
      const output = values.output;
      if (rest[0] !== "profile" || rest.length !== 2 || typeof output !== "string") {
        throw new EnvironmentError("usage: mltrain data profile <file> --output FILE [--target COLUMN]");
      }
      const target = typeof values.target === "string" ? values.target : void 0;
      const summary = await profileDataFile(deps, { dataPath: resolve2(io.cwd, rest[1]), displayPath: rest[1], outputPath: resolve2(io.cwd, output), target });
      io.stdout.write(`${summary}
`);
      return EXIT_CODES.passed;
    }
    case "init": {
      if (rest.length > 1) throw new EnvironmentError("usage: mltrain init [dir]");
      const outcome = await initTemplates(deps.fs, { templatesDir: findWorkflowTemplatesDir(import.meta.url), targetDir: resolve2(io.cwd, rest[0] ?? ".") });
      for (const line of outcome.lines) io.stdout.write(`${line}
`);
      return EXIT_CODES.passed;
    }
    case "matrix": {
      if (rest.length > 1) throw new EnvironmentError("usage: mltrain matrix [glob] [--base REF --head REF]");
      const baseRef = typeof values.base === "string" ? values.base : void 0;
      const headRef = typeof values.head === "string" ? values.head : void 0;
      const outcome = await matrixOfConfigs({ fs: deps.fs, git: createGitCli(io.cwd) }, { glob: rest[0], baseRef, headRef });
      io.stdout.write(`${outcome.json}
`);
      return EXIT_CODES.passed;
    }
    default:
      throw new EnvironmentError(`unknown command '${command}'; commands: run, validate, predict, data profile, init, matrix (see mltrain --help)`);
  }
}
function report(error, logger, verbose) {
  const classified = classifyError(error);
  for (const problem of classified.problems) logger.error(problem.message, problem.location);
  if (classified.stack && verbose) logger.error(classified.stack);
  else if (classified.stack) logger.error("run again with --verbose for the stack trace");
  return classified.exitCode;
}

// src/cli/index.ts
var code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }, package_default.version);
process.exitCode = code;
