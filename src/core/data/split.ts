import type { Rng } from '../random/rng';
import type { Column } from './table';

/**
 * Train / validation / test row indices. Sizes are fractions (or, when >= 1, row counts); the test
 * part is taken first, the validation part is then `validationSize` of what is left (0: none),
 * like scikit-learn's `train_test_split` applied twice. Every part is returned sorted ascending.
 *
 * - random: a seeded permutation.
 * - stratified: each label keeps its share in every part (largest-remainder rounding per part).
 * - group: whole groups go to one part only (a missing group, NaN or negative, is a group of its own row).
 * - time: rows ordered by `order` (ties by row index); the latest rows are the test part, the
 *   ones before them the validation part, so nothing is trained on the future.
 */
export const SPLIT_METHODS = ['random', 'stratified', 'group', 'time'] as const;
export type SplitMethod = (typeof SPLIT_METHODS)[number];

export interface SplitRequest {
  readonly numRows: number;
  readonly method: SplitMethod;
  readonly testSize: number;
  readonly validationSize: number;
  /** Class of each row (stratified): any numbers, each distinct value a stratum. */
  readonly labels?: ArrayLike<number>;
  /** Group of each row (group): numbers or a table column (categorical codes). */
  readonly groups?: ArrayLike<number> | Column;
  /** Time of each row (time): numbers or a numeric/datetime column, no missing values. */
  readonly order?: ArrayLike<number> | Column;
  readonly rng: Rng;
}

export interface RowSplit {
  readonly train: Uint32Array;
  readonly validation: Uint32Array;
  readonly test: Uint32Array;
}

export function splitRows(request: SplitRequest): RowSplit {
  const all = new Uint32Array(request.numRows);
  for (let i = 0; i < all.length; i++) all[i] = i;
  const [rest, test] = holdOut(all, request.testSize, 'test', request);
  const [train, validation] = holdOut(rest, request.validationSize, 'validation', request);
  if (train.length === 0) throw new RangeError(`split leaves no training rows (${request.numRows} rows, test_size ${request.testSize}, validation_size ${request.validationSize})`);
  return { train, validation, test };
}

/** How many of `n` rows a size means: fractions round up (as scikit-learn does), counts stay. */
export function partSize(size: number, n: number, what: string): number {
  if (!Number.isFinite(size) || size < 0 || (size >= 1 && !Number.isInteger(size))) throw new RangeError(`${what} size must be a fraction in [0, 1) or a row count, got ${size}`);
  const count = size >= 1 ? size : Math.ceil(size * n);
  if (count >= n && count > 0) throw new RangeError(`${what} size ${size} takes all ${n} rows`);
  return count;
}

/** Splits `rows` into [kept, heldOut] with the request's method. */
function holdOut(rows: Uint32Array, size: number, part: string, request: SplitRequest): [Uint32Array, Uint32Array] {
  const count = partSize(size, rows.length, part);
  if (count === 0) return [rows, new Uint32Array(0)];
  const rng = request.rng.fork(part);
  let held: Uint32Array;
  switch (request.method) {
    case 'random':
      held = shuffled(rows, rng).subarray(0, count);
      break;
    case 'stratified':
      held = stratifiedPick(rows, count, need(request.labels, 'labels', request.numRows), rng);
      break;
    case 'group':
      held = groupPick(rows, count, need(request.groups, 'groups', request.numRows), rng);
      break;
    case 'time':
      held = latest(rows, count, need(request.order, 'order', request.numRows));
      break;
  }
  return complement(rows, held);
}

function need(given: ArrayLike<number> | Column | undefined, name: string, numRows: number): ArrayLike<number> {
  if (!given) throw new RangeError(`this split method needs ${name}`);
  const values = asNumbers(given);
  if (values.length !== numRows) throw new RangeError(`${name} has ${values.length} entries for ${numRows} rows`);
  return values;
}

function asNumbers(given: ArrayLike<number> | Column): ArrayLike<number> {
  if ('type' in given && typeof given.type === 'string') {
    const column = given as Column;
    return column.type === 'categorical' ? column.codes : column.values;
  }
  return given as ArrayLike<number>;
}

function shuffled(rows: Uint32Array, rng: Rng): Uint32Array {
  return rng.shuffle(Uint32Array.from(rows));
}

/** Rows of each stratum, in first-seen order of the strata (deterministic). */
export function strata(rows: ArrayLike<number>, labels: ArrayLike<number>): number[][] {
  const byLabel = new Map<number, number[]>();
  for (let i = 0; i < rows.length; i++) {
    const label = labels[rows[i]];
    const key = Number.isNaN(label) ? NaN : label;
    let list = byLabel.get(key);
    if (!list) byLabel.set(key, (list = []));
    list.push(rows[i]);
  }
  return [...byLabel.entries()].sort((a, b) => compareKeys(a[0], b[0])).map(([, list]) => list);
}

function compareKeys(a: number, b: number): number {
  if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : 1;
  if (Number.isNaN(b)) return -1;
  return a - b;
}

function stratifiedPick(rows: Uint32Array, count: number, labels: ArrayLike<number>, rng: Rng): Uint32Array {
  const groups = strata(rows, labels);
  // Largest remainder: floor of each exact share, then the biggest remainders get one more.
  const exact = groups.map((g) => (g.length * count) / rows.length);
  const take = exact.map(Math.floor);
  let left = count - take.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left === 0) break;
    if (take[i] < groups[i].length) {
      take[i]++;
      left--;
    }
  }
  const held: number[] = [];
  groups.forEach((group, i) => {
    const mixed = rng.shuffle(group.slice());
    for (let j = 0; j < take[i]; j++) held.push(mixed[j]);
  });
  return Uint32Array.from(held);
}

function groupPick(rows: Uint32Array, count: number, groups: ArrayLike<number>, rng: Rng): Uint32Array {
  const members = new Map<string, number[]>();
  for (const row of rows) {
    const group = groups[row];
    const key = Number.isNaN(group) || group < 0 ? `row:${row}` : `g:${group}`;
    let list = members.get(key);
    if (!list) members.set(key, (list = []));
    list.push(row);
  }
  const lists = [...members.values()];
  const held: number[] = [];
  // Whole groups in a seeded order, each taken when it brings the part closer to its target size.
  for (const index of rng.permutation(lists.length)) {
    const list = lists[index];
    if (Math.abs(held.length + list.length - count) < Math.abs(held.length - count)) held.push(...list);
  }
  if (held.length === 0 || held.length === rows.length) {
    throw new RangeError(`group split: cannot make a part of about ${count} rows from ${lists.length} groups without putting a group in two parts`);
  }
  return Uint32Array.from(held);
}

function latest(rows: Uint32Array, count: number, order: ArrayLike<number>): Uint32Array {
  for (const row of rows) {
    if (Number.isNaN(order[row])) throw new RangeError(`time split: row ${row} has no time value`);
  }
  const sorted = Array.from(rows).sort((a, b) => order[a] - order[b] || a - b);
  return Uint32Array.from(sorted.slice(sorted.length - count));
}

/** [rows not held, held], each sorted ascending. */
function complement(rows: Uint32Array, held: Uint32Array): [Uint32Array, Uint32Array] {
  const heldSet = new Set(held);
  const kept = rows.filter((row) => !heldSet.has(row));
  return [kept.sort(), Uint32Array.from(held).sort()];
}
