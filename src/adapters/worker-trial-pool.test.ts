import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildTrialWorker } from '../../test/builders/trial-worker-bundle';
import { inProcessTrialRunner } from '../app/in-process-trial-runner';
import { foldRows } from '../app/trial-datasets';
import { trialObjective } from '../app/trial-objective';
import type { SearchDimension } from '../core/config/training-config';
import { gbdtTrainer } from '../core/models/gbdt-trainer';
import { logisticTrainer } from '../core/models/logistic/logistic-trainer';
import type { EncodedDataset, TrainedModel, Trainer } from '../core/models/trainer';
import { Rng } from '../core/random/rng';
import { createStudy, MedianPruner, TPESampler } from '../core/tune/index';
import type { TrialRunner, TrialStudy } from '../ports/trial-runner';
import { workerTrialPools } from './worker-trial-pool';

/** A noisy logistic problem: five features, three of them informative. */
function dataset(rows: number, rng: Rng): EncodedDataset {
  const features = Array.from({ length: 5 }, () => Float64Array.from({ length: rows }, () => rng.normal()));
  const label = Float64Array.from({ length: rows }, (_, i) => (features[0][i] + 0.5 * features[1][i] - features[2][i] + rng.normal() > 0 ? 1 : 0));
  return { features, label };
}

const rng = Rng.fromSeed(11);
const TRAIN = dataset(600, rng.fork('train'));
const VALIDATION = dataset(300, rng.fork('validation'));
const FEATURES = { names: ['a', 'b', 'c', 'd', 'e'], categorical: [false, false, false, false, false] };
const SPACE: Record<string, SearchDimension> = {
  max_depth: { type: 'int', low: 1, high: 4 },
  learning_rate: { type: 'float', low: 0.01, high: 0.5, log: true },
  subsample: { type: 'float', low: 0.5, high: 1 },
};

function study(trainer: Trainer, options: Partial<TrialStudy> = {}): TrialStudy {
  return { trainer, task: 'binary', numClasses: 2, featureInfo: FEATURES, metric: 'roc_auc', train: TRAIN, validation: VALIDATION, ...options };
}

let workerUrl: URL;
let removeWorker = () => {};
const open: TrialRunner[] = [];
const pool = async (spec: TrialStudy, parallelism = 1) => {
  const runner = await workerTrialPools({ workerUrl }).open(spec, { parallelism });
  open.push(runner);
  return runner;
};

beforeAll(async () => {
  ({ url: workerUrl, remove: removeWorker } = await buildTrialWorker());
});
afterAll(() => removeWorker());
afterEach(async () => {
  await Promise.all(open.splice(0).map((runner) => runner.close()));
});

/** A seeded TPE study of `nTrials` GBDT trials through `runner`, one at a time, with median pruning. */
async function runStudy(runner: TrialRunner, folds = 0, nTrials = 10) {
  const root = Rng.fromSeed(5);
  const tuned = await createStudy({ direction: 'maximize', sampler: new TPESampler({ rng: root.fork('sampler'), nStartupTrials: 4 }), pruner: new MedianPruner({ nStartupTrials: 2, nWarmupSteps: 3 }) });
  const { objective } = trialObjective({
    runner,
    baseParams: { n_estimators: 20 },
    space: SPACE,
    rng: root,
    threads: 1,
    folds,
    metric: 'roc_auc',
    direction: 'maximize',
    budget: { checkIteration: () => 'continue', exceeded: false },
  });
  await tuned.optimize(objective, { nTrials });
  return tuned.trials.map((t) => ({ number: t.number, state: t.state, params: t.params, value: t.value, steps: [...t.intermediateValues], failReason: t.failReason }));
}

