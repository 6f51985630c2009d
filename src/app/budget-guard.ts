import { parseDuration } from '../core/config/duration';
import type { BudgetConfig } from '../core/config/training-config';
import type { Clock } from '../ports/clock';
import type { CostMeter } from './cost-meter';

/**
 * The run's cost cap (max_cost_usd) and time cap (max_duration), checked after every boosting
 * round or epoch: training stops when the next step, at the pace of the last one, would cross a
 * cap. Once crossed, the study aborts with reason 'budget' and no new trial starts.
 */
export class BudgetGuard {
  private readonly controller = new AbortController();
  private readonly maxSeconds: number | undefined;
  private lastCheckMs: number;
  exceeded = false;

  constructor(
    private readonly meter: CostMeter,
    private readonly budget: BudgetConfig,
    private readonly clock: Clock,
  ) {
    this.maxSeconds = budget.max_duration === undefined ? undefined : parseDuration(budget.max_duration);
    this.lastCheckMs = clock.now();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** After one training step: 'stop' when the next step would cross a cap. */
  checkIteration(): 'continue' | 'stop' {
    if (this.exceeded) return 'stop';
    const now = this.clock.now();
    const stepSeconds = Math.max(0, (now - this.lastCheckMs) / 1000);
    this.lastCheckMs = now;
    const seconds = this.meter.elapsedSeconds();
    const overCost = this.budget.max_cost_usd !== undefined && this.meter.costUsd(seconds + stepSeconds) > this.budget.max_cost_usd;
    const overTime = this.maxSeconds !== undefined && seconds + stepSeconds > this.maxSeconds;
    if (overCost || overTime) this.trip();
    return this.exceeded ? 'stop' : 'continue';
  }

  /** Before a new trial: whether a cap is already reached. */
  shouldNotStart(): boolean {
    const seconds = this.meter.elapsedSeconds();
    if (this.budget.max_cost_usd !== undefined && this.meter.costUsd(seconds) >= this.budget.max_cost_usd) this.trip();
    if (this.maxSeconds !== undefined && seconds >= this.maxSeconds) this.trip();
    return this.exceeded;
  }

  /** Resets the pace measurement when a new training starts. */
  startStep(): void {
    this.lastCheckMs = this.clock.now();
  }

  private trip(): void {
    if (this.exceeded) return;
    this.exceeded = true;
    this.controller.abort('budget');
  }
}
