import { spawn, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import type { Readable } from 'node:stream';
import type { ProcessExit, ProcessRunner, ProcessSpec, RunningProcess, StopCause } from '../ports/process-runner';

/** A line longer than this is passed on in pieces, so a program without newlines cannot fill memory. */
const MAX_LINE_CHARS = 1 << 20;

/**
 * ProcessRunner over node:child_process, never through a shell. The child leads its own process
 * group, so that stop() and the final sweep reach whatever it started (data-loader workers, a
 * shell script's children): nothing of a trial is left running once `exited` resolves.
 */
export class ChildProcessRunner implements ProcessRunner {
  start(spec: ProcessSpec): RunningProcess {
    const startedAt = performance.now();
    const isWindows = process.platform === 'win32';
    let child: ChildProcess;
    try {
      child = spawn(spec.argv[0], spec.argv.slice(1), { cwd: spec.cwd, env: { ...spec.env }, shell: false, detached: !isWindows, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    } catch (error) {
      // Synchronous failures (a bad cwd type, a NUL in an argument) end the run like a start error.
      const failure = error as NodeJS.ErrnoException;
      const exit: ProcessExit = { code: null, signal: null, stoppedBy: null, killed: false, startError: { code: failure.code ?? 'EINVAL', message: failure.message }, durationMs: 0 };
      return { stop: () => undefined, exited: Promise.resolve(exit) };
    }

    let stoppedBy: StopCause | null = null;
    let killed = false;
    let leaderExited = false;
    let graceTimer: NodeJS.Timeout | undefined;
    let timeoutTimer: NodeJS.Timeout | undefined;
    const signalGroup = (signal: NodeJS.Signals): void => {
      if (child.pid === undefined) return;
      try {
        if (isWindows) child.kill(signal);
        else process.kill(-child.pid, signal);
      } catch {
        // ESRCH: the group is already gone.
      }
    };
    const stop = (cause: StopCause): void => {
      if (stoppedBy !== null || leaderExited) return;
      stoppedBy = cause;
      signalGroup('SIGTERM');
      graceTimer = setTimeout(() => {
        if (!leaderExited) killed = true;
        signalGroup('SIGKILL');
      }, spec.graceMs);
    };
    if (spec.timeoutMs !== undefined) timeoutTimer = setTimeout(() => stop('timeout'), spec.timeoutMs);

    const exited = new Promise<ProcessExit>((resolve) => {
      let settled = false;
      const finish = (exit: Omit<ProcessExit, 'durationMs' | 'stoppedBy' | 'killed'>): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timeoutTimer);
        clearTimeout(graceTimer);
        resolve({ ...exit, stoppedBy, killed, durationMs: performance.now() - startedAt });
      };
      child.once('error', (error: NodeJS.ErrnoException) => {
        if (child.pid === undefined) finish({ code: null, signal: null, startError: { code: error.code ?? 'UNKNOWN', message: error.message } });
      });
      child.once('exit', () => {
        leaderExited = true;
        // Sweep the group: descendants that outlive the program would hold its pipes open forever.
        signalGroup('SIGKILL');
      });
      child.once('close', (code, signal) => finish({ code, signal }));
    });
    if (child.stdout) readLines(child.stdout, spec.onStdoutLine);
    if (child.stderr) readLines(child.stderr, spec.onStderrLine);
    return { stop: () => stop('request'), exited };
  }
}

function readLines(stream: Readable, onLine: (line: string) => void): void {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    pending += chunk;
    let newline = pending.indexOf('\n');
    while (newline >= 0) {
      onLine(stripReturn(pending.slice(0, newline)));
      pending = pending.slice(newline + 1);
      newline = pending.indexOf('\n');
    }
    while (pending.length > MAX_LINE_CHARS) {
      onLine(pending.slice(0, MAX_LINE_CHARS));
      pending = pending.slice(MAX_LINE_CHARS);
    }
  });
  stream.on('end', () => {
    if (pending.length > 0) onLine(stripReturn(pending));
    pending = '';
  });
}

function stripReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
