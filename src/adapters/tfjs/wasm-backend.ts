import * as tf from '@tensorflow/tfjs-core';
import { setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The files TensorFlow.js's wasm backend fetches at start-up (the build copies them beside the bundle). */
export const WASM_FILES = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm'] as const;

/**
 * Where the .wasm files are: an explicit folder, beside this module or its parent (the bundle's
 * dist/ and dist/chunks/), or the installed package's dist/ (tests, library users).
 */
export function findWasmDirectory(explicit?: string): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [explicit, here, join(here, '..'), packageDist()].filter((p): p is string => !!p);
  const found = candidates.find((dir) => existsSync(join(dir, 'tfjs-backend-wasm-simd.wasm')));
  if (!found) throw new Error(`TensorFlow.js wasm files not found (looked in ${candidates.join(', ')})`);
  return found;
}

function packageDist(): string | undefined {
  try {
    return dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm'));
  } catch {
    return undefined;
  }
}

let configured = false;

/**
 * Points the wasm backend at its files and initialises it. Single-threaded: the threaded build
 * needs browser workers, and CI runners' cores go to parallel trials instead.
 */
export async function loadWasmBackend(wasmDirectory?: string): Promise<boolean> {
  if (!configured) {
    const dir = findWasmDirectory(wasmDirectory);
    // The backend appends file names to this prefix and reads it with fs in Node.
    setWasmPaths(dir.endsWith('/') ? dir : `${dir}/`);
    // Emscripten's Node glue reads the CommonJS __dirname even when locateFile (set above) makes
    // it unused; an ESM bundle has none, so give it the folder it would have meant.
    const scope = globalThis as { __dirname?: string };
    if (typeof scope.__dirname === 'undefined') scope.__dirname = dir;
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    setThreadsCount(1);
    configured = true;
  }
  return tf.setBackend('wasm');
}
