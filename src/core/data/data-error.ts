/**
 * Errors a user can fix in a data file: each names the file, the 1-based line (the header is
 * line 1), the column, and how many other rows have the same problem, so one run shows the whole
 * extent of the damage instead of the first symptom only.
 */
export const DATA_PROBLEMS = [
  'empty_file',
  'no_rows',
  'duplicate_column',
  'wrong_delimiter',
  'ragged_row',
  'unterminated_quote',
  'stray_quote',
  'invalid_utf8',
  'type_mismatch',
  'invalid_json',
  'missing_column',
  'missing_target',
  'invalid_target',
  'unsupported_format',
  'unreadable_file',
] as const;
export type DataProblem = (typeof DATA_PROBLEMS)[number];

/** One kind of problem found in a file: where it first occurs and how many rows have it. */
export interface DataIssue {
  readonly problem: DataProblem;
  /** 1-based line of the first occurrence (header = 1). */
  readonly line?: number;
  /** Column name of the first occurrence. */
  readonly column?: string;
  /** 1-based position of that column in the row. */
  readonly columnNumber?: number;
  /** What is wrong at the first occurrence, without the file and line. */
  readonly message: string;
  /** Rows (or records) with this problem, the first one included. */
  readonly count: number;
}

export interface DataErrorDetails {
  readonly problem: DataProblem;
  readonly columnNumber?: number;
  /** Rows with the same problem besides the one named in the message. */
  readonly otherRows: number;
  /** Every kind of problem found in the file (the first one is the one in the message). */
  readonly issues: readonly DataIssue[];
}

export class DataError extends Error {
  readonly file: string;
  readonly line?: number;
  readonly column?: string;
  readonly details: DataErrorDetails;
  /** The message without its `file:line:` prefix, for output that names the place separately (annotations). */
  readonly reason: string;

  constructor(file: string, issue: DataIssue, allIssues: readonly DataIssue[] = [issue]) {
    super(formatIssue(file, issue, allIssues));
    const prefix = issue.line === undefined ? `${file}:` : `${file}:${issue.line}:`;
    this.reason = this.message.slice(prefix.length).trimStart();
    this.name = 'DataError';
    this.file = file;
    this.line = issue.line;
    this.column = issue.column;
    const others = allIssues.filter((i) => i !== issue);
    this.details = {
      problem: issue.problem,
      columnNumber: issue.columnNumber,
      otherRows: Math.max(0, issue.count - 1),
      issues: [issue, ...others],
    };
  }
}

/** `file:line: column 'x' (3): message (2 other rows have the same problem)`. */
export function formatIssue(file: string, issue: DataIssue, allIssues: readonly DataIssue[] = [issue]): string {
  const where = issue.line === undefined ? file : `${file}:${issue.line}`;
  const column = issue.column === undefined ? '' : ` column '${issue.column}'${issue.columnNumber ? ` (${issue.columnNumber})` : ''}:`;
  const others = issue.count - 1;
  const same = issue.count <= 1 ? '' : ` (${others} other ${others === 1 ? 'row has' : 'rows have'} the same problem)`;
  const rest = allIssues.filter((i) => i !== issue);
  const more = rest.length === 0 ? '' : `; also: ${rest.map((i) => `${i.problem} x${i.count}${i.line ? ` from line ${i.line}` : ''}`).join(', ')}`;
  return `${where}:${column} ${issue.message}${same}${more}`;
}

/** Picks the issue to report first: the earliest line, then the order of DATA_PROBLEMS. */
export function firstIssue(issues: readonly DataIssue[]): DataIssue | undefined {
  let best: DataIssue | undefined;
  for (const issue of issues) {
    if (!best || (issue.line ?? 0) < (best.line ?? 0)) best = issue;
  }
  return best;
}
