import type { Column } from './table';

/**
 * Finds rows equal on the given columns without building a string per row: a 53-bit hash per
 * row groups candidates, and an exact comparison confirms each match (missing equals missing).
 */
export function rowHashes(columns: readonly Column[], numRows: number): Float64Array {
  const h1 = new Int32Array(numRows).fill(0x811c9dc5);
  const h2 = new Int32Array(numRows).fill(0x9e3779b9);
  const bits = new Float64Array(1);
  const words = new Int32Array(bits.buffer);
  for (const column of columns) {
    // Categories hash by their text, so two tables with different code orders agree.
    const textHashes = column.type === 'categorical' ? Int32Array.from(column.categories, stringHash) : undefined;
    for (let i = 0; i < numRows; i++) {
      let lo: number;
      let hi: number;
      if (column.type === 'categorical') {
        const code = column.codes[i];
        lo = code < 0 ? -1 : textHashes![code];
        hi = 0x5bd1e995;
      } else {
        const v = column.values[i];
        bits[0] = Number.isNaN(v) ? NaN : v === 0 ? 0 : v;
        lo = words[0];
        hi = words[1];
      }
      h1[i] = Math.imul(h1[i] ^ lo, 0x01000193) ^ Math.imul(hi, 0x85ebca6b);
      h2[i] = Math.imul(h2[i] ^ hi, 0xc2b2ae35) ^ Math.imul(lo ^ (h2[i] >>> 15), 0x27d4eb2f);
    }
  }
  const out = new Float64Array(numRows);
  for (let i = 0; i < numRows; i++) out[i] = (h1[i] >>> 0) * 2097152 + ((h2[i] >>> 0) & 0x1fffff);
  return out;
}

/** Are row a of `left` and row b of `right` equal on paired columns (same order)? */
export function rowsEqual(left: readonly Column[], a: number, right: readonly Column[], b: number): boolean {
  for (let c = 0; c < left.length; c++) {
    const x = left[c];
    const y = right[c];
    if (x.type === 'categorical' || y.type === 'categorical') {
      if (x.type !== 'categorical' || y.type !== 'categorical') return false;
      const cx = x.codes[a];
      const cy = y.codes[b];
      if (cx < 0 || cy < 0) {
        if (cx !== cy && (cx >= 0 || cy >= 0)) return false;
        continue;
      }
      if (x.categories[cx] !== y.categories[cy]) return false;
    } else {
      const vx = x.values[a];
      const vy = y.values[b];
      if (vx !== vy && !(Number.isNaN(vx) && Number.isNaN(vy))) return false;
    }
  }
  return true;
}

function stringHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}
