import type { ValidationFinding } from '../data/validation-types';

/** Data that loaded but broke a validation rule: training must not start (exit 2). */
export class DataValidationError extends Error {
  constructor(
    readonly file: string,
    readonly findings: readonly ValidationFinding[],
  ) {
    const failed = findings.filter((f) => f.severity === 'fail');
    super(`${file}: ${failed.length} data validation rule(s) failed:\n${failed.map((f) => `  ${f.rule}${f.column ? ` (${f.column})` : ''}: ${f.message}`).join('\n')}`);
    this.name = 'DataValidationError';
  }
}
