import { describe, expect, it } from 'vitest';
import { Rng } from '../../random/rng.js';
import { binFeatures, binOf, computeBinEdges, fillGlobalRowBins, quantileCuts, selectRanks } from './binning.js';

describe('binning', () => {
  it('gives every distinct value its own bin when there are few (midpoint cuts)', () => {
    expect(quantileCuts(Float64Array.of(1, 1, 2, 3, 3, 3), 10)).toEqual([1.5, 2.5]);
    expect(quantileCuts(new Float64Array(0), 10)).toEqual([]);
  });

  it('cuts at quantiles when values outnumber bins: about equal counts per bin', () => {
    const shuffled = Rng.fromSeed(3).shuffle(Float64Array.from({ length: 1000 }, (_, i) => i));
    expect(quantileCuts(shuffled, 4)).toEqual([249.5, 499.5, 749.5]);
  });

  it('selectRanks puts the requested order statistics in place (brute force: full sort)', () => {
    const rng = Rng.fromSeed(4);
    for (const distinct of [3, 50, 100000]) {
      const values = Float64Array.from({ length: 5000 }, () => rng.nextInt(distinct));
      const sorted = values.slice().sort();
      const ranks = [0, 1, 17, 999, 1000, 2500, 4998, 4999];
      selectRanks(values, ranks);
      for (const r of ranks) expect(values[r]).toBe(sorted[r]);
      expect(values.slice().sort()).toEqual(sorted);
    }
  });

  it('bins values as 1 + #{cuts <= x}, missing in bin 0, categorical codes c in bin c + 1', () => {
    const numeric = Float64Array.of(0, 1, 2, 3, NaN, 10);
    const codes = Float64Array.of(0, 3, NaN, 1.5, -1, 2);
    const edges = computeBinEdges([numeric, codes], [false, true], 4, Rng.fromSeed(1));
    expect(edges[1]).toEqual([]);
    const binned = binFeatures([numeric, codes], [false, true], edges, 4);
    const cuts = edges[0];
    expect(cuts.length).toBeLessThanOrEqual(3);
    expect(Array.from(binned.colBins[0])).toEqual(Array.from(numeric, (x) => binOf(x, cuts, false, 4)));
    expect(Array.from(binned.colBins[1])).toEqual([1, 0, 0, 0, 0, 3]); // code 3 does not fit in max_bin - 1 = 3 bins
    const global = new Uint16Array(2 * 6);
    fillGlobalRowBins(binned, global);
    expect(global[2 * 5]).toBe(binned.colBins[0][5]);
    expect(global[2 * 5 + 1]).toBe(binned.offsets[1] + binned.colBins[1][5]);
    expect(binned.offsets[2]).toBe(binned.totalBins);
  });
});
