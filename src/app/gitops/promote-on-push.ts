import type { TrainingFingerprint } from '../../core/gitops/fingerprint';
import { loopGuard, type LoopGuardOptions, type LoopGuardReason, type PushFacts } from '../../core/gitops/loop-guard';
import { promotionCommitMessage } from '../../core/gitops/commit-messages';
import type { ActionsRuns } from '../../ports/actions-runs';
import type { GitData, Pulls } from '../../ports/git-data';
import type { Logger } from '../../ports/logger';
import { findReviewedArtifact } from './find-reviewed-artifact';
import { commitModelFiles, type ModelCommitOutcome } from './model-commit';

export interface PromotionPorts {
  git: GitData;
  pulls: Pulls;
  runs: ActionsRuns;
  logger: Logger;
}

export interface PromotionRequest {
  name: string;
  /** The branch pushed to (the default branch). */
  branch: string;
  /** GITHUB_SHA of the push. */
  pushedSha: string;
  push: PushFacts;
  /** From `todaysFingerprint` of the config. */
  today: TrainingFingerprint;
  loopGuard?: LoopGuardOptions;
  modelsRoot?: string;
  sizeWarningBytes?: number;
}

export type PromotionOutcome =
  /** The push is mltrain's own (or touched only models/**): nothing to do. */
  | { action: 'skipped'; reason: LoopGuardReason; detail: string }
  /** The reviewed model was committed (or proposed in a pull request when the branch is protected). */
  | { action: 'promoted'; pullNumber: number; runId: number; commit: ModelCommitOutcome }
  /** No reviewed artifact matches today's config and data: the caller trains, then calls `promoteTrainedModel`. */
  | { action: 'train'; pullNumber: number | null; reasons: string[] };

/**
 * Promotion on a push to the default branch: the model reviewed in the merged pull request is
 * committed as it was reviewed, never retrained; only when nothing reviewed matches today's config
 * and data does the caller train (and says so).
 */
export async function promoteOnPush(ports: PromotionPorts, request: PromotionRequest): Promise<PromotionOutcome> {
  const guard = loopGuard(request.push, { modelsRoot: request.modelsRoot, ...request.loopGuard });
  if (guard.skip) {
    ports.logger.notice(`mltrain: not training or promoting ${request.name}: ${guard.detail}`);
    return { action: 'skipped', reason: guard.reason, detail: guard.detail };
  }
  const reviewed = await findReviewedArtifact(ports, { pushedSha: request.pushedSha, name: request.name, today: request.today });
  if (!reviewed.found) {
    ports.logger.notice(`mltrain: no reviewed model of ${request.name} matches today's config and data, so this push trains one: ${reviewed.reasons.join('; ')}`);
    return { action: 'train', pullNumber: reviewed.pull?.number ?? null, reasons: reviewed.reasons };
  }
  for (const warning of reviewed.warnings) ports.logger.warning(warning);
  ports.logger.info(`promoting ${request.name} as reviewed in #${reviewed.pull.number} (run ${reviewed.run.id}): ${[...reviewed.files.keys()].join(', ')}`);
  const commit = await commitModelFiles(ports, {
    name: request.name,
    files: reviewed.files,
    branch: request.branch,
    message: promotionCommitMessage(request.name, reviewed.pull.number, 'reviewed'),
    pullTitle: `mltrain: promote ${request.name} (reviewed in #${reviewed.pull.number})`,
    pullBody: `${request.branch} is protected, so mltrain proposes the model reviewed in #${reviewed.pull.number} (run ${reviewed.run.url}) here. Merging this pull request promotes it; it changes only files under models/${request.name}/.`,
    modelsRoot: request.modelsRoot,
    sizeWarningBytes: request.sizeWarningBytes,
  });
  return { action: 'promoted', pullNumber: reviewed.pull.number, runId: reviewed.run.id, commit };
}

export interface TrainedPromotionRequest {
  name: string;
  branch: string;
  /** The pull request the push merged, when known (from the `train` outcome). */
  pullNumber: number | null;
  /** The run's files, from `readPromotedRunFiles`. */
  files: ReadonlyMap<string, Uint8Array>;
  modelsRoot?: string;
  sizeWarningBytes?: number;
}

/** After a `train` outcome and a run whose gates passed: commits what the push run trained. */
export async function promoteTrainedModel(ports: Omit<PromotionPorts, 'runs'>, request: TrainedPromotionRequest): Promise<ModelCommitOutcome> {
  return commitModelFiles(ports, {
    name: request.name,
    files: request.files,
    branch: request.branch,
    message: promotionCommitMessage(request.name, request.pullNumber, 'trained'),
    pullTitle: `mltrain: promote ${request.name} (trained on push)`,
    pullBody: `${request.branch} is protected, so mltrain proposes the model it trained on push here (no reviewed artifact matched today's config and data). Merging this pull request promotes it; it changes only files under models/${request.name}/.`,
    modelsRoot: request.modelsRoot,
    sizeWarningBytes: request.sizeWarningBytes,
  });
}
