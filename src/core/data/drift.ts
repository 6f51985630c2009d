import { DataError } from './data-error';
import { chiSquareHomogeneity, jensenShannonDistance, ksPValue, psi } from './drift-stats';
import { binCounts, countCategories, labelCounts, presentSorted, PROFILE_FORMAT } from './profile';
import type { CategoricalColumnProfile, ColumnProfile, DataProfile, NumericColumnProfile } from './profile';
import { getColumn } from './table';
import type { Column, Table } from './table';

/**
 * Drift of a table against a saved profile, per column. Numbers: PSI over the reference's decile
 * bins plus a missing-value bin, the KS statistic against the reference's percentile curve (101
 * points, so the statistic is exact to about 0.01) with its asymptotic p-value, and the
 * Jensen-Shannon distance over the same bins. Categories: PSI, chi-square (homogeneity of the
 * two count rows) and Jensen-Shannon over the reference's categories plus one bin for categories
 * the reference never saw (`unseen`) and one for missing values. A column drifted when its PSI
 * exceeds `maxPsi` (default 0.2). Keys are snake_case: they go into metrics.json as they are.
 */
export interface ColumnDrift {
  readonly type: 'numeric' | 'categorical';
  readonly psi: number;
  readonly js_distance: number;
  readonly ks_statistic?: number;
  readonly ks_p_value?: number;
  readonly chi2?: number;
  readonly chi2_p_value?: number;
  /** Current rows with a category absent from the reference. */
  readonly unseen?: number;
  readonly reference_rows: number;
  readonly current_rows: number;
  readonly drifted: boolean;
}

export interface DriftReport {
  readonly max_psi: number;
  /** The largest PSI over the compared columns (0 when none), for a `drift_max_psi` gate. */
  readonly highest_psi: number;
  readonly highest_psi_column: string | null;
  readonly columns: Record<string, ColumnDrift>;
  /** Columns whose PSI exceeds max_psi. */
  readonly drifted: string[];
  /** In the reference, not in the data; and the reverse. */
  readonly missing_columns: string[];
  readonly new_columns: string[];
  /** Shift of the class distribution of the target (when both sides have one). */
  readonly label?: { readonly psi: number; readonly js_distance: number; readonly chi2: number; readonly chi2_p_value: number; readonly drifted: boolean; readonly reference: Record<string, number>; readonly current: Record<string, number> };
}

export interface DriftOptions {
  readonly maxPsi?: number;
  /** Columns to compare (default: every column of the reference). */
  readonly columns?: readonly string[];
}

export function compareToProfile(reference: DataProfile, table: Table, options: DriftOptions = {}): DriftReport {
  const maxPsi = options.maxPsi ?? 0.2;
  const wanted = new Set(options.columns ?? reference.columns.map((c) => c.name));
  const columns: Record<string, ColumnDrift> = {};
  const missing: string[] = [];
  for (const profile of reference.columns) {
    if (!wanted.has(profile.name)) continue;
    const column = getColumn(table, profile.name);
    if (!column) {
      missing.push(profile.name);
      continue;
    }
    columns[profile.name] = profile.type === 'categorical' ? categoricalDrift(profile, column, table.numRows, maxPsi) : numericDrift(profile, column, table.numRows, maxPsi);
  }
  const known = new Set(reference.columns.map((c) => c.name));
  let highest: [string, number] | null = null;
  for (const [name, drift] of Object.entries(columns)) if (!highest || drift.psi > highest[1]) highest = [name, drift.psi];
  return {
    max_psi: maxPsi,
    highest_psi: highest ? highest[1] : 0,
    highest_psi_column: highest ? highest[0] : null,
    columns,
    drifted: Object.entries(columns).filter(([, d]) => d.drifted).map(([name]) => name),
    missing_columns: missing,
    new_columns: table.columnNames.filter((name) => !known.has(name)),
    ...labelShift(reference, table, maxPsi),
  };
}

function numericDrift(profile: NumericColumnProfile, column: Column, numRows: number, maxPsi: number): ColumnDrift {
  if (column.type === 'categorical') return categoricalAgainstNumeric(profile, column, numRows, maxPsi);
  const sorted = presentSorted(column.values, numRows);
  const edges = profile.histogram.edges;
  const expected = [...profile.histogram.counts, profile.missing];
  const actual = [...binCounts(sorted, edges), numRows - sorted.length];
  const ks = ksStatistic(profile.quantiles, sorted);
  const psiValue = psi(fractions(expected), fractions(actual));
  return {
    type: 'numeric',
    psi: psiValue,
    js_distance: jensenShannonDistance(fractions(expected), fractions(actual)),
    ks_statistic: ks,
    ks_p_value: sorted.length > 0 && profile.count > 0 ? ksPValue(ks, profile.count, sorted.length) : 1,
    reference_rows: profile.count + profile.missing,
    current_rows: numRows,
    drifted: psiValue > maxPsi,
  };
}

/** The column was numeric and now holds text: its values go to a bin the reference left empty. */
function categoricalAgainstNumeric(profile: NumericColumnProfile, column: Column & { type: 'categorical' }, numRows: number, maxPsi: number): ColumnDrift {
  let present = 0;
  for (let i = 0; i < numRows; i++) if (column.codes[i] >= 0) present++;
  const expected = [...profile.histogram.counts, profile.missing, 0];
  const actual = [...profile.histogram.counts.map(() => 0), numRows - present, present];
  const psiValue = psi(fractions(expected), fractions(actual));
  return {
    type: 'numeric',
    psi: psiValue,
    js_distance: jensenShannonDistance(fractions(expected), fractions(actual)),
    reference_rows: profile.count + profile.missing,
    current_rows: numRows,
    drifted: psiValue > maxPsi,
  };
}

