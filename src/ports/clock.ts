/** Wall time in milliseconds, injected so that tests control it and costs are measured in one place. */
export interface Clock {
  now(): number;
}
