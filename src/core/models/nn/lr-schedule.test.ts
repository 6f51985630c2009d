import { describe, expect, it } from 'vitest';
import { learningRateAt, type LrScheduleSpec } from './lr-schedule';

const base: LrScheduleSpec = { learningRate: 0.1, schedule: 'constant', warmupEpochs: 0, stepEpochs: 2, gamma: 0.5, epochs: 4, stepsPerEpoch: 10 };

describe('learningRateAt', () => {
  it('warms up linearly over warmup_epochs, reaching the rate at the last warm-up step', () => {
    const spec = { ...base, warmupEpochs: 0.5 }; // 5 steps
    expect([0, 1, 4, 5, 39].map((s) => learningRateAt(s, spec))).toEqual([0.02, 0.04, 0.1, 0.1, 0.1].map((v) => expect.closeTo(v, 15)));
  });

  it('step decay halves every 2 epochs (PyTorch StepLR)', () => {
    const spec = { ...base, schedule: 'step' as const };
    expect([0, 19, 20, 39].map((s) => learningRateAt(s, spec))).toEqual([0.1, 0.1, 0.05, 0.05]);
  });

  it('cosine goes from the rate to 0 over the steps after warm-up', () => {
    const spec = { ...base, schedule: 'cosine' as const, warmupEpochs: 1 }; // 10 warm-up steps, 30 cosine steps
    expect(learningRateAt(10, spec)).toBeCloseTo(0.1, 15);
    expect(learningRateAt(25, spec)).toBeCloseTo(0.05, 15); // half way: 0.5 * (1 + cos(pi/2))
    expect(learningRateAt(40, spec)).toBeCloseTo(0, 15);
  });
});
