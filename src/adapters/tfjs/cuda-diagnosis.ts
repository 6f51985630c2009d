/**
 * What @tensorflow/tfjs-node-gpu 4.x needs from the machine: libtensorflow 2.x built against
 * CUDA 11.2 and cuDNN 8.1, so the CUDA 11 runtime libraries (sonames .so.11 / cuFFT and cuRAND
 * .so.10), cuDNN 8 and an NVIDIA driver new enough for CUDA 11.x (450.80.02 on Linux, the
 * minimum of CUDA 11's minor-version compatibility). Newer CUDA majors (12.x) do not provide
 * these sonames, which is the usual reason tfjs-node-gpu falls back to the CPU.
 */
export const CUDA_REQUIREMENTS = {
  cuda: '11.2',
  cudnn: '8.1',
  minDriver: '450.80.02',
  libraries: ['libcudart.so.11.0', 'libcublas.so.11', 'libcublasLt.so.11', 'libcufft.so.10', 'libcurand.so.10', 'libcusolver.so.11', 'libcusparse.so.11', 'libcudnn.so.8'],
} as const;

/** What the probe found on the machine. */
export interface CudaFacts {
  /** nvidia-smi's driver version, or null when nvidia-smi is missing or failed. */
  driverVersion: string | null;
  gpuNames: string[];
  /** The CUDA version the driver supports (nvidia-smi's header), when known. */
  driverCudaVersion: string | null;
  /** Each required library's path, or null when not found. */
  libraries: Record<string, string | null>;
  /** Other versions of the libraries that were found (e.g. libcudart.so.12), to explain a mismatch. */
  otherVersions: string[];
  nvidiaSmiError?: string;
}

export interface CudaDiagnosis {
  ok: boolean;
  /** One line per fact, found vs needed; the failure lines say what to do. */
  lines: string[];
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}

export function diagnoseCuda(facts: CudaFacts): CudaDiagnosis {
  const lines: string[] = [];
  let ok = true;
  if (facts.driverVersion === null) {
    ok = false;
    lines.push(`NVIDIA driver: not found (${facts.nvidiaSmiError ?? 'nvidia-smi missing'}); needed >= ${CUDA_REQUIREMENTS.minDriver}`);
  } else if (compareVersions(facts.driverVersion, CUDA_REQUIREMENTS.minDriver) < 0) {
    ok = false;
    lines.push(`NVIDIA driver: ${facts.driverVersion} found, needed >= ${CUDA_REQUIREMENTS.minDriver}: upgrade the driver`);
  } else {
    const cuda = facts.driverCudaVersion ? `, supports CUDA ${facts.driverCudaVersion}` : '';
    lines.push(`NVIDIA driver: ${facts.driverVersion}${cuda} (ok); GPUs: ${facts.gpuNames.join(', ') || 'none listed'}`);
  }
  const missing = CUDA_REQUIREMENTS.libraries.filter((lib) => !facts.libraries[lib]);
  const cudaMissing = missing.filter((lib) => !lib.startsWith('libcudnn'));
  const cudnnMissing = missing.filter((lib) => lib.startsWith('libcudnn'));
  lines.push(
    cudaMissing.length === 0
      ? `CUDA ${CUDA_REQUIREMENTS.cuda} runtime: found (${facts.libraries['libcudart.so.11.0']})`
      : `CUDA ${CUDA_REQUIREMENTS.cuda} runtime: missing ${cudaMissing.join(', ')}: install CUDA 11.x (e.g. the cuda-libraries-11-2 package or the nvidia/cuda:11.2 image) and put its lib64 on LD_LIBRARY_PATH`,
  );
  lines.push(
    cudnnMissing.length === 0
      ? `cuDNN ${CUDA_REQUIREMENTS.cudnn}: found (${facts.libraries['libcudnn.so.8']})`
      : `cuDNN ${CUDA_REQUIREMENTS.cudnn}: missing libcudnn.so.8: install cuDNN 8.x for CUDA 11 and put it on LD_LIBRARY_PATH`,
  );
  if (missing.length > 0) {
    ok = false;
    if (facts.otherVersions.length > 0) lines.push(`found other versions that tfjs-node-gpu cannot use: ${facts.otherVersions.join(', ')}`);
    lines.push("or use model.compute.backend: webgpu, which needs only the driver (no CUDA or cuDNN version to match)");
  }
  return { ok, lines };
}
