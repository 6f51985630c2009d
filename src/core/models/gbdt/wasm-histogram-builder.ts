/**
 * The fast histogram builder: the WebAssembly SIMD kernel (wasm-histogram-kernel.ts) over one
 * shared WebAssembly.Memory that holds the global bin matrix, the row ids, the quantised gradients,
 * the selected features and one block of histogram slots per thread.
 *
 * With threads > 1, the rows of a batch of nodes are cut into equal contiguous shares: the calling
 * thread builds share 0 and each worker its own share into its own slots, then the caller adds the
 * slots. Sums are exact integers (see histogram.ts), so the result does not depend on the thread
 * count. Workers run source text (`eval: true`) made from a self-contained function, which works
 * from TypeScript sources (vitest) and from the esbuild bundle alike, with no worker file to ship;
 * they are coordinated synchronously through Atomics, so the tree grower stays a plain loop.
 */
import { Worker } from 'node:worker_threads';
import { fillGlobalRowBins, type BinnedData } from './binning.js';
import { SerialHistogramBuilder, type HistogramBuilder, type HistogramTask } from './histogram.js';
import { wasmApi, type WasmApi, type WasmMemory } from './wasm-api.js';
import { histogramKernelBytes, instantiateHistogramKernel, type WasmHistogramKernel } from './wasm-histogram-kernel.js';

/** Below this many rows per thread in a batch the caller builds alone (waking workers costs more). */
const MIN_ROWS_PER_THREAD = 8192;
/** Histogram slots per thread: node histograms one batch can hold (batches larger are split). */
const MAX_SLOT_BYTES_PER_THREAD = 16 << 20;
const WAIT_TIMEOUT_MS = 300_000;
const COMMAND_BUILD = 1;
const COMMAND_EXIT = 2;
const PAGE = 65536;

interface Layout {
  bins: number;
  rows: number;
  gradHess: number;
  ids: number;
  slots: number;
  histBytes: number;
  slotsPerThread: number;
  pages: number;
}

interface WorkerData {
  memory: WasmMemory;
  moduleBytes: Uint8Array;
  layout: Layout;
  control: SharedArrayBuffer;
  task: SharedArrayBuffer;
  numFeatures: number;
  worker: number;
  threads: number;
}

function planLayout(numRows: number, numFeatures: number, totalBins: number, threads: number): Layout {
  const align = (x: number) => Math.ceil(x / 16) * 16;
  const histBytes = 16 * totalBins;
  const slotsPerThread = Math.max(1, Math.min(64, Math.floor(MAX_SLOT_BYTES_PER_THREAD / histBytes)));
  const bins = 0;
  const rows = align(bins + 2 * numRows * numFeatures);
  const gradHess = align(rows + 4 * numRows);
  const ids = align(gradHess + 16 * numRows);
  const slots = align(ids + 4 * numFeatures);
  const end = slots + threads * slotsPerThread * histBytes;
  return { bins, rows, gradHess, ids, slots, histBytes, slotsPerThread, pages: Math.max(1, Math.ceil(end / PAGE)) };
}

/**
 * The worker's loop (runs in the worker: must not reference anything outside itself).
 * control: [generation, command, done per thread..., error per thread...];
 * task: [numSelected, numTasks, (begin, end) x numTasks].
 */
