/** A place in a file that a message is about (the action turns it into an annotation). */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

/** Progress and problems for people: the console for the CLI, workflow commands in Actions. */
export interface Logger {
  info(message: string): void;
  notice(message: string, location?: SourceLocation): void;
  warning(message: string, location?: SourceLocation): void;
  error(message: string, location?: SourceLocation): void;
  debug(message: string): void;
}
