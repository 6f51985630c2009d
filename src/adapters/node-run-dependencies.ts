import type { RunDependencies } from '../app/run-dependencies';
import type { Logger } from '../ports/logger';
import { EnvironmentError } from '../core/errors/environment-error';
import { fileDataLoader } from './file-data-loader';
import { ChildProcessRunner } from './child-process-runner';
import { nodeTrialFolders } from './node-trial-folders';
import { journalFileStorage } from './journal-file-storage';
import { createGitRepositoryInfo } from './git-repository-info';
import { readMachineSettings } from './machine-settings';
import { nodeFileSystem } from './node-file-system';
import { systemClock } from './system-clock';
import { workerTrialPools } from './worker-trial-pool';

/** The real implementations of the pipeline's ports, for the CLI and the action. */
export function createNodeRunDependencies(options: { logger: Logger; cwd: string; env: NodeJS.ProcessEnv; version: string }): RunDependencies {
  return {
    fs: nodeFileSystem,
    logger: options.logger,
    clock: systemClock,
    data: fileDataLoader,
    repository: createGitRepositoryInfo(options.cwd, options.env),
    machine: readMachineSettings(options.env),
    version: options.version,
    openStudyStorage: (path) => journalFileStorage(path),
    command: { runner: new ChildProcessRunner(), folders: nodeTrialFolders, environment: options.env },
    parallelTrials: workerTrialPools(),
    prepareNeuralBackend: async (requested) => {
      const { prepareTfjsBackend, BackendUnavailableError } = await import('./tfjs/prepare-tfjs-backend');
      try {
        return await prepareTfjsBackend(requested, { nativeSearchPaths: [options.env.GITHUB_WORKSPACE, options.cwd].filter((p): p is string => Boolean(p)) });
      } catch (error) {
        if (error instanceof BackendUnavailableError) throw new EnvironmentError(error.message);
        throw error;
      }
    },
    timestamp: () => new Date().toISOString(),
  };
}
