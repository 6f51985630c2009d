import type { LrSchedule } from './mlp-params';

export interface LrScheduleSpec {
  learningRate: number;
  schedule: LrSchedule;
  warmupEpochs: number;
  stepEpochs: number;
  gamma: number;
  epochs: number;
  stepsPerEpoch: number;
}

/**
 * The learning rate for optimizer step `step` (0-based, counted over all epochs): a linear warm-up
 * from lr / warmupSteps to lr, then constant, step decay (x gamma every stepEpochs whole epochs,
 * PyTorch's StepLR) or cosine annealing to 0 over the steps after the warm-up (PyTorch's
 * CosineAnnealingLR with eta_min 0, evaluated per step rather than per epoch).
 */
export function learningRateAt(step: number, spec: LrScheduleSpec): number {
  const warmupSteps = Math.round(spec.warmupEpochs * spec.stepsPerEpoch);
  if (step < warmupSteps) return (spec.learningRate * (step + 1)) / warmupSteps;
  switch (spec.schedule) {
    case 'constant':
      return spec.learningRate;
    case 'step': {
      const epoch = Math.floor(step / spec.stepsPerEpoch);
      return spec.learningRate * spec.gamma ** Math.floor(epoch / spec.stepEpochs);
    }
    case 'cosine': {
      const total = spec.epochs * spec.stepsPerEpoch - warmupSteps;
      const progress = total > 0 ? Math.min(1, (step - warmupSteps) / total) : 1;
      return 0.5 * spec.learningRate * (1 + Math.cos(Math.PI * progress));
    }
  }
}
