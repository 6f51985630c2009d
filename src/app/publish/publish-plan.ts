import type { ReportConfig } from '../../core/config/training-config';

/** The action's `publish` input (mirrors src/action/action-inputs.ts, which the app may not import). */
export const PUBLISH_MODES = ['auto', 'comment', 'commit', 'summary', 'none'] as const;
export type PublishMode = (typeof PUBLISH_MODES)[number];

/** The report switches that decide publishing; the `publish` input overrides them unless `auto`. */
export type ReportSwitches = Pick<ReportConfig, 'pr_comment' | 'summary' | 'commit'>;

export interface PublishPlan {
  /** Keep the sticky comment (only possible on a pull request event). */
  comment: boolean;
  /** Write the job summary even when the comment succeeds. */
  summary: boolean;
  /** Commit under models/<name>/ (GitOps, issue 8): passed on, not done here. */
  commit: boolean;
  /** Upload the output files as the `mltrain-<name>` artifact. */
  artifact: boolean;
}

/**
 * What to publish. `none` publishes nothing; `summary` only the summary; `comment` the comment and
 * the summary; `commit` the commit and the summary; `auto` follows the config's switches.
 * The artifact goes up whenever anything is published, since a later promotion job needs it.
 */
export function publishPlan(mode: PublishMode, report: ReportSwitches): PublishPlan {
  switch (mode) {
    case 'none':
      return { comment: false, summary: false, commit: false, artifact: false };
    case 'summary':
      return { comment: false, summary: true, commit: false, artifact: true };
    case 'comment':
      return { comment: true, summary: true, commit: false, artifact: true };
    case 'commit':
      return { comment: false, summary: true, commit: true, artifact: true };
    case 'auto':
      return { comment: report.pr_comment, summary: report.summary, commit: report.commit, artifact: true };
  }
}
