/**
 * Parameter distributions, as in Optuna: a float or int range (optionally log-scaled or on a step
 * grid) or a list of categorical choices. Samplers work on the internal representation: the value
 * itself for numbers, the choice's index for categoricals (log scaling is applied by the samplers,
 * not stored).
 */
export const DISTRIBUTION_KINDS = ['float', 'int', 'categorical'] as const;
export type DistributionKind = (typeof DISTRIBUTION_KINDS)[number];

export type CategoricalChoice = string | number | boolean | null;
export type ParamValue = CategoricalChoice;

export interface FloatDistribution {
  readonly kind: 'float';
  readonly low: number;
  readonly high: number;
  readonly log: boolean;
  readonly step: number | null;
}

export interface IntDistribution {
  readonly kind: 'int';
  readonly low: number;
  readonly high: number;
  readonly log: boolean;
  readonly step: number;
}

export interface CategoricalDistribution {
  readonly kind: 'categorical';
  readonly choices: readonly CategoricalChoice[];
}

export type Distribution = FloatDistribution | IntDistribution | CategoricalDistribution;
export type NumericDistribution = FloatDistribution | IntDistribution;

export interface RangeOptions {
  log?: boolean;
  step?: number | null;
}

export function floatDistribution(low: number, high: number, options: RangeOptions = {}): FloatDistribution {
  const log = options.log ?? false;
  const step = options.step ?? null;
  if (!Number.isFinite(low) || !Number.isFinite(high)) throw new RangeError(`float range must be finite, got [${low}, ${high}]`);
  if (low > high) throw new RangeError(`float range needs low <= high, got [${low}, ${high}]`);
  if (log && step !== null) throw new RangeError('a float distribution cannot be both log-scaled and stepped');
  if (log && low <= 0) throw new RangeError(`a log-scaled float needs low > 0, got ${low}`);
  if (step !== null && !(step > 0)) throw new RangeError(`step must be > 0, got ${step}`);
  // Like Optuna, a stepped range's high is moved down onto the grid.
  const adjustedHigh = step === null ? high : onGrid(low + Math.floor((high - low) / step + 1e-9) * step, low, step);
  return { kind: 'float', low, high: adjustedHigh, log, step };
}

export function intDistribution(low: number, high: number, options: RangeOptions = {}): IntDistribution {
  const log = options.log ?? false;
  const step = options.step ?? 1;
  if (!Number.isInteger(low) || !Number.isInteger(high)) throw new RangeError(`int range needs integers, got [${low}, ${high}]`);
  if (low > high) throw new RangeError(`int range needs low <= high, got [${low}, ${high}]`);
  if (!Number.isInteger(step) || step < 1) throw new RangeError(`int step must be a positive integer, got ${step}`);
  if (log && step !== 1) throw new RangeError('a log-scaled int distribution needs step 1');
  if (log && low < 1) throw new RangeError(`a log-scaled int needs low >= 1, got ${low}`);
  const adjustedHigh = low + Math.floor((high - low) / step) * step;
  return { kind: 'int', low, high: adjustedHigh, log, step };
}

export function categoricalDistribution(choices: readonly CategoricalChoice[]): CategoricalDistribution {
  if (choices.length === 0) throw new RangeError('a categorical distribution needs at least one choice');
  return { kind: 'categorical', choices: [...choices] };
}

/** External value -> internal number (categorical: the choice's index). */
export function toInternal(distribution: Distribution, value: ParamValue): number {
  if (distribution.kind === 'categorical') {
    const index = distribution.choices.findIndex((choice) => Object.is(choice, value) || choice === value);
    if (index < 0) throw new RangeError(`${String(value)} is not one of the choices ${JSON.stringify(distribution.choices)}`);
    return index;
  }
  if (typeof value !== 'number') throw new TypeError(`a ${distribution.kind} parameter needs a number, got ${String(value)}`);
  return value;
}

/** Internal number -> external value. */
export function toExternal(distribution: Distribution, internal: number): ParamValue {
  if (distribution.kind === 'categorical') return distribution.choices[Math.round(internal)];
  if (distribution.kind === 'int') return Math.round(internal);
  return internal;
}

/** Whether an internal value lies in the distribution (on its grid for stepped ranges). */
export function containsInternal(distribution: Distribution, internal: number): boolean {
  if (!Number.isFinite(internal)) return false;
  if (distribution.kind === 'categorical') return Number.isInteger(internal) && internal >= 0 && internal < distribution.choices.length;
  if (internal < distribution.low || internal > distribution.high) return false;
  if (distribution.kind === 'int') return Number.isInteger(internal) && (internal - distribution.low) % distribution.step === 0;
  if (distribution.step === null) return true;
  const k = (internal - distribution.low) / distribution.step;
  return Math.abs(k - Math.round(k)) < 1e-8;
}

/** Whether the distribution admits exactly one value. */
export function isSingle(distribution: Distribution): boolean {
  if (distribution.kind === 'categorical') return distribution.choices.length === 1;
  if (distribution.kind === 'float' && distribution.step === null) return distribution.low === distribution.high;
  return distribution.low === distribution.high;
}

export function distributionsEqual(a: Distribution, b: Distribution): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'categorical' && b.kind === 'categorical') {
    return a.choices.length === b.choices.length && a.choices.every((choice, i) => Object.is(choice, b.choices[i]));
  }
  const x = a as NumericDistribution;
  const y = b as NumericDistribution;
  return x.low === y.low && x.high === y.high && x.log === y.log && x.step === y.step;
}

/** Snaps an internal numeric value onto the distribution's grid and range. */
export function snapToGrid(distribution: NumericDistribution, value: number): number {
  const { low, high, step } = distribution;
  let snapped = value;
  if (step !== null) snapped = onGrid(Math.round((value - low) / step) * step + low, low, step);
  else if (distribution.kind === 'int') snapped = Math.round(value);
  return Math.min(high, Math.max(low, snapped));
}

/** Rounds away binary noise (0.1 * 3 = 0.30000000000000004) to the decimals of low and step. */
function onGrid(value: number, low: number, step: number): number {
  const decimals = Math.max(decimalPlaces(low), decimalPlaces(step));
  return decimals > 15 ? value : Number(value.toFixed(decimals));
}

function decimalPlaces(x: number): number {
  const text = String(x);
  const exponent = text.match(/e-(\d+)$/);
  if (exponent) return Number(exponent[1]) + (text.split('e')[0].split('.')[1]?.length ?? 0);
  return text.split('.')[1]?.length ?? 0;
}

/** Number of grid points of a stepped or int range (Infinity for continuous floats). */
export function gridSize(distribution: Distribution): number {
  if (distribution.kind === 'categorical') return distribution.choices.length;
  if (distribution.step === null) return Number.POSITIVE_INFINITY;
  return Math.round((distribution.high - distribution.low) / distribution.step) + 1;
}
