import type { LoopGuardOptions, PushFacts } from '../../core/gitops/loop-guard';
import type { ActionsRuns } from '../../ports/actions-runs';
import type { FileSystem } from '../../ports/file-system';
import type { GitData, Pulls } from '../../ports/git-data';
import type { Logger } from '../../ports/logger';
import { EXIT_CODES } from '../exit-codes';
import type { RunResult } from '../run-training';
import type { ModelCommitOutcome } from './model-commit';
import { promoteOnPush, promoteTrainedModel, type PromotionOutcome } from './promote-on-push';
import { readPromotedRunFiles } from './read-run-files';
import { openRetrainPullRequest, type RetrainOutcome } from './retrain-pull-request';
import { retrainReport } from './retrain-report';
import { todaysFingerprint } from './todays-fingerprint';

/** Every port the push and schedule flows use (src/adapters/github-gitops's GitOpsPorts plus fs and logger). */
export interface GitOpsFlowPorts {
  git: GitData;
  pulls: Pulls;
  runs: ActionsRuns;
  /** Made with `pr-token` when given: pushes and pull requests with GITHUB_TOKEN start no workflows. */
  retrain: { git: GitData; pulls: Pulls; checksWillRun: boolean };
  fs: FileSystem;
  logger: Logger;
}

export interface GitOpsFlowRequest {
  configPath: string;
  displayPath: string;
  /** The default branch: promotion commits there, retraining pull requests target it. */
  defaultBranch: string;
  /** GITHUB_SHA. */
  sha: string;
  /** For the promote flow: from `pushFactsFromPayload`. */
  push: PushFacts;
  /** ISO timestamp, for the retraining commit message. */
  now: string;
  loopGuard?: LoopGuardOptions;
  sizeWarningBytes?: number;
}

export type GitOpsFlowOutcome =
  | { flow: 'promote'; promotion: PromotionOutcome; run: RunResult | null; commit: ModelCommitOutcome | null; exitCode: number }
  | { flow: 'retrain'; run: RunResult; pullRequest: RetrainOutcome | null; exitCode: number };

/**
 * The action's push flow: promote the reviewed model, or train (through `train`) and commit when
 * nothing reviewed matches and the gates pass. `skipped` pushes neither train nor commit.
 */
export async function runPromoteFlow(ports: GitOpsFlowPorts, request: GitOpsFlowRequest, train: () => Promise<RunResult>): Promise<GitOpsFlowOutcome> {
  const today = await todaysFingerprint(ports.fs, request.configPath, request.displayPath);
  const promotion = await promoteOnPush(ports, { name: today.name, branch: request.defaultBranch, pushedSha: request.sha, push: request.push, today, loopGuard: request.loopGuard, sizeWarningBytes: request.sizeWarningBytes });
  if (promotion.action !== 'train') return { flow: 'promote', promotion, run: null, commit: promotion.action === 'promoted' ? promotion.commit : null, exitCode: EXIT_CODES.passed };
  const run = await train();
  if (run.exitCode !== EXIT_CODES.passed || !run.document.passed) {
    ports.logger.warning(`${today.name} was trained on push but did not pass its gates: nothing is committed`);
    return { flow: 'promote', promotion, run, commit: null, exitCode: run.exitCode };
  }
  const files = await readPromotedRunFiles(ports.fs, run.paths.outputDir, ports.logger);
  const commit = await promoteTrainedModel(ports, { name: today.name, branch: request.defaultBranch, pullNumber: promotion.pullNumber, files, sizeWarningBytes: request.sizeWarningBytes });
  return { flow: 'promote', promotion, run, commit, exitCode: run.exitCode };
}

/**
 * The action's schedule / workflow_dispatch flow: train on today's data (the run re-scores the
 * promoted model on today's test part as its baseline), then put the candidate and its report in
 * the one retraining pull request, whatever the verdict (the report says it, and the check fails
 * on failed gates). A run stopped by data validation has no model: no pull request.
 */
export async function runRetrainFlow(ports: GitOpsFlowPorts, request: Pick<GitOpsFlowRequest, 'defaultBranch' | 'now' | 'sizeWarningBytes'>, train: () => Promise<RunResult>): Promise<GitOpsFlowOutcome> {
  const run = await train();
  if (run.document.stage !== 'complete') return { flow: 'retrain', run, pullRequest: null, exitCode: run.exitCode };
  const files = await readPromotedRunFiles(ports.fs, run.paths.outputDir, ports.logger);
  const report = retrainReport(run, request.defaultBranch) ?? ((await ports.fs.exists(run.paths.report)) ? await ports.fs.readText(run.paths.report) : run.summaryMarkdown);
  const pullRequest = await openRetrainPullRequest(
    { ...ports.retrain, logger: ports.logger },
    { name: run.document.name, baseBranch: request.defaultBranch, files, report, now: request.now, checksWillRun: ports.retrain.checksWillRun, sizeWarningBytes: request.sizeWarningBytes },
  );
  return { flow: 'retrain', run, pullRequest, exitCode: run.exitCode };
}
