/**
 * The boosting loop: bins the data, then per iteration computes gradients, quantises them, grows
 * one tree per output, updates margins, evaluates the validation part, applies callbacks, early
 * stopping and checkpoints. Random draws come from named Rng forks ('gbdt/binning',
 * 'gbdt/rows', 'gbdt/columns'), whose states travel in checkpoints so a resumed run ends with the
 * identical model.
 */
import { Rng } from '../../random/rng.js';
import { binFeatures, computeBinEdges, type BinnedData } from './binning.js';
import { defaultEvalMetric } from './eval-metrics.js';
import { SerialHistogramBuilder, quantiseGradients, type HistogramBuilder } from './histogram.js';
import { baseScore, computeGradients, softmaxRows, transformMargins } from './objectives.js';
import { resolveGbdtParams, type GbdtParams } from './params.js';
import { addTreeMargins, compileTrees, leafIndex, type CompiledTrees } from './predict.js';
import { validateTrainingData } from './training-data.js';
import { HistogramPool, growTree } from './tree-grower.js';
import type { GbdtCheckpoint, GbdtModel, GbdtTrainOptions, GbdtTree } from './types.js';

/** Creates the histogram builder for a thread count (injected: the fast one needs worker_threads and WebAssembly). */
export type HistogramBuilderFactory = (binned: BinnedData, threads: number) => Promise<HistogramBuilder>;

export async function trainGbdtWith(options: GbdtTrainOptions, builderFactory: HistogramBuilderFactory | null): Promise<GbdtModel> {
  const { train, validation, featureInfo, objective } = options;
  const numFeatures = train.features.length;
  const params: GbdtParams = resolveGbdtParams(options.params, numFeatures);
  const numClass = objective === 'multi:softmax' ? (options.numClass ?? 0) : 1;
  validateTrainingData(options, numClass);
  const threads = Math.max(1, Math.floor(options.threads ?? 1));
  const resume = options.resumeFrom;
  if (resume) checkResumable(resume, params, objective, featureInfo.names);
  const n = train.label.length;
  const root = Rng.fromSeed(options.seed).fork('gbdt');
  const edges = resume ? resume.model.binEdges : computeBinEdges(train.features, featureInfo.categorical, params.max_bin, root.fork('binning'));
  const binned = binFeatures(train.features, featureInfo.categorical, edges, params.max_bin);
  const weights = effectiveWeights(train.weight, train.label, objective, params.scale_pos_weight);
  const base = resume ? resume.model.baseScore : baseScore(objective, train.label, weights, numClass);
  const trees: GbdtTree[] = resume ? [...resume.model.trees] : [];
  const metric = options.evalMetric ?? defaultEvalMetric(objective);

  const margins = initialMargins(base, n, numClass);
  const validationMargins = validation ? initialMargins(base, validation.label.length, numClass) : null;
  if (trees.length > 0) {
    const compiled = compileTrees(trees, featureInfo.categorical, params.max_bin);
    addTreeMargins(compiled, train.features, n, numClass, 0, trees.length, margins);
    if (validation && validationMargins) addTreeMargins(compiled, validation.features, validation.label.length, numClass, 0, trees.length, validationMargins);
  }

  const builder = builderFactory ? await builderFactory(binned, threads) : new SerialHistogramBuilder(binned);
  const { rows, gradHess } = builder;
  const realGradHess = new Float64Array(2 * n);
  const probabilities = numClass > 1 ? new Float64Array(n * numClass) : undefined;
  const rowRng = resume ? Rng.restore(resume.rng.rows) : root.fork('rows');
  const columnRng = resume ? Rng.restore(resume.rng.columns) : root.fork('columns');
  const best = resume ? { ...resume.best } : { iteration: -1, score: null as number | null, roundsWithoutImprovement: 0 };
  const scratch = new Uint32Array(n);
  const inBag = new Uint8Array(n);
  const histPool = new HistogramPool(2 * binned.totalBins);
  const layout = { numBins: binned.numBins, offsets: binned.offsets, categorical: featureInfo.categorical };
  const monotone = params.monotone_constraints ? Int8Array.from(params.monotone_constraints) : null;
  let iteration = resume ? resume.iteration : 0;

  const snapshot = (iterationsDone: number): GbdtModel => ({
    format: 'mltrain-gbdt', version: 1, objective, numClass, baseScore: [...base],
    featureNames: [...featureInfo.names], categorical: [...featureInfo.categorical],
    categories: featureInfo.names.map((_, f) => (featureInfo.categories?.[f] ? [...(featureInfo.categories[f] as readonly string[])] : null)),
    binEdges: edges, trees: trees.slice(), bestIteration: best.iteration < 0 ? iterationsDone - 1 : best.iteration,
    bestScore: best.score, iterationsTrained: iterationsDone, evalMetric: validation ? metric.name : null, params,
  });

  try {
    for (; iteration < params.n_estimators; iteration++) {
      const featureIds = sampleColumns(numFeatures, params.colsample_bytree, columnRng);
      builder.setFeatures(featureIds);
      const numRows = sampleRows(n, params.subsample, rowRng, rows, inBag);
      if (probabilities) softmaxRows(margins, numClass, probabilities);
      const iterationTrees: GbdtTree[] = [];
      for (let k = 0; k < numClass; k++) {
        computeGradients(objective, margins, train.label, weights, numClass, k, params.huber_slope, realGradHess, probabilities);
        const quantised = quantiseGradients(realGradHess, gradHess);
        if (k > 0) resetRows(rows, inBag, params.subsample < 1);
        const { tree, leaves } = growTree({
          binned, layout, edges, rows, numRows, scratch, builder, featureIds, histPool,
          settings: {
            lambda: params.reg_lambda, alpha: params.reg_alpha, gamma: params.gamma, minChildWeight: params.min_child_weight,
            gradUnit: quantised.gradUnit, hessUnit: quantised.hessUnit, monotone,
          },
          maxDepth: params.max_depth, maxLeaves: params.max_leaves, growPolicy: params.grow_policy, learningRate: params.learning_rate,
        });
        for (const leaf of leaves) for (let i = leaf.begin; i < leaf.end; i++) margins[rows[i] * numClass + k] += leaf.value;
        iterationTrees.push(tree);
      }
      const compiled = compileTrees(iterationTrees, featureInfo.categorical, params.max_bin);
      if (params.subsample < 1) addOutOfBagMargins(compiled, train.features, inBag, numClass, margins);
      trees.push(...iterationTrees);
      let validationMetric: number | undefined;
      if (validation && validationMargins) {
        addTreeMargins(compiled, validation.features, validation.label.length, numClass, 0, numClass, validationMargins);
        const predictions = transformMargins(objective, validationMargins, numClass);
        validationMetric = metric.compute(validation.label, predictions, validation.weight);
        const improved = best.score === null || (metric.higherIsBetter ? validationMetric > best.score : validationMetric < best.score);
        if (improved) Object.assign(best, { iteration, score: validationMetric, roundsWithoutImprovement: 0 });
        else best.roundsWithoutImprovement++;
      }
      const trainLoss = options.reportTrainLoss ? metric.compute(train.label, transformMargins(objective, margins, numClass), train.weight) : undefined;
      const decision = options.callbacks?.onIteration?.({ iteration, trainLoss, validationMetric });
      const stopEarly = params.early_stopping_rounds !== null && validation !== undefined && best.roundsWithoutImprovement >= params.early_stopping_rounds;
      const done = iteration + 1;
      if (options.checkpoint && options.checkpoint.every > 0 && done % options.checkpoint.every === 0) {
        const state: GbdtCheckpoint = {
          format: 'mltrain-gbdt-checkpoint', version: 1, iteration: done, model: snapshot(done),
          rng: { rows: rowRng.state(), columns: columnRng.state() }, best: { ...best },
        };
        options.checkpoint.save(state);
      }
      if (decision === 'stop' || stopEarly) {
        iteration++;
        break;
      }
    }
  } finally {
    await builder.dispose();
  }
  const model = snapshot(iteration);
  if (validation && best.iteration >= 0) model.trees = trees.slice(0, (best.iteration + 1) * numClass);
  return model;
}

