/** mltrain's library API (package.json "exports"): the same code the action and the CLI run. */
export { loadTable } from './adapters/load-table';
export type { LoadTableOptions } from './adapters/load-table';
export type { Table, Column } from './core/data/table';
export { computeMetrics } from './core/evaluate/compute-metrics';
export { fairnessMetrics } from './core/evaluate/fairness';
export { parseConfig } from './core/config/parse-config';
export { ConfigError } from './core/config/config-error';
export { DataError } from './core/data/data-error';
export type { TrainingConfig } from './core/config/training-config';
export { Rng } from './core/random/rng';
