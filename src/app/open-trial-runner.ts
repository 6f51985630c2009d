import type { TrialRunner, TrialStudy } from '../ports/trial-runner';
import { inProcessTrialRunner } from './in-process-trial-runner';
import type { RunDependencies } from './run-dependencies';

/**
 * Where the study's trials train: with parallelism > 1, on worker threads when the environment
 * has a pool for the engine (so CPU-bound trials really overlap); otherwise on this thread, as
 * before. A pool that cannot start is a warning, not a failure: the trials then run here.
 */
export async function openTrialRunner(deps: Pick<RunDependencies, 'parallelTrials' | 'logger'>, study: TrialStudy, parallelism: number): Promise<TrialRunner> {
  const pool = deps.parallelTrials;
  if (parallelism <= 1 || !pool?.supports(study.trainer.type)) return inProcessTrialRunner(study);
  try {
    const runner = await pool.open(study, { parallelism });
    deps.logger.info(`running ${parallelism} trials at once on worker threads`);
    return runner;
  } catch (error) {
    deps.logger.warning(`could not start trial workers (${error instanceof Error ? error.message : String(error)}); trials share the main thread`);
    return inProcessTrialRunner(study);
  }
}
