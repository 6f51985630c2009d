import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerTrialPools } from '../../src/adapters/worker-trial-pool';
import { runTraining } from '../../src/app/run-training';
import type { RunDependencies } from '../../src/app/run-dependencies';
import { NoModelError, RunCancelledError } from '../../src/app/tune-model';
import type { ParallelTrialRunners, TrialRunner } from '../../src/ports/trial-runner';
import { buildTrialWorker } from '../builders/trial-worker-bundle';
import { syntheticBinaryCsv } from '../builders/synthetic-csv';
import { MemoryDataLoader } from '../fakes/memory-data-loader';
import { MemoryFileSystem } from '../fakes/memory-file-system';
import { MemoryJournals } from '../fakes/memory-journals';
import { RecordingLogger } from '../fakes/recording-logger';
import { SteppingClock } from '../fakes/stepping-clock';

const CONFIG = `name: demo
seed: 3
data:
  path: data/demo.csv
  target: label
  id_columns: [id]
model:
  type: gbdt
  params: {n_estimators: 30}
  compute: {threads: 3}
budget: {hourly_rate_usd: 3.6}
tuning:
  n_trials: 6
  parallelism: 2
  sampler: tpe
  search_space:
    max_depth: [2, 3, 4]
    learning_rate: {type: float, low: 0.05, high: 0.3, log: true}
`;
const options = { configPath: '/repo/models/demo.yaml', displayPath: 'models/demo.yaml', baseDirectory: '/repo' };

let workerUrl: URL;
let removeWorker = () => {};
beforeAll(async () => {
  ({ url: workerUrl, remove: removeWorker } = await buildTrialWorker());
});
afterAll(() => removeWorker());

/** Real worker pools, watched: how many trials ran at once, with how many threads, and closing. */
function watchedPools(inner: ParallelTrialRunners, onIteration?: (iteration: number) => void) {
  const seen = { opened: [] as number[], threads: new Set<number>(), inFlight: 0, maxInFlight: 0, closed: 0 };
  const pools: ParallelTrialRunners = {
    supports: (engine) => inner.supports(engine),
    open: async (study, settings) => {
      seen.opened.push(settings.parallelism);
      const runner = await inner.open(study, settings);
      const watched: TrialRunner = {
        train: async (request) => {
          seen.threads.add(request.threads);
          seen.maxInFlight = Math.max(seen.maxInFlight, ++seen.inFlight);
          try {
            return await runner.train({ ...request, onIteration: (report) => (onIteration?.(report.iteration), request.onIteration(report)) });
          } finally {
            seen.inFlight--;
          }
        },
        close: async () => {
          seen.closed++;
          await runner.close();
        },
      };
      return watched;
    },
  };
  return { pools, seen };
}

function setup(config = CONFIG) {
  const fs = new MemoryFileSystem({ '/repo/models/demo.yaml': config, '/repo/models/data/demo.csv': syntheticBinaryCsv(800) });
  const logger = new RecordingLogger();
  const journals = new MemoryJournals();
  const deps: RunDependencies = {
    fs,
    logger,
    clock: new SteppingClock(0, 500),
    data: new MemoryDataLoader(fs),
    repository: { commit: async () => 'a'.repeat(40) },
    machine: { cores: 2 },
    version: '0.0.0-test',
    openStudyStorage: (path) => journals.open(path),
    timestamp: () => '2026-01-01T00:00:00.000Z',
  };
  return { deps, logger };
}

describe('tuning.parallelism on worker threads', () => {
  it('runs two trials at once on workers with floor(threads / parallelism) threads each, and closes the pool', async () => {
    const { deps, logger } = setup();
    const { pools, seen } = watchedPools(workerTrialPools({ workerUrl }));
    deps.parallelTrials = pools;
    const result = await runTraining(deps, options);
    const tuning = result.document.tuning as { trials: number; completed: number; best_value: number };
    expect(tuning.trials).toBe(6);
    expect(seen).toMatchObject({ opened: [2], threads: new Set([1]), maxInFlight: 2, closed: 1 });
    expect(logger.messages('info')).toContain('running 2 trials at once on worker threads');
    // The model is the best trial's, rebuilt here from the worker's JSON: it scores the same.
    expect(result.document.metrics.validation.roc_auc).toBeCloseTo(tuning.best_value, 12);
  });

  it('keeps trials on the main thread with parallelism 1, and when the pool cannot start', async () => {
    const small = CONFIG.replace('n_trials: 6', 'n_trials: 3');
    const single = setup(small.replace('parallelism: 2', 'parallelism: 1'));
    const { pools, seen } = watchedPools(workerTrialPools({ workerUrl }));
    single.deps.parallelTrials = pools;
    await runTraining(single.deps, options);
    expect(seen.opened).toEqual([]);
    const broken = setup(small);
    broken.deps.parallelTrials = workerTrialPools({ workerUrl: new URL('file:///nonexistent/trial-worker.js') });
    const result = await runTraining(broken.deps, options);
    expect((result.document.tuning as { trials: number }).trials).toBe(3);
    expect(broken.logger.messages('warning').some((m) => /could not start trial workers/.test(m))).toBe(true);
  });

  it('stops the workers\' trials when the runner cancels, and closes the pool', async () => {
    const { deps } = setup();
    const controller = new AbortController();
    deps.cancelSignal = controller.signal;
    let iterations = 0;
    const { pools, seen } = watchedPools(workerTrialPools({ workerUrl }), () => {
      if (++iterations === 40) controller.abort('aborted');
    });
    deps.parallelTrials = pools;
    await expect(runTraining(deps, options)).rejects.toBeInstanceOf(RunCancelledError);
    expect(seen.closed).toBe(1);
    // The trial that saw the cancellation stopped at once, the other at its next iteration.
    expect(iterations).toBeLessThanOrEqual(41);
  });

  it('stops at the cost cap on workers too, with exit 1 when no trial completed', async () => {
    const { deps } = setup(CONFIG.replace('budget: {hourly_rate_usd: 3.6}', 'budget: {hourly_rate_usd: 3.6, max_cost_usd: 0.002}'));
    const { pools, seen } = watchedPools(workerTrialPools({ workerUrl }));
    deps.parallelTrials = pools;
    await expect(runTraining(deps, options)).rejects.toBeInstanceOf(NoModelError);
    expect(seen.closed).toBe(1);
  });
});
