import type { ProcessExit, ProcessRunner, ProcessSpec, RunningProcess, StopCause } from '../../src/ports/process-runner';

/** What a scripted program sees: its spec, its output streams and the SIGTERM it may get. */
export interface FakeProcessContext {
  spec: ProcessSpec;
  stdout(line: string): void;
  stderr(line: string): void;
  /** Resolves when the runner sends SIGTERM. */
  terminated: Promise<void>;
}

export type FakeProgram = (context: FakeProcessContext) => Promise<{ code: number | null; signal?: string | null }>;

/**
 * A ProcessRunner whose "programs" are async functions. SIGTERM resolves `terminated`; a program
 * still running after the grace period is "killed" (its promise is abandoned). Timeouts and grace
 * periods use real timers, so tests give them a few milliseconds.
 */
export class FakeProcessRunner implements ProcessRunner {
  readonly started: ProcessSpec[] = [];
  /** Programs still running (their promise not settled and not killed): a test checks it is 0. */
  running = 0;

  constructor(private readonly program: FakeProgram | { startError: { code: string; message: string } }) {}

  start(spec: ProcessSpec): RunningProcess {
    this.started.push(spec);
    const program = this.program;
    if (typeof program !== 'function') {
      return { stop: () => undefined, exited: Promise.resolve({ code: null, signal: null, stoppedBy: null, killed: false, startError: program.startError, durationMs: 0 }) };
    }
    let stoppedBy: StopCause | null = null;
    let sendTerm: () => void = () => undefined;
    const terminated = new Promise<void>((resolve) => (sendTerm = resolve));
    let finished = false;
    let kill: () => void = () => undefined;
    const killed = new Promise<'killed'>((resolve) => (kill = () => resolve('killed')));
    let timers: ReturnType<typeof setTimeout>[] = [];
    const stop = (cause: StopCause): void => {
      if (stoppedBy !== null || finished) return;
      stoppedBy = cause;
      sendTerm();
      timers.push(setTimeout(kill, spec.graceMs));
    };
    if (spec.timeoutMs !== undefined) timers.push(setTimeout(() => stop('timeout'), spec.timeoutMs));
    this.running++;
    const run = program({ spec, stdout: (line) => spec.onStdoutLine(line), stderr: (line) => spec.onStderrLine(line), terminated });
    const exited = Promise.race([run, killed]).then((result): ProcessExit => {
      finished = true;
      this.running--;
      for (const timer of timers) clearTimeout(timer);
      timers = [];
      if (result === 'killed') return { code: null, signal: 'SIGKILL', stoppedBy, killed: true, durationMs: 1 };
      return { code: result.code, signal: result.signal ?? null, stoppedBy, killed: false, durationMs: 1 };
    });
    return { stop: () => stop('request'), exited };
  }
}
