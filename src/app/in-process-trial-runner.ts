import type { TrialRunner, TrialStudy, TrialTraining, TrialTrainingResult } from '../ports/trial-runner';
import { trialDatasets } from './trial-datasets';
import { tuningEvalMetric } from './tuning-eval-metric';

/**
 * Trains each trial on the calling thread with the study's engine. Used when trials run one at a
 * time, for engines that cannot move to worker threads (mlp, command) and wherever no worker
 * pool is available; concurrent trials then interleave on one thread (command trials run in
 * their own processes, so they still overlap).
 */
export function inProcessTrialRunner(study: TrialStudy): TrialRunner {
  const evalMetric = tuningEvalMetric(study.metric, study.task, study.numClasses);
  return {
    async train(request: TrialTraining): Promise<TrialTrainingResult> {
      const { train, validation } = trialDatasets(study, request.fold);
      let stopped = false;
      const model = await study.trainer.train({
        task: study.task,
        numClasses: study.numClasses,
        train,
        validation,
        featureInfo: study.featureInfo,
        params: request.params,
        seed: request.seed,
        threads: request.threads,
        evalMetric,
        trialNumber: request.trialNumber,
        signal: request.signal,
        onIteration: (report) => {
          const decision = request.onIteration(report);
          if (decision === 'stop') stopped = true;
          return decision;
        },
      });
      return { model, value: stopped ? NaN : evalMetric.compute(validation.label, model.predict(validation.features), validation.weight) };
    },
    close: async () => {},
  };
}
