import { join } from 'node:path';
import { evaluateGates } from '../core/gate/index';
import { Rng } from '../core/random/rng';
import type { GateOutcome, MetricsDocument } from '../core/report/metrics-document';
import { headlineTable, verdictLine } from '../core/report/headline';
import type { TextTable } from '../core/report/format-table';
import { buildMetricsDocument, maxPsi } from './build-metrics-document';
import { checkData } from './check-data';
import { checkGates } from './check-gates';
import { CostMeter } from './cost-meter';
import { evaluateModel } from './evaluate-model';
import { explainModel } from './explain-model';
import { EXIT_CODES, type ExitCode } from './exit-codes';
import { loadConfig } from './load-config';
import { measureLatency } from './measure-latency';
import { prepareData } from './prepare-data';
import type { RunDependencies } from './run-dependencies';
import { pickTrainer } from './train-model';
import { checkCommandSettings } from './command-trainer';
import { commandRowPredictor } from './command/command-row-predictor';
import { resolveTrainer } from './resolve-trainer';
import { PhaseTimer } from './phase-timer';
import { checkpointFor } from './checkpoint-store';
import { rescoreBaseline } from './rescore-baseline';
import { buildReportData } from './build-report-data';
import { writeRunFiles, writeValidationFailure, type RunPaths } from './write-run-files';
import { BudgetGuard } from './budget-guard';
import { NoModelError, tuneModel, type TuningOutcome } from './tune-model';
import type { TrainedModel } from '../core/models/trainer';
import type { BudgetConfig, ReportConfig } from '../core/config/training-config';
import type { ReportData } from '../core/report/report-data';
import { DataValidationError } from '../core/errors/data-validation-error';

export interface RunOptions {
  /** Absolute path of the config. */
  configPath: string;
  /** The config's path as the user wrote it (messages and annotations use it). */
  displayPath: string;
  /** Absolute output dir; default <baseDirectory>/.mltrain/<name>. */
  outputDir?: string;
  baseDirectory: string;
}

export type { RunPaths };

export interface RunResult {
  exitCode: ExitCode;
  document: MetricsDocument;
  paths: RunPaths;
  headline: TextTable;
  verdictLine: string;
  summaryMarkdown: string;
  failedGates: GateOutcome[];
  /** What the comment and the reports show beyond metrics.json. */
  reportData: ReportData;
  /** The config's report switches, for the publish step. */
  report: ReportConfig;
}

