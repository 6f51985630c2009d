/** Settings the machine's operator gives through environment variables (read at the edge). */
export interface MachineSettings {
  /** MLTRAIN_HOURLY_RATE_USD: the runner's cost per hour, which wins over the config's. */
  hourlyRateUsd?: number;
  /** How many cores the machine has, for `threads: auto`. */
  cores: number;
}
