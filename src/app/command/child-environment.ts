import { MLTRAIN_ENV } from '../../core/models/command/protocol';

/** Credentials of the runner and the action that no user program may see. */
export const SECRET_VARIABLES = [
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
] as const;

/** Every action input (`INPUT_GITHUB-TOKEN` among them) reaches mltrain as an INPUT_* variable. */
export const SECRET_PREFIXES = ['INPUT_'] as const;

const PROTOCOL_NAMES = new Set<string>(Object.values(MLTRAIN_ENV));

export function isSecretVariable(name: string): boolean {
  const upper = name.toUpperCase();
  return (SECRET_VARIABLES as readonly string[]).includes(upper) || SECRET_PREFIXES.some((prefix) => upper.startsWith(prefix));
}

export interface ChildEnvironment {
  env: Record<string, string>;
  /** Names from the config's model.env that were dropped because they name a secret. */
  droppedFromConfig: string[];
}

/**
 * The child's environment: mltrain's own minus secrets and stale protocol variables, then the
 * config's `model.env` (secret names dropped there too), then the protocol's variables, which win.
 */
export function childEnvironment(parent: Readonly<Record<string, string | undefined>>, fromConfig: Readonly<Record<string, string>>, protocol: Readonly<Record<string, string>>): ChildEnvironment {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value === undefined || isSecretVariable(name) || PROTOCOL_NAMES.has(name)) continue;
    env[name] = value;
  }
  const droppedFromConfig: string[] = [];
  for (const [name, value] of Object.entries(fromConfig)) {
    if (isSecretVariable(name)) droppedFromConfig.push(name);
    else env[name] = value;
  }
  return { env: { ...env, ...protocol }, droppedFromConfig };
}
