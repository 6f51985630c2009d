/**
 * metrics.json `lineage.command`: what a command model's training program was, so the model card
 * can say which code, in which folder and under which interpreter produced it. Names of the
 * variables from model.env only, never their values (they may hold credentials).
 */
export interface CommandLineage {
  /** The training command's argv, as run (no shell). */
  argv: string[];
  /** predict_command's argv, or null when the config has none. */
  predict_argv: string[] | null;
  /** model.working_directory as written, relative to the config file's folder ('.' by default). */
  working_directory: string;
  /** The commit of the working directory's repository, or null outside git. */
  git_commit: string | null;
  /** `<argv[0]> --version` for a known interpreter; null when not asked or it did not answer. */
  interpreter: { program: string; version: string | null; note?: string } | null;
  /** Names of the variables model.env passed to the program, sorted. */
  env: string[];
  /** Names in model.env that were not passed because they name a secret. */
  env_dropped: string[];
  /** How the data parts were written. */
  output_format: string;
  protocol: number;
}

/**
 * Interpreters that answer `--version` with a line and do nothing else. Any other program (a
 * compiled trainer, a wrapper like `uv run`) is not asked: `--version` could start a training.
 */
const INTERPRETER_PATTERN = /^(python[0-9.]*|pypy[0-9.]*|Rscript|R|node|nodejs|julia|ruby|perl|bun|deno)(\.exe)?$/;

/** The program name from argv[0] when it is a known interpreter (its base name), else null. */
export function knownInterpreter(program: string): string | null {
  const name = program.split(/[\\/]/).pop() ?? program;
  return INTERPRETER_PATTERN.test(name) ? name : null;
}

/** The first non-empty line of a `--version` answer, trimmed and capped (Python 2 answers on stderr). */
export function versionLine(lines: readonly string[]): string | null {
  const line = lines.map((l) => l.trim()).find((l) => l !== '');
  return line === undefined ? null : line.slice(0, 200);
}
