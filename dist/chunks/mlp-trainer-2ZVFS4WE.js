#!/usr/bin/env node
import { createRequire as __mltrainCreateRequire } from 'node:module';
const require = __mltrainCreateRequire(import.meta.url);
import {
  MlpModel,
  encodeWeights,
  mlpModelFromJson,
  mlpParamsToValues,
  readMlpParams
} from "./chunk-VXJLJB5O.js";
import {
  classWeights,
  targetScaling,
  toDeviceData
} from "./chunk-JDYJ5YLY.js";
import {
  buildLayout
} from "./chunk-X542JXY6.js";
import "./chunk-SA2DTWOY.js";

// src/core/models/nn/mlp-trainer.ts
var MLP_ENGINE_VERSION = "1";
var TASKS = ["binary", "multiclass", "regression"];
function createMlpTrainer(options = {}) {
  return {
    type: "mlp",
    encoding: "standardize_onehot",
    tasks: TASKS,
    validateParams(params, task) {
      return readMlpParams(params, task).problems;
    },
    async train(request) {
      const { params, problems } = readMlpParams(request.params, request.task);
      if (problems.length > 0) throw new Error(`internal error: invalid mlp params reached train(): ${problems.map((p) => p.message).join("; ")}`);
      const [{ runTrainingLoop }, { activateBackend, tfjsVersion }] = await Promise.all([import("./mlp-training-loop-MTAN6VEY.js"), import("./tfjs-runtime-PYGDN4X4.js")]);
      const runtime = await activateBackend(params.backend, options.runtime);
      const { task, numClasses } = request;
      const inputDim = request.train.features.length;
      const outputDim = task === "multiclass" ? numClasses : 1;
      const layout = buildLayout(inputDim, params.hidden_layers, params.activation, params.batch_norm, outputDim);
      const scale = targetScaling(task, request.train.label);
      const perClass = task === "regression" ? null : classWeights(params.class_weight, request.train.label, numClasses);
      const { backend: _backend, ...trainingParams } = params;
      const result = await runTrainingLoop({
        task,
        numClasses,
        layout,
        params,
        seed: request.seed,
        train: toDeviceData(request.train, task, numClasses, scale, perClass),
        validation: request.validation ? { data: toDeviceData(request.validation, task, numClasses, scale, null), raw: request.validation } : void 0,
        targetScale: scale,
        fingerprint: JSON.stringify({ task, numClasses, inputDim, rows: request.train.label.length, data: dataChecksum(request.train), seed: request.seed, params: trainingParams }),
        onIteration: request.onIteration,
        checkpoints: options.checkpoints
      });
      return new MlpModel({
        format: "mltrain-mlp",
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
        engine_version: `${MLP_ENGINE_VERSION}+tfjs-${tfjsVersion()}`
      });
    },
    load(json) {
      return mlpModelFromJson(json);
    }
  };
}
function dataChecksum(data) {
  let hash = 2166136261;
  const mix = (v) => {
    const bits = Math.fround(v) * 4096;
    hash = Math.imul(hash ^ (Number.isFinite(bits) ? bits | 0 : 2143289344), 16777619);
  };
  data.label.forEach(mix);
  for (const column of data.features) for (let i = 0; i < column.length; i += 97) mix(column[i]);
  return (hash >>> 0).toString(16);
}
var mlpTrainer = createMlpTrainer();
export {
  MLP_ENGINE_VERSION,
  createMlpTrainer,
  mlpTrainer
};
