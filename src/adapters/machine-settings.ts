import { availableParallelism } from 'node:os';
import { EnvironmentError } from '../core/errors/environment-error';
import type { MachineSettings } from '../ports/environment';

/** Reads the operator's settings; a malformed rate is an error naming the variable. */
export function readMachineSettings(env: NodeJS.ProcessEnv = process.env): MachineSettings {
  const raw = env.MLTRAIN_HOURLY_RATE_USD;
  let hourlyRateUsd: number | undefined;
  if (raw !== undefined && raw.trim() !== '') {
    hourlyRateUsd = Number(raw);
    if (!Number.isFinite(hourlyRateUsd) || hourlyRateUsd < 0) {
      throw new EnvironmentError(`MLTRAIN_HOURLY_RATE_USD must be a non-negative number of USD per hour, got '${raw}'`);
    }
  }
  return { hourlyRateUsd, cores: availableParallelism() };
}

