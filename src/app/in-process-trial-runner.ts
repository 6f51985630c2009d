import type { TrialRunner, TrialStudy, TrialTraining, TrialTrainingResult } from '../ports/trial-runner';
import { trainTrial } from './train-trial';
import { trialDatasets } from './trial-datasets';
import { tuningEvalMetric } from './tuning-eval-metric';

/**
 * Trains each trial on the calling thread with the study's engine. Used when trials run one at a
 * time, for engines that cannot move to worker threads (mlp, command) and wherever no worker
 * pool is available; concurrent trials then interleave on one thread (command trials run in
 * their own processes, so they still overlap).
 */
export function inProcessTrialRunner(study: TrialStudy): TrialRunner {
  const engine = { ...study, evalMetric: tuningEvalMetric(study.metric, study.task, study.numClasses) };
  // each fold's rows are copied out once per study, not once per trial
  const foldData = new Map<number, ReturnType<typeof trialDatasets>>();
  const datasets = (fold: number | undefined) => {
    if (fold === undefined) return trialDatasets(study, fold);
    let data = foldData.get(fold);
    if (!data) foldData.set(fold, (data = trialDatasets(study, fold)));
    return data;
  };
  return {
    train: (request: TrialTraining): Promise<TrialTrainingResult> => trainTrial(engine, datasets(request.fold), request, request.onIteration),
    close: async () => {},
  };
}
