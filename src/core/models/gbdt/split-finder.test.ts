import { describe, expect, it } from 'vitest';
import { Rng } from '../../random/rng.js';
import { CATEGORY_SMOOTHING, findBestSplit, weightGain, leafWeight, type FeatureLayout, type SplitSettings } from './split-finder.js';

/** Random rows binned into `numBins` local bins (0 = missing) with random g and integer h. */
function randomNode(seed: number, numFeatures: number, numBins: number, rows: number, categorical: boolean[]) {
  const rng = Rng.fromSeed(seed);
  const bins = Array.from({ length: rows }, () => Array.from({ length: numFeatures }, () => (rng.nextFloat() < 0.1 ? 0 : 1 + rng.nextInt(numBins - 1))));
  const g = Array.from({ length: rows }, () => Math.round(rng.normal() * 1000));
  const h = Array.from({ length: rows }, () => 1 + rng.nextInt(50));
  const numBinsArray = new Int32Array(numFeatures).fill(numBins);
  const offsets = Int32Array.from({ length: numFeatures + 1 }, (_, f) => f * numBins);
  const hist = new Float64Array(2 * numFeatures * numBins);
  for (let r = 0; r < rows; r++) for (let f = 0; f < numFeatures; f++) {
    hist[2 * (offsets[f] + bins[r][f])] += g[r];
    hist[2 * (offsets[f] + bins[r][f]) + 1] += h[r];
  }
  const layout: FeatureLayout = { numBins: numBinsArray, offsets, categorical };
  return { bins, g, h, hist, layout, G: g.reduce((a, b) => a + b, 0), H: h.reduce((a, b) => a + b, 0) };
}

const settings = (extra: Partial<SplitSettings> = {}): SplitSettings => ({
  lambda: 1, alpha: 0, gamma: 0, minChildWeight: 1, gradUnit: 0.001, hessUnit: 0.01, monotone: null, ...extra,
});

/** Gain of sending the rows for which goLeft(row) holds to the left, from the raw rows. */
function bruteGain(node: ReturnType<typeof randomNode>, s: SplitSettings, goLeft: (r: number) => boolean): number | null {
  let lg = 0, lh = 0;
  node.bins.forEach((_, r) => { if (goLeft(r)) { lg += node.g[r]; lh += node.h[r]; } });
  const rg = node.G - lg, rh = node.H - lh;
  if (lh === 0 || rh === 0 || lh * s.hessUnit < s.minChildWeight || rh * s.hessUnit < s.minChildWeight) return null;
  const part = (G: number, H: number) => weightGain(G * s.gradUnit, H * s.hessUnit, leafWeight(G * s.gradUnit, H * s.hessUnit, s.lambda, s.alpha), s.lambda, s.alpha);
  return part(lg, lh) + part(rg, rh) - part(node.G, node.H);
}

