import type { Logger, SourceLocation } from '../ports/logger';

function where(location?: SourceLocation): string {
  if (!location) return '';
  return location.line ? `${location.file}:${location.line}${location.column ? `:${location.column}` : ''}: ` : `${location.file}: `;
}

/** The CLI's logger: progress to stderr so stdout stays for results. */
export function createConsoleLogger(options: { verbose: boolean; stream?: NodeJS.WritableStream }): Logger {
  const out = options.stream ?? process.stderr;
  const write = (line: string) => out.write(`${line}\n`);
  return {
    info: (message) => write(message),
    notice: (message, location) => write(`${where(location)}note: ${message}`),
    warning: (message, location) => write(`${where(location)}warning: ${message}`),
    error: (message, location) => write(`${where(location)}error: ${message}`),
    debug: (message) => {
      if (options.verbose) write(`debug: ${message}`);
    },
  };
}
