import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CUDA_REQUIREMENTS, type CudaFacts } from './cuda-diagnosis';

const STANDARD_DIRS = ['/usr/local/cuda/lib64', '/usr/local/cuda/targets/x86_64-linux/lib', '/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib64', '/usr/local/nvidia/lib64'];

/** Looks for the driver (nvidia-smi) and the CUDA/cuDNN libraries where the dynamic loader would. */
export function probeCuda(env: NodeJS.ProcessEnv = process.env): CudaFacts {
  const facts: CudaFacts = { driverVersion: null, gpuNames: [], driverCudaVersion: null, libraries: {}, otherVersions: [] };
  try {
    const csv = execFileSync('nvidia-smi', ['--query-gpu=driver_version,name', '--format=csv,noheader'], { encoding: 'utf8', timeout: 15000, stdio: ['ignore', 'pipe', 'pipe'] });
    const rows = csv.trim().split('\n').filter(Boolean).map((line) => line.split(',').map((s) => s.trim()));
    facts.driverVersion = rows[0]?.[0] ?? null;
    facts.gpuNames = rows.map((r) => r[1]).filter(Boolean);
    const header = execFileSync('nvidia-smi', [], { encoding: 'utf8', timeout: 15000, stdio: ['ignore', 'pipe', 'pipe'] });
    facts.driverCudaVersion = /CUDA Version:\s*([\d.]+)/.exec(header)?.[1] ?? null;
  } catch (error) {
    facts.nvidiaSmiError = error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
  const dirs = [...(env.LD_LIBRARY_PATH ?? '').split(':').filter(Boolean), ...STANDARD_DIRS];
  const ldconfig = ldconfigLibraries();
  for (const lib of CUDA_REQUIREMENTS.libraries) {
    const inDir = dirs.map((dir) => join(dir, lib)).find((path) => existsSync(path));
    facts.libraries[lib] = inDir ?? ldconfig.get(lib) ?? null;
  }
  const others = new Set<string>();
  for (const dir of dirs) {
    try {
      for (const name of readdirSync(dir)) if (/^lib(cudart|cudnn)\.so\.\d+(\.\d+)*$/.test(name) && !facts.libraries[name]) others.add(name);
    } catch {
      // a directory on LD_LIBRARY_PATH that does not exist
    }
  }
  for (const name of ldconfig.keys()) if (/^lib(cudart|cudnn)\.so\.\d+/.test(name) && !facts.libraries[name]) others.add(name);
  facts.otherVersions = [...others].sort();
  return facts;
}

function ldconfigLibraries(): Map<string, string> {
  const found = new Map<string, string>();
  try {
    const out = execFileSync('ldconfig', ['-p'], { encoding: 'utf8', timeout: 15000, stdio: ['ignore', 'pipe', 'ignore'] });
    for (const line of out.split('\n')) {
      const match = /^\s*(\S+)\s.*=>\s*(\S+)/.exec(line);
      if (match) found.set(match[1], match[2]);
    }
  } catch {
    // no ldconfig (e.g. a minimal image): the directory search above is all we have
  }
  return found;
}
