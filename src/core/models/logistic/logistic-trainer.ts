import type { ParamValue } from '../../config/training-config';
import type { EncodedDataset, EvalMetric, ParamProblem, TrainedModel, Trainer, TrainRequest } from '../trainer';
import { fitLogistic, predictLogistic, readLogisticParams, type LogisticParams } from './logistic-regression';

export const LOGISTIC_ENGINE_VERSION = '1';

/** The serialised form of a logistic model (model.json's `model` field). */
export interface LogisticModelJson {
  format: 'mltrain-logistic';
  version: 1;
  coef: number[];
  intercept: number;
  params: LogisticParams;
  iterations: number;
  converged: boolean;
}

class LogisticModel implements TrainedModel {
  readonly engine = 'logistic' as const;
  readonly engineVersion = LOGISTIC_ENGINE_VERSION;

  constructor(private readonly json: LogisticModelJson) {}

  get params(): Record<string, ParamValue> {
    return { ...this.json.params };
  }

  get iterations(): number {
    return this.json.iterations;
  }

  predict(features: Float64Array[]): Float64Array {
    if (features.length !== this.json.coef.length) {
      throw new Error(`internal error: logistic model expects ${this.json.coef.length} features, got ${features.length}`);
    }
    return predictLogistic(this.json.coef, this.json.intercept, features);
  }

  toJSON(): LogisticModelJson {
    return this.json;
  }

  /** |coefficient| of each standardised feature: the change in log-odds per standard deviation. */
  featureImportance(names: readonly string[]): Record<string, number> {
    return Object.fromEntries(this.json.coef.map((c, j) => [names[j] ?? `f${j}`, Math.abs(c)]));
  }
}

function validationLogLoss(validation: EncodedDataset, evalMetric?: EvalMetric) {
  return (coef: Float64Array, intercept: number): number => {
    const p = predictLogistic(coef, intercept, validation.features);
    if (evalMetric) return evalMetric.compute(validation.label, p, validation.weight);
    let total = 0;
    let weightSum = 0;
    for (let i = 0; i < p.length; i++) {
      const w = validation.weight?.[i] ?? 1;
      const q = Math.min(Math.max(p[i], 1e-15), 1 - 1e-15);
      total -= w * (validation.label[i] === 1 ? Math.log(q) : Math.log(1 - q));
      weightSum += w;
    }
    return total / weightSum;
  };
}

/** The linear baseline engine: L2-regularised logistic regression for binary tasks. */
export const logisticTrainer: Trainer = {
  type: 'logistic',
  encoding: 'standardize_onehot',
  tasks: ['binary'],
  validateParams(params): ParamProblem[] {
    return readLogisticParams(params).problems;
  },
  async train(request: TrainRequest): Promise<TrainedModel> {
    if (request.task !== 'binary') {
      throw new Error(`internal error: the logistic engine trains binary tasks only, got ${request.task}`);
    }
    const { params } = readLogisticParams(request.params);
    const fit = fitLogistic(request.train, params, request.onIteration, request.validation ? validationLogLoss(request.validation, request.evalMetric) : undefined);
    return new LogisticModel({
      format: 'mltrain-logistic',
      version: 1,
      coef: Array.from(fit.coef),
      intercept: fit.intercept,
      params,
      iterations: fit.iterations,
      converged: fit.converged,
    });
  },
  load(json: unknown): TrainedModel {
    const candidate = json as Partial<LogisticModelJson> | null;
    if (!candidate || candidate.format !== 'mltrain-logistic' || !Array.isArray(candidate.coef) || typeof candidate.intercept !== 'number') {
      throw new Error('not a logistic model (expected format mltrain-logistic with coef and intercept)');
    }
    return new LogisticModel(candidate as LogisticModelJson);
  },
};
