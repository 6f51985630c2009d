/**
 * The histogram kernel as a tiny hand-assembled WebAssembly module (SIMD): per row it loads the
 * interleaved (g, h) pair once as an f64x2 and adds it to each feature's bin with one vector
 * load/add/store, where plain JS needs two of each plus bounds checks. All arrays live in one
 * shared WebAssembly.Memory so worker threads can run the same code on the same data.
 *
 * Exports (all pointers are byte offsets in the memory):
 *   hist(rows, begin, end, bins, F, gh, out)            every feature
 *   histSelected(rows, begin, end, bins, F, gh, out, ids, count)   ids: i32 byte offsets 2*f
 * rows: u32 row ids; bins: row-major u16 GLOBAL bin ids (n * F); gh: f64 pairs per row; out: f64 pairs per global bin.
 */
import type { WasmApi, WasmMemory } from './wasm-api.js';

const I32 = 0x7f;
const V128 = 0x7b;
const op = {
  block: 0x02, loop: 0x03, brIf: 0x0d, end: 0x0b, get: 0x20, set: 0x21, tee: 0x22,
  i32Load: 0x28, i32Load16U: 0x2f, i32Const: 0x41, i32GeU: 0x4f, i32LtU: 0x49, i32Add: 0x6a, i32Mul: 0x6c, i32And: 0x71, i32Shl: 0x74, i32ShrU: 0x76,
} as const;
const SIMD = 0xfd;
const V128_LOAD = [SIMD, 0x00, 4, 0];
const V128_STORE = [SIMD, 0x0b, 4, 0];
const F64X2_ADD = [SIMD, 0xf0, 0x01];

function uleb(value: number): number[] {
  const out: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    out.push(byte);
  } while (value !== 0);
  return out;
}

function section(id: number, content: number[]): number[] {
  return [id, ...uleb(content.length), ...content];
}

function vector(items: number[][]): number[] {
  return [...uleb(items.length), ...items.flat()];
}

function name(text: string): number[] {
  return [...uleb(text.length), ...Array.from(text, (c) => c.charCodeAt(0))];
}

/**
 * Body shared by both kernels; `selected` reads feature byte offsets from ids[].
 * Params: 0 rows, 1 begin, 2 end, 3 bins, 4 F, 5 gh, 6 out, [7 ids, 8 count].
 */
