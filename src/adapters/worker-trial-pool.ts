import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { IterationDecision } from '../core/models/trainer';
import type { ParallelTrialRunners, TrialRunner, TrialStudy, TrialTraining, TrialTrainingResult } from '../ports/trial-runner';
import { isWorkerEngine, shareDataset, VERDICT, type TrainMessage, type TrialWorkerData, type WorkerMessage } from './worker-trial-protocol';

export interface WorkerTrialPoolOptions {
  /** The bundled worker (default: trial-worker.js beside the bundle that holds this code). */
  workerUrl?: URL;
}

/** Trial pools on worker_threads for the engines that can run there (gbdt, logistic). */
export function workerTrialPools(options: WorkerTrialPoolOptions = {}): ParallelTrialRunners {
  return {
    supports: isWorkerEngine,
    open: (study, { parallelism }) => WorkerTrialPool.start(study, Math.max(1, Math.floor(parallelism)), options.workerUrl ?? locateTrialWorker()),
  };
}

/**
 * dist/trial-worker.js, found from this module's URL: this code sits in dist/index.js-style
 * entries or in a shared chunk under dist/chunks/, so the worker is beside it or one folder up.
 */
export function locateTrialWorker(): URL {
  for (const relative of ['./trial-worker.js', '../trial-worker.js']) {
    const url = new URL(relative, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
  }
  throw new Error(`trial-worker.js is not beside ${import.meta.url} (only bundled builds have it)`);
}

interface Job {
  id: number;
  request: TrialTraining;
  resolve(result: TrialTrainingResult): void;
  reject(error: unknown): void;
  /** What the caller's onIteration threw: the training stops and the job fails with it. */
  callbackError?: { error: unknown };
}

interface PoolWorker {
  worker: Worker;
  verdict: Int32Array;
  /** It has the data and listens. */
  ready: boolean;
  job: Job | null;
}

class WorkerTrialPool implements TrialRunner {
  private readonly workers = new Set<PoolWorker>();
  private readonly queue: Job[] = [];
  private closed = false;
  private nextId = 1;
  /** Why the last replacement of a lost worker failed (a pool without workers takes no trials). */
  private replacementError: unknown;

  private constructor(
    private readonly study: TrialStudy,
    private readonly shared: Omit<TrialWorkerData, 'verdict'>,
    private readonly url: URL,
  ) {}

  static async start(study: TrialStudy, parallelism: number, url: URL): Promise<WorkerTrialPool> {
    if (!isWorkerEngine(study.trainer.type)) throw new Error(`internal error: ${study.trainer.type} trials cannot run on worker threads`);
    const shared: Omit<TrialWorkerData, 'verdict'> = {
      engine: study.trainer.type,
      task: study.task,
      numClasses: study.numClasses,
      featureInfo: study.featureInfo,
      metric: study.metric,
      train: shareDataset(study.train),
      validation: study.validation ? shareDataset(study.validation) : undefined,
      folds: study.folds?.map((fold) => ({ train: shareRows(fold.train), validation: shareRows(fold.validation) })),
    };
    const pool = new WorkerTrialPool(study, shared, url);
    try {
      await Promise.all(Array.from({ length: parallelism }, () => pool.spawn()));
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  train(request: TrialTraining): Promise<TrialTrainingResult> {
    if (this.closed) return Promise.reject(new Error('internal error: the trial pool is closed'));
    if (this.workers.size === 0) return Promise.reject(this.replacementError ?? new Error('internal error: the trial pool has no workers'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, request, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the study ended before this trial started'));
    const workers = [...this.workers];
    this.workers.clear();
    await Promise.all(
      workers.map((entry) => {
        entry.job?.reject(new Error('the study ended while this trial was training'));
        entry.job = null;
        // Release a worker blocked on its verdict before terminating it.
        Atomics.store(entry.verdict, 0, VERDICT.stop);
        Atomics.notify(entry.verdict, 0);
        return entry.worker.terminate();
      }),
    );
  }

  /** Starts one worker and resolves when it holds the data and listens. */
  private spawn(): Promise<PoolWorker> {
    const verdictBuffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
    const workerData: TrialWorkerData = { ...this.shared, verdict: verdictBuffer };
    const worker = new Worker(this.url, { workerData });
    const entry: PoolWorker = { worker, verdict: new Int32Array(verdictBuffer), ready: false, job: null };
    this.workers.add(entry);
    return new Promise((resolve, reject) => {
      worker.on('message', (message: WorkerMessage) => {
        if (message.kind === 'ready') {
          entry.ready = true;
          resolve(entry);
          this.dispatch();
        } else this.receive(entry, message);
      });
      const lost = (error: Error) => {
        if (!this.workers.delete(entry)) return; // closed on purpose
        if (!entry.ready) return reject(error);
        entry.job?.reject(error);
        entry.job = null;
        void worker.terminate();
        // Keep the pool at strength for the trials still to come.
        if (!this.closed) this.spawn().catch((spawnError: unknown) => this.failQueued(spawnError));
      };
      worker.on('error', (error) => lost(new Error(`a trial worker failed: ${error.message}`)));
      worker.on('exit', (code) => lost(new Error(`a trial worker exited (code ${code})`)));
    });
  }

  private dispatch(): void {
    for (const entry of this.workers) {
      if (this.queue.length === 0) return;
      if (entry.job !== null || !entry.ready) continue;
      const job = this.queue.shift() as Job;
      entry.job = job;
      const { trialNumber, params, seed, threads, fold } = job.request;
      const message: TrainMessage = { kind: 'train', id: job.id, trialNumber, params, seed, threads, fold };
      entry.worker.postMessage(message);
    }
  }

  private receive(entry: PoolWorker, message: Exclude<WorkerMessage, { kind: 'ready' }>): void {
    const job = entry.job;
    if (!job || job.id !== message.id) return;
    if (message.kind === 'iteration') {
      let decision: IterationDecision = 'stop';
      if (!job.callbackError) {
        try {
          decision = job.request.onIteration({ iteration: message.iteration, validationLoss: message.validationLoss });
        } catch (error) {
          job.callbackError = { error };
        }
      }
      Atomics.store(entry.verdict, 0, decision === 'stop' ? VERDICT.stop : VERDICT.continue);
      Atomics.notify(entry.verdict, 0);
      return;
    }
    entry.job = null;
    if (message.kind === 'failed') {
      const error = new Error(message.message);
      error.name = message.name;
      job.reject(error);
    } else if (job.callbackError) job.reject(job.callbackError.error);
    else {
      try {
        job.resolve({ model: this.study.trainer.load(message.model), value: message.value });
      } catch (error) {
        job.reject(error);
      }
    }
    this.dispatch();
  }

  private failQueued(error: unknown): void {
    this.replacementError = error;
    for (const job of this.queue.splice(0)) job.reject(error);
  }
}

/** Row indices in shared memory, so every worker reads one copy. */
function shareRows(rows: Uint32Array): Uint32Array {
  const shared = new Uint32Array(new SharedArrayBuffer(rows.byteLength));
  shared.set(rows);
  return shared;
}
