import { ConfigError, type ConfigIssue } from '../core/config/config-error';
import { findTrainer, availableModelTypes } from '../core/models/registry';
import type { TrainedModel, Trainer } from '../core/models/trainer';
import type { Task } from '../core/config/training-config';
import type { LoadedConfig } from './load-config';

/** The trainer for the config's model type, or a config error on `model.type` / `model.params`. */
export function pickTrainer(loaded: LoadedConfig, task: Task | undefined): Trainer {
  const { model } = loaded.config;
  const issue = (pointer: string, message: string, key = false): ConfigIssue => {
    const pos = loaded.locate(pointer, { key });
    return { file: loaded.file, line: pos.line, column: pos.column, pointer, message };
  };
  const trainer = findTrainer(model.type);
  if (!trainer) {
    throw new ConfigError([issue('/model/type', `model type '${model.type}' is not available in this version of mltrain; available: ${availableModelTypes().join(', ')}`)]);
  }
  if (task && !trainer.tasks.includes(task)) {
    throw new ConfigError([issue('/model/type', `model type '${model.type}' trains ${trainer.tasks.join(', ')} tasks, but the task is ${task}`)]);
  }
  const problems = trainer.validateParams(model.params, task ?? trainer.tasks[0]);
  if (problems.length > 0) {
    throw new ConfigError(problems.map((p) => issue(`/model/params/${p.param}`, p.message, true)));
  }
  return trainer;
}

export type { TrainedModel };
