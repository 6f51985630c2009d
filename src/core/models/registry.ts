import type { ModelType } from '../config/training-config';
import { gbdtTrainer } from './gbdt-trainer';
import { logisticTrainer } from './logistic/logistic-trainer';
import { lazyMlpTrainer } from './mlp-lazy-trainer';
import type { Trainer } from './trainer';

/**
 * The engines that train in-process. Engines not listed here are not available in this build;
 * the app reports that as a config error on `model.type`.
 */
const TRAINERS: Partial<Record<ModelType, Trainer>> = {
  gbdt: gbdtTrainer,
  logistic: logisticTrainer,
  mlp: lazyMlpTrainer(),
};

export function findTrainer(type: ModelType): Trainer | undefined {
  return TRAINERS[type];
}

export function availableModelTypes(): ModelType[] {
  return Object.keys(TRAINERS) as ModelType[];
}
