import { describe, expect, it } from 'vitest';
import type { ProcessExit } from '../../ports/process-runner';
import { exitFailure } from './program-failure';

const outcome = (exit: Partial<ProcessExit>) => ({ exit: { code: null, signal: null, stoppedBy: null, killed: false, durationMs: 1, ...exit }, reports: [], earlyStop: null, stderrTail: [] });

describe('exitFailure for a program that cannot start', () => {
  it('names the likely cause of ENOENT and EACCES, and keeps the system message', () => {
    const missing = exitFailure(outcome({ startError: { code: 'ENOENT', message: 'spawn trainer ENOENT' } }), ['trainer'], undefined, 1000);
    expect(missing).toEqual({ failure: 'not_runnable', reason: "cannot start 'trainer' (not found: is it installed and on the PATH, or is working_directory right?): spawn trainer ENOENT" });
    // execvp answers EACCES both for a file without the executable bit and for a bare name it
    // could not find because a folder on the PATH was not searchable
    const denied = exitFailure(outcome({ startError: { code: 'EACCES', message: 'spawn trainer EACCES' } }), ['trainer'], undefined, 1000);
    expect(denied?.reason).toMatch(/^cannot start 'trainer' \(permission denied: the file is not executable, or, for a bare name, a folder on the PATH cannot be searched\): spawn trainer EACCES$/);
  });
});
