import type { ParamValue, SearchDimension } from '../core/config/training-config';
import type { TrainedModel } from '../core/models/trainer';
import type { Rng } from '../core/random/rng';
import { TrialPruned, type Trial } from '../core/tune/index';
import type { TrialRunner } from '../ports/trial-runner';
import type { BudgetGuard } from './budget-guard';

export interface TrialObjectiveOptions {
  runner: TrialRunner;
  /** model.params; the trial's suggestions override them. */
  baseParams: Record<string, ParamValue>;
  space: Record<string, SearchDimension>;
  rng: Rng;
  /** Threads each training may use (the run's threads shared by the trials running at once). */
  threads: number;
  /** Cross-validation folds (the runner's study holds their rows); 0: the holdout. */
  folds: number;
  metric: string;
  direction: 'maximize' | 'minimize';
  budget: Pick<BudgetGuard, 'checkIteration' | 'exceeded'>;
}

export interface BestTrialModel {
  number: number;
  value: number;
  model: TrainedModel;
}

/**
 * The study's objective: suggest the parameters, train through the runner (wherever it trains),
 * report the validation metric after every iteration and ask the pruner, stop on the budget or
 * the study's signal, and keep the best holdout model so it need not be refitted.
 */
export function trialObjective(options: TrialObjectiveOptions): { objective: (trial: Trial) => Promise<number>; best: () => BestTrialModel | undefined } {
  const { runner, budget, metric } = options;
  let best: BestTrialModel | undefined;
  const better = (a: number, b: number) => (options.direction === 'maximize' ? a > b : a < b);

  const trainOnce = async (trial: Trial, params: Record<string, ParamValue>, fold: number | undefined) => {
    let pruned = false;
    const report = fold === undefined;
    const { model, value } = await runner.train({
      trialNumber: trial.number,
      params,
      seed: options.rng.fork(`trial-${trial.number}`).nextUint32(),
      threads: options.threads,
      fold,
      signal: trial.signal,
      onIteration: ({ iteration, validationLoss }) => {
        if (report && validationLoss !== undefined && Number.isFinite(validationLoss)) {
          trial.report(validationLoss, iteration);
          if (trial.shouldPrune()) {
            pruned = true;
            return 'stop';
          }
        }
        return budget.checkIteration() === 'stop' || trial.signal.aborted ? 'stop' : 'continue';
      },
    });
    if (pruned) throw new TrialPruned(`pruned at iteration ${model.iterations}`);
    if (budget.exceeded) throw new TrialPruned('stopped by the budget');
    if (!Number.isFinite(value)) throw new Error(trial.signal.aborted ? `training stopped after ${model.iterations} iteration(s)` : `the trial's validation ${metric} is not a number`);
    return { model, value };
  };

  const objective = async (trial: Trial): Promise<number> => {
    const params = { ...options.baseParams, ...suggestAll(trial, options.space) };
    if (options.folds === 0) {
      const { model, value } = await trainOnce(trial, params, undefined);
      if (!best || better(value, best.value)) best = { number: trial.number, value, model };
      return value;
    }
    // Cross-validation: the running mean over folds is reported after each fold, so pruners
    // judge trials on the fold average; the best parameters are refitted on the whole part.
    let sum = 0;
    for (let f = 0; f < options.folds; f++) {
      sum += (await trainOnce(trial, params, f)).value;
      trial.report(sum / (f + 1), f);
      if (f < options.folds - 1 && trial.shouldPrune()) throw new TrialPruned(`pruned after fold ${f + 1} of ${options.folds}`);
    }
    return sum / options.folds;
  };
  return { objective, best: () => best };
}

function suggestAll(trial: Trial, space: Record<string, SearchDimension>): Record<string, string | number | boolean | null> {
  const params: Record<string, string | number | boolean | null> = {};
  for (const [name, dimension] of Object.entries(space)) {
    if (Array.isArray(dimension)) params[name] = trial.suggestCategorical(name, dimension);
    else if (dimension.type === 'int') params[name] = trial.suggestInt(name, dimension.low, dimension.high, { log: dimension.log, step: dimension.step });
    else params[name] = trial.suggestFloat(name, dimension.low, dimension.high, { log: dimension.log, step: dimension.step });
  }
  return params;
}
