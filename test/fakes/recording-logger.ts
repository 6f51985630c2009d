import type { Logger, SourceLocation } from '../../src/ports/logger';

export interface LoggedLine {
  level: 'info' | 'notice' | 'warning' | 'error' | 'debug';
  message: string;
  location?: SourceLocation;
}

/** A Logger that remembers every line, for assertions. */
export class RecordingLogger implements Logger {
  readonly lines: LoggedLine[] = [];
  info(message: string): void {
    this.lines.push({ level: 'info', message });
  }
  notice(message: string, location?: SourceLocation): void {
    this.lines.push({ level: 'notice', message, location });
  }
  warning(message: string, location?: SourceLocation): void {
    this.lines.push({ level: 'warning', message, location });
  }
  error(message: string, location?: SourceLocation): void {
    this.lines.push({ level: 'error', message, location });
  }
  debug(message: string): void {
    this.lines.push({ level: 'debug', message });
  }
  messages(level: LoggedLine['level']): string[] {
    return this.lines.filter((l) => l.level === level).map((l) => l.message);
  }
}