describe('worker trial pool', () => {
  it('gives the same trials, values and pruning steps as in-process trials, one at a time', async () => {
    const inProcess = await runStudy(inProcessTrialRunner(study(gbdtTrainer)));
    const onWorker = await runStudy(await pool(study(gbdtTrainer)));
    expect(onWorker).toEqual(inProcess);
    // The comparison covers pruning: some trials stopped early, at the same step on both sides.
    expect(inProcess.filter((t) => t.state === 'pruned').length).toBeGreaterThan(0);
    expect(inProcess.filter((t) => t.state === 'complete').length).toBeGreaterThan(0);
  });

  it('gives the same cross-validated values (folds as shared rows) for the logistic engine', async () => {
    const spec = study(logisticTrainer, { validation: undefined, folds: foldRows(TRAIN, 'binary', 3, Rng.fromSeed(2)) });
    const space = { C: { type: 'float', low: 0.01, high: 10, log: true } } as const;
    const run = async (runner: TrialRunner) => {
      const tuned = await createStudy({ direction: 'maximize', sampler: new TPESampler({ seed: 3 }) });
      const { objective } = trialObjective({ runner, baseParams: {}, space, rng: Rng.fromSeed(4), threads: 1, folds: 3, metric: 'roc_auc', direction: 'maximize', budget: { checkIteration: () => 'continue', exceeded: false } });
      await tuned.optimize(objective, { nTrials: 3 });
      return tuned.trials.map((t) => [t.state, t.params, t.value]);
    };
    const inProcess = await run(inProcessTrialRunner(spec));
    expect(inProcess.every(([state]) => state === 'complete')).toBe(true);
    expect(await run(await pool(spec))).toEqual(inProcess);
  });

  it('rebuilds the model on this thread from its JSON: same predictions as the in-process model', async () => {
    const request = { trialNumber: 0, params: { n_estimators: 15, max_depth: 3 }, seed: 9, threads: 2, onIteration: () => 'continue' as const };
    const here = await inProcessTrialRunner(study(gbdtTrainer)).train(request);
    const there = await (await pool(study(gbdtTrainer))).train(request);
    expect(there.value).toBe(here.value);
    expect(there.model.iterations).toBe(15);
    expect(there.model.predict(VALIDATION.features)).toEqual(here.model.predict(VALIDATION.features));
  });

  it('stops at the iteration the caller says, and leaves a cut-short training unscored', async () => {
    const seen: number[] = [];
    const result = await (await pool(study(gbdtTrainer))).train({
      trialNumber: 0, params: { n_estimators: 50 }, seed: 1, threads: 1,
      onIteration: ({ iteration }) => (seen.push(iteration), iteration === 4 ? 'stop' : 'continue'),
    });
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(result.model.iterations).toBe(4);
    expect(result.value).toBeNaN();
  });

  it('runs trials at once on separate workers and keeps each trial\'s own iterations', async () => {
    const runner = await pool(study(gbdtTrainer), 2);
    const iterations: Record<number, number[]> = { 0: [], 1: [] };
    const train = (trialNumber: number, rounds: number) =>
      runner.train({ trialNumber, params: { n_estimators: rounds }, seed: trialNumber, threads: 1, onIteration: ({ iteration }) => (iterations[trialNumber].push(iteration), 'continue') });
    const [a, b] = await Promise.all([train(0, 12), train(1, 7)]);
    expect([a.model.iterations, b.model.iterations]).toEqual([12, 7]);
    expect(iterations).toEqual({ 0: Array.from({ length: 12 }, (_, i) => i + 1), 1: Array.from({ length: 7 }, (_, i) => i + 1) });
    // Queued beyond the pool's size, trials wait for a free worker.
    const more = await Promise.all([0, 1, 2].map((n) => train(n % 2, 3)));
    expect(more.map((r) => r.model.iterations)).toEqual([3, 3, 3]);
  });

  it('fails a trial with the engine\'s own error, or the caller\'s, and goes on with the next', async () => {
    const runner = await pool(study(gbdtTrainer));
    const inProcessError = await inProcessTrialRunner(study(gbdtTrainer)).train({ trialNumber: 0, params: { max_depth: -2 }, seed: 1, threads: 1, onIteration: () => 'continue' }).catch((e: Error) => e);
    const error = await runner.train({ trialNumber: 0, params: { max_depth: -2 }, seed: 1, threads: 1, onIteration: () => 'continue' }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe((inProcessError as Error).message);
    const callerError = await runner.train({ trialNumber: 1, params: { n_estimators: 30 }, seed: 1, threads: 1, onIteration: ({ iteration }) => { if (iteration === 2) throw new Error('storage full'); return 'continue'; } }).catch((e: Error) => e);
    expect((callerError as Error).message).toBe('storage full');
    const next = await runner.train({ trialNumber: 2, params: { n_estimators: 3 }, seed: 1, threads: 1, onIteration: () => 'continue' });
    expect(next.model.iterations).toBe(3);
  });

  it('ends every worker on close, failing the training in progress', async () => {
    const runner = await pool(study(gbdtTrainer));
    let closing: Promise<void> | undefined;
    const training = runner.train({
      trialNumber: 0, params: { n_estimators: 500 }, seed: 1, threads: 1,
      onIteration: ({ iteration }) => {
        if (iteration === 2) closing = runner.close();
        return 'continue';
      },
    });
    await expect(training).rejects.toThrow(/study ended/);
    await closing;
    await expect(runner.train({ trialNumber: 1, params: {}, seed: 1, threads: 1, onIteration: () => 'continue' })).rejects.toThrow(/closed/);
  });

  it('fails to open when the worker file is missing, and only supports in-process engines', async () => {
    const pools = workerTrialPools({ workerUrl: new URL('file:///nonexistent/trial-worker.js') });
    await expect(pools.open(study(gbdtTrainer), { parallelism: 2 })).rejects.toThrow();
    expect(['gbdt', 'logistic', 'mlp', 'command'].map((type) => pools.supports(type as Trainer['type']))).toEqual([true, true, false, false]);
  });
});

describe('worker trial pool, losing a worker', () => {
  it('fails the trial of a worker that dies, replaces the worker and goes on', async () => {
    // A stand-in worker: trial 0 kills its thread, any other trial returns a fixed model.
    const dir = mkdtempSync(join(tmpdir(), 'mltrain-dying-worker-'));
    const file = join(dir, 'dying-worker.mjs');
    writeFileSync(file, `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (m) => { if (m.trialNumber === 0) process.exit(3); parentPort.postMessage({ kind: 'done', id: m.id, model: { trial: m.trialNumber }, value: 0.5 }); });
parentPort.postMessage({ kind: 'ready' });
`);
    const loaded: unknown[] = [];
    const model: TrainedModel = { engine: 'logistic', engineVersion: '1', predict: () => new Float64Array(0), toJSON: () => ({}), params: {}, iterations: 0 };
    const trainer: Trainer = { ...logisticTrainer, load: (json) => (loaded.push(json), model) };
    const runner = await workerTrialPools({ workerUrl: pathToFileURL(file) }).open(study(trainer), { parallelism: 1 });
    open.push(runner);
    const request = (trialNumber: number) => ({ trialNumber, params: {}, seed: 1, threads: 1, onIteration: () => 'continue' as const });
    await expect(runner.train(request(0))).rejects.toThrow(/exited \(code 3\)/);
    expect(await runner.train(request(1))).toEqual({ model, value: 0.5 });
    expect(loaded).toEqual([{ trial: 1 }]);
    rmSync(dir, { recursive: true, force: true });
  });
});
