import type { StudyStorage } from '../core/tune/index';
import type { Backend } from '../core/config/training-config';
import type { NnRuntime } from '../core/models/nn/tfjs-runtime';
import type { Clock } from '../ports/clock';
import type { CommandDependencies } from './command/command-dependencies';
import type { StudyCache } from '../ports/study-cache';
import type { ParallelTrialRunners } from '../ports/trial-runner';
import type { DataLoader } from '../ports/data-loader';
import type { MachineSettings } from '../ports/environment';
import type { FileSystem } from '../ports/file-system';
import type { Logger } from '../ports/logger';
import type { RepositoryInfo } from '../ports/repository-info';

/** Everything the pipeline needs from the outside world, injected by the entries (fakes in tests). */
export interface RunDependencies {
  fs: FileSystem;
  logger: Logger;
  clock: Clock;
  data: DataLoader;
  repository: RepositoryInfo;
  machine: MachineSettings;
  /** mltrain's version, recorded in lineage. */
  version: string;
  /** The study journal at a path (JSON Lines; resumed when it exists). */
  openStudyStorage(path: string): StudyStorage;
  /** Keeps the study journal beyond this runner (Actions cache); absent locally. */
  studyCache?: StudyCache;
  /** Runs tuning.parallelism trials at once on worker threads (absent: they share the main thread). */
  parallelTrials?: ParallelTrialRunners;
  /** Aborted when the runner cancels the job (SIGINT/SIGTERM): trials stop, the journal is saved. */
  cancelSignal?: AbortSignal;
  /** Loads the TensorFlow.js backend for the mlp engine (tfjs is imported only when this is called). */
  prepareNeuralBackend?: (requested: Backend) => Promise<{ runtime: NnRuntime; notes: string[] }>;
  /** Starts user programs for model.type command (absent: command models cannot run). */
  command?: Omit<CommandDependencies, 'fs' | 'logger'>;
  /** The base branch's model.json for a config name, parsed, or null (optional: no baseline). */
  baselineModel?: (name: string) => Promise<{ json: unknown; source: string } | null>;
  /** The current time as an ISO string, for created_at (injected so tests are stable). */
  timestamp(): string;
}
