import { retrainCommitMessage, retrainPullTitle, withRemovedFilesNote } from '../../core/gitops/commit-messages';
import { modelFolder, oversizedFileWarnings, retrainBranch, DEFAULT_MODEL_SIZE_WARNING_BYTES } from '../../core/gitops/model-files';
import type { FileToCommit, GitData, Pulls } from '../../ports/git-data';
import type { Logger } from '../../ports/logger';
import { fitComment } from '../publish/github-limits';
import { planFolderReplacement, removalNote, warnTruncatedListing } from './folder-replacement';

/**
 * The ports for the retraining pull request. Pushes and pull requests made with the default
 * GITHUB_TOKEN start no workflows, so required checks would never run on the candidate: when the
 * action has a `pr-token`, both of these are made with it.
 */
export interface RetrainPorts {
  git: GitData;
  pulls: Pulls;
  logger: Logger;
}

export interface RetrainRequest {
  name: string;
  /** The branch the candidate would be promoted to (the default branch). */
  baseBranch: string;
  files: ReadonlyMap<string, Uint8Array>;
  /** The pull request's body: the run's report (markdown). */
  report: string;
  /** ISO timestamp of the run, for the commit message. */
  now: string;
  modelsRoot?: string;
  sizeWarningBytes?: number;
  /** False when the pull request was made with the default token (its checks will not start). */
  checksWillRun: boolean;
}

export interface RetrainOutcome {
  branch: string;
  commitSha: string;
  pullNumber: number;
  pullUrl: string;
  /** Whether the pull request was opened now or an open one updated. */
  pull: 'opened' | 'updated';
  /** Files of the base branch's model folder that the candidate lacks, deleted on the branch. */
  removed: string[];
  warnings: string[];
}

const NO_CHECKS_NOTE =
  '> [!NOTE]\n> This pull request was made with the default GITHUB_TOKEN, so no workflow runs on it. Give the action a `pr-token` (a GitHub App or fine-grained token), or close and reopen this pull request, to run the required checks.';

/**
 * Weekly retraining: the candidate's files on top of the base branch's head as one commit on
 * mltrain/retrain-<name> (the branch is mltrain's: it is reset every week) that replaces the model's
 * folder (files of the base's model that the candidate lacks are deleted), and one pull request
 * from it, opened the first time and updated after, whose body is the report.
 */
export async function openRetrainPullRequest(ports: RetrainPorts, request: RetrainRequest): Promise<RetrainOutcome> {
  const base = await ports.git.branchHead(request.baseBranch);
  if (!base) throw new Error(`the branch ${request.baseBranch} does not exist in the repository`);
  const folder = modelFolder(request.name, request.modelsRoot);
  const files: FileToCommit[] = [...request.files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, content]) => ({ path: `${folder}/${name}`, content }));
  const warnings = oversizedFileWarnings(
    files.map((f) => ({ path: f.path, size: f.content.length })),
    request.sizeWarningBytes ?? DEFAULT_MODEL_SIZE_WARNING_BYTES,
  );
  for (const warning of warnings) ports.logger.warning(warning);
  const plan = await planFolderReplacement(ports.git, base.treeSha, folder, files);
  if (plan.truncated) warnTruncatedListing(ports.logger, folder);
  const tree = await ports.git.createTree(base.treeSha, files, plan.deletions);
  const message = withRemovedFilesNote(retrainCommitMessage(request.name, request.now), folder, plan.deletions);
  const commitSha = await ports.git.createCommit(message, tree, [base.commitSha]);
  const branch = retrainBranch(request.name);
  await ports.git.forceBranch(branch, commitSha);

  const report = request.checksWillRun ? request.report : `${NO_CHECKS_NOTE}\n\n${request.report}`;
  const body = fitComment(report, 'The rest of the report was cut: GitHub limits a pull request body to 65,536 characters. The full report is in the run artifact.').body;
  const title = retrainPullTitle(request.name);
  const open = await ports.pulls.findOpen(branch, request.baseBranch);
  const pull = open ? await ports.pulls.update(open.number, { title, body }) : await ports.pulls.create({ headBranch: branch, baseBranch: request.baseBranch, title, body });
  ports.logger.notice(`${open ? 'updated' : 'opened'} the retraining pull request #${pull.number} for ${request.name}${removalNote(plan.deletions)}: ${pull.url}`);
  if (!request.checksWillRun) ports.logger.warning(`pull request #${pull.number} was made with the default GITHUB_TOKEN: no workflow runs on it until it is closed and reopened; give the action a pr-token to run its checks`);
  return { branch, commitSha, pullNumber: pull.number, pullUrl: pull.url, pull: open ? 'updated' : 'opened', removed: plan.deletions, warnings };
}
