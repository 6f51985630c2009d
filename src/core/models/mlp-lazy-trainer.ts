import { TASKS } from '../config/training-config';
import { mlpModelFromJson } from './nn/mlp-model';
import { readMlpParams } from './nn/mlp-params';
import type { NnRuntime } from './nn/tfjs-runtime';
import type { MlpCheckpoint } from './nn/mlp-checkpoint';
import type { TrainedModel, Trainer } from './trainer';

/**
 * The `mlp` engine without TensorFlow.js at start-up: checking parameters, loading a model and
 * predicting are plain TypeScript; training imports the tfjs-based trainer when it starts, so
 * runs of the other engines never load TensorFlow.js. `runtime` is the backend the adapter loaded.
 */
export function lazyMlpTrainer(runtime?: NnRuntime): Trainer {
  return {
    type: 'mlp',
    encoding: 'standardize_onehot',
    tasks: TASKS,
    validateParams: (params, task) => readMlpParams(params, task).problems,
    train: async (request) => {
      const { createMlpTrainer } = await import('./nn/mlp-trainer');
      const checkpoint = request.checkpoint;
      const checkpoints = checkpoint
        ? { sink: { save: (state: MlpCheckpoint) => checkpoint.save(state) }, everySteps: checkpoint.every, resumeFrom: checkpoint.resumeFrom as MlpCheckpoint | undefined, signal: request.signal }
        : undefined;
      return createMlpTrainer({ runtime, checkpoints }).train(request);
    },
    load: (json: unknown): TrainedModel => mlpModelFromJson(json),
  };
}
