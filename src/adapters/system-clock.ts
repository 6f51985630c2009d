import { performance } from 'node:perf_hooks';
import type { Clock } from '../ports/clock';

/** Monotonic milliseconds (performance.now), so a clock change on the runner cannot skew costs. */
export const systemClock: Clock = { now: () => performance.now() };
