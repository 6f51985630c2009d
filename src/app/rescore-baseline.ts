import { encoderFromJSON } from '../core/data/encoder';
import { computeMetrics, type Metrics } from '../core/evaluate/index';
import type { GateSubject, PairedData } from '../core/gate/index';
import { readModelFile, type ModelFile } from '../core/models/model-file';
import { findTrainer } from '../core/models/registry';
import type { BaselineModel, BaselineModelSource } from './baseline-model-source';
import { committedBaselineMetrics } from './command/committed-baseline-metrics';
import { scoreCommandBaseline, type CommandBaselineContext } from './command/score-command-baseline';
import type { Evaluation } from './evaluate-model';
import type { PreparedData } from './prepare-data';
import type { RunDependencies } from './run-dependencies';

export interface RescoredBaseline {
  source: string;
  /** true: scored on today's test rows; false: the base branch's metrics.json values (its own rows). */
  rescored: boolean;
  metrics: Metrics;
  subject: GateSubject;
  /** Both models' scores on today's rows (absent when not re-scored: no statistical gates). */
  paired?: PairedData;
}

/** The candidate's side of the paired comparison. */
type CandidateScores = Pick<Evaluation, 'testScores' | 'threshold'>;

/** What re-scoring reads of the run's dependencies (the baseline source may offer its files too). */
export type RescoreDependencies = Pick<RunDependencies, 'fs' | 'logger' | 'command' | 'cancelSignal'> & { baselineModel?: BaselineModelSource };

/**
 * The base branch's model re-scored on today's test rows, so that baseline gates and the
 * statistical tests compare two models on the same data. Without a baseline model (a first run)
 * or with one that cannot score today's data, baseline gates are skipped, and the log says why.
 * A command model is scored through model.predict_command (needs `command`, the run's context);
 * when it cannot be, gates compare with the base branch's committed metrics.json instead.
 */
export async function rescoreBaseline(deps: RescoreDependencies, name: string, data: PreparedData, evaluation: CandidateScores, command?: CommandBaselineContext): Promise<RescoredBaseline | undefined> {
  const found = deps.baselineModel ? await deps.baselineModel(name) : null;
  if (!found) {
    deps.logger.notice('no baseline model (first run, or none committed on the base branch): baseline gates are skipped');
    return undefined;
  }
  try {
    const file = readModelFile(found.json, found.source);
    if (file.task !== data.task) throw new Error(`it is a ${file.task} model and today's task is ${data.task}`);
    if (JSON.stringify(file.target.classes) !== JSON.stringify(data.classes)) {
      throw new Error(`its classes ${JSON.stringify(file.target.classes)} differ from today's ${JSON.stringify(data.classes)}`);
    }
    if (file.engine.type === 'command') return await rescoreCommandBaseline(deps, found, file, data, evaluation, command);
    const trainer = findTrainer(file.engine.type);
    if (!trainer) throw new Error(`its engine '${file.engine.type}' is not available in this version`);
    const model = trainer.load(file.engine.model);
    const encoder = encoderFromJSON(file.encoder);
    return rescored(deps, found, file, data, evaluation, model.predict(encoder.transform(data.parts.test.table).features));
  } catch (error) {
    deps.logger.warning(`the baseline model ${found.source} cannot be re-scored on today's data (${(error as Error).message}): baseline gates are skipped`);
    return undefined;
  }
}

async function rescoreCommandBaseline(deps: RescoreDependencies, found: BaselineModel, file: ModelFile, data: PreparedData, evaluation: CandidateScores, context: CommandBaselineContext | undefined): Promise<RescoredBaseline | undefined> {
  const outcome = !context
    ? { ok: false as const, reason: 'this run did not pass its config to the baseline step' }
    : !deps.command
      ? { ok: false as const, reason: 'this environment cannot start programs' }
      : await scoreCommandBaseline({ ...deps.command, fs: deps.fs, logger: deps.logger }, found, file, data, { signal: deps.cancelSignal, ...context });
  if (outcome.ok) return rescored(deps, found, file, data, evaluation, outcome.scores);
  const committed = await committedBaselineMetrics(found);
  if (!committed) {
    deps.logger.warning(`the baseline command model ${found.source} cannot be re-scored on today's data (${outcome.reason}) and no metrics.json was found beside it: baseline gates are skipped`);
    return undefined;
  }
  deps.logger.warning(
    `the baseline command model ${found.source} was not re-scored on today's data (${outcome.reason}): baseline gates compare with the base branch's metrics.json, measured on its own test rows, and statistical gates are skipped`,
  );
  return { source: `${found.source} (metrics.json, not re-scored)`, rescored: false, metrics: committed.test, subject: committed.subject };
}

function rescored(deps: RescoreDependencies, found: BaselineModel, file: ModelFile, data: PreparedData, evaluation: CandidateScores, scores: Float64Array): RescoredBaseline {
  const test = data.parts.test;
  const numClasses = data.task === 'multiclass' ? data.classes?.length : undefined;
  const metrics = computeMetrics({ task: data.task, yTrue: test.encoded.label, yScore: scores, threshold: file.threshold ?? undefined, sampleWeight: test.encoded.weight, numClasses });
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
      threshold: evaluation.threshold ?? undefined,
      baselineThreshold: file.threshold ?? undefined,
      numClasses,
      sampleWeight: test.encoded.weight,
    },
  };
}
