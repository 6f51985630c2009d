/** Which GitOps flow a workflow event starts (the action's `publish: auto|commit` decides whether it commits). */
export const GITOPS_FLOWS = ['pull-request', 'promote', 'retrain', 'none'] as const;
export type GitOpsFlow = (typeof GITOPS_FLOWS)[number];

export interface FlowFacts {
  eventName: string;
  /** GITHUB_REF, e.g. `refs/heads/main`. */
  ref: string;
  /** The repository's default branch, from the event payload. */
  defaultBranch?: string;
}

/**
 * pull_request: train, gate, comment, upload the artifact. A push to the default branch:
 * promote the reviewed model. schedule and workflow_dispatch: retrain into a pull request. A push
 * to any other branch, or an unknown default branch: no GitOps (a plain run).
 */
export function gitopsFlow(facts: FlowFacts): GitOpsFlow {
  switch (facts.eventName) {
    case 'pull_request':
    case 'pull_request_target':
      return 'pull-request';
    case 'push':
      return facts.defaultBranch !== undefined && facts.ref === `refs/heads/${facts.defaultBranch}` ? 'promote' : 'none';
    case 'schedule':
    case 'workflow_dispatch':
      return 'retrain';
    default:
      return 'none';
  }
}
