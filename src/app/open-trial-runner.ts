import type { TrialRunner, TrialStudy } from '../ports/trial-runner';
import { inProcessTrialRunner } from './in-process-trial-runner';
import type { RunDependencies } from './run-dependencies';

export interface OpenedTrialRunner {
  runner: TrialRunner;
  /** Trials to run at once (the study's nJobs). */
  parallelism: number;
}

/**
 * Where the study's trials train: with parallelism > 1, on worker threads when the environment
 * has a pool for the engine (so CPU-bound trials really overlap); otherwise on this thread, as
 * before. Workers never outnumber the run's threads (model.compute.threads), so P workers of
 * floor(threads / P) histogram threads each stay within them. A pool that cannot start is a
 * warning, not a failure: the trials then run here.
 */
export async function openTrialRunner(deps: Pick<RunDependencies, 'parallelTrials' | 'logger'>, study: TrialStudy, settings: { parallelism: number; threads: number }): Promise<OpenedTrialRunner> {
  const pool = deps.parallelTrials;
  const here = { runner: inProcessTrialRunner(study), parallelism: settings.parallelism };
  if (settings.parallelism <= 1 || !pool?.supports(study.trainer.type)) return here;
  const workers = Math.min(settings.parallelism, Math.max(1, Math.floor(settings.threads)));
  if (workers < settings.parallelism) deps.logger.warning(`tuning.parallelism ${settings.parallelism} is more than the ${settings.threads} thread(s) of model.compute.threads: ${workers} trial(s) at once`);
  if (workers <= 1) return { ...here, parallelism: 1 };
  try {
    const runner = await pool.open(study, { parallelism: workers });
    deps.logger.info(`running ${workers} trials at once on worker threads`);
    return { runner, parallelism: workers };
  } catch (error) {
    deps.logger.warning(`could not start trial workers (${error instanceof Error ? error.message : String(error)}); trials share the main thread`);
    return here;
  }
}
