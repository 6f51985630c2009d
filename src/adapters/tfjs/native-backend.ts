import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { join } from 'node:path';

export const NATIVE_PACKAGES = { cuda: '@tensorflow/tfjs-node-gpu', node: '@tensorflow/tfjs-node' } as const;
export type NativeKind = keyof typeof NATIVE_PACKAGES;

/**
 * Finds tfjs-node(-gpu) installed on the runner (never bundled: its install script downloads
 * libtensorflow). Looks in the given folders' node_modules (the workspace, the working
 * directory) or takes an explicit path to the package folder.
 */
export function resolveNativePackage(kind: NativeKind, searchFrom: readonly string[], explicitPath?: string): string | null {
  const name = NATIVE_PACKAGES[kind];
  const attempts = explicitPath ? [() => createRequire(join(explicitPath, 'package.json')).resolve(explicitPath)] : searchFrom.map((dir) => () => createRequire(join(dir, 'noop.js')).resolve(name));
  for (const attempt of attempts) {
    try {
      return attempt();
    } catch {
      // not installed there
    }
  }
  return null;
}

/**
 * Loads the package, which registers TensorFlow.js's 'tensorflow' backend in the process-wide
 * registry (shared by every copy of tfjs-core through the global namespace).
 */
export function loadNativePackage(resolved: string): void {
  createRequire(resolved)(resolved);
}

export function cpuModel(): string {
  return cpus()[0]?.model?.trim() || 'CPU';
}
