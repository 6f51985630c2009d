import type { Clock } from '../../src/ports/clock';

/** A clock that advances a fixed step on every reading, so durations and costs are predictable. */
export class SteppingClock implements Clock {
  private current: number;
  constructor(
    start = 0,
    private readonly stepMs = 1000,
  ) {
    this.current = start;
  }
  now(): number {
    const value = this.current;
    this.current += this.stepMs;
    return value;
  }
}