function workerLoop(data: WorkerData): void {
  const { memory, layout, worker, threads } = data;
  const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
  const exports = new wasm.Instance(new wasm.Module(data.moduleBytes), { env: { memory } }).exports as unknown as WasmHistogramKernel;
  const control = new Int32Array(data.control);
  const task = new Int32Array(data.task);
  const F = data.numFeatures;
  let seen = 0;
  for (;;) {
    Atomics.wait(control, 0, seen);
    seen = Atomics.load(control, 0);
    if (control[1] === 2) return;
    try {
      const numSelected = task[0];
      const numTasks = task[1];
      let total = 0;
      for (let t = 0; t < numTasks; t++) total += task[3 + 2 * t] - task[2 + 2 * t];
      const from = Math.floor((total * worker) / threads);
      const to = Math.floor((total * (worker + 1)) / threads);
      let position = 0;
      for (let t = 0; t < numTasks; t++) {
        const begin = task[2 + 2 * t];
        const end = task[3 + 2 * t];
        const lo = Math.max(begin, begin + from - position);
        const hi = Math.min(end, begin + to - position);
        position += end - begin;
        if (lo >= hi) continue;
        const out = layout.slots + (worker * layout.slotsPerThread + t) * layout.histBytes;
        new Float64Array(memory.buffer, out, layout.histBytes / 8).fill(0);
        if (numSelected === F) exports.hist(layout.rows, lo, hi, layout.bins, F, layout.gradHess, out);
        else exports.histSelected(layout.rows, lo, hi, layout.bins, F, layout.gradHess, out, layout.ids, numSelected);
      }
    } catch {
      Atomics.store(control, 2 + threads + worker, 1);
    }
    Atomics.store(control, 2 + worker, seen);
    Atomics.notify(control, 2 + worker);
  }
}

