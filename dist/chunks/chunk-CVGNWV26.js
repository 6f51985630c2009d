#!/usr/bin/env node
import { createRequire as __mltrainCreateRequire } from 'node:module';
const require = __mltrainCreateRequire(import.meta.url);

// src/core/random/rng.ts
var Rng = class _Rng {
  constructor(seed, path) {
    this.seed = seed;
    this.path = path;
    const words = hashPath(seed, path);
    this.s0 = words[0];
    this.s1 = words[1];
    this.s2 = words[2];
    this.s3 = words[3];
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 2654435769;
  }
  seed;
  path;
  s0;
  s1;
  s2;
  s3;
  spareNormal = null;
  /** The root stream for a seed (any finite number; fractional parts are kept in the hash). */
  static fromSeed(seed) {
    if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
    return new _Rng(seed, []);
  }
  /** An independent stream named `name`, a pure function of (seed, path, name). */
  fork(name) {
    return new _Rng(this.seed, [...this.path, name]);
  }
  /** A uniform unsigned 32-bit integer. */
  nextUint32() {
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
  nextFloat() {
    const high = this.nextUint32() >>> 5;
    const low = this.nextUint32() >>> 6;
    return (high * 67108864 + low) / 9007199254740992;
  }
  /** A uniform integer in [0, n), without modulo bias. */
  nextInt(n) {
    if (!Number.isInteger(n) || n <= 0 || n > 4294967296) throw new RangeError(`nextInt needs 0 < n <= 2^32, got ${n}`);
    const limit = 4294967296 - 4294967296 % n;
    for (; ; ) {
      const x = this.nextUint32();
      if (x < limit) return x % n;
    }
  }
  /** A uniform double in [low, high). */
  uniform(low, high) {
    return low + (high - low) * this.nextFloat();
  }
  /** A standard normal deviate (Marsaglia's polar method). */
  normal() {
    if (this.spareNormal !== null) {
      const spare = this.spareNormal;
      this.spareNormal = null;
      return spare;
    }
    for (; ; ) {
      const u = 2 * this.nextFloat() - 1;
      const v = 2 * this.nextFloat() - 1;
      const s = u * u + v * v;
      if (s > 0 && s < 1) {
        const factor = Math.sqrt(-2 * Math.log(s) / s);
        this.spareNormal = v * factor;
        return u * factor;
      }
    }
  }
  /** Shuffles `items` in place (Fisher-Yates) and returns it. */
  shuffle(items) {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.nextInt(i + 1);
      const tmp = items[i];
      items[i] = items[j];
      items[j] = tmp;
    }
    return items;
  }
  /** A permutation of 0..n-1. */
  permutation(n) {
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    return this.shuffle(order);
  }
  /**
   * k distinct indices of 0..n-1 drawn uniformly, in ascending order, by Floyd's algorithm: k
   * draws and a set of k, whatever n (a small sample of a large table costs the sample only).
   */
  sample(n, k) {
    if (!(k >= 0 && k <= n)) throw new RangeError(`cannot sample ${k} of ${n}`);
    const chosen = /* @__PURE__ */ new Set();
    for (let j = n - k; j < n; j++) {
      const t = this.nextInt(j + 1);
      chosen.add(chosen.has(t) ? j : t);
    }
    return Uint32Array.from(chosen).sort();
  }
  /** The generator's state, for checkpoints; `restore` continues the same sequence. */
  state() {
    return { seed: this.seed, path: [...this.path], words: [this.s0, this.s1, this.s2, this.s3], spareNormal: this.spareNormal };
  }
  static restore(state) {
    const rng = new _Rng(state.seed, state.path);
    [rng.s0, rng.s1, rng.s2, rng.s3] = state.words.map((w) => w >>> 0);
    rng.spareNormal = state.spareNormal;
    return rng;
  }
};
function rotl(x, k) {
  return (x << k | x >>> 32 - k) >>> 0;
}
function hashPath(seed, path) {
  const text = `${seed}\0${path.join("\0")}`;
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
  h1 = Math.imul(h3 ^ h1 >>> 18, 597399067);
  h2 = Math.imul(h4 ^ h2 >>> 22, 2869860233);
  h3 = Math.imul(h1 ^ h3 >>> 17, 951274213);
  h4 = Math.imul(h2 ^ h4 >>> 19, 2716044179);
  return [splitmix32(h1 ^ h2), splitmix32(h2 ^ h3), splitmix32(h3 ^ h4), splitmix32(h4 ^ h1)];
}
function splitmix32(x) {
  let z = x + 2654435769 | 0;
  z = Math.imul(z ^ z >>> 16, 2246822507);
  z = Math.imul(z ^ z >>> 13, 3266489909);
  return (z ^ z >>> 16) >>> 0;
}

export {
  Rng
};
