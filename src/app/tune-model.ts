import { join, isAbsolute } from 'node:path';
import { ConfigError } from '../core/config/config-error';
import { parseDuration } from '../core/config/duration';
import type { SearchDimension, TuningConfig } from '../core/config/training-config';
import { isLowerBetterMetric, METRICS_BY_TASK } from '../core/evaluate/index';
import type { TrainedModel, Trainer } from '../core/models/trainer';
import type { TrialStudy } from '../ports/trial-runner';
import { foldRows } from './trial-datasets';
import { openTrialRunner } from './open-trial-runner';
import { trialObjective } from './trial-objective';
import { EnvironmentError } from '../core/errors/environment-error';
import type { Rng } from '../core/random/rng';
import {
  createStudy,
  GridSampler,
  HyperbandPruner,
  MedianPruner,
  NopPruner,
  noImprovement,
  optimizationHistory,
  paramImportances,
  PercentilePruner,
  RandomSampler,
  studyIdentity,
  SuccessiveHalvingPruner,
  TPESampler,
  type Pruner,
  type Sampler,
  type StopCondition,
  type StopReason,
  type Trial,
} from '../core/tune/index';
import type { CostMeter } from './cost-meter';
import { defaultSearchSpace } from './default-search-space';
import type { LoadedConfig } from './load-config';
import type { PreparedData } from './prepare-data';
import type { RunDependencies } from './run-dependencies';
import type { BudgetGuard } from './budget-guard';

export interface TuningOutcome {
  model: TrainedModel;
  bestParams: Record<string, unknown>;
  section: Record<string, unknown>;
  history: ReturnType<typeof optimizationHistory>;
  importances: Record<string, number>;
  direction: 'maximize' | 'minimize';
}

/** The metric trials are judged by: the config's, else the task's usual one. */
export function tuningMetric(tuning: TuningConfig, task: PreparedData['task']): { metric: string; direction: 'maximize' | 'minimize' } {
  const metric = tuning.metric ?? (task === 'binary' ? 'roc_auc' : task === 'multiclass' ? 'accuracy' : 'rmse');
  return { metric, direction: tuning.direction ?? (isLowerBetterMetric(metric) ? 'minimize' : 'maximize') };
}

/**
 * Runs the study: each trial trains on the training part with suggested parameters, reports the
 * validation metric after every boosting round or epoch (so pruners and the budget can stop it),
 * and returns it. The journal (study.jsonl) makes a re-run continue the same study; a changed
 * config, search space or data starts a new one (the identity is a hash of all of them). With
 * tuning.parallelism > 1, gbdt and logistic trials train on worker threads (openTrialRunner),
 * the pruner still judging every step here; `threads` is each trial's share of the run's threads.
 */
