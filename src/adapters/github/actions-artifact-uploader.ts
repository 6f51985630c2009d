import type { ArtifactUploadResult, ArtifactUploader } from '../../ports/artifacts';

/**
 * Workflow artifacts through @actions/artifact. The runner gives steps ACTIONS_RUNTIME_TOKEN and
 * ACTIONS_RESULTS_URL; without them (a local run, a container step that drops them) there is no
 * artifact service, which is an outcome, not an error. The client is loaded only when needed:
 * it pulls in the Azure storage SDK.
 */
export class ActionsArtifactUploader implements ArtifactUploader {
  constructor(private readonly env: NodeJS.ProcessEnv) {}

  async upload(name: string, files: readonly string[], rootDir: string): Promise<ArtifactUploadResult> {
    if (!this.env.ACTIONS_RUNTIME_TOKEN) return { status: 'unavailable', reason: 'this runtime has no artifact service (ACTIONS_RUNTIME_TOKEN is not set)' };
    const { DefaultArtifactClient } = await import('@actions/artifact');
    try {
      const response = await new DefaultArtifactClient().uploadArtifact(name, [...files], rootDir);
      return { status: 'uploaded', id: response.id, size: response.size };
    } catch (error) {
      if (error instanceof Error && error.name === 'GHESNotSupportedError') {
        return { status: 'unavailable', reason: 'this GitHub Enterprise Server does not support @actions/artifact v2+ artifacts' };
      }
      throw error;
    }
  }
}
