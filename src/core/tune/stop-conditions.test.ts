import { describe, expect, it } from 'vitest';
import { ManualClock } from './clock.js';
import { optimizationHistory } from './optimization-history.js';
import { RandomSampler } from './samplers/random-sampler.js';
import { costBudget, finishedSinceLastImprovement, noImprovement, totalCostUsd } from './stop-conditions.js';
import { createStudy } from './study.js';
import { canonicalJson, studyIdentity } from './study-identity.js';

describe('stop conditions', () => {
  it('stops after N trials without improvement', async () => {
    const values = [5, 4, 6, 3, 7, 8, 9, 2];
    const study = await createStudy({ sampler: new RandomSampler() });
    const result = await study.optimize((t) => values[t.number], { nTrials: 8, stopWhen: [noImprovement(3)] });
    expect(result.stopReason).toBe('no_improvement');
    expect(study.trials).toHaveLength(7); // 3 is best at trial 3; trials 4, 5, 6 do not improve
    expect(finishedSinceLastImprovement(study.trials, 'minimize', 0)).toBe(3);
  });

  it('counts improvements smaller than minDelta as none', async () => {
    const study = await createStudy();
    await study.optimize((t) => 10 - t.number * 0.001, { nTrials: 5 });
    expect(finishedSinceLastImprovement(study.trials, 'minimize', 0.01)).toBe(4);
    expect(finishedSinceLastImprovement(study.trials, 'minimize')).toBe(0);
  });

  it('stops when the cost budget is spent', async () => {
    const clock = new ManualClock();
    const study = await createStudy({ clock, cost: { hourlyRateUsd: 36 } }); // 1 cent per second
    const result = await study.optimize(() => (clock.advance(1000), 1), { nTrials: 100, stopWhen: [costBudget(0.05, () => 0.02)] });
    expect(result).toEqual({ stopReason: 'budget', trialsRun: 3 });
    expect(totalCostUsd(study.trials)).toBeCloseTo(0.03, 12);
  });
});

describe('optimizationHistory', () => {
  it('lists finished trials with the best value so far', async () => {
    const study = await createStudy({ direction: 'maximize' });
    const values = [1, 3, Number.NaN, 2, 4];
    await study.optimize((t) => values[t.number], { nTrials: 5 });
    expect(optimizationHistory(study.trials, 'maximize').map((p) => [p.number, p.state, p.value, p.bestValue])).toEqual([
      [0, 'complete', 1, 1],
      [1, 'complete', 3, 3],
      [2, 'fail', null, 3],
      [3, 'complete', 2, 3],
      [4, 'complete', 4, 4],
    ]);
  });
});

describe('studyIdentity', () => {
  it('ignores key order and changes with any part', () => {
    const a = studyIdentity({ model: 'gbdt', space: { lr: [0.01, 0.3], depth: [2, 8] }, metric: 'roc_auc' });
    const b = studyIdentity({ metric: 'roc_auc', space: { depth: [2, 8], lr: [0.01, 0.3] }, model: 'gbdt' });
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(studyIdentity({ model: 'gbdt', space: { lr: [0.01, 0.3], depth: [2, 9] }, metric: 'roc_auc' })).not.toBe(a);
    // sha256("{}") from coreutils sha256sum
    expect(studyIdentity({})).toBe('44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
    expect(canonicalJson({ b: [1, { d: 2, c: Number.NaN }], a: undefined })).toBe('{"b":[1,{"c":"NaN","d":2}]}');
  });
});
