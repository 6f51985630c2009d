/**
 * Seeded pseudo-random numbers with named forks.
 *
 * One `seed` in the config becomes a root Rng; every consumer takes its own stream with
 * `fork('split')`, `fork('sampler')`... A fork depends only on the root seed and the path of names,
 * never on how many numbers the parent has drawn, so adding a draw in one stage cannot change
 * another stage's results. The generator is xoshiro128** (Blackman and Vigna), seeded through
 * splitmix32 from a 128-bit hash of the seed and the path.
 */
export class Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  private spareNormal: number | null = null;

  private constructor(
    readonly seed: number,
    readonly path: readonly string[],
  ) {
    const words = hashPath(seed, path);
    this.s0 = words[0];
    this.s1 = words[1];
    this.s2 = words[2];
    this.s3 = words[3];
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 0x9e3779b9;
  }

  /** The root stream for a seed (any finite number; fractional parts are kept in the hash). */
  static fromSeed(seed: number): Rng {
    if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
    return new Rng(seed, []);
  }

  /** An independent stream named `name`, a pure function of (seed, path, name). */
  fork(name: string): Rng {
    return new Rng(this.seed, [...this.path, name]);
  }

  /** A uniform unsigned 32-bit integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** A uniform double in [0, 1) with 53 random bits. */
  nextFloat(): number {
    const high = this.nextUint32() >>> 5; // 27 bits
    const low = this.nextUint32() >>> 6; // 26 bits
    return (high * 67108864 + low) / 9007199254740992;
  }

  /** A uniform integer in [0, n), without modulo bias. */
  nextInt(n: number): number {
    if (!Number.isInteger(n) || n <= 0 || n > 0x100000000) throw new RangeError(`nextInt needs 0 < n <= 2^32, got ${n}`);
    const limit = 0x100000000 - (0x100000000 % n);
    for (;;) {
      const x = this.nextUint32();
      if (x < limit) return x % n;
    }
  }

  /** A uniform double in [low, high). */
  uniform(low: number, high: number): number {
    return low + (high - low) * this.nextFloat();
  }

  /** A standard normal deviate (Marsaglia's polar method). */
  normal(): number {
    if (this.spareNormal !== null) {
      const spare = this.spareNormal;
      this.spareNormal = null;
      return spare;
    }
    for (;;) {
      const u = 2 * this.nextFloat() - 1;
      const v = 2 * this.nextFloat() - 1;
      const s = u * u + v * v;
      if (s > 0 && s < 1) {
        const factor = Math.sqrt((-2 * Math.log(s)) / s);
        this.spareNormal = v * factor;
        return u * factor;
      }
    }
  }

  /** Shuffles `items` in place (Fisher-Yates) and returns it. */
  shuffle<T extends { length: number; [index: number]: unknown }>(items: T): T {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.nextInt(i + 1);
      const tmp = items[i];
      items[i] = items[j];
      items[j] = tmp;
    }
    return items;
  }

  /** A permutation of 0..n-1. */
  permutation(n: number): Uint32Array {
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    return this.shuffle(order);
  }

  /**
   * k distinct indices of 0..n-1 drawn uniformly, in ascending order, by Floyd's algorithm: k
   * draws and a set of k, whatever n (a small sample of a large table costs the sample only).
   */
  sample(n: number, k: number): Uint32Array {
    if (!(k >= 0 && k <= n)) throw new RangeError(`cannot sample ${k} of ${n}`);
    const chosen = new Set<number>();
    for (let j = n - k; j < n; j++) {
      const t = this.nextInt(j + 1);
      chosen.add(chosen.has(t) ? j : t);
    }
    return Uint32Array.from(chosen).sort();
  }

  /** The generator's state, for checkpoints; `restore` continues the same sequence. */
  state(): RngState {
    return { seed: this.seed, path: [...this.path], words: [this.s0, this.s1, this.s2, this.s3], spareNormal: this.spareNormal };
  }

  static restore(state: RngState): Rng {
    const rng = new Rng(state.seed, state.path);
    [rng.s0, rng.s1, rng.s2, rng.s3] = state.words.map((w) => w >>> 0) as [number, number, number, number];
    rng.spareNormal = state.spareNormal;
    return rng;
  }
}

export interface RngState {
  seed: number;
  path: string[];
  words: [number, number, number, number];
  spareNormal: number | null;
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

/** cyrb128-style mixing of the seed's text and the path into four 32-bit words. */
function hashPath(seed: number, path: readonly string[]): [number, number, number, number] {
  const text = `${seed}\u0000${path.join('\u0000')}`;
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [splitmix32(h1 ^ h2), splitmix32(h2 ^ h3), splitmix32(h3 ^ h4), splitmix32(h4 ^ h1)];
}

function splitmix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}
