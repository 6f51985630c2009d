import { execFile } from 'node:child_process';
import type { RepositoryInfo } from '../ports/repository-info';

/** GITHUB_SHA when Actions sets it, else `git rev-parse HEAD` in the given folder, else null. */
export function createGitRepositoryInfo(directory: string, env: NodeJS.ProcessEnv = process.env): RepositoryInfo {
  return {
    commit: () =>
      new Promise((resolve) => {
        if (env.GITHUB_SHA && /^[0-9a-f]{40}$/.test(env.GITHUB_SHA)) {
          resolve(env.GITHUB_SHA);
          return;
        }
        execFile('git', ['rev-parse', 'HEAD'], { cwd: directory, timeout: 5000 }, (error, stdout) => {
          const sha = stdout?.trim();
          resolve(!error && /^[0-9a-f]{40}$/.test(sha) ? sha : null);
        });
      }),
  };
}