function kernelBody(selected: boolean): number[] {
  const [ROWS, BEGIN, END, BINS, F, GH, OUT] = [0, 1, 2, 3, 4, 5, 6];
  const IDS = 7;
  const COUNT = 8;
  const first = selected ? 9 : 7;
  const [I, BASE, J, ADDR, STOP, R, STOP2, PAIR] = [first, first + 1, first + 2, first + 3, first + 4, first + 5, first + 6, first + 7];
  const G = first + 8;
  const locals = vector([[8, I32], [1, V128]]);
  /** out[bin] += g for the bin id on the stack (16-byte (g, h) cells). */
  const addBin = [op.i32Const, 4, op.i32Shl, op.get, OUT, op.i32Add, op.tee, ADDR, op.get, ADDR, ...V128_LOAD, op.get, G, ...F64X2_ADD, ...V128_STORE];
  const code: number[] = [
    op.get, BEGIN, op.set, I,
    op.block, 0x40,
    op.get, I, op.get, END, op.i32GeU, op.brIf, 0,
    op.loop, 0x40,
    // r = rows[i]
    op.get, ROWS, op.get, I, op.i32Const, 2, op.i32Shl, op.i32Add, op.i32Load, 2, 0, op.set, R,
    // g = gh[r] as f64x2
    op.get, GH, op.get, R, op.i32Const, 4, op.i32Shl, op.i32Add, ...V128_LOAD, op.set, G,
    // base = bins + 2 * r * F
    op.get, BINS, op.get, R, op.get, F, op.i32Mul, op.i32Const, 1, op.i32Shl, op.i32Add, op.set, BASE,
  ];
  if (!selected) {
    // two features per step: one 32-bit load holds both 16-bit bin ids, then an odd last feature
    code.push(
      op.get, BASE, op.get, F, op.i32Const, 1, op.i32Shl, op.i32Add, op.set, STOP,
      op.get, BASE, op.get, F, op.i32Const, 1, op.i32ShrU, op.i32Const, 2, op.i32Shl, op.i32Add, op.set, STOP2,
      op.block, 0x40,
      op.get, BASE, op.get, STOP2, op.i32GeU, op.brIf, 0,
      op.loop, 0x40,
      op.get, BASE, op.i32Load, 1, 0, op.set, PAIR,
      op.get, PAIR, op.i32Const, 0xff, 0xff, 0x03, op.i32And, ...addBin,
      op.get, PAIR, op.i32Const, 16, op.i32ShrU, ...addBin,
      op.get, BASE, op.i32Const, 4, op.i32Add, op.tee, BASE, op.get, STOP2, op.i32LtU, op.brIf, 0,
      op.end,
      op.end,
      op.block, 0x40,
      op.get, BASE, op.get, STOP, op.i32GeU, op.brIf, 0,
      op.get, BASE, op.i32Load16U, 1, 0, ...addBin,
      op.end,
    );
  } else {
    code.push(
      op.get, IDS, op.set, J,
      op.get, IDS, op.get, COUNT, op.i32Const, 2, op.i32Shl, op.i32Add, op.set, STOP,
      op.loop, 0x40,
      op.get, OUT, op.get, BASE, op.get, J, op.i32Load, 2, 0, op.i32Add, op.i32Load16U, 1, 0, op.i32Const, 4, op.i32Shl, op.i32Add, op.tee, ADDR,
      op.get, ADDR, ...V128_LOAD, op.get, G, ...F64X2_ADD, ...V128_STORE,
      op.get, J, op.i32Const, 4, op.i32Add, op.tee, J, op.get, STOP, op.i32LtU, op.brIf, 0,
      op.end,
    );
  }
  code.push(
    op.get, I, op.i32Const, 1, op.i32Add, op.tee, I, op.get, END, op.i32LtU, op.brIf, 0,
    op.end,
    op.end,
    op.end,
  );
  const body = [...locals, ...code];
  return [...uleb(body.length), ...body];
}

/** The module's bytes; it imports env.memory, a shared memory of up to `maxPages` 64 KiB pages. */
export function histogramKernelBytes(maxPages: number): Uint8Array {
  const allTypes = [0x60, ...vector([[I32], [I32], [I32], [I32], [I32], [I32], [I32]]), 0x00];
  const selectedTypes = [0x60, ...vector(Array.from({ length: 9 }, () => [I32])), 0x00];
  const bytes = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vector([allTypes, selectedTypes])),
    ...section(2, vector([[...name('env'), ...name('memory'), 0x02, 0x03, ...uleb(1), ...uleb(maxPages)]])),
    ...section(3, vector([[0], [1]])),
    ...section(7, vector([[...name('hist'), 0x00, 0], [...name('histSelected'), 0x00, 1]])),
    ...section(10, vector([kernelBody(false), kernelBody(true)])),
  ];
  return Uint8Array.from(bytes);
}

export type HistKernel = (rows: number, begin: number, end: number, bins: number, numFeatures: number, gh: number, out: number) => void;
export type HistSelectedKernel = (rows: number, begin: number, end: number, bins: number, numFeatures: number, gh: number, out: number, ids: number, count: number) => void;

export interface WasmHistogramKernel {
  hist: HistKernel;
  histSelected: HistSelectedKernel;
}

/** Instantiates the kernel on `memory` (synchronously: the module is a few hundred bytes). */
export function instantiateHistogramKernel(wasm: WasmApi, memory: WasmMemory, moduleBytes: Uint8Array): WasmHistogramKernel {
  const instance = new wasm.Instance(new wasm.Module(moduleBytes), { env: { memory } });
  return instance.exports as unknown as WasmHistogramKernel;
}
