import { encoderFromJSON } from '../core/data/encoder';
import { computeMetrics, type Metrics } from '../core/evaluate/index';
import type { GateSubject, PairedData } from '../core/gate/index';
import { readModelFile } from '../core/models/model-file';
import { findTrainer } from '../core/models/registry';
import type { Evaluation } from './evaluate-model';
import type { PreparedData } from './prepare-data';
import type { RunDependencies } from './run-dependencies';

export interface RescoredBaseline {
  source: string;
  metrics: Metrics;
  subject: GateSubject;
  paired: PairedData;
}

/**
 * The base branch's model re-scored on today's test rows, so that baseline gates and the
 * statistical tests compare two models on the same data. Without a baseline model (a first run)
 * or with one that cannot score today's data, baseline gates are skipped, and the log says why.
 */
export async function rescoreBaseline(deps: RunDependencies, name: string, data: PreparedData, evaluation: Evaluation): Promise<RescoredBaseline | undefined> {
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
    const trainer = findTrainer(file.engine.type);
    if (!trainer) throw new Error(`its engine '${file.engine.type}' is not available in this version`);
    const model = trainer.load(file.engine.model);
    const encoder = encoderFromJSON(file.encoder);
    const test = data.parts.test;
    const scores = model.predict(encoder.transform(test.table).features);
    const numClasses = data.classes?.length;
    const metrics = computeMetrics({ task: data.task, yTrue: test.encoded.label, yScore: scores, threshold: file.threshold ?? undefined, sampleWeight: test.encoded.weight, numClasses: data.task === 'multiclass' ? numClasses : undefined });
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
        threshold: evaluation.threshold ?? undefined,
        baselineThreshold: file.threshold ?? undefined,
        numClasses: data.task === 'multiclass' ? numClasses : undefined,
        sampleWeight: test.encoded.weight,
      },
    };
  } catch (error) {
    deps.logger.warning(`the baseline model ${found.source} cannot be re-scored on today's data (${(error as Error).message}): baseline gates are skipped`);
    return undefined;
  }
}
