import type { ActionsRuns, RunArtifact, WorkflowRunRecord } from '../../ports/actions-runs';
import type { RepositoryName } from '../../ports/github-event';
import type { GitHubClient } from '../github/github-client';
import { readZip } from './read-zip';

interface RestRun {
  id: number;
  event: string;
  head_sha: string;
  status: string | null;
  conclusion: string | null;
  created_at: string;
  html_url: string;
  repository: { full_name: string };
  head_repository?: { full_name: string } | null;
}

interface RestArtifact {
  id: number;
  name: string;
  size_in_bytes: number;
  expired: boolean;
}

/** Workflow runs and artifacts through the Actions REST API (`actions: read`). */
export class OctokitActionsRuns implements ActionsRuns {
  constructor(
    private readonly client: GitHubClient,
    private readonly repository: RepositoryName,
  ) {}

  async runsForHeadSha(headSha: string): Promise<WorkflowRunRecord[]> {
    const runs = (await this.client.paginate(this.client.rest.actions.listWorkflowRunsForRepo, { ...this.repository, head_sha: headSha, per_page: 100 })) as RestRun[];
    return runs
      .map((run) => ({ id: run.id, event: run.event, headSha: run.head_sha, status: run.status ?? '', conclusion: run.conclusion, createdAt: run.created_at, url: run.html_url, fromFork: run.head_repository?.full_name !== run.repository.full_name }))
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.id - a.id));
  }

  async artifactsOfRun(runId: number): Promise<RunArtifact[]> {
    const artifacts = (await this.client.paginate(this.client.rest.actions.listWorkflowRunArtifacts, { ...this.repository, run_id: runId, per_page: 100 })) as RestArtifact[];
    return artifacts.map((a) => ({ id: a.id, name: a.name, sizeBytes: a.size_in_bytes, expired: a.expired }));
  }

  /** The API answers with a redirect to blob storage, which fetch follows; the zip is read in memory. */
  async downloadArtifact(artifactId: number): Promise<Map<string, Uint8Array>> {
    const response = await this.client.rest.actions.downloadArtifact({ ...this.repository, artifact_id: artifactId, archive_format: 'zip' });
    return readZip(new Uint8Array(response.data as ArrayBuffer));
  }
}