export async function tuneModel(deps: RunDependencies, input: { loaded: LoadedConfig; trainer: Trainer; data: PreparedData; rng: Rng; meter: CostMeter; budget: BudgetGuard; outputDir: string; threads: number }): Promise<TuningOutcome> {
  const { loaded, trainer, data, rng, meter, budget } = input;
  const tuning = loaded.config.tuning!;
  const { metric, direction } = tuningMetric(tuning, data.task);
  if (!(METRICS_BY_TASK[data.task] as readonly string[]).includes(metric)) {
    const pos = loaded.locate('/tuning/metric');
    throw new ConfigError([{ file: loaded.file, line: pos.line, column: pos.column, pointer: '/tuning/metric', message: `'${metric}' is not a ${data.task} metric; choose one of ${METRICS_BY_TASK[data.task].join(', ')}` }]);
  }
  const validation = data.parts.validation;
  if (!validation && !tuning.cv_folds) {
    const pos = loaded.locate('/data/split/validation_size');
    throw new ConfigError([{ file: loaded.file, line: pos.line, column: pos.column, pointer: '/data/split/validation_size', message: 'tuning needs a validation part (data.split.validation_size > 0 or data.validation.path) or tuning.cv_folds' }]);
  }
  const space = Object.keys(tuning.search_space).length > 0 ? tuning.search_space : defaultSearchSpace(loaded.config.model.type);
  const identity = studyIdentity({ model: loaded.config.model.type, params: loaded.config.model.params, space, metric, direction, data: data.lineage.map((d) => d.sha256), seed: loaded.config.seed, split: loaded.config.data.split });
  const journalPath = isAbsolute(tuning.storage) ? tuning.storage : join(input.outputDir, tuning.storage);
  const cacheKey = `mltrain-study-${loaded.config.name}-${identity.slice(0, 24)}-`;
  if (deps.studyCache && (await deps.studyCache.restore(journalPath, cacheKey))) deps.logger.info(`restored the study journal from the Actions cache (${cacheKey}*)`);
  const study = await createStudy({
    direction,
    sampler: samplerFor(tuning, space, rng),
    pruner: prunerFor(tuning),
    storage: deps.openStudyStorage(journalPath),
    studyName: `${loaded.config.name}-${identity.slice(0, 16)}`,
    clock: deps.clock,
    cost: { hourlyRateUsd: meter.hourlyRateUsd },
  });
  // Trials a killed run left 'running' are failed and queued again with the same parameters.
  await study.failInterruptedTrials({ retry: true });
  const resumed = study.trials.filter((t) => t.state !== 'running').length;
  if (resumed > 0) deps.logger.info(`resuming study ${identity.slice(0, 12)} from ${journalPath}: ${resumed} trial(s) already run`);

  const folds = tuning.cv_folds ? foldRows(data.parts.train.encoded, data.task, tuning.cv_folds, rng.fork('cv-folds')) : undefined;
  const trialStudy: TrialStudy = {
    trainer,
    task: data.task,
    numClasses: data.classes?.length ?? 0,
    featureInfo: data.featureInfo,
    metric,
    train: data.parts.train.encoded,
    validation: folds ? undefined : validation?.encoded,
    folds,
  };
  const compute = loaded.config.model.compute;
  const { runner, parallelism } = await openTrialRunner(deps, trialStudy, { parallelism: tuning.parallelism, threads: compute.threads === 'auto' ? deps.machine.cores : compute.threads });
  const { objective: runTrial, best } = trialObjective({
    runner,
    baseParams: loaded.config.model.params,
    space,
    rng,
    threads: input.threads,
    folds: folds?.length ?? 0,
    metric,
    direction,
    budget,
  });
  // A program that cannot run at all (not found, not executable) fails every trial alike: stop
  // the study at once and report it as the user's problem (exit 2).
  let fatal: EnvironmentError | undefined;
  const objective = async (trial: Trial): Promise<number> => {
    try {
      return await runTrial(trial);
    } catch (error) {
      if (error instanceof EnvironmentError) {
        fatal ??= error;
        study.stop('failures');
      }
      throw error;
    }
  };
  let cacheSaves: Promise<void> = Promise.resolve();
  const stopWhen: StopCondition[] = [{ reason: 'budget', shouldStop: () => budget.shouldNotStart() }];
  if (tuning.patience) stopWhen.push(noImprovement(tuning.patience));
  const timeout = tuning.timeout === undefined ? undefined : parseDuration(tuning.timeout);
  const alreadyRun = study.trials.filter((t) => t.state !== 'running').length;
  let result: Awaited<ReturnType<typeof study.optimize>>;
  try {
    result = await study.optimize(objective, {
      nTrials: Math.max(0, tuning.n_trials - alreadyRun),
      timeoutMs: timeout === undefined ? undefined : timeout * 1000,
      nJobs: parallelism,
      maxConsecutiveFailures: tuning.max_consecutive_failures,
      stopWhen,
      signal: deps.cancelSignal ? AbortSignal.any([budget.signal, deps.cancelSignal]) : budget.signal,
      callbacks: [
        () => {
          if (deps.studyCache) cacheSaves = cacheSaves.then(() => deps.studyCache?.save(journalPath, cacheKey));
        },
        (_study, trial) => {
          const params = Object.entries(trial.params).map(([k, v]) => `${k}=${typeof v === 'number' ? Number(v.toPrecision(4)) : String(v)}`).join(' ');
          const value = trial.value === null ? '' : ` ${metric}=${trial.value.toFixed(4)}`;
          deps.logger.info(`trial ${trial.number} ${trial.state}${value} (${params}) $${(trial.costUsd ?? 0).toFixed(4)}${trial.failReason ? `: ${trial.failReason}` : ''}`);
        },
      ],
    });
  } finally {
    // No worker outlives the study, whatever ended it.
    await runner.close();
  }
  await cacheSaves;
  if (fatal) throw fatal;
  if (deps.cancelSignal?.aborted) throw new RunCancelledError(`the run was cancelled after ${study.trials.length} trial(s); the study journal ${journalPath} is saved${deps.studyCache ? ' and cached' : ''}, and a re-run resumes it`);
  const stopReason: StopReason = budget.exceeded ? 'budget' : result.stopReason;
  const bestTrial = study.bestTrial;
  if (!bestTrial) throw new NoModelError(stopReason === 'budget' ? 'the budget allowed no completed trial, so there is no model' : `no trial completed (stopped: ${stopReason})`);

  const bestModel = best();
  let model = bestModel && bestModel.number === bestTrial.number ? bestModel.model : undefined;
  if (!model) {
    // Cross-validated studies, and best trials from an earlier process (a resumed study), are
    // refitted with the best parameters on the whole training part.
    deps.logger.info(folds ? `refitting the best parameters (trial ${bestTrial.number}) on the whole training part` : `refitting the best trial (${bestTrial.number}) from an earlier run`);
    model = await trainer.train({
      task: data.task,
      numClasses: data.classes?.length ?? 0,
      train: data.parts.train.encoded,
      validation: validation?.encoded,
      featureInfo: data.featureInfo,
      params: { ...loaded.config.model.params, ...(bestTrial.params as Record<string, never>) },
      seed: rng.fork(`trial-${bestTrial.number}`).nextUint32(),
      threads: input.threads,
    });
  }
  const trials = study.trials;
  const count = (state: string) => trials.filter((t) => t.state === state).length;
  const history = optimizationHistory(trials, direction);
  const importances = paramImportances(trials);
  const section = {
    metric,
    direction,
    sampler: tuning.sampler,
    pruner: tuning.pruner,
    study: identity,
    journal: tuning.storage,
    trials: trials.length,
    completed: count('complete'),
    pruned: count('pruned'),
    failed: count('fail'),
    best_trial: bestTrial.number,
    best_value: bestTrial.value,
    best_params: bestTrial.params,
    stop_reason: stopReason,
    cv_folds: tuning.cv_folds,
    cost_usd: trials.reduce((sum, t) => sum + (t.costUsd ?? 0), 0),
    seconds: trials.reduce((sum, t) => sum + (t.durationMs ?? 0), 0) / 1000,
    param_importances: importances,
    history: trials.map((t) => ({
      number: t.number,
      params: t.params,
      value: t.value,
      state: t.state,
      steps: t.intermediateValues.size,
      cost_usd: t.costUsd,
      seconds: t.durationMs === null ? null : t.durationMs / 1000,
      ...(t.failReason ? { fail_reason: t.failReason } : {}),
    })),
  };
  return { model, bestParams: { ...bestTrial.params }, section, history, importances, direction };
}

