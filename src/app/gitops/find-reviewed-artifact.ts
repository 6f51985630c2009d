import { compareFingerprints, fingerprintOfLineage, type TrainingFingerprint } from '../../core/gitops/fingerprint';
import { artifactName } from '../../core/gitops/model-files';
import type { MetricsDocument } from '../../core/report/metrics-document';
import type { ActionsRuns, WorkflowRunRecord } from '../../ports/actions-runs';
import type { PullRequestRecord, Pulls } from '../../ports/git-data';
import { collectPromotedFiles } from './collect-promoted-files';

export interface ReviewedArtifactPorts {
  pulls: Pulls;
  runs: ActionsRuns;
}

export interface ReviewedArtifactRequest {
  /** The commit pushed to the default branch (GITHUB_SHA). */
  pushedSha: string;
  name: string;
  today: TrainingFingerprint;
  /** How many of the pull request's runs to look through, newest first. */
  maxRuns?: number;
}

export type ReviewedArtifactResult =
  /** `files` by path inside the artifact (a command model's files keep their sub-paths); `warnings` for the log. */
  | { found: true; pull: PullRequestRecord; run: WorkflowRunRecord; files: Map<string, Uint8Array>; metrics: MetricsDocument; warnings: string[] }
  /** Nothing reviewed matches: train. `reasons` says what was looked at, for the log. */
  | { found: false; pull: PullRequestRecord | null; reasons: string[] };

/** The events whose runs trained a pull request's head. */
const PULL_REQUEST_RUN_EVENTS = ['pull_request', 'pull_request_target'];
const DEFAULT_MAX_RUNS = 10;

/**
 * The model reviewed in the pull request that a push merged: that pull request (by its merge
 * commit), the runs of its head commit, and the newest `mltrain-<name>` artifact whose lineage
 * matches today's config and data and whose gates passed. Runs of a fork's code are never trusted:
 * a fork's pull request runs the fork's own workflow file, which could upload any model.
 */
export async function findReviewedArtifact(ports: ReviewedArtifactPorts, request: ReviewedArtifactRequest): Promise<ReviewedArtifactResult> {
  const pulls = await ports.pulls.pullsOfCommit(request.pushedSha);
  const merged = pulls.filter((p) => p.merged);
  const pull = merged.find((p) => p.mergeCommitSha === request.pushedSha) ?? merged[0] ?? null;
  if (!pull) return { found: false, pull: null, reasons: [`no merged pull request is associated with ${request.pushedSha.slice(0, 12)} (a direct push)`] };

  const wanted = artifactName(request.name);
  const runs = (await ports.runs.runsForHeadSha(pull.headSha)).filter((r) => PULL_REQUEST_RUN_EVENTS.includes(r.event) && r.status === 'completed');
  if (runs.length === 0) return { found: false, pull, reasons: [`pull request #${pull.number} has no completed run for its head ${pull.headSha.slice(0, 12)}`] };

  const reasons: string[] = [];
  for (const run of runs.slice(0, request.maxRuns ?? DEFAULT_MAX_RUNS)) {
    if (run.fromFork) {
      reasons.push(`run ${run.id} built a fork's code (which runs the fork's workflow): its artifacts are not trusted`);
      continue;
    }
    const artifact = (await ports.runs.artifactsOfRun(run.id)).find((a) => a.name === wanted);
    if (!artifact) {
      reasons.push(`run ${run.id} has no artifact ${wanted}`);
      continue;
    }
    if (artifact.expired) {
      reasons.push(`run ${run.id}'s artifact ${wanted} has expired`);
      continue;
    }
    const files = await ports.runs.downloadArtifact(artifact.id);
    const metricsBytes = files.get('metrics.json');
    if (!metricsBytes) {
      reasons.push(`run ${run.id}'s artifact ${wanted} holds no metrics.json at its top level`);
      continue;
    }
    let metrics: MetricsDocument;
    try {
      metrics = JSON.parse(new TextDecoder().decode(metricsBytes)) as MetricsDocument;
    } catch {
      reasons.push(`run ${run.id}'s metrics.json is not JSON`);
      continue;
    }
    if (!metrics.lineage || typeof metrics.lineage.config_sha256 !== 'string' || !Array.isArray(metrics.lineage.data)) {
      reasons.push(`run ${run.id}'s metrics.json has no lineage`);
      continue;
    }
    const comparison = compareFingerprints(fingerprintOfLineage(metrics.lineage), request.today);
    if (!comparison.matches) {
      reasons.push(`run ${run.id}: ${comparison.differences.join('; ')}`);
      continue;
    }
    if (metrics.passed !== true) {
      reasons.push(`run ${run.id}'s model failed its gates`);
      continue;
    }
    // Exactly the files promotion commits, of those the artifact holds.
    const picked = await collectPromotedFiles(async (path) => files.get(path) ?? null, metrics.model?.path, `run ${run.id}'s artifact ${wanted}`);
    return { found: true, pull, run, files: picked.files, metrics, warnings: picked.warnings };
  }
  return { found: false, pull, reasons };
}
