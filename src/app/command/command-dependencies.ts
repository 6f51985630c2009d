import type { FileSystem } from '../../ports/file-system';
import type { Logger } from '../../ports/logger';
import type { ProcessRunner } from '../../ports/process-runner';

/** Folders the command trainer creates and removes (fresh trial folders, cleaning after a study). */
export interface TrialFolders {
  /** Removes a folder and everything in it; nothing happens when it does not exist. */
  removeDirectory(path: string): Promise<void>;
  /** The names of a folder's entries; empty when it does not exist. */
  listDirectory(path: string): Promise<string[]>;
  /** Every file under a folder, as sorted '/'-separated paths relative to it; empty when it does not exist. */
  listFiles(path: string): Promise<string[]>;
  /** Writes a binary file (Parquet parts, a baseline model's files), creating its folder. */
  writeBytes(path: string, bytes: Uint8Array): Promise<void>;
}

/** What running a user's program needs from the outside world (fakes in tests). */
export interface CommandDependencies {
  fs: FileSystem;
  folders: TrialFolders;
  runner: ProcessRunner;
  logger: Logger;
  /** mltrain's own environment, which the child inherits minus the secrets (see childEnvironment). */
  environment: Readonly<Record<string, string | undefined>>;
}
