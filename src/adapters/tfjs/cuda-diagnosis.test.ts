import { describe, expect, it } from 'vitest';
import { compareVersions, CUDA_REQUIREMENTS, diagnoseCuda, type CudaFacts } from './cuda-diagnosis';

const allLibraries = Object.fromEntries(CUDA_REQUIREMENTS.libraries.map((lib) => [lib, `/usr/local/cuda-11.2/lib64/${lib}`]));

function facts(overrides: Partial<CudaFacts>): CudaFacts {
  return { driverVersion: '535.104.05', gpuNames: ['NVIDIA A10G'], driverCudaVersion: '12.2', libraries: allLibraries, otherVersions: [], ...overrides };
}

describe('diagnoseCuda', () => {
  it('passes a machine with a recent driver, CUDA 11 and cuDNN 8', () => {
    const result = diagnoseCuda(facts({}));
    expect(result.ok).toBe(true);
    expect(result.lines[0]).toBe('NVIDIA driver: 535.104.05, supports CUDA 12.2 (ok); GPUs: NVIDIA A10G');
  });

  it('explains the usual failure: CUDA 12 and cuDNN 9 installed, tfjs-node-gpu needs 11.2 / 8.1', () => {
    const libraries = Object.fromEntries(CUDA_REQUIREMENTS.libraries.map((lib) => [lib, null]));
    const result = diagnoseCuda(facts({ libraries, otherVersions: ['libcudart.so.12', 'libcudnn.so.9'] }));
    expect(result.ok).toBe(false);
    expect(result.lines).toEqual([
      'NVIDIA driver: 535.104.05, supports CUDA 12.2 (ok); GPUs: NVIDIA A10G',
      expect.stringMatching(/^CUDA 11\.2 runtime: missing libcudart\.so\.11\.0, libcublas\.so\.11, .*install CUDA 11\.x/),
      expect.stringMatching(/^cuDNN 8\.1: missing libcudnn\.so\.8/),
      'found other versions that tfjs-node-gpu cannot use: libcudart.so.12, libcudnn.so.9',
      expect.stringContaining('model.compute.backend: webgpu'),
    ]);
  });

  it('fails without a driver or with one older than CUDA 11 needs', () => {
    expect(diagnoseCuda(facts({ driverVersion: null, nvidiaSmiError: 'spawn nvidia-smi ENOENT' })).lines[0]).toBe('NVIDIA driver: not found (spawn nvidia-smi ENOENT); needed >= 450.80.02');
    const old = diagnoseCuda(facts({ driverVersion: '418.87.01' }));
    expect(old.ok).toBe(false);
    expect(old.lines[0]).toContain('418.87.01 found, needed >= 450.80.02');
  });

  it('compares dotted versions numerically', () => {
    expect(compareVersions('450.80.02', '450.80.2')).toBe(0);
    expect(compareVersions('460.1', '450.80.02')).toBe(1);
    expect(compareVersions('450.9', '450.80')).toBe(-1);
  });
});
