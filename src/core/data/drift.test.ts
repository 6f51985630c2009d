import { describe, expect, it } from 'vitest';
import { Rng } from '../random/rng';
import { DataError } from './data-error';
import { compareToProfile, ksStatistic, parseProfile } from './drift';
import { profileTable } from './profile';
import { makeTable } from './table';
import type { Table } from './table';

/** n rows: x ~ N(shift, 1), steady ~ N(0, 1), c in {a, b, c} with P(a) = pa, y 0/1 with P(1) = py. */
function sample(seed: number, n: number, shift: number, pa: number, py: number): Table {
  const rng = Rng.fromSeed(seed);
  const x = new Float64Array(n);
  const steady = new Float64Array(n);
  const c = new Int32Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = rng.normal() + shift;
    steady[i] = rng.normal();
    const u = rng.nextFloat();
    c[i] = u < pa ? 0 : u < pa + (1 - pa) / 2 ? 1 : 2;
    y[i] = rng.nextFloat() < py ? 1 : 0;
  }
  return makeTable([
    { name: 'x', type: 'numeric', values: x },
    { name: 'steady', type: 'numeric', values: steady },
    { name: 'c', type: 'categorical', codes: c, categories: ['a', 'b', 'c'] },
    { name: 'y', type: 'numeric', values: y },
  ]);
}

describe('profile and drift', () => {
  const reference = profileTable(sample(1, 4000, 0, 1 / 3, 0.3), { target: 'y' });

  it('profiles numbers (percentiles, decile bins) and categories, and round-trips through JSON', () => {
    const x = reference.columns[0];
    expect(x.type).toBe('numeric');
    if (x.type !== 'categorical') {
      expect(x.quantiles).toHaveLength(101);
      expect(x.histogram.edges).toHaveLength(9);
      expect(x.histogram.counts.reduce((a, b) => a + b, 0)).toBe(4000);
      expect(Math.abs(x.mean!)).toBeLessThan(0.1);
      expect(Math.abs(x.std! - 1)).toBeLessThan(0.05);
    }
    expect(reference.label!.column).toBe('y');
    expect(Object.keys(reference.label!.counts)).toEqual(['0', '1']);
    const restored = parseProfile(JSON.parse(JSON.stringify(reference)), 'p.json');
    expect(restored).toEqual(reference);
    expect(compareToProfile(restored, sample(2, 3000, 0, 1 / 3, 0.3))).toEqual(compareToProfile(reference, sample(2, 3000, 0, 1 / 3, 0.3)));
  });

  it('finds no drift in a fresh sample of the same distribution', () => {
    const report = compareToProfile(reference, sample(2, 3000, 0, 1 / 3, 0.3));
    expect(report.drifted).toEqual([]);
    expect(report.columns.x.psi).toBeLessThan(0.05);
    expect(report.columns.x.ks_p_value).toBeGreaterThan(0.01);
    expect(report.columns.c.chi2_p_value).toBeGreaterThan(0.01);
    expect(report.label!.drifted).toBe(false);
  });

  it('finds drift on a shifted number, a reweighted category and a shifted label, not on the steady column', () => {
    const report = compareToProfile(reference, sample(3, 3000, 0.8, 0.7, 0.6));
    expect(report.drifted).toEqual(['x', 'c', 'y']);
    expect(report.highest_psi).toBe(Math.max(...Object.values(report.columns).map((d) => d.psi)));
    expect(report.highest_psi_column).toBe(Object.entries(report.columns).find(([, d]) => d.psi === report.highest_psi)![0]);
    expect(report.columns.steady.drifted).toBe(false);
    expect(report.columns.x.ks_statistic).toBeGreaterThan(0.25);
    expect(report.columns.x.ks_p_value).toBeLessThan(1e-6);
    expect(report.columns.c.chi2_p_value).toBeLessThan(1e-6);
    expect(report.label!.drifted).toBe(true);
    expect(report.label!.current['1']).toBeCloseTo(0.6, 1);
  });

  it('counts unseen categories and reports missing and new columns', () => {
    const table = makeTable([
      { name: 'c', type: 'categorical', codes: Int32Array.from([0, 1, 2, 2]), categories: ['a', 'z', 'q'] },
      { name: 'extra', type: 'numeric', values: new Float64Array(4) },
    ]);
    const report = compareToProfile(reference, table);
    expect(report.columns.c.unseen).toBe(3);
    expect(report.columns.c.drifted).toBe(true);
    expect(report.missing_columns).toEqual(['x', 'steady', 'y']);
    expect(report.new_columns).toEqual(['extra']);
  });

  it('KS statistic against percentiles: 0 for the same points, 1 for disjoint ones', () => {
    const percentiles = Array.from({ length: 101 }, (_, i) => i);
    expect(ksStatistic(percentiles, Float64Array.from({ length: 101 }, (_, i) => i))).toBeLessThanOrEqual(1 / 101 + 1e-12);
    expect(ksStatistic(percentiles, Float64Array.from([500, 600]))).toBe(1);
  });

  it('KS against the saved percentiles matches scipy.stats.ks_2samp on the raw samples', () => {
    // Reference: SciPy 1.10.1, ks_2samp(ref, cur, method='asymp') with ref = (i + 0.5) / 2000 for
    // i < 2000 and cur = ((i + 0.5) / 1000) ** power for i < 1000.
    const ref = makeTable([{ name: 'v', type: 'numeric', values: Float64Array.from({ length: 2000 }, (_, i) => (i + 0.5) / 2000) }]);
    const profile = profileTable(ref);
    const cases: [number, number, number][] = [
      [1.3, 0.09650000000000003, 7.388531218219606e-6],
      [1.05, 0.018500000000000016, 0.9732474650521111],
    ];
    for (const [power, statistic, pValue] of cases) {
      const cur = makeTable([{ name: 'v', type: 'numeric', values: Float64Array.from({ length: 1000 }, (_, i) => ((i + 0.5) / 1000) ** power) }]);
      const drift = compareToProfile(profile, cur).columns.v;
      expect(Math.abs(drift.ks_statistic! - statistic)).toBeLessThan(0.002);
      expect(Math.log10(drift.ks_p_value!)).toBeCloseTo(Math.log10(pValue), 0);
    }
  });

  it('refuses a file that is not a profile', () => {
    expect(() => parseProfile({ rows: 3 }, 'old.json')).toThrow(DataError);
  });
});
