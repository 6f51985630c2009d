import { describe, expect, it } from 'vitest';
import { chiSquareHomogeneity, chiSquareSurvival, jensenShannonDistance, kolmogorovSurvival, psi, quantileSorted } from './drift-stats';

// Reference values: SciPy 1.10.1 / NumPy 1.24.2 via /usr/bin/python3 (Debian bookworm):
// stats.chi2.sf(x, df), special.kolmogorov(x), np.quantile(values, p).
describe('drift statistics', () => {
  it('chi-square survival matches scipy.stats.chi2.sf', () => {
    const cases: [number, number, number][] = [
      [3.84, 1, 0.05004352124870519],
      [10.0, 4, 0.04042768199451279],
      [0.5, 3, 0.9188914116546758],
      [50, 20, 0.0002214766382487835],
      [1e-3, 2, 0.9995001249791693],
      [200, 150, 0.003973185970821635],
    ];
    for (const [x, df, expected] of cases) expect(chiSquareSurvival(x, df) / expected).toBeCloseTo(1, 9);
  });

  it('Kolmogorov survival matches scipy.special.kolmogorov', () => {
    const cases: [number, number][] = [
      [0.3, 0.9999906941986655],
      [0.5, 0.9639452436648751],
      [0.8, 0.5441424115741981],
      [1.0, 0.26999967167735456],
      [1.36, 0.049485876755377876],
      [2.0, 0.0006709252557796953],
      [3.0, 3.045995948942526e-8],
    ];
    for (const [x, expected] of cases) expect(kolmogorovSurvival(x) / expected).toBeCloseTo(1, 9);
  });

  it('quantiles match numpy.quantile (linear)', () => {
    const sorted = [1, 1, 2, 3, 4, 5, 6, 9];
    const expected = [1, 1, 1.75, 3.5, 6.9, 9];
    [0, 0.1, 0.25, 0.5, 0.9, 1].forEach((p, i) => expect(quantileSorted(sorted, p)).toBeCloseTo(expected[i], 12));
  });

  it('PSI and Jensen-Shannon distance: zero for equal distributions, known values otherwise', () => {
    expect(psi([0.5, 0.5], [0.5, 0.5])).toBe(0);
    // (0.7-0.5) ln(0.7/0.5) + (0.3-0.5) ln(0.3/0.5)
    expect(psi([0.5, 0.5], [0.7, 0.3])).toBeCloseTo(0.2 * Math.log(1.4) - 0.2 * Math.log(0.6), 14);
    expect(jensenShannonDistance([1, 0], [0, 1])).toBeCloseTo(1, 14);
    expect(jensenShannonDistance([0.25, 0.75], [0.25, 0.75])).toBe(0);
  });

  it('chi-square homogeneity: equal shares give 0, a 2x2 table its textbook value', () => {
    expect(chiSquareHomogeneity([10, 20], [20, 40]).chi2).toBeCloseTo(0, 12);
    // [[10, 20], [20, 10]]: expected 15 everywhere -> 4 * 25 / 15
    const test = chiSquareHomogeneity([10, 20], [20, 10]);
    expect([test.df, test.chi2]).toEqual([1, 4 * 25 / 15]);
  });
});
