import type { Rng } from '../random/rng';

/**
 * Model-agnostic SHAP values by permutation sampling (Strumbelj and Kononenko 2014), with
 * antithetic pairs: each sampled order of the features is also walked in reverse, which halves
 * the variance for models close to additive. The value function is interventional: a coalition
 * S takes the explained row's values for S and a background row's for the rest, averaged over the
 * background rows. Every walk adds the features one at a time, so the attributions of a row always
 * sum to exactly f(x) - E[f(background)] (efficiency), whatever the number of orders.
 */
export interface PermutationShapRequest {
  /**
   * The model: feature columns in, one output row per input row out (k outputs per row,
   * row-major). It may answer later (a program scoring a file).
   */
  predict(features: Float64Array[]): Float64Array | Promise<Float64Array>;
  /** Outputs per row (classes for multiclass, else 1). */
  outputs: number;
  /** Maps a raw output to the explained scale (log-odds of a probability, say); identity when absent. */
  transform?: (value: number) => number;
  /** Rows to explain: one array per encoded column. */
  rows: Float64Array[];
  /** Background rows (usually a sample of the training part): one array per encoded column. */
  background: Float64Array[];
  /** The players: for each, the encoded columns it sets together (a one-hot group is one feature). */
  players: readonly (readonly number[])[];
  /** Orders walked per row; rounded up to an even number (each order and its reverse). */
  permutations: number;
  rng: Rng;
  /** Input rows per predict call (memory bound). */
  batchRows?: number;
}

export interface PermutationShapResult {
  /** phi[(row * outputs + output) * players + player]. */
  phi: Float64Array;
  /** E[f(background)] per output, on the explained scale. */
  expectedValue: number[];
  /** Orders walked per row (even). */
  permutations: number;
}

const DEFAULT_BATCH_ROWS = 1 << 16;

export async function permutationShap(request: PermutationShapRequest): Promise<PermutationShapResult> {
  const { rows, background, players, outputs } = request;
  const transform = request.transform ?? ((value: number) => value);
  const columns = rows.length;
  const m = columns > 0 ? rows[0].length : 0;
  const b = columns > 0 ? background[0].length : 0;
  const p = players.length;
  if (b === 0) throw new RangeError('permutationShap needs at least one background row');
  const pairs = Math.max(1, Math.ceil(request.permutations / 2));
  const walks = 2 * pairs;
  const phi = new Float64Array(m * outputs * p);

  const expectedValue = new Array<number>(outputs).fill(0);
  const baseOutputs = await request.predict(background);
  for (let z = 0; z < b; z++) for (let o = 0; o < outputs; o++) expectedValue[o] += transform(baseOutputs[z * outputs + o]) / b;

  // One walk: p steps after the all-background start, each b input rows.
  const rowsPerWalk = p * b;
  const walksPerBatch = Math.max(1, Math.floor((request.batchRows ?? DEFAULT_BATCH_ROWS) / Math.max(1, rowsPerWalk)));
  const orders: { row: number; order: Int32Array }[] = [];
  for (let row = 0; row < m; row++) {
    for (let pair = 0; pair < pairs; pair++) {
      const order = request.rng.shuffle(Int32Array.from({ length: p }, (_, i) => i));
      orders.push({ row, order }, { row, order: order.slice().reverse() });
    }
  }

  for (let start = 0; start < orders.length; start += walksPerBatch) {
    const batch = orders.slice(start, start + walksPerBatch);
    const inputs = Array.from({ length: columns }, () => new Float64Array(batch.length * rowsPerWalk));
    batch.forEach(({ row, order }, w) => {
      for (let c = 0; c < columns; c++) {
        const from = background[c];
        const target = inputs[c];
        // every step starts as the background rows; the coalition's columns are set below
        for (let step = 0; step < p; step++) target.set(from, (w * p + step) * b);
      }
      for (let step = 0; step < p; step++) {
        // step s holds the first s + 1 players of the order at the explained row's values
        for (let joined = 0; joined <= step; joined++) {
          for (const c of players[order[joined]]) inputs[c].fill(rows[c][row], (w * p + step) * b, (w * p + step + 1) * b);
        }
      }
    });
    const out = await request.predict(inputs);
    batch.forEach(({ row, order }, w) => {
      for (let o = 0; o < outputs; o++) {
        let previous = expectedValue[o];
        for (let step = 0; step < p; step++) {
          let mean = 0;
          const offset = (w * p + step) * b;
          for (let z = 0; z < b; z++) mean += transform(out[(offset + z) * outputs + o]);
          mean /= b;
          phi[(row * outputs + o) * p + order[step]] += (mean - previous) / walks;
          previous = mean;
        }
      }
    });
  }
  return { phi, expectedValue, permutations: walks };
}
