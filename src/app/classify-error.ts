import { ConfigError } from '../core/config/config-error';
import { DataError } from '../core/data/data-error';
import { DataValidationError } from '../core/errors/data-validation-error';
import { EnvironmentError } from '../core/errors/environment-error';
import { ModelFileError } from '../core/models/model-file';
import { NoModelError, RunCancelledError } from './tune-model';
import type { SourceLocation } from '../ports/logger';
import { EXIT_CODES, type ExitCode } from './exit-codes';

export interface ClassifiedProblem {
  message: string;
  location?: SourceLocation;
}

export interface ClassifiedError {
  exitCode: ExitCode;
  /** One entry per problem, each with its place in a file where known. */
  problems: ClassifiedProblem[];
  /** Only for internal errors: the stack, shown with --verbose. */
  stack?: string;
}

/**
 * User errors (config, data, environment) become exit 2 with their locations and no stack trace;
 * anything else is a bug in mltrain: exit 3, said plainly.
 */
export function classifyError(error: unknown): ClassifiedError {
  if (error instanceof ConfigError) {
    return {
      exitCode: EXIT_CODES.invalidInput,
      problems: error.issues.map((issue) => ({
        message: `${issue.message}${issue.pointer ? ` (at ${issue.pointer})` : ''}`,
        location: { file: issue.file, line: issue.line || undefined, column: issue.column || undefined },
      })),
    };
  }
  if (error instanceof DataError) {
    return { exitCode: EXIT_CODES.invalidInput, problems: [{ message: error.reason, location: { file: error.file, line: error.line } }] };
  }
  if (error instanceof NoModelError || error instanceof RunCancelledError) {
    return { exitCode: EXIT_CODES.gatesFailed, problems: [{ message: error.message }] };
  }
  if (error instanceof DataValidationError) {
    return {
      exitCode: EXIT_CODES.invalidInput,
      problems: error.findings
        .filter((f) => f.severity === 'fail')
        .map((f) => ({ message: `data validation failed: ${f.rule}${f.column ? ` (column '${f.column}')` : ''}: ${f.message}`, location: { file: error.file, line: f.lines?.[0] } })),
    };
  }
  if (error instanceof EnvironmentError || error instanceof ModelFileError) {
    return { exitCode: EXIT_CODES.invalidInput, problems: [{ message: error.message }] };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    exitCode: EXIT_CODES.internalError,
    problems: [{ message: `internal error (a bug in mltrain, please report it): ${message.replace(/^internal error: /, '')}` }],
    stack: error instanceof Error ? error.stack : undefined,
  };
}