/** `mltrain run`: config -> data -> train -> evaluate -> gate -> files. Publishing is the caller's. */
export async function runTraining(deps: RunDependencies, options: RunOptions): Promise<RunResult> {
  const startedAt = deps.clock.now();
  const loaded = await loadConfig(deps.fs, options.configPath, options.displayPath);
  const config = loaded.config;
  const meter = new CostMeter(deps.clock, config.budget, deps.machine, startedAt);
  const rng = Rng.fromSeed(config.seed);
  if (config.model.type === 'command') checkCommandSettings(loaded);
  const earlyTrainer = config.model.type === 'command' ? undefined : pickTrainer(loaded, config.data.task);
  checkGates(loaded, config.data.task);
  deps.logger.info(`mltrain ${deps.version}: ${config.name} (${config.model.type}) from ${options.displayPath}`);
  const outputDir = options.outputDir ?? join(options.baseDirectory, '.mltrain', config.name);

  const phases = new PhaseTimer(deps.clock);
  phases.start('load_and_split');
  const data = await prepareData(deps, loaded, earlyTrainer?.encoding ?? 'codes', rng);
  phases.start('validate_and_profile');
  checkGates(loaded, data.task);
  const checks = await checkData(deps, loaded, data, rng).catch(async (error: unknown) => {
    if (error instanceof DataValidationError) await writeValidationFailure(deps, { outputDir, error, data, loaded, meter });
    throw error;
  });
  const rows = { train: data.parts.train.table.numRows, validation: data.parts.validation?.table.numRows ?? 0, test: data.parts.test.table.numRows };
  deps.logger.info(`data: ${rows.train} train, ${rows.validation} validation, ${rows.test} test rows; ${data.features.length} features; task ${data.task}`);

  const { trainer, backend, command: commandTrainer } = await resolveTrainer(deps, loaded, data, outputDir);
  const threads = config.model.compute.threads === 'auto' ? deps.machine.cores : config.model.compute.threads;
  const budget = new BudgetGuard(meter, config.budget, deps.clock);
  phases.start(config.tuning ? 'tune' : 'train');
  let model: TrainedModel;
  let tuning: TuningOutcome | undefined;
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
      seed: rng.fork('model').nextUint32(),
      threads,
      onIteration: () => budget.checkIteration(),
      checkpoint: checkpoint.option,
      signal: deps.cancelSignal,
    });
    await checkpoint.flush();
    if (budget.exceeded) throw new NoModelError(`the budget (${budgetText(config.budget)}) ran out before training finished, so there is no model`);
  }
  deps.logger.info(`trained ${model.engine}: ${model.iterations} iterations, ${meter.elapsedSeconds().toFixed(1)}s into the run`);

  // Scoring the parts is what any job does; the evaluation phase is what mltrain adds on top.
  phases.start('score');
  const scores = {
    test: model.predict(data.parts.test.encoded.features),
    validation: data.parts.validation ? model.predict(data.parts.validation.encoded.features) : undefined,
  };
  phases.start('evaluate');
  const evaluation = evaluateModel({
    scores,
    task: data.task,
    classes: data.classes,
    model,
    parts: { validation: data.parts.validation, test: data.parts.test },
    config: config.evaluation,
    sensitiveColumns: config.data.sensitive_columns,
    rng: rng.fork('evaluate'),
  });
  phases.start('explain');
  const rowPredictor = commandTrainer && deps.command ? commandRowPredictor({ ...deps.command, fs: deps.fs, logger: deps.logger }, { loaded, data, model, outputDir, signal: deps.cancelSignal }) : undefined;
  const explanations = await explainModel({ model, data, rng: rng.fork('explain'), maxRows: config.evaluation.explanations.max_rows, topFeatures: config.evaluation.explanations.top_features, rowPredictor });
  phases.start('latency');
  const latency = commandTrainer ? undefined : measureLatency(model, data.parts.test.encoded.features, deps.clock, { rows: config.evaluation.latency.rows, batchSize: config.evaluation.latency.batch_size });

  phases.start('baseline_and_gates');
  const baseline = config.gates.length > 0 ? await rescoreBaseline(deps, config.name, data, evaluation, { loaded, outputDir }) : undefined;
  const gates = evaluateGates(config.gates, {
    ...(baseline ? { baseline: baseline.subject, paired: baseline.paired } : {}),
    metrics: { test: { ...evaluation.metrics.test }, validation: evaluation.metrics.validation },
    fairness: evaluation.fairness,
    cost_usd: meter.costUsd(),
    duration_s: meter.elapsedSeconds(),
    drift_max_psi: maxPsi(checks),
    ...(latency
      ? { latency_p50_ms: latency.single.latency_p50_ms, latency_p95_ms: latency.single.latency_p95_ms, latency_p99_ms: latency.single.latency_p99_ms, throughput_per_s: latency.batch.throughput_per_s }
      : {}),
    rng: rng.fork('gates'),
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
    baseline: baseline ? { source: baseline.source, rescored: baseline.rescored, metrics: baseline.metrics } : undefined,
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
      ...(commandTrainer ? { command: await commandTrainer.lineage(deps.repository) } : {}),
    },
  });
  phases.start('report');
  const reportData = buildReportData({ loaded, data, model, evaluation, checks, tuning });
  const written = await writeRunFiles(deps, { outputDir, document, data, model, evaluation, checks, loaded, meter, reportData, phases });
  deps.logger.info(`time by phase: ${Object.entries(phases.report()).map(([name, seconds]) => `${name} ${seconds.toFixed(1)}s`).join(', ')}`);

  for (const gate of written.document.gates) if (gate.status === 'failed') deps.logger.error(`gate failed: ${gate.name} (${gate.reason})`);
  const failedGates = written.document.gates.filter((g) => g.status === 'failed');
  return {
    exitCode: written.document.passed ? EXIT_CODES.passed : EXIT_CODES.gatesFailed,
    document: written.document,
    paths: written.paths,
    headline: headlineTable(written.document),
    verdictLine: verdictLine(written.document),
    summaryMarkdown: written.summaryMarkdown,
    failedGates,
    reportData,
    report: config.report,
  };
}

function budgetText(budget: BudgetConfig): string {
  const parts: string[] = [];
  if (budget.max_cost_usd !== undefined) parts.push(`max_cost_usd ${budget.max_cost_usd}`);
  if (budget.max_duration !== undefined) parts.push(`max_duration ${budget.max_duration}`);
  return parts.join(', ');
}

