import { DataError, firstIssue } from './data-error';
import type { DataIssue, DataProblem } from './data-error';

/**
 * Tallies row problems per kind (the first occurrence and a count) while a file is read, so the
 * error can say how many rows share the problem instead of stopping at the first one.
 */
export class IssueLog {
  private readonly tallies = new Map<DataProblem, { first: DataIssue; count: number }>();
  /** Rows with any problem (each row counted once). */
  badRows = 0;

  constructor(readonly source: string) {}

  note(problem: DataProblem, line: number | undefined, column: string | undefined, columnNumber: number | undefined, message: string): void {
    const tally = this.tallies.get(problem);
    if (tally) tally.count++;
    else this.tallies.set(problem, { first: { problem, line, column, columnNumber, message, count: 1 }, count: 1 });
    this.badRows++;
  }

  issues(): DataIssue[] {
    return [...this.tallies.values()].map((t) => ({ ...t.first, count: t.count }));
  }

  /** The error for everything noted, led by the earliest line (or by `problem` when given). */
  error(problem?: DataProblem): DataError {
    const issues = this.issues();
    const lead = (problem && issues.find((i) => i.problem === problem)) || firstIssue(issues) || issues[0];
    return new DataError(this.source, lead, issues);
  }

  /** A whole-file problem that stops reading at once. */
  fail(problem: DataProblem, line: number | undefined, column: string | undefined, columnNumber: number | undefined, message: string): never {
    throw new DataError(this.source, { problem, line, column, columnNumber, message, count: 1 });
  }

  /** The no-rows error, listing the problems of the rows that were skipped. */
  noRows(skippedRows: number): DataError {
    const message = skippedRows > 0 ? `all ${skippedRows} rows were skipped as bad rows` : 'the file has a header but no data rows';
    const issue: DataIssue = { problem: 'no_rows', line: 1, message, count: 1 };
    return new DataError(this.source, issue, [issue, ...this.issues()]);
  }
}
