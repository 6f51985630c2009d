import { join } from 'node:path';
import { computeMetrics } from '../core/evaluate/compute-metrics';
import { Rng } from '../core/random/rng';
import type { ModelFile } from '../core/models/model-file';
import type { TrainedModel } from '../core/models/trainer';
import { toJson, type GateOutcome, type MetricsDocument } from '../core/report/metrics-document';
import { headlineTable, verdictLine } from '../core/report/headline';
import { renderSummary } from '../core/report/render-summary';
import type { TextTable } from '../core/report/format-table';
import { CostMeter } from './cost-meter';
import { EXIT_CODES, type ExitCode } from './exit-codes';
import { applyGates } from './apply-gates';
import { loadConfig } from './load-config';
import { prepareData, type DataPart } from './prepare-data';
import type { RunDependencies } from './run-dependencies';
import { pickTrainer } from './train-model';

export interface RunOptions {
  /** Absolute path of the config. */
  configPath: string;
  /** The config's path as the user wrote it (messages and annotations use it). */
  displayPath: string;
  /** Absolute output dir; default <baseDirectory>/.mltrain/<name>. */
  outputDir?: string;
  baseDirectory: string;
}

export interface RunPaths {
  outputDir: string;
  metrics: string;
  model: string;
  report: string;
  /** Written once model cards land (issue 7). */
  modelCard?: string;
}

export interface RunResult {
  exitCode: ExitCode;
  document: MetricsDocument;
  paths: RunPaths;
  headline: TextTable;
  verdictLine: string;
  summaryMarkdown: string;
  failedGates: GateOutcome[];
}

/** `mltrain run`: config -> data -> train -> evaluate -> gate -> files. Publishing is the caller's. */
export async function runTraining(deps: RunDependencies, options: RunOptions): Promise<RunResult> {
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

  const threads = config.model.compute.threads === 'auto' ? deps.machine.cores : config.model.compute.threads;
  const model = await trainer.train({
    task: data.task,
    numClasses: data.classes?.length ?? 0,
    train: data.parts.train.encoded,
    validation: data.parts.validation?.encoded,
    featureInfo: data.featureInfo,
    params: config.model.params,
    seed: rng.fork('model').nextUint32(),
    threads,
  });
  deps.logger.info(`trained ${model.engine}: ${model.iterations} iterations, ${meter.elapsedSeconds().toFixed(1)}s into the run`);

  const threshold = typeof config.evaluation.threshold === 'number' ? config.evaluation.threshold : 0.5;
  const score = (part: DataPart | undefined) => {
    if (!part) return {};
    const yScore = model.predict(part.encoded.features);
    return computeMetrics({ task: data.task, yTrue: part.encoded.label, yScore, threshold, sampleWeight: part.encoded.weight, numClasses: data.classes?.length });
  };
  const metrics = { test: score(data.parts.test), validation: score(data.parts.validation) };

  const outputDir = options.outputDir ?? join(options.baseDirectory, '.mltrain', config.name);
  const paths: RunPaths = {
    outputDir,
    metrics: join(outputDir, 'metrics.json'),
    model: join(outputDir, 'model.json'),
    report: join(outputDir, 'report.md'),
  };
  const gates = applyGates(config.gates, { metrics, costUsd: meter.costUsd(), durationSeconds: meter.elapsedSeconds() });
  const passed = gates.every((g) => g.status !== 'failed');
  const createdAt = deps.timestamp();
  const document: MetricsDocument = {
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
      ...(data.classes ? { classes: data.classes } : {}),
      validation: [],
      drift: { columns: {} },
    },
    model: { type: model.engine, params: model.params, iterations: model.iterations, ...(data.task === 'binary' ? { threshold } : {}), path: 'model.json' },
    lineage: {
      data: data.lineage,
      config_sha256: loaded.sha256,
      git_commit: await deps.repository.commit(),
      engine: model.engine,
      engine_version: model.engineVersion,
      backend: 'cpu',
      seed: config.seed,
      mltrain_version: deps.version,
    },
  };

  await deps.fs.makeDirectory(outputDir);
  await deps.fs.writeText(paths.model, toJson(modelFile(config.name, createdAt, data, model, data.task === 'binary' ? threshold : null)));
  const summaryMarkdown = renderSummary(document);
  await deps.fs.writeText(paths.report, summaryMarkdown);
  document.cost = meter.report();
  await deps.fs.writeText(paths.metrics, toJson(document));

  const failedGates = gates.filter((g) => g.status === 'failed');
  for (const gate of failedGates) deps.logger.error(`gate failed: ${gate.name} (${gate.reason})`);
  return {
    exitCode: passed ? EXIT_CODES.passed : EXIT_CODES.gatesFailed,
    document,
    paths,
    headline: headlineTable(document),
    verdictLine: verdictLine(document),
    summaryMarkdown,
    failedGates,
  };
}

function modelFile(name: string, createdAt: string, data: Awaited<ReturnType<typeof prepareData>>, model: TrainedModel, threshold: number | null): ModelFile {
  return {
    format: 'mltrain-model',
    version: 1,
    name,
    task: data.task,
    created_at: createdAt,
    target: { column: data.target, classes: data.classes },
    features: data.features,
    encoder: data.encoder.toJSON(),
    threshold,
    engine: { type: model.engine, version: model.engineVersion, model: model.toJSON() },
  };
}
