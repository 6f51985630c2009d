/**
 * Stable in-place partition of a node's rows by its split, reading the column-major bins. Rows stay
 * in ascending order inside each child, which keeps the histogram kernel's memory reads forward.
 */
import type { BinArray } from './binning.js';

/** Moves rows going left to the front of rows[begin..end); returns the first right position. */
export function partitionRows(
  rows: Uint32Array,
  begin: number,
  end: number,
  bins: BinArray,
  thresholdBin: number,
  leftBins: Uint8Array | null,
  defaultLeft: boolean,
  scratch: Uint32Array,
): number {
  let write = begin;
  let spill = 0;
  if (leftBins === null) {
    for (let i = begin; i < end; i++) {
      const r = rows[i];
      const b = bins[r];
      if (b === 0 ? defaultLeft : b <= thresholdBin) rows[write++] = r;
      else scratch[spill++] = r;
    }
  } else {
    const missingLeft = defaultLeft ? 1 : 0;
    const mask = leftBins;
    for (let i = begin; i < end; i++) {
      const r = rows[i];
      const b = bins[r];
      if ((b === 0 ? missingLeft : b < mask.length ? mask[b] : 0) === 1) rows[write++] = r;
      else scratch[spill++] = r;
    }
  }
  rows.set(scratch.subarray(0, spill), write);
  return write;
}
