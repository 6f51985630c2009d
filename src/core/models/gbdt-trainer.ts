import type { ParamValue, Task } from '../config/training-config';
import { GBDT_ENGINE_VERSION } from './gbdt-version';
import { featureImportance, predictGbdt, trainGbdt, validateGbdtParams, type GbdtCheckpoint, type GbdtModel, type GbdtObjective, type GbdtParams } from './gbdt/index';
import type { ParamProblem, TrainedModel, Trainer, TrainRequest } from './trainer';

/** Regression objectives a config may pick with `params.objective`; classification's follow the task. */
const REGRESSION_OBJECTIVES = ['reg:squarederror', 'reg:pseudohubererror'] as const;

function splitObjective(params: Record<string, ParamValue>): { objective?: ParamValue; rest: Record<string, ParamValue> } {
  const { objective, ...rest } = params;
  return { objective, rest };
}

function objectiveFor(task: Task, requested: ParamValue | undefined): GbdtObjective {
  if (task === 'binary') return 'binary:logistic';
  if (task === 'multiclass') return 'multi:softmax';
  return requested === 'reg:pseudohubererror' ? 'reg:pseudohubererror' : 'reg:squarederror';
}

class GbdtTrainedModel implements TrainedModel {
  readonly engine = 'gbdt' as const;
  readonly engineVersion = GBDT_ENGINE_VERSION;
  constructor(readonly model: GbdtModel) {}

  get params(): Record<string, ParamValue> {
    return { ...(this.model.params as unknown as Record<string, ParamValue>) };
  }

  get iterations(): number {
    return this.model.iterationsTrained;
  }

  predict(features: Float64Array[]): Float64Array {
    return predictGbdt(this.model, features);
  }

  toJSON(): GbdtModel {
    return this.model;
  }

  featureImportance(): Record<string, number> {
    const gain = featureImportance(this.model, 'gain');
    return Object.fromEntries(this.model.featureNames.map((name, j) => [name, gain[j]]).filter(([, v]) => (v as number) > 0));
  }
}

/** Our histogram gradient-boosted trees (XGBoost's parameter names and defaults). */
export const gbdtTrainer: Trainer = {
  type: 'gbdt',
  encoding: 'codes',
  tasks: ['binary', 'multiclass', 'regression'],
  validateParams(params, task): ParamProblem[] {
    const { objective, rest } = splitObjective(params);
    const problems: ParamProblem[] = validateGbdtParams(rest);
    if (objective !== undefined && (task !== 'regression' || !(REGRESSION_OBJECTIVES as readonly ParamValue[]).includes(objective))) {
      problems.push({ param: 'objective', message: `'objective' may only choose a regression loss (${REGRESSION_OBJECTIVES.join(', ')}); classification objectives follow the task` });
    }
    return problems;
  },
  async train(request: TrainRequest): Promise<TrainedModel> {
    const { objective, rest } = splitObjective(request.params);
    const model = await trainGbdt({
      train: request.train,
      validation: request.validation,
      featureInfo: { names: request.featureInfo.names, categorical: request.featureInfo.categorical, categories: request.featureInfo.categories },
      objective: objectiveFor(request.task, objective),
      numClass: request.task === 'multiclass' ? request.numClasses : undefined,
      params: rest as Partial<GbdtParams>,
      seed: request.seed,
      threads: request.threads,
      evalMetric: request.evalMetric,
      ...(request.checkpoint ? { checkpoint: { every: request.checkpoint.every, save: (state: GbdtCheckpoint) => void request.checkpoint?.save(state) } } : {}),
      ...(isGbdtCheckpoint(request.checkpoint?.resumeFrom) ? { resumeFrom: request.checkpoint.resumeFrom } : {}),
      callbacks: request.onIteration
        ? { onIteration: (info) => request.onIteration?.({ iteration: info.iteration + 1, validationLoss: info.validationMetric }) }
        : undefined,
    });
    return new GbdtTrainedModel(model);
  },
  load(json: unknown): TrainedModel {
    const model = json as Partial<GbdtModel> | null;
    if (!model || model.format !== 'mltrain-gbdt' || !Array.isArray(model.trees)) {
      throw new Error('not a GBDT model (expected format mltrain-gbdt with trees)');
    }
    return new GbdtTrainedModel(model as GbdtModel);
  },
};

function isGbdtCheckpoint(value: unknown): value is GbdtCheckpoint {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === 'mltrain-gbdt-checkpoint';
}
