export const STOP_REASONS = ['n_trials', 'timeout', 'budget', 'no_improvement', 'failures', 'aborted'] as const;
export type StopReason = (typeof STOP_REASONS)[number];

export function isStopReason(value: unknown): value is StopReason {
  return typeof value === 'string' && (STOP_REASONS as readonly string[]).includes(value);
}
