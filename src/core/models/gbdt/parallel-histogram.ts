/**
 * Histogram building on worker threads by row ranges. The rows of a batch of nodes are cut into
 * equal contiguous shares; the calling thread builds share 0 and each worker its own share into
 * its own partial histograms, then the caller adds the partials. Histograms hold exact integer
 * sums (see histogram.ts), so the result does not depend on the thread count.
 *
 * Workers run source text (`eval: true`) made from self-contained functions, which works both from
 * TypeScript sources (vitest) and from the esbuild bundle, with no worker script file to ship.
 * Coordination is synchronous through Atomics on a shared control array, so the tree grower stays
 * a plain synchronous loop.
 */
import { Worker } from 'node:worker_threads';
import {
  SerialHistogramBuilder, accumulateHistogram, selectedOffsets,
  type HistogramBuilder, type HistogramInputs, type HistogramTask,
} from './histogram.js';

/** Below this many rows in a batch the caller builds alone (waking workers costs more). */
const MIN_ROWS_PER_THREAD = 8192;
/** Node histograms per batch held by each worker. */
const MAX_TASKS = 64;
const WAIT_TIMEOUT_MS = 120_000;
const COMMAND_BUILD = 1;
const COMMAND_EXIT = 2;
/** control: [generation, command, done per worker..., error per worker...] */
const CONTROL_HEADER = 2;

interface WorkerData {
  control: SharedArrayBuffer;
  task: SharedArrayBuffer;
  partial: SharedArrayBuffer;
  rowBins: SharedArrayBuffer;
  wideBins: boolean;
  rows: SharedArrayBuffer;
  gradHess: SharedArrayBuffer;
  numFeatures: number;
  histLength: number;
  worker: number;
  workers: number;
}

/**
 * The worker's loop (runs in the worker; must not reference anything outside itself).
 * task layout: [numSelected, featureIds x F, featureOffsets x F, numTasks, (begin, end) x numTasks].
 */
function workerLoop(data: WorkerData, accumulate: typeof accumulateHistogram): void {
  const control = new Int32Array(data.control);
  const task = new Int32Array(data.task);
  const partial = new Float64Array(data.partial);
  const rowBins = data.wideBins ? new Uint16Array(data.rowBins) : new Uint8Array(data.rowBins);
  const rows = new Uint32Array(data.rows);
  const gradHess = new Float64Array(data.gradHess);
  const F = data.numFeatures;
  const threads = data.workers + 1;
  const share = data.worker + 1;
  let seen = 0;
  for (;;) {
    Atomics.wait(control, 0, seen);
    seen = Atomics.load(control, 0);
    if (control[1] === 2) return;
    try {
      const numSelected = task[0];
      const ids = task.subarray(1, 1 + numSelected);
      const offsets = task.subarray(1 + F, 1 + F + numSelected);
      const numTasks = task[1 + 2 * F];
      let total = 0;
      for (let t = 0; t < numTasks; t++) total += task[2 + 2 * F + 2 * t + 1] - task[2 + 2 * F + 2 * t];
      const from = Math.floor((total * share) / threads);
      const to = Math.floor((total * (share + 1)) / threads);
      let position = 0;
      for (let t = 0; t < numTasks; t++) {
        const begin = task[2 + 2 * F + 2 * t];
        const end = task[2 + 2 * F + 2 * t + 1];
        const lo = Math.max(begin, begin + from - position);
        const hi = Math.min(end, begin + to - position);
        position += end - begin;
        if (lo >= hi) continue;
        const base = t * data.histLength;
        partial.fill(0, base, base + data.histLength);
        accumulate(rowBins, F, ids, offsets, numSelected, rows, lo, hi, gradHess, partial, base);
      }
    } catch {
      Atomics.store(control, 2 + data.workers + data.worker, 1);
    }
    Atomics.store(control, 2 + data.worker, seen);
    Atomics.notify(control, 2 + data.worker);
  }
}

