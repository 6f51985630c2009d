import { isAbsolute, resolve } from 'node:path';
import { EnvironmentError } from '../core/errors/environment-error';
import { PUBLISH_MODES, type ActionInput, type PublishMode } from './action-inputs';

/** The action's inputs, typed and resolved: the one place that reads them. */
export interface ActionSettings {
  configPath: string;
  githubToken: string;
  publish: PublishMode;
  failOnGates: boolean;
  /** Absolute, or undefined for the default .mltrain/<name> under the working directory. */
  outputDir?: string;
  workingDirectory: string;
  /** For the retraining pull request; empty = githubToken. */
  prToken: string;
  modelSizeWarningMb: number;
}

/**
 * Reads every input once. Relative paths resolve against `working-directory`, which itself
 * resolves against the workspace, never against the process's current directory.
 */
export function readSettings(getInput: (name: ActionInput) => string, workspace: string): ActionSettings {
  const workingDirectory = resolve(workspace, getInput('working-directory').trim() || '.');
  const at = (path: string) => (isAbsolute(path) ? path : resolve(workingDirectory, path));
  const publish = getInput('publish').trim() || 'auto';
  if (!(PUBLISH_MODES as readonly string[]).includes(publish)) {
    throw new EnvironmentError(`input 'publish' must be one of ${PUBLISH_MODES.join(', ')}, got '${publish}'`);
  }
  const failOnGates = parseBoolean(getInput('fail-on-gates'), 'fail-on-gates', true);
  const outputDir = getInput('output-dir').trim();
  return {
    configPath: at(getInput('config').trim() || 'training_config.yaml'),
    githubToken: getInput('github-token'),
    publish: publish as PublishMode,
    failOnGates,
    outputDir: outputDir ? at(outputDir) : undefined,
    workingDirectory,
    prToken: getInput('pr-token'),
    modelSizeWarningMb: parsePositive(getInput('model-size-warning-mb'), 'model-size-warning-mb', 50),
  };
}

function parseBoolean(raw: string, name: ActionInput, fallback: boolean): boolean {
  const value = raw.trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(value)) return true;
  if (['false', 'no', 'off', '0'].includes(value)) return false;
  throw new EnvironmentError(`input '${name}' must be true or false, got '${raw}'`);
}

function parsePositive(raw: string, name: ActionInput, fallback: number): number {
  if (raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new EnvironmentError(`input '${name}' must be a positive number, got '${raw}'`);
  return value;
}
