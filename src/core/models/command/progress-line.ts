import { PROGRESS_PREFIX } from './protocol';

/** An intermediate value a program reported: its step (epoch, boosting round...) and the value. */
export interface ProgressReport {
  step: number;
  value: number;
}

export type ProgressParse = { kind: 'report'; report: ProgressReport } | { kind: 'invalid'; reason: string } | { kind: 'output' };

/**
 * Reads one output line: `MLTRAIN {"step": 3, "value": 0.81}` is a report (step a non-negative
 * integer, value a finite number); a line with the prefix that does not parse is 'invalid' (the
 * caller warns, the trial goes on); anything else is plain output for the log.
 */
export function parseProgressLine(line: string): ProgressParse {
  const text = line.trimEnd();
  if (!text.startsWith(PROGRESS_PREFIX)) return { kind: 'output' };
  let body: unknown;
  try {
    body = JSON.parse(text.slice(PROGRESS_PREFIX.length));
  } catch {
    return { kind: 'invalid', reason: `not JSON after '${PROGRESS_PREFIX.trim()}': ${text.slice(0, 200)}` };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { kind: 'invalid', reason: `expected {"step": n, "value": x}, got ${text.slice(PROGRESS_PREFIX.length, 200)}` };
  const { step, value } = body as Record<string, unknown>;
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0) return { kind: 'invalid', reason: `"step" must be a non-negative integer, got ${JSON.stringify(step)}` };
  if (typeof value !== 'number' || !Number.isFinite(value)) return { kind: 'invalid', reason: `"value" must be a finite number, got ${JSON.stringify(value)}` };
  return { kind: 'report', report: { step, value } };
}
