import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CUDA_REQUIREMENTS } from './cuda-diagnosis';
import { BackendUnavailableError, prepareTfjsBackend } from './prepare-tfjs-backend';

/** A workspace whose node_modules holds a stand-in package that records being loaded. */
function workspaceWith(packageName: string | null): string {
  const root = mkdtempSync(join(tmpdir(), 'mltrain-tfjs-'));
  if (packageName) {
    const dir = join(root, 'node_modules', ...packageName.split('/'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: packageName, main: 'index.js' }));
    writeFileSync(join(dir, 'index.js'), 'globalThis.__standInNativeLoaded = true;\n');
  }
  return root;
}

const loaded = () => (globalThis as { __standInNativeLoaded?: boolean }).__standInNativeLoaded === true;
const noCuda = () => ({ driverVersion: '550.54.14', gpuNames: ['NVIDIA L4'], driverCudaVersion: '12.4', libraries: Object.fromEntries(CUDA_REQUIREMENTS.libraries.map((l) => [l, null])), otherVersions: ['libcudart.so.12'] });

describe('prepareTfjsBackend', () => {
  it('cuda named explicitly without tfjs-node-gpu on the runner fails, saying where it looked', async () => {
    const workspace = workspaceWith(null);
    const error = await prepareTfjsBackend('cuda', { nativeSearchPaths: [workspace] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackendUnavailableError);
    expect((error as Error).message).toContain(`@tensorflow/tfjs-node-gpu is not installed on the runner (looked in ${workspace}/node_modules)`);
  });

  it('cuda runs the pre-flight before loading tfjs-node-gpu and fails with the diagnosis, not a CPU fallback', async () => {
    const workspace = workspaceWith('@tensorflow/tfjs-node-gpu');
    const error = await prepareTfjsBackend('cuda', { nativeSearchPaths: [workspace], probe: noCuda }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackendUnavailableError);
    expect((error as BackendUnavailableError).diagnosis[0]).toBe('NVIDIA driver: 550.54.14, supports CUDA 12.4 (ok); GPUs: NVIDIA L4');
    expect((error as Error).message).toMatch(/CUDA 11\.2 runtime: missing libcudart\.so\.11\.0/);
    expect(loaded()).toBe(false);
  });

  it('node named explicitly fails when the package loads but registers no backend', async () => {
    const workspace = workspaceWith('@tensorflow/tfjs-node');
    await expect(prepareTfjsBackend('node', { nativeSearchPaths: [workspace] })).rejects.toThrow(/did not register or initialise/);
    expect(loaded()).toBe(true);
  });

  it('auto passes over what is missing with a note for each reason and lands on wasm here', async () => {
    const workspace = workspaceWith(null);
    const { runtime, notes } = await prepareTfjsBackend('auto', { nativeSearchPaths: [workspace] });
    if (runtime.backend === 'webgpu') return; // a machine with a hardware GPU adapter: auto rightly prefers it
    expect(runtime.backend).toBe('wasm');
    expect(runtime.device).toMatch(/WebAssembly SIMD/);
    expect(notes.some((n) => n.startsWith('webgpu: '))).toBe(true);
  });
});
