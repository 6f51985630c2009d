import { formatDuration } from '../../core/config/duration';
import type { ProgramOutcome } from './run-program';

/** Why a program's run is marked failed. */
export const COMMAND_FAILURES = ['not_runnable', 'exit_code', 'signal', 'timeout', 'bad_predictions'] as const;
export type CommandFailure = (typeof COMMAND_FAILURES)[number];

export interface ProgramFailure {
  failure: CommandFailure;
  /** One line: what went wrong. */
  reason: string;
}

/** The failure behind a program's exit (null: it exited 0 on its own or was stopped on purpose). */
export function exitFailure(outcome: ProgramOutcome, argv: readonly string[], timeoutSeconds: number | undefined, graceMs: number): ProgramFailure | null {
  const { exit } = outcome;
  if (exit.startError) {
    const hint = exit.startError.code === 'ENOENT' ? ' (not found: is it installed and on the PATH, or is working_directory right?)' : exit.startError.code === 'EACCES' ? ' (permission denied: the file is not executable, or, for a bare name, a folder on the PATH cannot be searched)' : '';
    return { failure: 'not_runnable', reason: `cannot start '${argv[0]}'${hint}: ${exit.startError.message}` };
  }
  if (exit.stoppedBy === 'timeout') {
    const limit = timeoutSeconds === undefined ? 'its time limit' : `timeout_per_trial (${formatDuration(timeoutSeconds)})`;
    return { failure: 'timeout', reason: `ran past ${limit}: stopped with SIGTERM${exit.killed ? `, then SIGKILL after ${formatDuration(graceMs / 1000)}` : ''}` };
  }
  if (outcome.earlyStop !== null) return null;
  if (exit.signal !== null) return { failure: 'signal', reason: `'${argv[0]}' was ended by ${exit.signal}` };
  if (exit.code !== 0) return { failure: 'exit_code', reason: `'${argv[0]}' exited with status ${exit.code}` };
  return null;
}

/** The reason followed by the last stderr lines, for the log and metrics.json. */
export function failureDetails(reason: string, stderrTail: readonly string[]): string {
  if (stderrTail.length === 0) return reason;
  return `${reason}\nlast ${stderrTail.length} line(s) of stderr:\n${stderrTail.map((line) => `  ${line}`).join('\n')}`;
}
