import { describe, expect, it } from 'vitest';
import { ManualClock } from '../clock.js';
import { RandomSampler } from '../samplers/random-sampler.js';
import { TPESampler } from '../samplers/tpe/tpe-sampler.js';
import { createStudy } from '../study.js';
import type { Trial } from '../trial.js';
import { TrialPruned } from '../trial-pruned.js';
import type { JournalBackend } from './journal-storage.js';
import { JournalStorage } from './journal-storage.js';

/** An in-memory journal: the lines a file would hold. */
class LinesBackend implements JournalBackend {
  constructor(readonly lines: string[] = []) {}
  append(line: string): void {
    this.lines.push(line);
  }
  readAll(): readonly string[] {
    return [...this.lines];
  }
}

const objective = (trial: Trial): number => {
  const kind = trial.suggestCategorical('kind', ['linear', 'tree']);
  const x = kind === 'tree' ? trial.suggestInt('depth', 1, 8) : trial.suggestFloat('c', 1e-3, 10, { log: true });
  trial.report(Number.NaN, 0);
  trial.report(x, 1);
  if (x > 7) throw new TrialPruned();
  if (x < 0.002) throw new Error('too small');
  return kind === 'tree' ? x : Math.abs(Math.log(x));
};

describe('JournalStorage', () => {
  it('replays a journal into exactly the same study, NaN and Infinity included', async () => {
    const backend = new LinesBackend();
    const clock = new ManualClock(5);
    const study = await createStudy({ storage: new JournalStorage(backend), sampler: new RandomSampler({ seed: 4 }), clock, cost: { hourlyRateUsd: 1 } });
    await study.enqueueTrial({ kind: 'tree', depth: 8 });
    await study.optimize((t) => (clock.advance(10), objective(t)), { nTrials: 12 });
    const ask = await study.ask();
    ask.setUserAttr('note', { inf: Number.POSITIVE_INFINITY, list: [1, 'a'] });
    study.setUserAttr('warm_start', true);
    await study.storage.flush();

    const replayed = await createStudy({ storage: new JournalStorage(new LinesBackend([...backend.lines])) });
    expect(replayed.trials).toEqual(study.trials);
    expect(replayed.userAttrs).toEqual({ warm_start: true });
    expect(replayed.trials[12].userAttrs.note).toEqual({ inf: Number.POSITIVE_INFINITY, list: [1, 'a'] });
    expect(new Set(study.trials.map((t) => t.state))).toEqual(new Set(['complete', 'pruned', 'running']));
  });

  it('continues a resumed study exactly as an uninterrupted one would', async () => {
    const straight = await createStudy({ sampler: new TPESampler({ seed: 9, nStartupTrials: 4 }) });
    await straight.optimize(objective, { nTrials: 14 });

    const backend = new LinesBackend();
    const before = await createStudy({ storage: new JournalStorage(backend), sampler: new TPESampler({ seed: 9, nStartupTrials: 4 }) });
    await before.optimize(objective, { nTrials: 6 });
    const after = await createStudy({ storage: new JournalStorage(new LinesBackend([...backend.lines])), sampler: new TPESampler({ seed: 9, nStartupTrials: 4 }) });
    await after.optimize(objective, { nTrials: 8 });
    expect(after.trials.map((t) => t.params)).toEqual(straight.trials.map((t) => t.params));
  });

  it('ignores a torn last line but rejects a broken line in the middle', async () => {
    const backend = new LinesBackend();
    const study = await createStudy({ storage: new JournalStorage(backend) });
    await study.optimize((t) => t.suggestFloat('x', 0, 1), { nTrials: 2 });
    const torn = [...backend.lines, '{"op":"create_tri'];
    expect((await createStudy({ storage: new JournalStorage(new LinesBackend(torn)) })).trials).toEqual(study.trials);
    const broken = [...backend.lines.slice(0, 2), 'garbage', ...backend.lines.slice(2)];
    await expect(createStudy({ storage: new JournalStorage(new LinesBackend(broken)) })).rejects.toThrow(/corrupt at line 3/);
  });

  it('refuses to open a study with the other direction, and fails interrupted trials (retrying them)', async () => {
    const backend = new LinesBackend();
    const study = await createStudy({ storage: new JournalStorage(backend), direction: 'maximize' });
    const trial = await study.ask();
    trial.suggestFloat('x', 0, 1);
    await expect(createStudy({ storage: new JournalStorage(new LinesBackend([...backend.lines])), direction: 'minimize' })).rejects.toThrow(/direction/);
    const resumed = await createStudy({ storage: new JournalStorage(new LinesBackend([...backend.lines])), direction: 'maximize' });
    expect(await resumed.failInterruptedTrials({ retry: true })).toEqual([0]);
    expect(resumed.trials[0].failReason).toMatch(/interrupted/);
    await resumed.optimize((t) => t.suggestFloat('x', 0, 1), { nTrials: 1 });
    expect(resumed.trials[1].params).toEqual(study.trials[0].params);
  });

  it('lets two writers take turns on a shared journal', async () => {
    const backend = new LinesBackend();
    const a = await createStudy({ storage: new JournalStorage(backend, { shared: true }), sampler: new RandomSampler({ seed: 1 }) });
    await a.optimize((t) => t.suggestFloat('x', 0, 1), { nTrials: 2 });
    const b = await createStudy({ storage: new JournalStorage(backend, { shared: true }), sampler: new RandomSampler({ seed: 2 }) });
    await b.optimize((t) => t.suggestFloat('x', 0, 1), { nTrials: 1 });
    await a.optimize((t) => t.suggestFloat('x', 0, 1), { nTrials: 1 });
    expect(a.trials.map((t) => t.number)).toEqual([0, 1, 2, 3]);
    expect(b.trials.slice(0, 3)).toEqual(a.trials.slice(0, 3));
  });

  it('reports a failed append at the next flush', async () => {
    const failing: JournalBackend = {
      append: async () => {
        throw new Error('disk full');
      },
      readAll: () => [],
    };
    await expect(createStudy({ storage: new JournalStorage(failing) }).then((s) => s.storage.flush())).rejects.toThrow('disk full');
  });
});
