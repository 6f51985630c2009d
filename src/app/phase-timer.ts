import type { Clock } from '../ports/clock';

/** Wall time per pipeline phase (load, validate, train, evaluate, report), for logs and metrics.json. */
export class PhaseTimer {
  private readonly seconds: Record<string, number> = {};
  private current: { name: string; startedAt: number } | undefined;

  constructor(private readonly clock: Clock) {}

  /** Ends the running phase (if any) and starts `name`. */
  start(name: string): void {
    this.stop();
    this.current = { name, startedAt: this.clock.now() };
  }

  stop(): void {
    if (!this.current) return;
    const elapsed = (this.clock.now() - this.current.startedAt) / 1000;
    this.seconds[this.current.name] = (this.seconds[this.current.name] ?? 0) + elapsed;
    this.current = undefined;
  }

  report(): Record<string, number> {
    return { ...this.seconds };
  }
}
