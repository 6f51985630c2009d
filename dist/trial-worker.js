#!/usr/bin/env node
import { createRequire as __mltrainCreateRequire } from 'node:module';
const require = __mltrainCreateRequire(import.meta.url);
import {
  VERDICT,
  datasetView,
  findTrainer,
  trainTrial,
  trialDatasets,
  tuningEvalMetric
} from "./chunks/chunk-TCVPS3GS.js";
import "./chunks/chunk-EQ4OMVOO.js";
import "./chunks/chunk-CVGNWV26.js";
import "./chunks/chunk-VXJLJB5O.js";
import "./chunks/chunk-X542JXY6.js";
import "./chunks/chunk-SA2DTWOY.js";

// src/workers/trial-worker.ts
import { parentPort, workerData } from "node:worker_threads";
function startTrialWorker(data) {
  const port = parentPort;
  if (!port) throw new Error("internal error: the trial worker runs outside a worker thread");
  const post = (message) => port.postMessage(message);
  const trainer = findTrainer(data.engine);
  if (!trainer) throw new Error(`internal error: no trainer for ${data.engine}`);
  const study = { train: datasetView(data.train), validation: data.validation ? datasetView(data.validation) : void 0, folds: data.folds };
  const engine = { trainer, task: data.task, numClasses: data.numClasses, featureInfo: data.featureInfo, evalMetric: tuningEvalMetric(data.metric, data.task, data.numClasses) };
  const verdict = new Int32Array(data.verdict);
  const train = async (message) => {
    const { id } = message;
    try {
      const { model, value } = await trainTrial(engine, trialDatasets(study, message.fold), message, ({ iteration, validationLoss }) => {
        Atomics.store(verdict, 0, VERDICT.pending);
        post({ kind: "iteration", id, iteration, validationLoss });
        Atomics.wait(verdict, 0, VERDICT.pending);
        return Atomics.load(verdict, 0) === VERDICT.stop ? "stop" : "continue";
      });
      post({ kind: "done", id, model: model.toJSON(), value });
    } catch (error) {
      post({ kind: "failed", id, name: error instanceof Error ? error.name : "Error", message: error instanceof Error ? error.message : String(error) });
    }
  };
  port.on("message", (message) => void train(message));
  post({ kind: "ready" });
}
startTrialWorker(workerData);
