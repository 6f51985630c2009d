import type { ParamValue, Task } from '../../config/training-config';
import type { ParamProblem, TrainedModel, Trainer, TrainRequest } from '../trainer';
import type { CheckpointOptions } from './mlp-checkpoint';
import { classWeights, targetScaling, toDeviceData } from './mlp-data';
import { buildLayout } from './mlp-layout';
import { encodeWeights, MlpModel, mlpModelFromJson } from './mlp-model';
import { mlpParamsToValues, readMlpParams } from './mlp-params';
import type { NnRuntime } from './tfjs-runtime';

export const MLP_ENGINE_VERSION = '1';

export interface MlpTrainerOptions {
  /** Checkpoint sink, cadence and the checkpoint to resume from. */
  checkpoints?: CheckpointOptions;
  /** The backend the adapter loaded (prepareTfjsBackend's answer), recorded in the model. */
  runtime?: NnRuntime;
}

const TASKS: readonly Task[] = ['binary', 'multiclass', 'regression'];

/**
 * The `mlp` engine: a multilayer perceptron trained with TensorFlow.js on whichever backend is
 * loaded (params.backend, default auto). Inputs standardised and one-hot encoded by core/data.
 */
export function createMlpTrainer(options: MlpTrainerOptions = {}): Trainer {
  return {
    type: 'mlp',
    encoding: 'standardize_onehot',
    tasks: TASKS,
    validateParams(params: Record<string, ParamValue>, task: Task): ParamProblem[] {
      return readMlpParams(params, task).problems;
    },
    async train(request: TrainRequest): Promise<TrainedModel> {
      const { params, problems } = readMlpParams(request.params, request.task);
      if (problems.length > 0) throw new Error(`internal error: invalid mlp params reached train(): ${problems.map((p) => p.message).join('; ')}`);
      // TensorFlow.js loads on the first training only: validating params and loading a saved
      // model (prediction is plain TypeScript) never pay for it, and bundles keep it in its own chunk.
      const [{ runTrainingLoop }, { activateBackend, tfjsVersion }] = await Promise.all([import('./mlp-training-loop'), import('./tfjs-runtime')]);
      const runtime = await activateBackend(params.backend, options.runtime);
      const { task, numClasses } = request;
      const inputDim = request.train.features.length;
      const outputDim = task === 'multiclass' ? numClasses : 1;
      const layout = buildLayout(inputDim, params.hidden_layers, params.activation, params.batch_norm, outputDim);
      const scale = targetScaling(task, request.train.label);
      const perClass = task === 'regression' ? null : classWeights(params.class_weight, request.train.label, numClasses);
      const { backend: _backend, ...trainingParams } = params;
      const result = await runTrainingLoop({
        task,
        numClasses,
        layout,
        params,
        seed: request.seed,
        train: toDeviceData(request.train, task, numClasses, scale, perClass),
        validation: request.validation ? { data: toDeviceData(request.validation, task, numClasses, scale, null), raw: request.validation } : undefined,
        targetScale: scale,
        fingerprint: JSON.stringify({ task, numClasses, inputDim, rows: request.train.label.length, data: dataChecksum(request.train), seed: request.seed, params: trainingParams }),
        onIteration: request.onIteration,
        checkpoints: options.checkpoints,
      });
      return new MlpModel({
        format: 'mltrain-mlp',
        version: 1,
        task,
        num_classes: numClasses,
        input_dim: inputDim,
        output_dim: outputDim,
        layers: { hidden: params.hidden_layers, activation: params.activation, batch_norm: params.batch_norm },
        weights: encodeWeights(result.theta),
        running: encodeWeights(result.running),
        target_scale: scale,
        params: mlpParamsToValues(params),
        epochs_run: result.epochsRun,
        best_epoch: result.bestEpoch,
        validation_history: result.history,
        stop_reason: result.stopReason,
        backend: runtime.backend,
        device: runtime.device,
        engine_version: `${MLP_ENGINE_VERSION}+tfjs-${tfjsVersion()}`,
      });
    },
    load(json: unknown): TrainedModel {
      return mlpModelFromJson(json);
    },
  };
}

/** FNV-1a over the labels and every 97th feature value: a resumed run must see the same data. */
function dataChecksum(data: TrainRequest['train']): string {
  let hash = 0x811c9dc5;
  const mix = (v: number) => {
    const bits = Math.fround(v) * 4096;
    hash = Math.imul(hash ^ (Number.isFinite(bits) ? bits | 0 : 0x7fc00000), 16777619);
  };
  data.label.forEach(mix);
  for (const column of data.features) for (let i = 0; i < column.length; i += 97) mix(column[i]);
  return (hash >>> 0).toString(16);
}

/** The mlp engine with default options (the registry's entry). */
export const mlpTrainer: Trainer = createMlpTrainer();