describe('findBestSplit', () => {
  for (const [name, extra] of [['L2', {}], ['L1 + L2', { alpha: 0.5 }], ['min_child_weight', { minChildWeight: 18 }]] as const) {
    it(`matches a brute-force scan of every numeric threshold and missing direction (${name})`, () => {
      for (let seed = 1; seed <= 8; seed++) {
        const node = randomNode(seed, 3, 9, 200, [false, false, false]);
        const s = settings(extra);
        let best = -Infinity;
        for (let f = 0; f < 3; f++) for (let t = 1; t < 8; t++) for (const missingLeft of [false, true]) {
          const gain = bruteGain(node, s, (r) => (node.bins[r][f] === 0 ? missingLeft : node.bins[r][f] <= t));
          if (gain !== null && gain > best) best = gain;
        }
        const found = findBestSplit(node.hist, Int32Array.of(0, 1, 2), node.layout, node.G, node.H, -Infinity, Infinity, s);
        expect(found).not.toBeNull();
        expect(found!.gain).toBeCloseTo(best, 9);
        const f = found!.feature;
        const again = bruteGain(node, s, (r) => (node.bins[r][f] === 0 ? found!.defaultLeft : node.bins[r][f] <= found!.bin));
        expect(again).toBeCloseTo(found!.gain, 9);
      }
    });
  }

  it('finds the best categorical partition among sorted-ratio prefixes and one-vs-rest, and the global optimum on separable data', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const node = randomNode(100 + seed, 1, 5, 300, [true]);
      const s = settings();
      const stats = [1, 2, 3, 4].map((b) => {
        let G = 0, H = 0;
        node.bins.forEach((row, r) => { if (row[0] === b) { G += node.g[r]; H += node.h[r]; } });
        return { b, ratio: (G * s.gradUnit) / (H * s.hessUnit + CATEGORY_SMOOTHING) };
      }).sort((x, y) => x.ratio - y.ratio || x.b - y.b);
      const sets: number[][] = [1, 2, 3].map((j) => stats.slice(0, j).map((e) => e.b));
      for (const b of [1, 2, 3, 4]) sets.push([b]);
      let best = -Infinity;
      for (const set of sets) for (const missingLeft of [false, true]) {
        const gain = bruteGain(node, s, (r) => (node.bins[r][0] === 0 ? missingLeft : set.includes(node.bins[r][0])));
        if (gain !== null && gain > best) best = gain;
      }
      const found = findBestSplit(node.hist, Int32Array.of(0), node.layout, node.G, node.H, -Infinity, Infinity, s);
      expect(found!.gain).toBeCloseTo(best, 9);
      expect(found!.leftBins).not.toBeNull();
    }
    // categories 1 and 3 carry negative gradients, 2 and 4 positive: the optimum is {1,3} vs {2,4}
    const hist = new Float64Array(2 * 5);
    [[1, -500, 100], [2, 400, 100], [3, -450, 100], [4, 520, 100]].forEach(([b, g, h]) => { hist[2 * b] = g; hist[2 * b + 1] = h; });
    const found = findBestSplit(hist, Int32Array.of(0), { numBins: Int32Array.of(5), offsets: Int32Array.of(0, 5), categorical: [true] }, -30, 400, -Infinity, Infinity, settings({ gradUnit: 1, hessUnit: 1 }));
    const left = [1, 2, 3, 4].filter((b) => found!.leftBins![b] === 1);
    expect([[1, 3], [2, 4]]).toContainEqual(left);
  });

  it('respects gamma, and monotone constraints reject splits whose weights go the wrong way', () => {
    const hist = new Float64Array(2 * 4);
    // bin 1: positive gradient (weight < 0), bin 2: negative gradient (weight > 0): increasing in x
    [[1, 50, 10], [2, -50, 10], [3, -40, 10]].forEach(([b, g, h]) => { hist[2 * b] = g; hist[2 * b + 1] = h; });
    const layout = { numBins: Int32Array.of(4), offsets: Int32Array.of(0, 4), categorical: [false] };
    const free = findBestSplit(hist, Int32Array.of(0), layout, -40, 30, -Infinity, Infinity, settings({ gradUnit: 1, hessUnit: 1 }))!;
    expect(free.bin).toBe(1);
    expect(findBestSplit(hist, Int32Array.of(0), layout, -40, 30, -Infinity, Infinity, settings({ gradUnit: 1, hessUnit: 1, gamma: free.gain + 1 }))).toBeNull();
    expect(findBestSplit(hist, Int32Array.of(0), layout, -40, 30, -Infinity, Infinity, settings({ gradUnit: 1, hessUnit: 1, monotone: Int8Array.of(1) }))!.bin).toBe(1);
    expect(findBestSplit(hist, Int32Array.of(0), layout, -40, 30, -Infinity, Infinity, settings({ gradUnit: 1, hessUnit: 1, monotone: Int8Array.of(-1) }))).toBeNull();
  });
});
