import { latencySummary, type LatencySummary } from '../core/evaluate/latency';
import type { TrainedModel } from '../core/models/trainer';
import type { Clock } from '../ports/clock';

export interface LatencyReport {
  single: LatencySummary;
  batch: LatencySummary;
}

const WARM_UP_CALLS = 20;
const BATCH_REPEATS = 5;

/**
 * Times the trained model on test rows after a warm-up: one row per call (p50/p95/p99 per row)
 * and batches of `batchSize` rows (throughput). Returns undefined when there are no rows.
 */
export function measureLatency(model: TrainedModel, features: Float64Array[], clock: Clock, options: { rows: number; batchSize: number }): LatencyReport | undefined {
  const available = features.length === 0 ? 0 : features[0].length;
  const rows = Math.min(options.rows, available);
  if (rows === 0) return undefined;
  const row = (i: number) => features.map((column) => column.subarray(i, i + 1));
  for (let i = 0; i < Math.min(WARM_UP_CALLS, rows); i++) model.predict(row(i));
  const timings = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const input = row(i);
    const start = clock.now();
    model.predict(input);
    timings[i] = clock.now() - start;
  }
  const batchSize = Math.min(options.batchSize, available);
  const batch = features.map((column) => column.subarray(0, batchSize));
  model.predict(batch);
  const batchTimings = new Float64Array(BATCH_REPEATS);
  for (let r = 0; r < BATCH_REPEATS; r++) {
    const start = clock.now();
    model.predict(batch);
    batchTimings[r] = clock.now() - start;
  }
  return { single: latencySummary(timings), batch: latencySummary(batchTimings, { batchSize }) };
}