const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const accumulate = (${accumulateHistogram.toString()});
(${workerLoop.toString()})(workerData, accumulate);
`;

class ParallelHistogramBuilder implements HistogramBuilder {
  private readonly control: Int32Array;
  private readonly task: Int32Array;
  private readonly partials: Float64Array[] = [];
  private readonly workers: Worker[] = [];
  private readonly serial: SerialHistogramBuilder;
  private featureIds: Int32Array;
  private featureOffsets: Int32Array;
  private generation = 0;

  constructor(private readonly inputs: HistogramInputs, threads: number) {
    const numWorkers = threads - 1;
    const histLength = 2 * inputs.offsets[inputs.numFeatures];
    this.serial = new SerialHistogramBuilder(inputs);
    this.featureIds = Int32Array.from({ length: inputs.numFeatures }, (_, f) => f);
    this.featureOffsets = selectedOffsets(inputs.offsets, this.featureIds, inputs.numFeatures);
    const control = new SharedArrayBuffer(4 * (CONTROL_HEADER + 2 * numWorkers));
    const task = new SharedArrayBuffer(4 * (2 + 2 * inputs.numFeatures + 2 * MAX_TASKS));
    this.control = new Int32Array(control);
    this.task = new Int32Array(task);
    for (let w = 0; w < numWorkers; w++) {
      const partial = new SharedArrayBuffer(8 * histLength * MAX_TASKS);
      this.partials.push(new Float64Array(partial));
      const workerData: WorkerData = {
        control, task, partial, rowBins: inputs.rowBins.buffer as SharedArrayBuffer, wideBins: inputs.rowBins.BYTES_PER_ELEMENT === 2,
        rows: inputs.rows.buffer as SharedArrayBuffer, gradHess: inputs.gradHess.buffer as SharedArrayBuffer,
        numFeatures: inputs.numFeatures, histLength, worker: w, workers: numWorkers,
      };
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
      worker.unref();
      this.workers.push(worker);
    }
  }

  setFeatures(featureIds: Int32Array): void {
    this.featureIds = featureIds;
    this.featureOffsets = selectedOffsets(this.inputs.offsets, featureIds, this.inputs.numFeatures);
    this.serial.setFeatures(featureIds);
  }

  build(tasks: readonly HistogramTask[]): void {
    for (let start = 0; start < tasks.length; start += MAX_TASKS) this.buildBatch(tasks.slice(start, start + MAX_TASKS));
  }

  private buildBatch(tasks: readonly HistogramTask[]): void {
    const threads = this.workers.length + 1;
    let total = 0;
    for (const t of tasks) total += t.end - t.begin;
    if (total < MIN_ROWS_PER_THREAD * threads) {
      this.serial.build(tasks);
      return;
    }
    const F = this.inputs.numFeatures;
    const task = this.task;
    task[0] = this.featureIds.length;
    task.set(this.featureIds, 1);
    task.set(this.featureOffsets, 1 + F);
    task[1 + 2 * F] = tasks.length;
    tasks.forEach((t, i) => {
      task[2 + 2 * F + 2 * i] = t.begin;
      task[2 + 2 * F + 2 * i + 1] = t.end;
    });
    this.generation = (this.generation + 1) | 0;
    Atomics.store(this.control, 1, COMMAND_BUILD);
    Atomics.store(this.control, 0, this.generation);
    Atomics.notify(this.control, 0);
    // share 0 on this thread
    const to = Math.floor(total / threads);
    let position = 0;
    for (const t of tasks) {
      t.hist.fill(0);
      const hi = Math.min(t.end, t.begin + to - position);
      if (hi > t.begin) {
        accumulateHistogram(this.inputs.rowBins, F, this.featureIds, this.featureOffsets, this.featureIds.length, this.inputs.rows, t.begin, hi, this.inputs.gradHess, t.hist, 0);
      }
      position += t.end - t.begin;
    }
    this.awaitWorkers();
    for (let w = 0; w < this.workers.length; w++) this.addPartials(w, tasks, total, threads);
  }

  private awaitWorkers(): void {
    const n = this.workers.length;
    for (let w = 0; w < n; w++) {
      const started = Date.now();
      while (Atomics.load(this.control, CONTROL_HEADER + w) !== this.generation) {
        Atomics.wait(this.control, CONTROL_HEADER + w, Atomics.load(this.control, CONTROL_HEADER + w), 1000);
        if (Date.now() - started > WAIT_TIMEOUT_MS) throw new Error(`internal error: histogram worker ${w} did not answer`);
      }
      if (Atomics.load(this.control, CONTROL_HEADER + n + w) !== 0) throw new Error(`internal error: histogram worker ${w} failed`);
    }
  }

  private addPartials(w: number, tasks: readonly HistogramTask[], total: number, threads: number): void {
    const share = w + 1;
    const from = Math.floor((total * share) / threads);
    const to = Math.floor((total * (share + 1)) / threads);
    const partial = this.partials[w];
    let position = 0;
    tasks.forEach((t, i) => {
      const lo = Math.max(t.begin, t.begin + from - position);
      const hi = Math.min(t.end, t.begin + to - position);
      position += t.end - t.begin;
      if (lo >= hi) return;
      const base = i * t.hist.length;
      const hist = t.hist;
      for (let k = 0; k < hist.length; k++) hist[k] += partial[base + k];
    });
  }

  async dispose(): Promise<void> {
    Atomics.store(this.control, 1, COMMAND_EXIT);
    Atomics.store(this.control, 0, (this.generation + 1) | 0);
    Atomics.notify(this.control, 0);
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** A builder over `threads` threads (the caller plus threads - 1 workers); inputs must live in SharedArrayBuffers. */
export async function createParallelHistogramBuilder(inputs: HistogramInputs, threads: number): Promise<HistogramBuilder> {
  const sharedInputs = [inputs.rowBins.buffer, inputs.rows.buffer, inputs.gradHess.buffer].every((b) => b instanceof SharedArrayBuffer);
  if (threads <= 1 || !sharedInputs) return new SerialHistogramBuilder(inputs);
  return new ParallelHistogramBuilder(inputs, threads);
}
