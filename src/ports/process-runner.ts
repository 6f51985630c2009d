/**
 * Starts external programs (the `command` trainer's training and prediction programs): an argv
 * array run without a shell, in a folder, with exactly the environment given, its output streamed
 * line by line. Stopping is two-step: SIGTERM (the program may save a checkpoint), then SIGKILL
 * once the grace period has passed.
 */
export interface ProcessSpec {
  /** argv[0] is the program (looked up on the PATH of `env`), the rest its arguments. */
  readonly argv: readonly string[];
  readonly cwd: string;
  /** The whole environment of the child (nothing is inherited beyond it). */
  readonly env: Readonly<Record<string, string>>;
  /** Each line of stdout, without its line break. */
  readonly onStdoutLine: (line: string) => void;
  readonly onStderrLine: (line: string) => void;
  /** Stop the program (as `stop`) once it has run this long; none: no limit. */
  readonly timeoutMs?: number;
  /** Time between SIGTERM and SIGKILL. */
  readonly graceMs: number;
}

export const STOP_CAUSES = ['request', 'timeout'] as const;
export type StopCause = (typeof STOP_CAUSES)[number];

export interface ProcessExit {
  /** The exit status, or null when a signal ended the program. */
  readonly code: number | null;
  /** The signal that ended it (SIGTERM, SIGKILL...), or null. */
  readonly signal: string | null;
  /** Why the runner stopped it, when it did. */
  readonly stoppedBy: StopCause | null;
  /** It was still running at the end of the grace period and got SIGKILL. */
  readonly killed: boolean;
  /** The program could not be started at all (not found, not executable...). */
  readonly startError?: { readonly code: string; readonly message: string };
  readonly durationMs: number;
}

export interface RunningProcess {
  /** SIGTERM now, SIGKILL after the grace period if it is still running; later calls do nothing. */
  stop(): void;
  /** Resolves once the program has exited and its output has been read to the end. */
  readonly exited: Promise<ProcessExit>;
}

export interface ProcessRunner {
  start(spec: ProcessSpec): RunningProcess;
}
