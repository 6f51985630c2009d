import type { GitOpsFlowOutcome } from './run-gitops-flow';

/**
 * The action's `promotion` output: `promoted` (the reviewed model, committed or proposed),
 * `trained` (trained on push and committed or proposed), `skipped` (the loop guard),
 * `retrain-pull-request`, or `not-promoted` (trained, but its gates failed or it has no model).
 */
export const PROMOTION_OUTPUTS = ['promoted', 'trained', 'skipped', 'retrain-pull-request', 'not-promoted'] as const;
export type PromotionOutput = (typeof PROMOTION_OUTPUTS)[number];

export interface GitOpsFlowOutputs {
  promotion: PromotionOutput;
  /** The pull request opened or updated: the retraining one, or the promotion's when the branch refused the commit. */
  pullRequestUrl: string | null;
}

/** What a GitOps flow's outcome sets as the action's `promotion` and `pull-request-url` outputs. */
export function gitopsFlowOutputs(outcome: GitOpsFlowOutcome): GitOpsFlowOutputs {
  if (outcome.flow === 'retrain') {
    return outcome.pullRequest ? { promotion: 'retrain-pull-request', pullRequestUrl: outcome.pullRequest.pullUrl } : { promotion: 'not-promoted', pullRequestUrl: null };
  }
  const pullRequestUrl = outcome.commit?.status === 'pull-request' ? outcome.commit.pullUrl : null;
  switch (outcome.promotion.action) {
    case 'skipped':
      return { promotion: 'skipped', pullRequestUrl: null };
    case 'promoted':
      return { promotion: 'promoted', pullRequestUrl };
    case 'train':
      return { promotion: outcome.commit ? 'trained' : 'not-promoted', pullRequestUrl };
  }
}

/**
 * The job summary of a push that trained nothing (the reviewed model promoted, or the loop guard):
 * without it the run's page would say nothing about what the step did.
 */
export function promotionSummary(outcome: GitOpsFlowOutcome): string | null {
  if (outcome.flow !== 'promote' || outcome.run !== null) return null;
  const promotion = outcome.promotion;
  if (promotion.action === 'skipped') return `### mltrain\n\nSkipped: ${promotion.detail}\n`;
  if (promotion.action !== 'promoted') return null;
  const commit = promotion.commit;
  const files = commit.paths.map((path) => `\`${path}\``).join(', ');
  // The folder is the registry: say what of the earlier model the commit deleted (a short list, the count always).
  const shown = commit.removed.slice(0, 10).map((path) => `\`${path}\``).join(', ');
  const removed = commit.removed.length === 0 ? '' : `\nRemoved ${commit.removed.length} stale file(s) of an earlier model: ${shown}${commit.removed.length > 10 ? ', ...' : ''}\n`;
  const where =
    commit.status === 'pull-request'
      ? `proposed in ${commit.pullUrl} (the branch refused the commit: ${commit.refusal})`
      : commit.status === 'unchanged'
        ? `already committed at ${commit.commitSha.slice(0, 7)} (nothing changed)`
        : `committed as ${commit.commitSha.slice(0, 7)}`;
  const warnings = commit.warnings.map((warning) => `\n> ${warning}`).join('');
  return `### mltrain\n\nPromoted the model reviewed in pull request #${promotion.pullNumber} (workflow run ${promotion.runId}), not retrained: ${where}.\n\nFiles: ${files}\n${removed}${warnings}`;
}
