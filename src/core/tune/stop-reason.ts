/** Why `optimize` stopped; 'grid_exhausted': a GridSampler ran every point of its grid. */
export const STOP_REASONS = ['n_trials', 'timeout', 'budget', 'no_improvement', 'failures', 'aborted', 'grid_exhausted'] as const;
export type StopReason = (typeof STOP_REASONS)[number];

export function isStopReason(value: unknown): value is StopReason {
  return typeof value === 'string' && (STOP_REASONS as readonly string[]).includes(value);
}
