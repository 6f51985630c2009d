import { describe, expect, it } from 'vitest';
import { Rng } from '../random/rng';
import { splitRows } from './split';
import type { SplitRequest } from './split';
import { stratifiedKFold } from './stratified-k-fold';

const rng = (): Rng => Rng.fromSeed(42).fork('split');

function checkPartition(numRows: number, parts: Uint32Array[]): void {
  const all = parts.flatMap((p) => Array.from(p)).sort((a, b) => a - b);
  expect(all).toEqual(Array.from({ length: numRows }, (_, i) => i));
}

function count(rows: Uint32Array, labels: ArrayLike<number>, label: number): number {
  return Array.from(rows).filter((r) => labels[r] === label).length;
}

describe('splitRows', () => {
  const labels = Float64Array.from({ length: 1000 }, (_, i) => (i % 10 === 0 ? 1 : 0)); // 10% positives

  it('random: sizes like scikit-learn (test rounded up), a partition, same seed same split', () => {
    const request: SplitRequest = { numRows: 101, method: 'random', testSize: 0.2, validationSize: 0.25, rng: rng() };
    const split = splitRows(request);
    expect([split.test.length, split.validation.length, split.train.length]).toEqual([21, 20, 60]);
    checkPartition(101, [split.train, split.validation, split.test]);
    expect(splitRows({ ...request, rng: rng() })).toEqual(split);
    expect(splitRows({ ...request, rng: Rng.fromSeed(43).fork('split') }).test).not.toEqual(split.test);
  });

  it('validationSize 0 means no validation part; counts >= 1 are row counts', () => {
    const split = splitRows({ numRows: 50, method: 'random', testSize: 10, validationSize: 0, rng: rng() });
    expect([split.test.length, split.validation.length, split.train.length]).toEqual([10, 0, 40]);
  });

  it('stratified: every part keeps the label share exactly', () => {
    const split = splitRows({ numRows: 1000, method: 'stratified', testSize: 0.2, validationSize: 0.25, labels, rng: rng() });
    expect([count(split.test, labels, 1), split.test.length]).toEqual([20, 200]);
    expect([count(split.validation, labels, 1), split.validation.length]).toEqual([20, 200]);
    expect([count(split.train, labels, 1), split.train.length]).toEqual([60, 600]);
    checkPartition(1000, [split.train, split.validation, split.test]);
  });

  it('group: no group in two parts', () => {
    const groups = Float64Array.from({ length: 600 }, (_, i) => Math.floor(i / 7));
    const split = splitRows({ numRows: 600, method: 'group', testSize: 0.2, validationSize: 0.2, groups, rng: rng() });
    const partOf = new Map<number, string>();
    for (const [name, rows] of Object.entries(split)) {
      for (const row of rows as Uint32Array) {
        const group = groups[row];
        expect(partOf.get(group) ?? name).toBe(name);
        partOf.set(group, name);
      }
    }
    expect(Math.abs(split.test.length - 120)).toBeLessThanOrEqual(7);
    checkPartition(600, [split.train, split.validation, split.test]);
  });

  it('group: accepts a categorical column; a missing group is a group of one row', () => {
    const column = { name: 'user', type: 'categorical' as const, codes: Int32Array.from([0, 0, 1, 1, -1, -1, 2, 2, 3, 3]), categories: ['a', 'b', 'c', 'd'] };
    const split = splitRows({ numRows: 10, method: 'group', testSize: 0.2, validationSize: 0, groups: column, rng: rng() });
    expect(split.test.length).toBe(2);
    const codes = Array.from(split.test).map((r) => column.codes[r]);
    expect(codes[0] === -1 || codes[0] === codes[1]).toBe(true);
  });

  it('time: the test part is the latest rows, validation the ones before, ties by row index', () => {
    const order = Float64Array.from([5, 1, 9, 3, 7, 2, 8, 0, 6, 4]);
    const split = splitRows({ numRows: 10, method: 'time', testSize: 0.2, validationSize: 0.25, order, rng: rng() });
    expect(Array.from(split.test)).toEqual([2, 6]); // times 9, 8
    expect(Array.from(split.validation)).toEqual([4, 8]); // times 7, 6
    expect(() => splitRows({ numRows: 2, method: 'time', testSize: 0.5, validationSize: 0, order: [1, NaN], rng: rng() })).toThrow(/no time value/);
  });

  it('refuses sizes that leave nothing to train on and methods without their input', () => {
    expect(() => splitRows({ numRows: 10, method: 'random', testSize: 1.5, validationSize: 0, rng: rng() })).toThrow(/row count/);
    expect(() => splitRows({ numRows: 10, method: 'random', testSize: 10, validationSize: 0, rng: rng() })).toThrow(/takes all 10 rows/);
    expect(() => splitRows({ numRows: 10, method: 'random', testSize: 0.5, validationSize: 0.99, rng: rng() })).toThrow(/validation size/);
    expect(() => splitRows({ numRows: 10, method: 'stratified', testSize: 0.2, validationSize: 0, rng: rng() })).toThrow(/needs labels/);
  });
});

describe('stratifiedKFold', () => {
  it('makes k disjoint validation folds covering every row, each with the class share', () => {
    const labels = Float64Array.from({ length: 103 }, (_, i) => (i % 4 === 0 ? 1 : 0)); // 26 positives
    const folds = stratifiedKFold(labels, 5, Rng.fromSeed(1).fork('cv'));
    expect(folds).toHaveLength(5);
    checkPartition(103, folds.map((f) => f.validation));
    for (const fold of folds) {
      expect(fold.validation.length + fold.train.length).toBe(103);
      expect([20, 21]).toContain(fold.validation.length);
      expect([5, 6]).toContain(count(fold.validation, labels, 1));
    }
    expect(stratifiedKFold(labels, 5, Rng.fromSeed(1).fork('cv'))).toEqual(folds);
  });

  it('folds a subset of rows and keeps table indices', () => {
    const labels = [0, 1, 0, 1, 0, 1, 0, 1];
    const folds = stratifiedKFold(labels, 2, Rng.fromSeed(1), [1, 2, 3, 4]);
    checkPartition(4, folds.map((f) => Uint32Array.from(f.validation, (r) => r - 1)));
    for (const fold of folds) expect(Array.from(fold.validation).map((r) => labels[r]).sort()).toEqual([0, 1]);
  });
});
