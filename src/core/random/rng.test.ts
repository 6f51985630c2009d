import { describe, expect, it } from 'vitest';
import { Rng } from './rng';

describe('Rng', () => {
  it('gives the same sequence for the same seed and path', () => {
    const a = Rng.fromSeed(42).fork('split');
    const b = Rng.fromSeed(42).fork('split');
    const xs = Array.from({ length: 5 }, () => a.nextUint32());
    expect(Array.from({ length: 5 }, () => b.nextUint32())).toEqual(xs);
  });

  it('forks do not depend on how much the parent drew', () => {
    const root = Rng.fromSeed(7);
    const before = root.fork('sampler').nextFloat();
    for (let i = 0; i < 100; i++) root.nextFloat();
    expect(root.fork('sampler').nextFloat()).toBe(before);
  });

  it('different names and seeds give different streams', () => {
    const root = Rng.fromSeed(1);
    expect(root.fork('a').nextUint32()).not.toBe(root.fork('b').nextUint32());
    expect(Rng.fromSeed(1).nextUint32()).not.toBe(Rng.fromSeed(2).nextUint32());
  });

  it('draws uniform floats with the right mean and variance', () => {
    const rng = Rng.fromSeed(3);
    let sum = 0;
    let sumSq = 0;
    const n = 100_000;
    let min = 1;
    let max = 0;
    for (let i = 0; i < n; i++) {
      const x = rng.nextFloat();
      min = Math.min(min, x);
      max = Math.max(max, x);
      sum += x;
      sumSq += x * x;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    const mean = sum / n;
    expect(mean).toBeCloseTo(0.5, 2);
    expect(sumSq / n - mean * mean).toBeCloseTo(1 / 12, 2);
  });

  it('draws unbiased integers and standard normals', () => {
    const rng = Rng.fromSeed(4);
    const counts = new Array<number>(6).fill(0);
    for (let i = 0; i < 60_000; i++) counts[rng.nextInt(6)]++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(400);
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < 50_000; i++) {
      const z = rng.normal();
      sum += z;
      sumSq += z * z;
    }
    expect(sum / 50_000).toBeCloseTo(0, 1);
    expect(sumSq / 50_000).toBeCloseTo(1, 1);
  });

  it('permutes every index exactly once and restores state', () => {
    const rng = Rng.fromSeed(5);
    const perm = rng.permutation(1000);
    expect([...perm].sort((x, y) => x - y)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    const saved = rng.state();
    const next = [rng.nextUint32(), rng.normal()];
    const resumed = Rng.restore(saved);
    expect([resumed.nextUint32(), resumed.normal()]).toEqual(next);
  });

  it('samples k distinct indices, ascending, each index equally likely', () => {
    const rng = Rng.fromSeed(9);
    const hits = new Float64Array(10);
    for (let t = 0; t < 4000; t++) {
      const picked = rng.sample(10, 3);
      expect(picked.length).toBe(3);
      expect(picked[0] < picked[1] && picked[1] < picked[2]).toBe(true);
      for (const i of picked) hits[i]++;
    }
    // Each index is picked with probability 3/10: 1200 of 4000, binomial SD about 29.
    for (const h of hits) expect(Math.abs(h - 1200)).toBeLessThan(150);
    expect(Array.from(Rng.fromSeed(1).sample(5, 5))).toEqual([0, 1, 2, 3, 4]);
    expect(() => rng.sample(3, 4)).toThrow(RangeError);
  });
});
