import type { BudgetConfig } from '../core/config/training-config';
import type { CostReport } from '../core/report/metrics-document';
import type { Clock } from '../ports/clock';
import type { MachineSettings } from '../ports/environment';

/**
 * Measures the run's wall time and prices it: cost = seconds x hourly rate / 3600. The runner's
 * operator's rate (MLTRAIN_HOURLY_RATE_USD) wins over the config's, because the operator knows
 * what the machine costs.
 */
export class CostMeter {
  private readonly startedAt: number;
  readonly hourlyRateUsd: number;
  readonly rateSource: CostReport['rate_source'];

  constructor(
    private readonly clock: Clock,
    private readonly budget: BudgetConfig,
    machine: MachineSettings,
    startedAt = clock.now(),
  ) {
    this.startedAt = startedAt;
    if (machine.hourlyRateUsd !== undefined) {
      this.hourlyRateUsd = machine.hourlyRateUsd;
      this.rateSource = 'environment';
    } else if (budget.hourly_rate_usd > 0) {
      this.hourlyRateUsd = budget.hourly_rate_usd;
      this.rateSource = 'config';
    } else {
      this.hourlyRateUsd = 0;
      this.rateSource = 'default';
    }
  }

  elapsedSeconds(): number {
    return (this.clock.now() - this.startedAt) / 1000;
  }

  costUsd(seconds = this.elapsedSeconds()): number {
    return (seconds * this.hourlyRateUsd) / 3600;
  }

  report(): CostReport {
    const seconds = this.elapsedSeconds();
    return {
      usd: this.costUsd(seconds),
      seconds,
      hourly_rate_usd: this.hourlyRateUsd,
      rate_source: this.rateSource,
      ...(this.budget.max_cost_usd !== undefined ? { max_cost_usd: this.budget.max_cost_usd } : {}),
    };
  }
}
