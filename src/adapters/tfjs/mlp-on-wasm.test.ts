import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MlpModel } from '../../core/models/nn/mlp-model';
import { createMlpTrainer } from '../../core/models/nn/mlp-trainer';
import { syntheticDataset } from '../../core/models/nn/testing/synthetic';
import type { TrainRequest } from '../../core/models/trainer';
import { CheckpointFile } from './checkpoint-file';
import { prepareTfjsBackend } from './prepare-tfjs-backend';

// The app's wiring end to end: load wasm, train with a checkpoint file, resume from it.
const request: TrainRequest = {
  task: 'multiclass',
  numClasses: 3,
  train: syntheticDataset('multiclass', 300, 5, 21),
  validation: syntheticDataset('multiclass', 100, 5, 22),
  featureInfo: { names: ['a', 'b', 'c', 'd', 'e'], categorical: [false, false, false, false, false] },
  params: { hidden_layers: [12], epochs: 3, batch_size: 32, dropout: 0.1, learning_rate: 0.01 },
  seed: 8,
  threads: 1,
};

describe('mlp on the wasm backend with a checkpoint file', () => {
  it('records the backend and device, and a run resumed from the file ends with the same weights', async () => {
    const { runtime } = await prepareTfjsBackend('wasm');
    const file = new CheckpointFile(join(mkdtempSync(join(tmpdir(), 'mltrain-mlp-')), 'checkpoint.json'));
    let stopAfterSaves = 2;
    // A sink that "dies" after two saves, like a cancelled job: later saves are lost.
    const dying = { save: (c: Parameters<CheckpointFile['save']>[0]) => (stopAfterSaves-- > 0 ? file.save(c) : undefined) };
    const whole = (await createMlpTrainer({ runtime, checkpoints: { sink: dying, everySteps: 4 } }).train(request)) as MlpModel;
    expect(whole.backend).toBe('wasm');
    expect(whole.device).toMatch(/WebAssembly/);
    const checkpoint = file.load();
    expect(checkpoint?.globalStep).toBe(8);
    const resumed = (await createMlpTrainer({ runtime, checkpoints: { resumeFrom: checkpoint, sink: file } }).train(request)) as MlpModel;
    expect(resumed.toJSON().weights).toBe(whole.toJSON().weights);
  });
});
