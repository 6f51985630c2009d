import type { Task } from '../core/config/training-config';
import type { EncodedDataset, EvalMetric, FeatureInfo, IterationDecision, IterationReport, TrainedModel, Trainer } from '../core/models/trainer';

/** What stays the same for every training of a study. */
export interface TrialEngine {
  trainer: Trainer;
  task: Task;
  numClasses: number;
  featureInfo: FeatureInfo;
  evalMetric: EvalMetric;
}

/** One training's own settings. */
export interface TrialSettings {
  trialNumber: number;
  params: TrainedModel['params'];
  seed: number;
  threads: number;
  signal?: AbortSignal;
}

/**
 * Trains one trial (or one fold of it) and scores it on its validation rows. A training the
 * caller stopped through `onIteration` is not scored (value NaN). The in-process runner and the
 * trial worker both train through here, so their trials agree.
 */
export async function trainTrial(
  engine: TrialEngine,
  data: { train: EncodedDataset; validation: EncodedDataset },
  settings: TrialSettings,
  onIteration: (report: IterationReport) => IterationDecision,
): Promise<{ model: TrainedModel; value: number }> {
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
      if (decision === 'stop') stopped = true;
      return decision;
    },
  });
  const value = stopped ? NaN : engine.evalMetric.compute(data.validation.label, model.predict(data.validation.features), data.validation.weight);
  return { model, value };
}
