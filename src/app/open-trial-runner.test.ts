import { describe, expect, it } from 'vitest';
import { RecordingLogger } from '../../test/fakes/recording-logger';
import { gbdtTrainer } from '../core/models/gbdt-trainer';
import { lazyMlpTrainer } from '../core/models/mlp-lazy-trainer';
import type { Trainer } from '../core/models/trainer';
import type { ParallelTrialRunners, TrialRunner, TrialStudy } from '../ports/trial-runner';
import { openTrialRunner } from './open-trial-runner';

const poolRunner: TrialRunner = { train: () => Promise.reject(new Error('not used')), close: async () => {} };

function fakePools(fails = false) {
  const opened: number[] = [];
  const pools: ParallelTrialRunners = {
    supports: (engine) => engine === 'gbdt',
    open: async (_study, { parallelism }) => {
      opened.push(parallelism);
      if (fails) throw new Error('no worker file');
      return poolRunner;
    },
  };
  return { pools, opened };
}

const study = (trainer: Trainer): TrialStudy => ({
  trainer, task: 'binary', numClasses: 2, featureInfo: { names: [], categorical: [] }, metric: 'roc_auc', train: { features: [], label: new Float64Array(0) },
});

describe('openTrialRunner', () => {
  it('opens a pool of min(parallelism, threads) workers for engines it supports', async () => {
    const { pools, opened } = fakePools();
    const logger = new RecordingLogger();
    expect(await openTrialRunner({ parallelTrials: pools, logger }, study(gbdtTrainer), { parallelism: 2, threads: 8 })).toEqual({ runner: poolRunner, parallelism: 2 });
    expect(await openTrialRunner({ parallelTrials: pools, logger }, study(gbdtTrainer), { parallelism: 4, threads: 3 })).toEqual({ runner: poolRunner, parallelism: 3 });
    expect(opened).toEqual([2, 3]);
    expect(logger.messages('warning')).toEqual(['tuning.parallelism 4 is more than the 3 thread(s) of model.compute.threads: 3 trial(s) at once']);
  });

  it('keeps trials on this thread for parallelism 1, one thread, unsupported engines, no pool or a pool that fails', async () => {
    const { pools, opened } = fakePools();
    const logger = new RecordingLogger();
    const here = async (deps: Parameters<typeof openTrialRunner>[0], trainer: Trainer, settings: { parallelism: number; threads: number }) => {
      const opened = await openTrialRunner(deps, study(trainer), settings);
      expect(opened.runner).not.toBe(poolRunner);
      return opened.parallelism;
    };
    expect(await here({ parallelTrials: pools, logger }, gbdtTrainer, { parallelism: 1, threads: 4 })).toBe(1);
    expect(await here({ parallelTrials: pools, logger }, gbdtTrainer, { parallelism: 2, threads: 1 })).toBe(1);
    expect(await here({ parallelTrials: pools, logger }, lazyMlpTrainer(), { parallelism: 2, threads: 4 })).toBe(2);
    expect(await here({ logger }, gbdtTrainer, { parallelism: 2, threads: 4 })).toBe(2);
    expect(opened).toEqual([]);
    const failing = fakePools(true);
    expect(await here({ parallelTrials: failing.pools, logger }, gbdtTrainer, { parallelism: 2, threads: 4 })).toBe(2);
    expect(logger.messages('warning').at(-1)).toBe('could not start trial workers (no worker file); trials share the main thread');
  });
});
