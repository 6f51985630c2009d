#!/usr/bin/env node
import { createRequire as __mltrainCreateRequire } from 'node:module';
const require = __mltrainCreateRequire(import.meta.url);
import {
  VERDICT,
  datasetView,
  gbdtTrainer,
  logisticTrainer,
  trialDatasets,
  tuningEvalMetric
} from "./chunks/chunk-SYJBIVWC.js";
import "./chunks/chunk-EQ4OMVOO.js";
import "./chunks/chunk-CVGNWV26.js";
import "./chunks/chunk-SA2DTWOY.js";

// src/workers/trial-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var TRAINERS = { gbdt: gbdtTrainer, logistic: logisticTrainer };
function startTrialWorker(data) {
  const port = parentPort;
  if (!port) throw new Error("internal error: the trial worker runs outside a worker thread");
  const post = (message) => port.postMessage(message);
  const trainer = TRAINERS[data.engine];
  const study = { train: datasetView(data.train), validation: data.validation ? datasetView(data.validation) : void 0, folds: data.folds };
  const evalMetric = tuningEvalMetric(data.metric, data.task, data.numClasses);
  const verdict = new Int32Array(data.verdict);
  const train = async (message) => {
    const { id } = message;
    let stopped = false;
    try {
      const { train: train2, validation } = trialDatasets(study, message.fold);
      const model = await trainer.train({
        task: data.task,
        numClasses: data.numClasses,
        train: train2,
        validation,
        featureInfo: data.featureInfo,
        params: message.params,
        seed: message.seed,
        threads: message.threads,
        evalMetric,
        trialNumber: message.trialNumber,
        onIteration: ({ iteration, validationLoss }) => {
          Atomics.store(verdict, 0, VERDICT.pending);
          post({ kind: "iteration", id, iteration, validationLoss });
          Atomics.wait(verdict, 0, VERDICT.pending);
          stopped = Atomics.load(verdict, 0) === VERDICT.stop;
          return stopped ? "stop" : "continue";
        }
      });
      const value = stopped ? NaN : evalMetric.compute(validation.label, model.predict(validation.features), validation.weight);
      post({ kind: "done", id, model: model.toJSON(), value });
    } catch (error) {
      post({ kind: "failed", id, name: error instanceof Error ? error.name : "Error", message: error instanceof Error ? error.message : String(error) });
    }
  };
  port.on("message", (message) => void train(message));
  post({ kind: "ready" });
}
startTrialWorker(workerData);