/** The runner cancelled the job (SIGINT/SIGTERM) during tuning. */
export class RunCancelledError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RunCancelledError';
  }
}

/** The run produced no model (budget spent before any trial completed): exit 1, as a failed gate. */
export class NoModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoModelError';
  }
}

function samplerFor(tuning: TuningConfig, space: Record<string, SearchDimension>, rng: Rng): Sampler {
  const stream = rng.fork('sampler');
  if (tuning.sampler === 'random') return new RandomSampler({ rng: stream });
  if (tuning.sampler === 'grid') {
    const grid: Record<string, (string | number | boolean | null)[]> = {};
    for (const [name, dimension] of Object.entries(space)) grid[name] = Array.isArray(dimension) ? dimension : gridValues(dimension);
    return new GridSampler(grid, { rng: stream });
  }
  return new TPESampler({ rng: stream, constantLiar: tuning.parallelism > 1 });
}

/** A range as grid points: its steps when it has a step (ints step 1), else low and high. */
function gridValues(dimension: Exclude<SearchDimension, unknown[]>): number[] {
  const step = dimension.step ?? (dimension.type === 'int' ? 1 : undefined);
  if (step === undefined) return [dimension.low, dimension.high];
  const values: number[] = [];
  for (let v = dimension.low; v <= dimension.high + 1e-12; v += step) values.push(Number(v.toPrecision(12)));
  return values;
}

function prunerFor(tuning: TuningConfig): Pruner {
  switch (tuning.pruner) {
    case 'median':
      return new MedianPruner({ nStartupTrials: 5, nWarmupSteps: 10 });
    case 'percentile':
      return new PercentilePruner(25, { nStartupTrials: 5, nWarmupSteps: 10 });
    case 'successive_halving':
      return new SuccessiveHalvingPruner({});
    case 'hyperband':
      return new HyperbandPruner({});
    case 'none':
      return new NopPruner();
  }
}
