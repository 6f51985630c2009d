import { vi } from 'vitest';
import { GitHubStandIn } from './server';

/**
 * A stand-in whose results service @actions/artifact uploads to. The toolkit reads ACTIONS_* from
 * process.env itself, so they are set for the test (and its progress lines kept off stdout);
 * `closeArtifactRuntime` in afterEach undoes both.
 */
export async function openArtifactRuntime(): Promise<GitHubStandIn> {
  const standIn = await GitHubStandIn.start();
  const env = { ACTIONS_RUNTIME_TOKEN: standIn.state.runtimeToken, ACTIONS_RESULTS_URL: `${standIn.serverUrl}/`, GITHUB_SERVER_URL: 'https://github.com' };
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  return standIn;
}

export async function closeArtifactRuntime(standIn: GitHubStandIn | undefined): Promise<void> {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await standIn?.close();
}
