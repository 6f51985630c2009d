import { fitComment } from '../publish/github-limits';
import { modelFolder, oversizedFileWarnings, promoteBranch, DEFAULT_MODEL_SIZE_WARNING_BYTES } from '../../core/gitops/model-files';
import type { FileToCommit, GitData, Pulls } from '../../ports/git-data';
import type { Logger } from '../../ports/logger';
import { commitFilesToBranch } from './commit-files';
import { removalNote, warnTruncatedListing } from './folder-replacement';

export interface ModelCommitPorts {
  git: GitData;
  pulls: Pulls;
  logger: Logger;
}

export interface ModelCommitRequest {
  name: string;
  /** The run's files by path relative to its output dir (sub-paths kept); committed under models/<name>/<path>. */
  files: ReadonlyMap<string, Uint8Array>;
  branch: string;
  message: string;
  /** Title and body of the pull request opened when the branch refuses the commit. */
  pullTitle: string;
  pullBody: string;
  modelsRoot?: string;
  sizeWarningBytes?: number;
}

/** `paths`: the files committed; `removed`: the earlier models' files the commit deleted from the folder. */
export type ModelCommitOutcome =
  | { status: 'committed'; commitSha: string; paths: string[]; removed: string[]; warnings: string[]; attempts: number }
  | { status: 'unchanged'; commitSha: string; paths: string[]; removed: string[]; warnings: string[] }
  /** The branch is protected: the commit went to mltrain/promote-<name> with a pull request. */
  | { status: 'pull-request'; commitSha: string; pullNumber: number; pullUrl: string; paths: string[]; removed: string[]; warnings: string[]; refusal: string };

/**
 * Commits a model's files under models/<name>/ on a branch, replacing the folder: files of an
 * earlier model that the new one lacks are deleted, so the folder describes one model; when branch protection refuses, the
 * same commit goes to mltrain/promote-<name> and one pull request (opened or updated) proposes it.
 * Files over the size limit are committed anyway, with a warning that points to Git LFS.
 */
export async function commitModelFiles(ports: ModelCommitPorts, request: ModelCommitRequest): Promise<ModelCommitOutcome> {
  const folder = modelFolder(request.name, request.modelsRoot);
  const files: FileToCommit[] = [...request.files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, content]) => ({ path: `${folder}/${name}`, content }));
  const paths = files.map((f) => f.path);
  const warnings = oversizedFileWarnings(
    files.map((f) => ({ path: f.path, size: f.content.length })),
    request.sizeWarningBytes ?? DEFAULT_MODEL_SIZE_WARNING_BYTES,
  );
  for (const warning of warnings) ports.logger.warning(warning);

  const outcome = await commitFilesToBranch(ports.git, { branch: request.branch, files, message: request.message, replaceFolder: folder });
  if (outcome.status !== 'no-branch' && outcome.listingTruncated) warnTruncatedListing(ports.logger, folder);
  switch (outcome.status) {
    case 'no-branch':
      throw new Error(`the branch ${request.branch} does not exist in the repository`);
    case 'committed':
      ports.logger.notice(`committed ${paths.length} file(s) under ${folder}/ to ${request.branch}${removalNote(outcome.removed)} (${outcome.commitSha.slice(0, 12)})`);
      return { status: 'committed', commitSha: outcome.commitSha, paths, removed: outcome.removed, warnings, attempts: outcome.attempts };
    case 'unchanged':
      ports.logger.notice(`${folder}/ on ${request.branch} already holds these files: nothing to commit`);
      return { status: 'unchanged', commitSha: outcome.commitSha, paths, removed: [], warnings };
    case 'refused': {
      // The refused commit goes to the pull request's branch as it is: no second write for the same commit.
      const commitSha = outcome.commitSha;
      const branch = promoteBranch(request.name);
      await ports.git.forceBranch(branch, commitSha);
      const body = fitComment(request.pullBody, 'The rest was cut: GitHub limits a pull request body to 65,536 characters.').body;
      const open = await ports.pulls.findOpen(branch, request.branch);
      const pull = open ? await ports.pulls.update(open.number, { title: request.pullTitle, body }) : await ports.pulls.create({ headBranch: branch, baseBranch: request.branch, title: request.pullTitle, body });
      ports.logger.warning(`${request.branch} refused the commit (${outcome.message}); ${open ? 'updated' : 'opened'} pull request #${pull.number} from ${branch} instead${removalNote(outcome.removed)}: ${pull.url}`);
      return { status: 'pull-request', commitSha, pullNumber: pull.number, pullUrl: pull.url, paths, removed: outcome.removed, warnings, refusal: outcome.message };
    }
  }
}
