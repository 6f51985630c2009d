/** A problem in a config file that the user can fix, located as precisely as we can. */
export interface ConfigIssue {
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based; 0 when unknown. */
  column: number;
  /** JSON pointer of the offending value, e.g. /tuning/n_trials ('' for the whole document). */
  pointer: string;
  message: string;
}

export function formatIssue(issue: ConfigIssue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}:${issue.column}` : issue.file;
  const at = issue.pointer ? ` (at ${issue.pointer})` : '';
  return `${where}: ${issue.message}${at}`;
}

/** Every problem found in one config file, reported together. */
export class ConfigError extends Error {
  readonly issues: readonly ConfigIssue[];

  constructor(issues: readonly ConfigIssue[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`invalid config (${count}):\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
    this.name = 'ConfigError';
    this.issues = issues;
  }
}
