import type { Column } from './table';

/**
 * Finds rows equal on the given columns without building a string per row: a 53-bit hash per
 * row groups candidates, and an exact comparison confirms each match (missing equals missing).
 */
export function rowHashes(columns: readonly Column[], numRows: number): Float64Array {
  const h1 = new Int32Array(numRows).fill(0x811c9dc5);
  const h2 = new Int32Array(numRows).fill(0x9e3779b9);
  for (const column of columns) {
    if (column.type === 'categorical') {
      // Categories hash by their text, so two tables with different code orders agree.
      const textHashes = Int32Array.from(column.categories, stringHash);
      for (let i = 0; i < numRows; i++) {
        const code = column.codes[i];
        mix(h1, h2, i, code < 0 ? -1 : textHashes[code], 0x5bd1e995);
      }
      continue;
    }
    // The doubles' two 32-bit words read in place (no copy per value); NaN and -0 take the
    // words of the canonical NaN and of +0, so equal values hash alike.
    const values = column.values;
    const words = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
    for (let i = 0; i < numRows; i++) {
      const v = values[i];
      if (v !== v) mix(h1, h2, i, 0, 0x7ff80000);
      else if (v === 0) mix(h1, h2, i, 0, 0);
      else mix(h1, h2, i, words[2 * i], words[2 * i + 1]);
    }
  }
  const out = new Float64Array(numRows);
  for (let i = 0; i < numRows; i++) out[i] = (h1[i] >>> 0) * 2097152 + ((h2[i] >>> 0) & 0x1fffff);
  return out;
}

/**
 * Rows by hash in an open-addressing table of typed arrays (no Map of a million boxed keys, no
 * array per row): rows with equal hashes sit in successive probe slots, and `find` asks the caller
 * to confirm each candidate exactly.
 */
export class RowHashIndex {
  /** Row + 1 per slot; 0 is an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly shift: number;

  constructor(private readonly hashes: Float64Array, expectedRows: number) {
    let bits = 4;
    while (1 << bits < expectedRows * 2) bits++;
    this.slots = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
  }

  add(row: number): void {
    let slot = this.slotOf(this.hashes[row]);
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = row + 1;
  }

  /** Does a row already added with this hash satisfy `matches`? */
  find(hash: number, matches: (row: number) => boolean): boolean {
    for (let slot = this.slotOf(hash); this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      const row = this.slots[slot] - 1;
      if (this.hashes[row] === hash && matches(row)) return true;
    }
    return false;
  }

  private slotOf(hash: number): number {
    // Fibonacci hashing of the hash's low 32 bits (ToUint32 keeps them): the top bits of the
    // product depend on every input bit.
    return Math.imul(hash >>> 0, 0x9e3779b1) >>> this.shift;
  }
}

function mix(h1: Int32Array, h2: Int32Array, i: number, lo: number, hi: number): void {
  h1[i] = Math.imul(h1[i] ^ lo, 0x01000193) ^ Math.imul(hi, 0x85ebca6b);
  h2[i] = Math.imul(h2[i] ^ hi, 0xc2b2ae35) ^ Math.imul(lo ^ (h2[i] >>> 15), 0x27d4eb2f);
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
