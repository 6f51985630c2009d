/**
 * Summary of measured inference times (the measuring loop lives in the app layer): percentiles with
 * numpy's default linear interpolation, and throughput.
 */
import type { Numbers } from './numeric';
import { percentileSorted, sortedCopy } from './numeric';

export interface LatencySummary {
  latency_p50_ms: number;
  latency_p95_ms: number;
  latency_p99_ms: number;
  latency_mean_ms: number;
  latency_max_ms: number;
  /** Rows per second: batchSize * 1000 / mean time per call. */
  throughput_per_s: number;
  /** Number of timed calls. */
  samples: number;
  batch_size: number;
}

/**
 * Summarises per-call timings in milliseconds. With `batchSize` 1 (the default) each timing is one
 * row; otherwise each timing is one call on `batchSize` rows, which only changes the throughput.
 */
export function latencySummary(timingsMs: Numbers, options: { batchSize?: number } = {}): LatencySummary {
  const batchSize = options.batchSize ?? 1;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  if (timingsMs.length === 0) throw new RangeError('latencySummary needs at least one timing');
  for (let i = 0; i < timingsMs.length; i++) {
    const t = timingsMs[i];
    if (!Number.isFinite(t) || t < 0) throw new RangeError(`timingsMs[${i}] must be a finite number >= 0, got ${t}`);
  }
  const sorted = sortedCopy(timingsMs);
  let total = 0;
  for (const t of sorted) total += t;
  const mean = total / sorted.length;
  return {
    latency_p50_ms: percentileSorted(sorted, 50),
    latency_p95_ms: percentileSorted(sorted, 95),
    latency_p99_ms: percentileSorted(sorted, 99),
    latency_mean_ms: mean,
    latency_max_ms: sorted[sorted.length - 1],
    throughput_per_s: mean === 0 ? Infinity : (batchSize * 1000) / mean,
    samples: sorted.length,
    batch_size: batchSize,
  };
}
