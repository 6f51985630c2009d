import * as tf from '@tensorflow/tfjs-core';
import type { NnBackend } from '../../core/models/nn/mlp-params';
// Importing the runtime registers the cpu backend (the last resort) with TensorFlow.js.
import { TFJS_CPU_VERSION, type ConcreteBackend, type NnRuntime } from '../../core/models/nn/tfjs-runtime';
import { diagnoseCuda, type CudaFacts } from './cuda-diagnosis';
import { probeCuda } from './cuda-probe';
import { cpuModel, loadNativePackage, resolveNativePackage, type NativeKind } from './native-backend';
import { loadWasmBackend } from './wasm-backend';
import { loadWebgpuBackend } from './webgpu-backend';

export interface PrepareOptions {
  /** Folder with the tfjs-backend-wasm .wasm files (default: beside the bundle, else the package's). */
  wasmDirectory?: string;
  /** dawn.node to use (default: beside the bundle, else the webgpu package's). */
  dawnPath?: string;
  /** Folders whose node_modules may hold tfjs-node(-gpu) (default: GITHUB_WORKSPACE and the cwd). */
  nativeSearchPaths?: string[];
  /** An explicit tfjs-node or tfjs-node-gpu package folder. */
  nativePackagePath?: string;
  /** Accept a software WebGPU adapter when webgpu is asked for by name (tests use lavapipe). */
  allowSoftwareWebgpu?: boolean;
  /** The CUDA probe (tests pass fakes). */
  probe?: () => CudaFacts;
}

export interface PreparedBackend {
  runtime: NnRuntime;
  /** Why better backends were skipped under `auto` (for the log: never a silent fallback). */
  notes: string[];
}

/** A backend asked for by name that cannot run here; the message is the diagnosis. */
export class BackendUnavailableError extends Error {
  constructor(
    readonly backend: ConcreteBackend,
    readonly diagnosis: string[],
  ) {
    super(`model.compute.backend '${backend}' cannot run on this machine:\n  ${diagnosis.join('\n  ')}`);
    this.name = 'BackendUnavailableError';
  }
}

const AUTO_ORDER: ConcreteBackend[] = ['cuda', 'node', 'webgpu', 'wasm', 'cpu'];

/**
 * Loads and activates the backend for `model.compute.backend`. A backend named explicitly either
 * runs or fails with its diagnosis (for cuda: driver, CUDA and cuDNN found vs needed, checked
 * before tfjs-node-gpu is loaded, since it would otherwise fall back to the CPU silently).
 * `auto` takes the first that works of cuda, node, webgpu (a hardware adapter only), wasm, cpu
 * and says in `notes` why it passed over the ones before.
 */
export async function prepareTfjsBackend(requested: NnBackend, options: PrepareOptions = {}): Promise<PreparedBackend> {
  tf.env().set('PROD', true);
  if (requested !== 'auto') {
    const attempt = await tryBackend(requested, options, true);
    if (!attempt.runtime) throw new BackendUnavailableError(requested, attempt.problems);
    return { runtime: attempt.runtime, notes: [] };
  }
  const notes: string[] = [];
  for (const backend of AUTO_ORDER) {
    const attempt = await tryBackend(backend, options, false);
    if (attempt.runtime) return { runtime: attempt.runtime, notes };
    if (attempt.problems.length > 0) notes.push(`${backend}: ${attempt.problems.join('; ')}`);
  }
  throw new Error('internal error: not even the cpu backend of TensorFlow.js could start');
}

async function tryBackend(backend: ConcreteBackend, options: PrepareOptions, explicit: boolean): Promise<{ runtime?: NnRuntime; problems: string[] }> {
  switch (backend) {
    case 'cuda':
    case 'node':
      return tryNative(backend, options, explicit);
    case 'webgpu': {
      const outcome = await loadWebgpuBackend({ dawnPath: options.dawnPath, allowSoftware: explicit && options.allowSoftwareWebgpu });
      return outcome.ok ? { runtime: { backend, device: outcome.device }, problems: [] } : { problems: [outcome.reason ?? 'unavailable'] };
    }
    case 'wasm':
      try {
        if (await loadWasmBackend(options.wasmDirectory)) return { runtime: { backend, device: `${cpuModel()} (WebAssembly SIMD)` }, problems: [] };
        return { problems: ['the wasm backend failed to initialise'] };
      } catch (error) {
        return { problems: [error instanceof Error ? error.message : String(error)] };
      }
    case 'cpu':
      await tf.setBackend('cpu');
      return { runtime: { backend, device: `${cpuModel()} (JavaScript, tfjs-backend-cpu ${TFJS_CPU_VERSION})` }, problems: [] };
  }
}

async function tryNative(kind: NativeKind, options: PrepareOptions, explicit: boolean): Promise<{ runtime?: NnRuntime; problems: string[] }> {
  const searchFrom = options.nativeSearchPaths ?? [process.env.GITHUB_WORKSPACE, process.cwd()].filter((p): p is string => !!p);
  const resolved = resolveNativePackage(kind, searchFrom, options.nativePackagePath);
  const packageName = kind === 'cuda' ? '@tensorflow/tfjs-node-gpu' : '@tensorflow/tfjs-node';
  if (!resolved) {
    // Under auto an absent optional package is not worth a note unless a GPU is there to use.
    const problem = `${packageName} is not installed on the runner (looked in ${searchFrom.map((p) => `${p}/node_modules`).join(', ')}); install it there (npm install ${packageName}) or set the package path`;
    return { problems: explicit ? [problem] : [] };
  }
  let device = cpuModel();
  if (kind === 'cuda') {
    const facts = (options.probe ?? probeCuda)();
    const diagnosis = diagnoseCuda(facts);
    if (!diagnosis.ok) return { problems: diagnosis.lines };
    device = facts.gpuNames[0] ?? 'NVIDIA GPU';
  }
  try {
    loadNativePackage(resolved);
  } catch (error) {
    return { problems: [`${packageName} failed to load: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (!tf.findBackendFactory('tensorflow') || !(await tf.setBackend('tensorflow'))) {
    return { problems: [`${packageName} loaded but its TensorFlow backend did not register or initialise`] };
  }
  return { runtime: { backend: kind, device }, problems: [] };
}
