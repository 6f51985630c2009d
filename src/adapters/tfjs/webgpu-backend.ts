import * as tf from '@tensorflow/tfjs-core';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The parts of Dawn's module and the WebGPU API this loader uses. */
interface DawnModule {
  create(options: string[]): GpuLike;
  globals: Record<string, unknown>;
}
interface GpuLike {
  requestAdapter(options?: { powerPreference?: string }): Promise<AdapterLike | null>;
}
interface AdapterLike {
  info?: { vendor?: string; architecture?: string; device?: string; description?: string; isFallbackAdapter?: boolean };
  isFallbackAdapter?: boolean;
}

export interface WebgpuOutcome {
  ok: boolean;
  device: string;
  software: boolean;
  reason?: string;
}

const SOFTWARE_ADAPTERS = /llvmpipe|lavapipe|swiftshader|software/i;

/**
 * dawn.node for this platform: an explicit path, beside the bundle (dist/dawn/<platform>-<arch>/,
 * copied by the build), or inside the npm `webgpu` package.
 */
export function findDawnNode(explicit?: string): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  const folder = `${platform()}-${platform() === 'darwin' ? 'universal' : arch()}`;
  const candidates = [explicit, join(here, 'dawn', folder, 'dawn.node'), join(here, '..', 'dawn', folder, 'dawn.node')];
  try {
    candidates.push(join(dirname(createRequire(import.meta.url).resolve('webgpu/package.json')), 'dist', folder, 'dawn.node'));
  } catch {
    // the webgpu package is not installed (a bundle without it)
  }
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

let loaded: WebgpuOutcome | null = null;

/**
 * Dawn (WebGPU over Vulkan) in Node, then TensorFlow.js's webgpu backend. Measured: the WebGPU
 * globals and navigator.gpu must exist before the backend module is imported, so it is imported
 * here, after them. A software adapter (lavapipe, SwiftShader) is refused unless allowed: it is
 * slower than wasm.
 */
export async function loadWebgpuBackend(options: { dawnPath?: string; allowSoftware?: boolean } = {}): Promise<WebgpuOutcome> {
  if (loaded?.ok) return (await tf.setBackend('webgpu')) ? loaded : { ...loaded, ok: false, reason: 'the webgpu backend failed to initialise' };
  const path = findDawnNode(options.dawnPath);
  if (!path) return { ok: false, device: '', software: false, reason: `dawn.node not found for ${platform()}-${arch()}` };
  let adapter: AdapterLike | null;
  try {
    const dawn = createRequire(import.meta.url)(path) as DawnModule;
    Object.assign(globalThis, dawn.globals);
    const gpu = dawn.create([]);
    Object.defineProperty(globalThis, 'navigator', { value: { ...(globalThis as { navigator?: object }).navigator, gpu }, configurable: true, writable: true });
    adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
  } catch (error) {
    return { ok: false, device: '', software: false, reason: `Dawn failed to start: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!adapter) return { ok: false, device: '', software: false, reason: 'no WebGPU adapter (no Vulkan driver found)' };
  const info = adapter.info ?? {};
  const device = [info.vendor, info.architecture, info.device, info.description].filter(Boolean).join(' ') || 'WebGPU adapter';
  const software = Boolean(info.isFallbackAdapter ?? adapter.isFallbackAdapter) || SOFTWARE_ADAPTERS.test(device);
  if (software && !options.allowSoftware) return { ok: false, device, software, reason: `only a software WebGPU adapter (${device}), slower than wasm` };
  await import('@tensorflow/tfjs-backend-webgpu');
  if (!(await tf.setBackend('webgpu'))) return { ok: false, device, software, reason: 'the webgpu backend failed to initialise' };
  loaded = { ok: true, device, software };
  return loaded;
}