function initialMargins(base: readonly number[], n: number, numClass: number): Float64Array {
  const margins = new Float64Array(n * numClass);
  for (let i = 0; i < n; i++) for (let k = 0; k < numClass; k++) margins[i * numClass + k] = base[k];
  return margins;
}

function effectiveWeights(weight: Float64Array | undefined, labels: Float64Array, objective: string, scalePosWeight: number): Float64Array | undefined {
  if (objective !== 'binary:logistic' || scalePosWeight === 1) return weight;
  return Float64Array.from(labels, (y, i) => (weight ? weight[i] : 1) * (y === 1 ? scalePosWeight : 1));
}

/** colsample_bytree: max(1, floor(rate * F)) features, ascending (XGBoost's count). */
function sampleColumns(numFeatures: number, rate: number, rng: Rng): Int32Array {
  if (rate >= 1) return Int32Array.from({ length: numFeatures }, (_, f) => f);
  const count = Math.max(1, Math.floor(rate * numFeatures));
  return Int32Array.from(rng.permutation(numFeatures).subarray(0, count)).sort();
}

/** subsample: each row in with probability `rate` (XGBoost's uniform sampling); rows ascending. */
function sampleRows(n: number, rate: number, rng: Rng, rows: Uint32Array, inBag: Uint8Array): number {
  if (rate >= 1) {
    for (let i = 0; i < n; i++) rows[i] = i;
    return n;
  }
  let m = 0;
  for (let i = 0; i < n; i++) {
    const keep = rng.nextFloat() < rate;
    inBag[i] = keep ? 1 : 0;
    if (keep) rows[m++] = i;
  }
  return m;
}

/** Puts the tree's rows back in ascending order for the next class's tree. */
function resetRows(rows: Uint32Array, inBag: Uint8Array, sampled: boolean): void {
  let m = 0;
  for (let i = 0; i < inBag.length; i++) if (!sampled || inBag[i] === 1) rows[m++] = i;
}

/** Rows left out by subsample reach their leaves through the trees themselves. */
function addOutOfBagMargins(compiled: CompiledTrees, features: Float64Array[], inBag: Uint8Array, numClass: number, margins: Float64Array): void {
  for (let i = 0; i < inBag.length; i++) {
    if (inBag[i] === 1) continue;
    for (let k = 0; k < numClass; k++) margins[i * numClass + k] += compiled.value[leafIndex(compiled, compiled.roots[k], features, i)];
  }
}

/** A checkpoint only continues the run that wrote it: same objective, parameters and features. */
function checkResumable(resume: GbdtCheckpoint, params: GbdtParams, objective: string, names: readonly string[]): void {
  const model = resume.model;
  if (resume.format !== 'mltrain-gbdt-checkpoint' || resume.version !== 1) throw new RangeError('resumeFrom is not an mltrain GBDT checkpoint (version 1)');
  if (model.objective !== objective) throw new RangeError(`the checkpoint was trained for ${model.objective}, not ${objective}`);
  if (JSON.stringify(model.params) !== JSON.stringify(params)) throw new RangeError('the checkpoint was trained with other parameters');
  if (JSON.stringify(model.featureNames) !== JSON.stringify(names)) throw new RangeError('the checkpoint was trained on other features');
}
