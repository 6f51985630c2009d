import { describe, expect, it } from 'vitest';
import type { TrainRequest } from '../../core/models/trainer';
import type { MlpModel } from '../../core/models/nn/mlp-model';
import { mlpTrainer } from '../../core/models/nn/mlp-trainer';
import type { NnBackend } from '../../core/models/nn/mlp-params';
import { syntheticDataset } from '../../core/models/nn/testing/synthetic';
import { prepareTfjsBackend } from './prepare-tfjs-backend';
import { loadWebgpuBackend } from './webgpu-backend';

// The same seeded training on each backend: float32 everywhere, but summation orders differ
// (XNNPACK, WGSL reductions), so losses agree to a tolerance rather than bit for bit.
const request: TrainRequest = {
  task: 'binary',
  numClasses: 2,
  train: syntheticDataset('binary', 512, 6, 11),
  validation: syntheticDataset('binary', 256, 6, 12),
  featureInfo: { names: ['a', 'b', 'c', 'd', 'e', 'f'], categorical: new Array<boolean>(6).fill(false) },
  params: { hidden_layers: [16, 8], epochs: 4, batch_size: 64, learning_rate: 0.01, batch_norm: true },
  seed: 5,
  threads: 1,
};

async function historyOn(backend: Exclude<NnBackend, 'auto'>, epochs = 4): Promise<number[]> {
  const { runtime } = await prepareTfjsBackend(backend, { allowSoftwareWebgpu: true });
  const model = (await mlpTrainer.train({ ...request, params: { ...request.params, epochs, backend } })) as MlpModel;
  expect(model.backend).toBe(runtime.backend);
  return [...model.validationHistory];
}

// A software Vulkan driver (Mesa >= 23's lavapipe) makes webgpu testable without a GPU:
// scripts/install-lavapipe.sh fetches one and prints the VK_ICD_FILENAMES to export.
const webgpu = process.env.VK_ICD_FILENAMES ? await loadWebgpuBackend({ allowSoftware: true }) : { ok: false, reason: 'VK_ICD_FILENAMES is not set' };
if (!webgpu.ok) console.warn(`NOTICE: webgpu backend test skipped: ${webgpu.reason} (see scripts/install-lavapipe.sh)`);

describe('backends train alike', () => {
  it('wasm and cpu give the same validation losses (within 1e-4)', async () => {
    const cpu = await historyOn('cpu');
    const wasm = await historyOn('wasm');
    wasm.forEach((loss, i) => expect(Math.abs(loss - cpu[i])).toBeLessThan(1e-4));
  });

  it.skipIf(!webgpu.ok)('webgpu (lavapipe) gives the same validation losses as wasm (within 5e-5)', async () => {
    // two epochs: lavapipe compiles every shader on the CPU, which dominates the time
    const wasm = await historyOn('wasm', 2);
    const gpu = await historyOn('webgpu', 2);
    console.log(`webgpu vs wasm validation losses: ${JSON.stringify(gpu)} vs ${JSON.stringify(wasm)}`);
    gpu.forEach((loss, i) => expect(Math.abs(loss - wasm[i])).toBeLessThan(5e-5));
  });
});
