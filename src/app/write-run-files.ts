import { join } from 'node:path';
import type { ModelFile } from '../core/models/model-file';
import type { TrainedModel } from '../core/models/trainer';
import { toJson, type MetricsDocument } from '../core/report/metrics-document';
import { buildModelCardJson, renderHtmlReport, renderModelCardMarkdown, renderPrComment, type ReportData } from '../core/report/index';

/** A job summary holds at most 1 MiB; characters can be up to 4 bytes, markdown here is nearly all ASCII. */
const SUMMARY_MAX_CHARACTERS = 1_000_000;
import type { DataValidationError } from '../core/errors/data-validation-error';
import type { DataChecks } from './check-data';
import type { CostMeter } from './cost-meter';
import type { PhaseTimer } from './phase-timer';
import type { Evaluation } from './evaluate-model';
import type { LoadedConfig } from './load-config';
import type { PreparedData } from './prepare-data';
import type { RunDependencies } from './run-dependencies';

export interface RunPaths {
  outputDir: string;
  metrics: string;
  model: string;
  report: string;
  profile: string;
  html: string;
  /** MODEL_CARD.md, unless report.model_card is false. */
  modelCard?: string;
  modelCardJson?: string;
}

export interface RunFilesInput {
  outputDir: string;
  document: MetricsDocument;
  data: PreparedData;
  model: TrainedModel;
  evaluation: Evaluation;
  checks: DataChecks;
  loaded: LoadedConfig;
  meter: CostMeter;
  reportData: ReportData;
  phases: PhaseTimer;
}

/**
 * Writes every file of a run into the output dir, metrics.json last so that its cost covers the
 * writing too and a reader never sees metrics for files that are not there yet.
 */
export async function writeRunFiles(deps: RunDependencies, input: RunFilesInput): Promise<{ paths: RunPaths; document: MetricsDocument; summaryMarkdown: string }> {
  const { outputDir, data, model, evaluation } = input;
  const paths: RunPaths = {
    outputDir,
    metrics: join(outputDir, 'metrics.json'),
    model: join(outputDir, 'model.json'),
    report: join(outputDir, 'report.md'),
    profile: join(outputDir, 'data-profile.json'),
    html: join(outputDir, 'report.html'),
    ...(input.loaded.config.report.model_card ? { modelCard: join(outputDir, 'MODEL_CARD.md'), modelCardJson: join(outputDir, 'model-card.json') } : {}),
  };
  await deps.fs.makeDirectory(outputDir);
  const modelFile: ModelFile = {
    format: 'mltrain-model',
    version: 1,
    name: input.document.name,
    task: data.task,
    created_at: input.document.created_at,
    target: { column: data.target, classes: data.classes },
    features: data.features,
    encoder: data.encoder.toJSON(),
    threshold: evaluation.threshold,
    engine: { type: model.engine, version: model.engineVersion, model: model.toJSON() },
  };
  await deps.fs.writeText(paths.model, toJson(modelFile, 0));
  await deps.fs.writeText(paths.profile, toJson(input.checks.profile));
  input.phases.stop();
  const document: MetricsDocument = { ...input.document, cost: { ...input.meter.report(), phases_seconds: input.phases.report() } };
  // report.md and the job summary are the PR comment's markdown (issue 7), within the summary's 1 MiB.
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

/**
 * A run stopped by failed data validation still leaves metrics.json (stage data_validation) with
 * every finding, the lineage and the cost, so CI artifacts show what was wrong.
 */
export async function writeValidationFailure(
  deps: RunDependencies,
  input: { outputDir: string; error: DataValidationError; data: PreparedData; loaded: LoadedConfig; meter: CostMeter },
): Promise<void> {
  const { data, loaded } = input;
  const document = {
    schema_version: 1,
    stage: 'data_validation',
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
      engine_version: '',
      backend: 'cpu',
      seed: loaded.config.seed,
      mltrain_version: deps.version,
    },
  };
  await deps.fs.makeDirectory(input.outputDir);
  await deps.fs.writeText(join(input.outputDir, 'metrics.json'), toJson(document));
}
