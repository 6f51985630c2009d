import { parseProgressLine, type ProgressReport } from '../../core/models/command/progress-line';
import type { ProcessExit, ProcessRunner } from '../../ports/process-runner';

export const OUTPUT_STREAMS = ['stdout', 'stderr'] as const;
export type OutputStream = (typeof OUTPUT_STREAMS)[number];

/** What stopped a program before it finished on its own. */
export const EARLY_STOPS = ['pruned', 'aborted'] as const;
export type EarlyStop = (typeof EARLY_STOPS)[number];

export interface ProgramRequest {
  argv: readonly string[];
  cwd: string;
  env: Record<string, string>;
  timeoutMs?: number;
  graceMs: number;
  /** Each intermediate value; 'stop' ends the program (SIGTERM, grace, SIGKILL). */
  onReport?: (report: ProgressReport) => 'continue' | 'stop';
  /** Aborting it stops the program the same way (the budget, a cancelled study). */
  signal?: AbortSignal;
  /** Plain output lines, for the log. */
  onOutput: (line: string, stream: OutputStream) => void;
  /** A line that starts like a report but is not one. */
  onInvalidReport: (reason: string) => void;
  /** How many of the last stderr lines to keep for failure messages. */
  tailLines: number;
}

export interface ProgramOutcome {
  exit: ProcessExit;
  reports: ProgressReport[];
  earlyStop: EarlyStop | null;
  stderrTail: string[];
}

const MAX_TAIL_LINE_CHARS = 500;

/** Runs a program under the protocol: reads its progress lines, stops it when told, keeps its stderr tail. */
export async function runProgram(runner: ProcessRunner, request: ProgramRequest): Promise<ProgramOutcome> {
  const reports: ProgressReport[] = [];
  const stderrTail: string[] = [];
  let earlyStop: EarlyStop | null = null;
  // The process starts after the handlers exist; a stop before that is applied right after the start.
  const handle: { stop?: () => void } = {};
  const stop = (cause: EarlyStop): void => {
    if (earlyStop !== null) return;
    earlyStop = cause;
    handle.stop?.();
  };
  const onLine = (stream: OutputStream) => (line: string): void => {
    if (stream === 'stderr') {
      stderrTail.push(line.length > MAX_TAIL_LINE_CHARS ? `${line.slice(0, MAX_TAIL_LINE_CHARS)}...` : line);
      if (stderrTail.length > request.tailLines) stderrTail.shift();
    }
    const parsed = parseProgressLine(line);
    if (parsed.kind === 'output') return request.onOutput(line, stream);
    if (parsed.kind === 'invalid') return request.onInvalidReport(parsed.reason);
    if (earlyStop !== null) return;
    reports.push(parsed.report);
    if (request.onReport?.(parsed.report) === 'stop') stop('pruned');
  };

  if (request.signal?.aborted) {
    const exit: ProcessExit = { code: null, signal: null, stoppedBy: 'request', killed: false, durationMs: 0 };
    return { exit, reports, earlyStop: 'aborted', stderrTail };
  }
  const onAbort = (): void => stop('aborted');
  request.signal?.addEventListener('abort', onAbort, { once: true });
  const running = runner.start({
    argv: request.argv,
    cwd: request.cwd,
    env: request.env,
    timeoutMs: request.timeoutMs,
    graceMs: request.graceMs,
    onStdoutLine: onLine('stdout'),
    onStderrLine: onLine('stderr'),
  });
  handle.stop = () => running.stop();
  if (earlyStop !== null) running.stop();
  try {
    const exit = await running.exited;
    return { exit, reports, earlyStop, stderrTail };
  } finally {
    request.signal?.removeEventListener('abort', onAbort);
  }
}