const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
(${workerLoop.toString()})(workerData);
`;

export class WasmHistogramBuilder implements HistogramBuilder {
  readonly rows: Uint32Array;
  readonly gradHess: Float64Array;
  private readonly kernel: WasmHistogramKernel;
  private readonly control: Int32Array;
  private readonly task: Int32Array;
  private readonly ids: Int32Array;
  private readonly workers: Worker[] = [];
  private numSelected: number;
  private generation = 0;

  constructor(
    private readonly memory: WasmMemory,
    wasm: WasmApi,
    private readonly layout: Layout,
    private readonly binned: BinnedData,
    moduleBytes: Uint8Array,
    /** The caller's thread plus the workers started. */
    readonly threads: number,
  ) {
    const n = binned.numRows;
    const F = binned.numFeatures;
    const buffer = memory.buffer;
    fillGlobalRowBins(binned, new Uint16Array(buffer, layout.bins, n * F));
    this.rows = new Uint32Array(buffer, layout.rows, n);
    this.gradHess = new Float64Array(buffer, layout.gradHess, 2 * n);
    this.ids = new Int32Array(buffer, layout.ids, F);
    this.kernel = instantiateHistogramKernel(wasm, memory, moduleBytes);
    this.numSelected = F;
    const control = new SharedArrayBuffer(4 * (2 + 2 * threads));
    const task = new SharedArrayBuffer(4 * (2 + 2 * layout.slotsPerThread));
    this.control = new Int32Array(control);
    this.task = new Int32Array(task);
    for (let w = 1; w < threads; w++) {
      const workerData: WorkerData = { memory, moduleBytes, layout, control, task, numFeatures: F, worker: w, threads };
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
      worker.unref();
      this.workers.push(worker);
    }
  }

  setFeatures(featureIds: Int32Array): void {
    this.numSelected = featureIds.length;
    for (let j = 0; j < featureIds.length; j++) this.ids[j] = 2 * featureIds[j];
  }

  build(tasks: readonly HistogramTask[]): void {
    const size = this.layout.slotsPerThread;
    for (let start = 0; start < tasks.length; start += size) this.buildBatch(tasks.slice(start, start + size));
  }

  private slot(thread: number, index: number): Float64Array {
    const offset = this.layout.slots + (thread * this.layout.slotsPerThread + index) * this.layout.histBytes;
    return new Float64Array(this.memory.buffer, offset, this.layout.histBytes / 8);
  }

  private run(begin: number, end: number, slot: Float64Array): void {
    const { layout, binned } = this;
    slot.fill(0);
    if (this.numSelected === binned.numFeatures) this.kernel.hist(layout.rows, begin, end, layout.bins, binned.numFeatures, layout.gradHess, slot.byteOffset);
    else this.kernel.histSelected(layout.rows, begin, end, layout.bins, binned.numFeatures, layout.gradHess, slot.byteOffset, layout.ids, this.numSelected);
  }

  private buildBatch(tasks: readonly HistogramTask[]): void {
    let total = 0;
    for (const t of tasks) total += t.end - t.begin;
    const threads = this.threads;
    if (threads === 1 || total < MIN_ROWS_PER_THREAD * threads) {
      tasks.forEach((t, i) => {
        const slot = this.slot(0, i);
        this.run(t.begin, t.end, slot);
        t.hist.set(slot);
      });
      return;
    }
    this.task[0] = this.numSelected;
    this.task[1] = tasks.length;
    tasks.forEach((t, i) => {
      this.task[2 + 2 * i] = t.begin;
      this.task[3 + 2 * i] = t.end;
    });
    this.generation = (this.generation + 1) | 0;
    Atomics.store(this.control, 1, COMMAND_BUILD);
    Atomics.store(this.control, 0, this.generation);
    Atomics.notify(this.control, 0);
    const shares = tasks.map(() => [] as Float64Array[]);
    for (let thread = 0; thread < threads; thread++) {
      const from = Math.floor((total * thread) / threads);
      const to = Math.floor((total * (thread + 1)) / threads);
      let position = 0;
      tasks.forEach((t, i) => {
        const lo = Math.max(t.begin, t.begin + from - position);
        const hi = Math.min(t.end, t.begin + to - position);
        position += t.end - t.begin;
        if (lo >= hi) return;
        if (thread === 0) this.run(lo, hi, this.slot(0, i));
        shares[i].push(this.slot(thread, i));
      });
    }
    this.awaitWorkers();
    tasks.forEach((t, i) => {
      const hist = t.hist;
      hist.fill(0);
      for (const slot of shares[i]) for (let k = 0; k < hist.length; k++) hist[k] += slot[k];
    });
  }

  private awaitWorkers(): void {
    const threads = this.threads;
    for (let w = 1; w < threads; w++) {
      const started = Date.now();
      while (Atomics.load(this.control, 2 + w) !== this.generation) {
        Atomics.wait(this.control, 2 + w, Atomics.load(this.control, 2 + w), 1000);
        if (Date.now() - started > WAIT_TIMEOUT_MS) throw new Error(`internal error: histogram worker ${w} did not answer`);
      }
      if (Atomics.load(this.control, 2 + threads + w) !== 0) throw new Error(`internal error: histogram worker ${w} failed`);
    }
  }

  async dispose(): Promise<void> {
    Atomics.store(this.control, 1, COMMAND_EXIT);
    Atomics.store(this.control, 0, (this.generation + 1) | 0);
    Atomics.notify(this.control, 0);
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * The builder for `threads` threads (the caller plus threads - 1 workers): WebAssembly when the
 * global bin ids fit in 16 bits and the runtime has SIMD and shared memory, else plain JS on one thread.
 */
export async function createHistogramBuilder(binned: BinnedData, threads: number): Promise<HistogramBuilder> {
  const wasm = wasmApi();
  if (wasm === null || binned.totalBins > 0x10000 || binned.numRows === 0) return new SerialHistogramBuilder(binned);
  // A batch goes to the workers only with MIN_ROWS_PER_THREAD rows per thread, and no batch holds
  // more rows than the data: workers beyond that would start (and cost) without ever running.
  threads = Math.max(1, Math.min(threads, Math.floor(binned.numRows / MIN_ROWS_PER_THREAD)));
  const layout = planLayout(binned.numRows, binned.numFeatures, binned.totalBins, threads);
  const moduleBytes = histogramKernelBytes(layout.pages);
  if (!wasm.validate(moduleBytes)) return new SerialHistogramBuilder(binned);
  let memory: WasmMemory;
  try {
    memory = new wasm.Memory({ initial: layout.pages, maximum: layout.pages, shared: true });
  } catch {
    return new SerialHistogramBuilder(binned);
  }
  return new WasmHistogramBuilder(memory, wasm, layout, binned, moduleBytes, threads);
}
