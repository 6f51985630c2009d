/** A workflow run, as promotion needs it. */
export interface WorkflowRunRecord {
  id: number;
  /** `pull_request`, `push`, ... */
  event: string;
  headSha: string;
  /** `completed`, `in_progress`, ... */
  status: string;
  /** `success`, `failure`, ... or null while running. */
  conclusion: string | null;
  createdAt: string;
  url: string;
  /**
   * The run built a fork's code (its head repository is not this one). A fork's pull request runs
   * the fork's version of the workflow, so its artifacts prove nothing: never promote them.
   */
  fromFork: boolean;
}

/** An artifact of a workflow run. */
export interface RunArtifact {
  id: number;
  name: string;
  sizeBytes: number;
  expired: boolean;
}

/**
 * Workflow runs and their artifacts through the Actions REST API (needs `actions: read`).
 * Failed calls reject with an Error carrying the HTTP `status`.
 */
export interface ActionsRuns {
  /** Every run of the repository's workflows for a head commit, newest first. */
  runsForHeadSha(headSha: string): Promise<WorkflowRunRecord[]>;
  /** The artifacts of one run. */
  artifactsOfRun(runId: number): Promise<RunArtifact[]>;
  /** An artifact's files (unzipped), by their paths inside it. */
  downloadArtifact(artifactId: number): Promise<Map<string, Uint8Array>>;
}
