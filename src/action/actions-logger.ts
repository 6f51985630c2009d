import * as core from '@actions/core';
import type { Logger, SourceLocation } from '../ports/logger';

function properties(location?: SourceLocation): core.AnnotationProperties | undefined {
  if (!location) return undefined;
  return { file: location.file, startLine: location.line, startColumn: location.column };
}

/** Logs through workflow commands, so problems with a location become annotations on that line. */
export const actionsLogger: Logger = {
  info: (message) => core.info(message),
  notice: (message, location) => core.notice(message, properties(location)),
  warning: (message, location) => core.warning(message, properties(location)),
  error: (message, location) => core.error(message, properties(location)),
  debug: (message) => core.debug(message),
};
