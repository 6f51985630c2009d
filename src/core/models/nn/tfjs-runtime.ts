import * as tf from '@tensorflow/tfjs-core';
// The pure-JS backend is always there, as the last resort and for tests.
import { version_cpu } from '@tensorflow/tfjs-backend-cpu';
import type { NnBackend } from './mlp-params';

export type ConcreteBackend = Exclude<NnBackend, 'auto'>;

/** Which backend trains and on what (recorded as lineage.backend and the device name). */
export interface NnRuntime {
  backend: ConcreteBackend;
  device: string;
}

/** TensorFlow.js's registry name for each of our backends (tfjs-node and -gpu both register 'tensorflow'). */
export const TFJS_BACKEND_NAMES: Record<ConcreteBackend, string> = {
  cuda: 'tensorflow',
  node: 'tensorflow',
  webgpu: 'webgpu',
  wasm: 'wasm',
  cpu: 'cpu',
};

/**
 * Makes the requested backend the active one. Loading a backend (wasm files, native bindings,
 * a GPU adapter) is the adapters' job (src/adapters/tfjs); this only switches between loaded
 * ones, and fails when the one asked for was never loaded rather than train somewhere else.
 * `auto` keeps what the adapter chose (TensorFlow.js's own pick when nothing was prepared).
 */
export async function activateBackend(requested: NnBackend, prepared: NnRuntime | undefined): Promise<NnRuntime> {
  // Production mode: no debug checks, and no "install tfjs-node" banner on the console.
  tf.env().set('PROD', true);
  if (requested === 'auto') {
    await tf.ready();
    if (prepared && TFJS_BACKEND_NAMES[prepared.backend] === tf.getBackend()) return prepared;
    return describeActive();
  }
  const name = TFJS_BACKEND_NAMES[requested];
  if (!tf.findBackendFactory(name)) {
    throw new Error(`mlp backend '${requested}' is not loaded in this process (the app loads it with prepareTfjsBackend before training)`);
  }
  if (tf.getBackend() !== name && !(await tf.setBackend(name))) {
    throw new Error(`mlp backend '${requested}' failed to initialise`);
  }
  if (prepared && prepared.backend === requested) return prepared;
  return { backend: requested, device: describeActive().device };
}

function describeActive(): NnRuntime {
  const name = tf.getBackend();
  switch (name) {
    case 'wasm':
      return { backend: 'wasm', device: 'CPU (WebAssembly)' };
    case 'webgpu':
      return { backend: 'webgpu', device: 'WebGPU adapter' };
    case 'tensorflow':
      return { backend: 'node', device: 'libtensorflow' };
    default:
      return { backend: 'cpu', device: 'CPU (JavaScript)' };
  }
}

export function tfjsVersion(): string {
  return tf.version_core;
}

/** Naming an export keeps bundlers from dropping the cpu backend's registration (its package marks the Node build side-effect free). */
export const TFJS_CPU_VERSION: string = version_cpu;
