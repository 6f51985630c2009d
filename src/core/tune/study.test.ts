import { describe, expect, it } from 'vitest';
import { ManualClock } from './clock.js';
import { RandomSampler } from './samplers/random-sampler.js';
import { TPESampler } from './samplers/tpe/tpe-sampler.js';
import { createStudy } from './study.js';
import { TrialPruned } from './trial-pruned.js';
import type { Trial } from './trial.js';

const quadratic = (trial: Trial): number => {
  const x = trial.suggestFloat('x', -10, 10);
  const y = trial.suggestInt('y', -5, 5);
  return (x - 2) ** 2 + (y + 1) ** 2;
};

describe('Study', () => {
  it('optimizes a quadratic with TPE better than its random start-up', async () => {
    const study = await createStudy({ sampler: new TPESampler({ seed: 1 }) });
    const result = await study.optimize(quadratic, { nTrials: 60 });
    expect(result).toEqual({ stopReason: 'n_trials', trialsRun: 60 });
    expect(study.trials).toHaveLength(60);
    const startupBest = Math.min(...study.trials.slice(0, 10).map((t) => t.value as number));
    expect(study.bestValue).toBeLessThan(startupBest);
    expect(study.bestValue).toBeLessThan(0.5);
    expect(study.bestParams).toEqual(study.bestTrial?.params);
  });

  it('gives the same trials for the same seed and different ones for another seed', async () => {
    const run = async (seed: number): Promise<unknown[]> => {
      const study = await createStudy({ sampler: new TPESampler({ seed }) });
      await study.optimize(quadratic, { nTrials: 25 });
      return study.trials.map((t) => t.params);
    };
    expect(await run(7)).toEqual(await run(7));
    expect(await run(7)).not.toEqual(await run(8));
  });

  it('maximizes', async () => {
    const study = await createStudy({ direction: 'maximize', sampler: new RandomSampler({ seed: 3 }) });
    await study.optimize((t) => -quadratic(t), { nTrials: 30 });
    expect(study.bestValue).toBe(Math.max(...study.trials.map((t) => t.value as number)));
  });

  it('records failures with their message and goes on, then stops after too many in a row', async () => {
    const study = await createStudy({ sampler: new RandomSampler() });
    let calls = 0;
    const result = await study.optimize(
      (trial) => {
        calls += 1;
        const x = trial.suggestFloat('x', 0, 1);
        if (calls === 2) throw new Error('boom');
        if (calls >= 4) throw new Error('always');
        return x;
      },
      { nTrials: 20, maxConsecutiveFailures: 3 },
    );
    expect(study.trials[1].state).toBe('fail');
    expect(study.trials[1].failReason).toBe('boom');
    expect(study.trials[2].state).toBe('complete');
    expect(result.stopReason).toBe('failures');
    expect(study.trials).toHaveLength(6);
  });

  it('fails a trial whose objective returns NaN', async () => {
    const study = await createStudy();
    await study.optimize(() => Number.NaN, { nTrials: 1 });
    expect(study.trials[0].state).toBe('fail');
    expect(study.bestTrial).toBeNull();
  });

  it('marks TrialPruned as pruned, keeping the last intermediate value', async () => {
    const study = await createStudy();
    await study.optimize(
      (trial) => {
        trial.report(5, 0);
        trial.report(3, 1);
        trial.report(4, 1); // a second report of a step is ignored
        throw new TrialPruned();
      },
      { nTrials: 1 },
    );
    const [trial] = study.trials;
    expect(trial.state).toBe('pruned');
    expect(trial.value).toBe(3);
    expect([...trial.intermediateValues]).toEqual([
      [0, 5],
      [1, 3],
    ]);
  });

  it('measures duration and cost with the injected clock and rate', async () => {
    const clock = new ManualClock(1000);
    const study = await createStudy({ clock, cost: { hourlyRateUsd: 3.6 } });
    await study.optimize(
      async (trial) => {
        clock.advance(2000);
        return trial.suggestFloat('x', 0, 1);
      },
      { nTrials: 2 },
    );
    expect(study.trials.map((t) => t.durationMs)).toEqual([2000, 2000]);
    expect(study.trials[0].costUsd).toBeCloseTo(0.002, 12);
  });

  it('stops on timeout, on a callback and on an abort signal with its reason', async () => {
    const clock = new ManualClock();
    const timed = await createStudy({ clock });
    const byTime = await timed.optimize(() => (clock.advance(400), 1), { timeoutMs: 1000 });
    expect(byTime).toEqual({ stopReason: 'timeout', trialsRun: 3 });

    const called = await createStudy();
    const byCallback = await called.optimize(() => 1, {
      nTrials: 10,
      callbacks: [(study, trial) => trial.number === 1 && study.stop('budget')],
    });
    expect(byCallback).toEqual({ stopReason: 'budget', trialsRun: 2 });

    const controller = new AbortController();
    const aborted = await createStudy();
    let sawAbort = false;
    const byAbort = await aborted.optimize(
      async (trial) => {
        if (trial.number === 1) controller.abort('budget');
        sawAbort ||= trial.signal.aborted;
        return 1;
      },
      { nTrials: 10, signal: controller.signal },
    );
    expect(byAbort).toEqual({ stopReason: 'budget', trialsRun: 2 });

    const cut = new AbortController();
    const cutStudy = await createStudy();
    await cutStudy.optimize(
      async (trial) => {
        cut.abort('budget');
        if (trial.signal.aborted) throw new Error('training interrupted');
        return 1;
      },
      { nTrials: 3, signal: cut.signal },
    );
    expect(cutStudy.trials[0].failReason).toBe('stopped (budget): training interrupted');
    expect(sawAbort).toBe(true);
    // A later optimize runs again.
    expect((await aborted.optimize(() => 1, { nTrials: 1 })).trialsRun).toBe(1);
  });

  it('runs enqueued trials first with their fixed parameters', async () => {
    const study = await createStudy({ sampler: new RandomSampler() });
    await study.enqueueTrial({ x: 0.25, kind: 'b', unknown: 3 });
    await study.optimize(
      (trial) => {
        const kind = trial.suggestCategorical('kind', ['a', 'b']);
        return trial.suggestFloat('x', 0, 1) + (kind === 'a' ? 1 : 0);
      },
      { nTrials: 3 },
    );
    expect(study.trials[0].params).toEqual({ kind: 'b', x: 0.25 });
    expect(study.trials).toHaveLength(3);
  });

  it('supports ask and tell, and rejects telling a finished trial', async () => {
    const study = await createStudy({ direction: 'maximize' });
    const trial = await study.ask();
    const x = trial.suggestFloat('x', 1, 100, { log: true });
    expect(trial.suggestFloat('x', 1, 100, { log: true })).toBe(x);
    expect(() => trial.suggestFloat('x', 1, 10)).toThrow(/different distribution/);
    const frozen = await study.tell(trial, x);
    expect(frozen.state).toBe('complete');
    await expect(study.tell(trial, 1)).rejects.toThrow(/only running/);
    expect(study.bestValue).toBe(x);
  });

  it('runs async objectives nJobs at a time', async () => {
    const study = await createStudy({ sampler: new TPESampler({ seed: 2, constantLiar: true }) });
    let running = 0;
    let peak = 0;
    await study.optimize(
      async (trial) => {
        running += 1;
        peak = Math.max(peak, running);
        const x = trial.suggestFloat('x', -1, 1);
        await new Promise((resolve) => setTimeout(resolve, 1));
        running -= 1;
        return x * x;
      },
      { nTrials: 24, nJobs: 4 },
    );
    expect(peak).toBe(4);
    expect(study.trials.filter((t) => t.state === 'complete')).toHaveLength(24);
  });
});
