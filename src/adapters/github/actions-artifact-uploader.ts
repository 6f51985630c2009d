import type { ArtifactUploadResult, ArtifactUploader } from '../../ports/artifacts';

const GHES_UNAVAILABLE = { status: 'unavailable', reason: 'GitHub Enterprise Server has no artifact service for @actions/artifact v2+ (use actions/upload-artifact@v3 there)' } as const;

/**
 * The hosts @actions/artifact accepts: github.com, *.ghe.com (data residency) and *.localhost.
 * Checked first, so a GHES run gets one notice rather than the library's warning as well.
 */
function isEnterpriseServer(serverUrl: string | undefined): boolean {
  const host = new URL(serverUrl || 'https://github.com').hostname.toLowerCase();
  return host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost');
}

/**
 * Workflow artifacts through @actions/artifact. The runner gives steps ACTIONS_RUNTIME_TOKEN and
 * ACTIONS_RESULTS_URL; without them (a local run, a container step that drops them) there is no
 * artifact service, which is an outcome, not an error. The client is loaded only when needed:
 * it pulls in the Azure storage SDK. (The library reads the same variables from process.env.)
 */
export class ActionsArtifactUploader implements ArtifactUploader {
  constructor(private readonly env: NodeJS.ProcessEnv) {}

  async upload(name: string, files: readonly string[], rootDir: string): Promise<ArtifactUploadResult> {
    if (!this.env.ACTIONS_RUNTIME_TOKEN) return { status: 'unavailable', reason: 'this runtime has no artifact service (ACTIONS_RUNTIME_TOKEN is not set)' };
    if (isEnterpriseServer(this.env.GITHUB_SERVER_URL)) return GHES_UNAVAILABLE;
    const { DefaultArtifactClient } = await import('@actions/artifact');
    try {
      const response = await new DefaultArtifactClient().uploadArtifact(name, [...files], rootDir);
      return { status: 'uploaded', id: response.id, size: response.size };
    } catch (error) {
      if (error instanceof Error && error.name === 'GHESNotSupportedError') {
        return GHES_UNAVAILABLE;
      }
      throw error;
    }
  }
}