function categoricalDrift(profile: CategoricalColumnProfile, column: Column, numRows: number, maxPsi: number): ColumnDrift {
  const current = column.type === 'categorical' ? countCategories(column, numRows) : numberTexts(column, numRows);
  const categories = Object.keys(profile.frequencies);
  const expected = [...categories.map((c) => profile.frequencies[c]), profile.other_count, profile.missing];
  let seen = 0;
  const actualKnown = categories.map((c) => {
    const count = current.get(c) ?? 0;
    seen += count;
    return count;
  });
  const present = [...current.values()].reduce((a, b) => a + b, 0);
  const unseen = present - seen;
  const actual = [...actualKnown, unseen, numRows - present];
  const test = chiSquareHomogeneity(expected, actual);
  const psiValue = psi(fractions(expected), fractions(actual));
  return {
    type: 'categorical',
    psi: psiValue,
    js_distance: jensenShannonDistance(fractions(expected), fractions(actual)),
    chi2: test.chi2,
    chi2_p_value: test.pValue,
    unseen,
    reference_rows: profile.count + profile.missing,
    current_rows: numRows,
    drifted: psiValue > maxPsi,
  };
}

function labelShift(reference: DataProfile, table: Table, maxPsi: number): Pick<DriftReport, 'label'> {
  if (!reference.label) return {};
  const column = getColumn(table, reference.label.column);
  const counts = column ? labelCounts(column, table.numRows) : null;
  if (!counts) return {};
  const classes = [...new Set([...Object.keys(reference.label.counts), ...counts.keys()])];
  const expected = classes.map((c) => reference.label!.counts[c] ?? 0);
  const actual = classes.map((c) => counts.get(c) ?? 0);
  const test = chiSquareHomogeneity(expected, actual);
  const psiValue = psi(fractions(expected), fractions(actual));
  const shares = (values: number[]): Record<string, number> => Object.fromEntries(classes.map((c, i) => [c, fractions(values)[i]]));
  return {
    label: {
      psi: psiValue,
      js_distance: jensenShannonDistance(fractions(expected), fractions(actual)),
      chi2: test.chi2,
      chi2_p_value: test.pValue,
      drifted: psiValue > maxPsi,
      reference: shares(expected),
      current: shares(actual),
    },
  };
}

/** sup |F_current - F_reference| with F_reference interpolated along the saved percentiles. */
export function ksStatistic(percentiles: readonly number[], sorted: Float64Array): number {
  const m = sorted.length;
  if (m === 0 || percentiles.length < 2) return 0;
  const last = percentiles.length - 1;
  const referenceCdf = (x: number): number => {
    if (x < percentiles[0]) return 0;
    if (x >= percentiles[last]) return 1;
    let low = 0;
    let high = last;
    while (high - low > 1) {
      const mid = (low + high) >> 1;
      if (percentiles[mid] <= x) low = mid;
      else high = mid;
    }
    // percentiles[low] <= x < percentiles[low + 1]: linear in between.
    const span = percentiles[low + 1] - percentiles[low];
    return (low + (span > 0 ? (x - percentiles[low]) / span : 0)) / last;
  };
  let statistic = 0;
  for (let i = 0; i < m; ) {
    let j = i;
    while (j + 1 < m && sorted[j + 1] === sorted[i]) j++;
    const f = referenceCdf(sorted[i]);
    statistic = Math.max(statistic, Math.abs(f - i / m), Math.abs(f - (j + 1) / m));
    i = j + 1;
  }
  return statistic;
}

function numberTexts(column: Column, numRows: number): Map<string, number> {
  const counts = new Map<string, number>();
  if (column.type === 'categorical') return counts;
  for (let i = 0; i < numRows; i++) {
    const v = column.values[i];
    if (Number.isNaN(v)) continue;
    const key = column.type === 'boolean' ? String(v === 1) : String(v);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function fractions(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => (total > 0 ? c / total : 0));
}

/** Checks the outer shape of a profile read from a file (data.drift.reference). */
export function parseProfile(json: unknown, source: string): DataProfile {
  const data = json as Partial<DataProfile> | null;
  if (!data || data.format !== PROFILE_FORMAT || data.version !== 1 || !Array.isArray(data.columns) || typeof data.rows !== 'number') {
    throw new DataError(source, { problem: 'unsupported_format', message: `not an mltrain data profile (expected "format": "${PROFILE_FORMAT}", "version": 1; write one with \`mltrain data profile\`)`, count: 1 });
  }
  for (const column of data.columns as ColumnProfile[]) {
    const ok = typeof column.name === 'string' && (column.type === 'categorical'
      ? typeof column.frequencies === 'object' && column.frequencies !== null
      : Array.isArray(column.quantiles) && Array.isArray(column.histogram?.edges) && Array.isArray(column.histogram?.counts));
    if (!ok) throw new DataError(source, { problem: 'unsupported_format', column: String(column.name), message: 'the profile entry for this column is incomplete', count: 1 });
  }
  return data as DataProfile;
}
