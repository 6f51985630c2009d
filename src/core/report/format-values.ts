import { formatNumber } from './format-table';

/** Dollars with enough decimals for the cents of small runs: $0.0042, $12.35. */
export function formatUsd(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return `$${value.toFixed(Math.abs(value) >= 10 ? 2 : 4)}`;
}

/** A duration a person reads at a glance: 42.0 s, 3 min 05 s, 2 h 07 min. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return 'n/a';
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  if (whole < 3600) return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
  return `${Math.floor(whole / 3600)} h ${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')} min`;
}

/** A change with its sign: +0.0123, -0.0040, 0.0000. */
export function formatSigned(value: number | null | undefined, digits = 4): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  const text = value.toFixed(digits);
  if (/^-0\.?0*$/.test(text)) return text.slice(1);
  return value > 0 && !/^0\.?0*$/.test(text) ? `+${text}` : text;
}

/** An interval as [low, high]. */
export function formatInterval(interval: readonly [number, number] | undefined, digits = 4): string {
  if (!interval) return '';
  return `[${formatNumber(interval[0], digits)}, ${formatNumber(interval[1], digits)}]`;
}

/** A share as a percentage: 0.123 -> 12.3%. */
export function formatPercent(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return `${(value * 100).toFixed(digits)}%`;
}

/** Any parameter value as short text (objects as JSON). */
export function formatParam(value: unknown): string {
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? String(value);
}
