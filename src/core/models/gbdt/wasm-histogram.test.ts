import { describe, expect, it } from 'vitest';
import { Rng } from '../../random/rng.js';
import { binFeatures, computeBinEdges } from './binning.js';
import { SerialHistogramBuilder, type HistogramBuilder } from './histogram.js';
import { wasmApi } from './wasm-api.js';
import { histogramKernelBytes } from './wasm-histogram-kernel.js';
import { WasmHistogramBuilder, createHistogramBuilder } from './wasm-histogram-builder.js';

function setup(builder: HistogramBuilder, n: number, seed: number): void {
  const rng = Rng.fromSeed(seed);
  // rows in a shuffled order, integer gradients as the quantiser makes them
  builder.rows.set(rng.permutation(n));
  for (let i = 0; i < n; i++) {
    builder.gradHess[2 * i] = Math.round(rng.normal() * 2 ** 30);
    builder.gradHess[2 * i + 1] = 1 + rng.nextInt(2 ** 30);
  }
}

describe('WebAssembly histogram kernel', () => {
  it('assembles into a valid module', () => {
    expect(wasmApi()?.validate(histogramKernelBytes(16))).toBe(true);
  });

  it.each([6, 5])('builds the same histograms as the plain JS kernel, all or selected features, 1 and 3 threads (%i features)', async (numFeatures) => {
    const n = 30000;
    const rng = Rng.fromSeed(5);
    const features = Array.from({ length: numFeatures }, (_, f) => Float64Array.from({ length: n }, () => (rng.nextFloat() < 0.05 ? NaN : f === 4 ? rng.nextInt(7) : rng.normal())));
    const categorical = features.map((_, f) => f === 4);
    const binned = binFeatures(features, categorical, computeBinEdges(features, categorical, 64, rng.fork('bins')), 64);
    const reference = new SerialHistogramBuilder(binned);
    setup(reference, n, 9);
    for (const threads of [1, 3]) {
      const fast = await createHistogramBuilder(binned, threads);
      expect(fast).not.toBeInstanceOf(SerialHistogramBuilder);
      setup(fast, n, 9);
      for (const ids of [Int32Array.from(features.keys()), Int32Array.of(1, 3, 4)]) {
        reference.setFeatures(ids);
        fast.setFeatures(ids);
        const tasks = () => [{ begin: 0, end: n }, { begin: 100, end: 20100 }, { begin: 29990, end: 30000 }].map((t) => ({ ...t, hist: new Float64Array(2 * binned.totalBins) }));
        const expected = tasks();
        const actual = tasks();
        reference.build(expected);
        fast.build(actual);
        for (let t = 0; t < 3; t++) expect(Array.from(actual[t].hist)).toEqual(Array.from(expected[t].hist));
      }
      await fast.dispose();
    }
  });

  it('starts no more threads than batches can use (MIN_ROWS_PER_THREAD rows each)', async () => {
    const rng = Rng.fromSeed(6);
    for (const [n, expected] of [[5000, 1], [20000, 2], [30000, 3]] as const) {
      const features = [Float64Array.from({ length: n }, () => rng.normal())];
      const binned = binFeatures(features, [false], computeBinEdges(features, [false], 64, rng.fork('bins')), 64);
      const builder = await createHistogramBuilder(binned, 4);
      expect(builder).toBeInstanceOf(WasmHistogramBuilder);
      expect((builder as WasmHistogramBuilder).threads).toBe(expected);
      await builder.dispose();
    }
  });
});
