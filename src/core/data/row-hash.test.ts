import { describe, expect, it } from 'vitest';
import { RowHashIndex, rowHashes, rowsEqual } from './row-hash';
import type { Column } from './table';

describe('RowHashIndex', () => {
  it('finds every added row with its hash, and only through the caller confirming it', () => {
    // Many rows share a hash (forced collisions) and the table is nearly full after growth.
    const hashes = Float64Array.from({ length: 300 }, (_, i) => (i % 7) * 2 ** 40 + (i % 3));
    const index = new RowHashIndex(hashes, hashes.length);
    for (let r = 0; r < hashes.length; r++) index.add(r);
    for (let r = 0; r < hashes.length; r++) {
      const seen: number[] = [];
      expect(index.find(hashes[r], (row) => row === r)).toBe(true);
      index.find(hashes[r], (row) => (seen.push(row), false));
      const expected = Array.from({ length: 300 }, (_, i) => i).filter((i) => hashes[i] === hashes[r]);
      expect(seen.sort((a, b) => a - b)).toEqual(expected);
    }
    expect(index.find(12345.5, () => true)).toBe(false);
  });

  it('with rowHashes and rowsEqual, finds exactly the repeated rows of a table', () => {
    const numbers: Column = { name: 'x', type: 'numeric', values: Float64Array.from([1, 2, NaN, 1, NaN, 0, -0]) };
    const text: Column = { name: 'c', type: 'categorical', categories: ['a', 'b'], codes: Int32Array.from([0, 1, -1, 0, -1, 1, 1]) };
    const columns = [numbers, text];
    const hashes = rowHashes(columns, 7);
    const index = new RowHashIndex(hashes, 7);
    const repeats: number[] = [];
    for (let r = 0; r < 7; r++) {
      if (index.find(hashes[r], (earlier) => rowsEqual(columns, earlier, columns, r))) repeats.push(r);
      else index.add(r);
    }
    expect(repeats).toEqual([3, 4, 6]);
  });
});
