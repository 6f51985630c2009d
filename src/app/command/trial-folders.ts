import { join } from 'node:path';
import type { TrialFolders } from './command-dependencies';

const TRIAL_PREFIX = 'trial-';
const CHECKPOINTS = 'checkpoints';
const DATA = 'data';

/** <root>/trial-0007: params.json and output/ of one trial. */
export function trialFolder(root: string, trialNumber: number): string {
  return join(root, trialFolderName(trialNumber));
}

/** <root>/checkpoints/trial-0007: kept across re-runs of the same trial, so it can resume. */
export function checkpointFolder(root: string, trialNumber: number): string {
  return join(root, CHECKPOINTS, trialFolderName(trialNumber));
}

/** <root>/data: the parts as the programs read them, shared by the trials of a run. */
export function dataFolder(root: string): string {
  return join(root, DATA);
}

function trialFolderName(trialNumber: number): string {
  return `${TRIAL_PREFIX}${String(trialNumber).padStart(4, '0')}`;
}

/**
 * After a study: the best trial's folder becomes the model (its output/ holds the program's
 * files); every other trial folder and checkpoint, and the data copies, are removed. Returns the
 * best trial's output folder.
 */
export async function keepBestTrial(folders: TrialFolders, root: string, bestTrialNumber: number): Promise<string> {
  const keep = trialFolderName(bestTrialNumber);
  for (const name of await folders.listDirectory(root)) {
    if (name.startsWith(TRIAL_PREFIX) && name !== keep) await folders.removeDirectory(join(root, name));
  }
  const checkpoints = join(root, CHECKPOINTS);
  for (const name of await folders.listDirectory(checkpoints)) {
    if (name !== keep) await folders.removeDirectory(join(checkpoints, name));
  }
  await folders.removeDirectory(dataFolder(root));
  return join(root, keep, 'output');
}
