/**
 * A trial worker thread (bundled as dist/trial-worker.js): holds the study's data (shared
 * memory), trains one trial at a time with an in-process engine, and after every iteration posts
 * the validation value and blocks until the main thread's verdict, so pruning decisions are made
 * there, step by step, exactly as in-process. The model goes back as its JSON.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { findTrainer } from '../core/models/registry';
import { trainTrial } from '../app/train-trial';
import { trialDatasets } from '../app/trial-datasets';
import { tuningEvalMetric } from '../app/tuning-eval-metric';
import { datasetView, VERDICT, type TrainMessage, type TrialWorkerData, type WorkerMessage } from '../adapters/worker-trial-protocol';

function startTrialWorker(data: TrialWorkerData): void {
  const port = parentPort;
  if (!port) throw new Error('internal error: the trial worker runs outside a worker thread');
  const post = (message: WorkerMessage) => port.postMessage(message);
  const trainer = findTrainer(data.engine);
  if (!trainer) throw new Error(`internal error: no trainer for ${data.engine}`);
  const study = { train: datasetView(data.train), validation: data.validation ? datasetView(data.validation) : undefined, folds: data.folds };
  const engine = { trainer, task: data.task, numClasses: data.numClasses, featureInfo: data.featureInfo, evalMetric: tuningEvalMetric(data.metric, data.task, data.numClasses) };
  const verdict = new Int32Array(data.verdict);

  const train = async (message: TrainMessage): Promise<void> => {
    const { id } = message;
    try {
      const { model, value } = await trainTrial(engine, trialDatasets(study, message.fold), message, ({ iteration, validationLoss }) => {
        Atomics.store(verdict, 0, VERDICT.pending);
        post({ kind: 'iteration', id, iteration, validationLoss });
        Atomics.wait(verdict, 0, VERDICT.pending);
        return Atomics.load(verdict, 0) === VERDICT.stop ? 'stop' : 'continue';
      });
      post({ kind: 'done', id, model: model.toJSON(), value });
    } catch (error) {
      post({ kind: 'failed', id, name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  // One trial at a time: the pool sends the next only after this one's 'done' or 'failed'.
  port.on('message', (message: TrainMessage) => void train(message));
  post({ kind: 'ready' });
}

startTrialWorker(workerData as TrialWorkerData);
