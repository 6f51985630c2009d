import { quantileSorted } from './drift-stats';
import { cellValue, getColumn } from './table';
import type { Column, Table } from './table';

/**
 * Per-column statistics of a data set, saved as `data-profile.json` so the next run can measure
 * drift against it. Plain JSON: a statistic that does not exist (the mean of an empty column) is
 * null. Numbers keep 101 percentiles (for the KS test) and decile bins (for PSI, with a bin for
 * missing values); categories keep up to 1000 frequencies, the rest summed in `other_count`.
 */
export const PROFILE_FORMAT = 'mltrain-data-profile';
export const PROFILE_PERCENTILES = 101;
export const PSI_BINS = 10;
export const MAX_PROFILE_CATEGORIES = 1000;
/** A target with at most this many distinct values gets a label distribution by class. */
export const MAX_LABEL_CLASSES = 50;

export interface NumericColumnProfile {
  readonly name: string;
  readonly type: 'numeric' | 'boolean' | 'datetime';
  readonly count: number;
  readonly missing: number;
  readonly mean: number | null;
  /** Sample standard deviation (n - 1), as pandas' describe. */
  readonly std: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** Percentiles 0, 1, ..., 100 (linear interpolation); empty when no value is present. */
  readonly quantiles: number[];
  /** Bins (-inf, e0], (e0, e1], ..., (e_last, inf) from the deciles; counts per bin. */
  readonly histogram: { readonly edges: number[]; readonly counts: number[] };
}

export interface CategoricalColumnProfile {
  readonly name: string;
  readonly type: 'categorical';
  readonly count: number;
  readonly missing: number;
  readonly distinct: number;
  /** Most frequent categories first. */
  readonly frequencies: Record<string, number>;
  /** Rows whose category is beyond the first MAX_PROFILE_CATEGORIES. */
  readonly other_count: number;
}

export type ColumnProfile = NumericColumnProfile | CategoricalColumnProfile;

export interface LabelDistribution {
  readonly column: string;
  /** Rows per class (text of the value), most frequent first. */
  readonly counts: Record<string, number>;
  readonly fractions: Record<string, number>;
}

export interface DataProfile {
  readonly format: typeof PROFILE_FORMAT;
  readonly version: 1;
  readonly source?: string;
  readonly rows: number;
  readonly target?: string;
  readonly columns: ColumnProfile[];
  readonly label?: LabelDistribution;
}

export function profileTable(table: Table, options: { target?: string } = {}): DataProfile {
  const columns = table.columns.map((column) => profileColumn(column, table.numRows));
  const targetColumn = options.target === undefined ? undefined : getColumn(table, options.target);
  const label = targetColumn ? labelDistribution(targetColumn, table.numRows) : undefined;
  return {
    format: PROFILE_FORMAT,
    version: 1,
    ...(table.source ? { source: table.source } : {}),
    rows: table.numRows,
    ...(options.target !== undefined ? { target: options.target } : {}),
    columns,
    ...(label ? { label } : {}),
  };
}

export function profileColumn(column: Column, numRows: number): ColumnProfile {
  if (column.type === 'categorical') {
    const counts = countCategories(column, numRows);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const count = ranked.reduce((sum, [, c]) => sum + c, 0);
    const kept = ranked.slice(0, MAX_PROFILE_CATEGORIES);
    return {
      name: column.name,
      type: 'categorical',
      count,
      missing: numRows - count,
      distinct: ranked.length,
      frequencies: Object.fromEntries(kept),
      other_count: count - kept.reduce((sum, [, c]) => sum + c, 0),
    };
  }
  const sorted = presentSorted(column.values, numRows);
  const n = sorted.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i];
  const mean = n > 0 ? sum / n : NaN;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (sorted[i] - mean) ** 2;
  const quantiles = n > 0 ? Array.from({ length: PROFILE_PERCENTILES }, (_, i) => quantileSorted(sorted, i / (PROFILE_PERCENTILES - 1))) : [];
  const edges = n > 0 ? decileEdges(sorted) : [];
  return {
    name: column.name,
    type: column.type,
    count: n,
    missing: numRows - n,
    mean: finiteOrNull(mean),
    std: n > 1 ? finiteOrNull(Math.sqrt(squares / (n - 1))) : null,
    min: n > 0 ? finiteOrNull(sorted[0]) : null,
    max: n > 0 ? finiteOrNull(sorted[n - 1]) : null,
    quantiles: quantiles.map(clampInfinite),
    histogram: { edges, counts: binCounts(sorted, edges) },
  };
}

/** The distinct interior deciles: the PSI bin edges every later run reuses. */
function decileEdges(sorted: Float64Array): number[] {
  const edges: number[] = [];
  for (let i = 1; i < PSI_BINS; i++) {
    const q = quantileSorted(sorted, i / PSI_BINS);
    if (Number.isFinite(q) && (edges.length === 0 || q > edges[edges.length - 1])) edges.push(q);
  }
  return edges;
}

/** Counts of sorted values per bin (-inf, e0], (e0, e1], ..., (e_last, inf). */
export function binCounts(sorted: ArrayLike<number>, edges: readonly number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  let bin = 0;
  for (let i = 0; i < sorted.length; i++) {
    while (bin < edges.length && sorted[i] > edges[bin]) bin++;
    counts[bin]++;
  }
  return counts;
}

export function presentSorted(values: Float64Array, numRows: number): Float64Array {
  let n = 0;
  for (let i = 0; i < numRows; i++) if (!Number.isNaN(values[i])) n++;
  const present = new Float64Array(n);
  let j = 0;
  for (let i = 0; i < numRows; i++) if (!Number.isNaN(values[i])) present[j++] = values[i];
  return present.sort();
}

export function countCategories(column: Column & { type: 'categorical' }, numRows: number): Map<string, number> {
  const byCode = new Float64Array(column.categories.length);
  for (let i = 0; i < numRows; i++) if (column.codes[i] >= 0) byCode[column.codes[i]]++;
  const counts = new Map<string, number>();
  byCode.forEach((count, code) => {
    if (count > 0) counts.set(column.categories[code], (counts.get(column.categories[code]) ?? 0) + count);
  });
  return counts;
}

/** Rows per class as text (null when the target has too many values to be classes). */
export function labelCounts(column: Column, numRows: number): Map<string, number> | null {
  const counts = new Map<string, number>();
  for (let i = 0; i < numRows; i++) {
    const value = cellValue(column, i);
    if (value === null) continue;
    const key = String(value);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (counts.size > MAX_LABEL_CLASSES) return null;
  }
  return counts;
}

function labelDistribution(column: Column, numRows: number): LabelDistribution | undefined {
  const counts = labelCounts(column, numRows);
  if (!counts) return undefined;
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return {
    column: column.name,
    counts: Object.fromEntries(ranked),
    fractions: Object.fromEntries(ranked.map(([k, c]) => [k, c / total])),
  };
}

/** JSON has no infinities: the largest doubles stand in for them. */
function clampInfinite(value: number): number {
  return value === Infinity ? Number.MAX_VALUE : value === -Infinity ? -Number.MAX_VALUE : value;
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
