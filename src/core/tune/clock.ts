/** Milliseconds from some fixed origin; injected so tests and replays control time. */
export interface Clock {
  now(): number;
}

/** The wall clock (Date.now), the default when the caller injects none. */
export const systemClock: Clock = { now: () => Date.now() };

/** A clock tests move by hand. */
export class ManualClock implements Clock {
  constructor(private current = 0) {}

  now(): number {
    return this.current;
  }

  advance(ms: number): void {
    this.current += ms;
  }
}

/** The cost of a trial from its duration: a fixed hourly rate, or any function. */
export type CostModel = { hourlyRateUsd: number } | ((durationMs: number) => number);

export function costOf(model: CostModel | undefined, durationMs: number): number {
  if (model === undefined) return 0;
  if (typeof model === 'function') return model(durationMs);
  return (durationMs / 3_600_000) * model.hourlyRateUsd;
}
