import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { loadConfig } from '../app/load-config';
import { gitopsFlowOutputs, promotionSummary } from '../app/gitops/flow-outputs';
import { runPromoteFlow, runRetrainFlow } from '../app/gitops/run-gitops-flow';
import type { RunDependencies } from '../app/run-dependencies';
import type { RunResult } from '../app/run-training';
import type { GitHubPorts } from '../adapters/github/github-ports';
import { createGitOpsPorts } from '../adapters/github-gitops/gitops-ports';
import { gitopsFlow } from '../core/gitops/gitops-flow';
import { pushFactsFromPayload } from '../core/gitops/push-facts';
import { actionsLogger } from './actions-logger';
import type { ActionSettings } from './settings';

/**
 * The GitOps flows (issue 8), when commits are on (`publish: commit`, or `auto` with the config's
 * `report.commit`): on a push to the default branch, promote the reviewed model (or train and
 * commit when none matches); on a schedule, retrain and open or update the retraining pull
 * request. Returns undefined when no flow applies; `run` is null when nothing was trained.
 */
export async function gitopsRun(input: {
  settings: ActionSettings;
  env: NodeJS.ProcessEnv;
  github: GitHubPorts;
  deps: RunDependencies;
  displayPath: string;
  train: () => Promise<RunResult>;
}): Promise<{ run: RunResult | null } | undefined> {
  const { settings, env, github, deps, displayPath } = input;
  const event = github.event;
  if (!event?.defaultBranch || settings.publish === 'none' || settings.publish === 'summary' || settings.publish === 'comment') return undefined;
  const flow = gitopsFlow(event);
  if (flow !== 'promote' && flow !== 'retrain') return undefined;
  if (settings.publish === 'auto' && !(await loadConfig(deps.fs, settings.configPath, displayPath)).config.report.commit) return undefined;
  if (settings.prToken) core.setSecret(settings.prToken);
  const ports = {
    ...createGitOpsPorts({ repository: event.repository, apiUrl: env.GITHUB_API_URL || 'https://api.github.com', token: settings.githubToken, prToken: settings.prToken || undefined, logger: actionsLogger }),
    fs: deps.fs,
    logger: actionsLogger,
  };
  const payload: unknown = env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : {};
  const request = {
    configPath: settings.configPath,
    displayPath,
    defaultBranch: event.defaultBranch,
    sha: event.sha,
    push: pushFactsFromPayload(payload, event.actor),
    now: new Date().toISOString(),
    sizeWarningBytes: settings.modelSizeWarningMb * 1024 * 1024,
  };
  const outcome = flow === 'promote' ? await runPromoteFlow(ports, request, input.train) : await runRetrainFlow(ports, request, input.train);
  const outputs = gitopsFlowOutputs(outcome);
  core.setOutput('promotion', outputs.promotion);
  if (outputs.pullRequestUrl) core.setOutput('pull-request-url', outputs.pullRequestUrl);
  if (outcome.flow === 'promote' && outcome.promotion.action === 'skipped') core.info(`GitOps: skipped (${outcome.promotion.detail})`);
  const summary = promotionSummary(outcome);
  if (summary && env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary).write();
  return { run: outcome.run };
}
