#!/usr/bin/env node
import { createRequire as __mltrainCreateRequire } from 'node:module';
const require = __mltrainCreateRequire(import.meta.url);
import {
  Rng
} from "./chunk-CVGNWV26.js";

// src/core/evaluate/numeric.ts
function checkFinite(values, name2) {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) throw new RangeError(`${name2}[${i}] must be a finite number, got ${values[i]}`);
  }
}
function checkSameLength(a, aName, b, bName) {
  if (a.length !== b.length) throw new RangeError(`${aName} has ${a.length} entries but ${bName} has ${b.length}`);
}
function checkWeights(weights, n) {
  if (weights === void 0) return;
  if (weights.length !== n) throw new RangeError(`sampleWeight has ${weights.length} entries but the data has ${n}`);
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`sampleWeight[${i}] must be a finite number >= 0, got ${w}`);
  }
}
function checkLabels(labels, k, name2) {
  for (let i = 0; i < labels.length; i++) {
    const y = labels[i];
    if (!Number.isInteger(y) || y < 0 || y >= k) {
      throw new RangeError(`${name2}[${i}] must be an integer class index in [0, ${k - 1}], got ${y}`);
    }
  }
}
function sum(values) {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s;
}
function weightedMean(values, weights) {
  const n = values.length;
  if (n === 0) return NaN;
  if (weights === void 0) return sum(values) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += values[i] * weights[i];
    den += weights[i];
  }
  return den === 0 ? NaN : num / den;
}
function linspace(start, stop, num) {
  if (num === 1) return [start];
  const step = (stop - start) / (num - 1);
  const out = new Array(num);
  for (let i = 0; i < num; i++) out[i] = i * step + start;
  out[num - 1] = stop;
  return out;
}
function searchSortedLeft(sorted, x) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function percentileSorted(sorted, q) {
  const n = sorted.length;
  if (n === 0) return NaN;
  const virtual = q / 100 * (n - 1);
  const lo = Math.floor(virtual);
  const hi = Math.min(lo + 1, n - 1);
  const t = virtual - lo;
  const a = sorted[lo];
  const b = sorted[hi];
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
function sortedCopy(values) {
  const out = Float64Array.from(values);
  out.sort();
  return out;
}
function f64(values) {
  return values instanceof Float64Array ? values : Float64Array.from(values);
}
function f64opt(values) {
  return values === void 0 ? void 0 : f64(values);
}

// src/core/evaluate/classification.ts
function checkIntLabels(values, name2) {
  for (let i = 0; i < values.length; i++) {
    const y = values[i];
    if (!Number.isInteger(y) || y < 0) throw new RangeError(`${name2}[${i}] must be a non-negative integer class index, got ${y}`);
  }
}
function checkPair(yTrue, yPred, sampleWeight) {
  checkSameLength(yTrue, "yTrue", yPred, "yPred");
  if (yTrue.length === 0) throw new RangeError("yTrue is empty");
  checkIntLabels(yTrue, "yTrue");
  checkIntLabels(yPred, "yPred");
  checkWeights(sampleWeight, yTrue.length);
}
function presentLabels(yTrue, yPred) {
  const yt = f64(yTrue);
  const yp = f64(yPred);
  let max = 0;
  for (let i = 0; i < yt.length; i++) if (yt[i] > max) max = yt[i];
  for (let i = 0; i < yp.length; i++) if (yp[i] > max) max = yp[i];
  if (max <= 1 << 20) {
    const seen2 = new Uint8Array(max + 1);
    for (let i = 0; i < yt.length; i++) seen2[yt[i]] = 1;
    for (let i = 0; i < yp.length; i++) seen2[yp[i]] = 1;
    const out = [];
    for (let l = 0; l <= max; l++) if (seen2[l] === 1) out.push(l);
    return out;
  }
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < yt.length; i++) seen.add(yt[i]);
  for (let i = 0; i < yp.length; i++) seen.add(yp[i]);
  return [...seen].sort((a, b) => a - b);
}
function labelIndexer(labels) {
  let max = 0;
  for (const l of labels) if (l > max) max = l;
  if (max <= 1 << 20) {
    const index = new Int32Array(max + 1).fill(-1);
    labels.forEach((l, i) => {
      index[l] = i;
    });
    return (label) => label <= max ? index[label] : -1;
  }
  const map = /* @__PURE__ */ new Map();
  labels.forEach((l, i) => map.set(l, i));
  return (label) => map.get(label) ?? -1;
}
function confusionMatrix(yTrue, yPred, options = {}) {
  const yt = f64(yTrue);
  const yp = f64(yPred);
  const w = f64opt(options.sampleWeight);
  checkPair(yt, yp, w);
  const labels = options.labels ? [...options.labels] : presentLabels(yt, yp);
  const index = labelIndexer(labels);
  const k = labels.length;
  const flat = new Float64Array(k * k);
  for (let r = 0; r < yt.length; r++) {
    const i = index(yt[r]);
    const j = index(yp[r]);
    if (i < 0 || j < 0) continue;
    flat[i * k + j] += w === void 0 ? 1 : w[r];
  }
  const matrix = labels.map((_, i) => Array.from(flat.subarray(i * k, (i + 1) * k)));
  return { labels, matrix };
}
function accuracyScore(yTrue, yPred, options = {}) {
  const yt = f64(yTrue);
  const yp = f64(yPred);
  const w = f64opt(options.sampleWeight);
  checkPair(yt, yp, w);
  const correct = new Float64Array(yt.length);
  for (let i = 0; i < yt.length; i++) correct[i] = yt[i] === yp[i] ? 1 : 0;
  return weightedMean(correct, w);
}
function balancedAccuracyScore(yTrue, yPred, options = {}) {
  const { matrix } = confusionMatrix(yTrue, yPred, options);
  const perClass = [];
  for (let i = 0; i < matrix.length; i++) {
    let rowSum = 0;
    for (const v of matrix[i]) rowSum += v;
    const r = matrix[i][i] / rowSum;
    if (!Number.isNaN(r)) perClass.push(r);
  }
  return perClass.length === 0 ? NaN : perClass.reduce((a, b) => a + b, 0) / perClass.length;
}
function precisionRecallF1(yTrue, yPred, average, options = {}) {
  const yt = f64(yTrue);
  const yp = f64(yPred);
  const w = f64opt(options.sampleWeight);
  checkPair(yt, yp, w);
  let labels;
  if (average === "binary") {
    const present = presentLabels(yt, yp);
    if (present.some((l) => l > 1)) throw new RangeError("average 'binary' needs labels 0/1");
    labels = [1];
  } else {
    labels = presentLabels(yt, yp);
  }
  const index = labelIndexer(labels);
  let tp = new Float64Array(labels.length);
  let predSum = new Float64Array(labels.length);
  let trueSum = new Float64Array(labels.length);
  for (let r = 0; r < yt.length; r++) {
    const wr = w === void 0 ? 1 : w[r];
    const it = index(yt[r]);
    const ip = index(yp[r]);
    if (it >= 0) trueSum[it] += wr;
    if (ip >= 0) predSum[ip] += wr;
    if (it >= 0 && yt[r] === yp[r]) tp[it] += wr;
  }
  if (average === "micro") {
    tp = Float64Array.of(tp.reduce((a, b) => a + b, 0));
    predSum = Float64Array.of(predSum.reduce((a, b) => a + b, 0));
    trueSum = Float64Array.of(trueSum.reduce((a, b) => a + b, 0));
  }
  const k = tp.length;
  const precision = new Float64Array(k);
  const recall = new Float64Array(k);
  const f1 = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    precision[i] = predSum[i] === 0 ? 0 : tp[i] / predSum[i];
    recall[i] = trueSum[i] === 0 ? 0 : tp[i] / trueSum[i];
    let denom = precision[i] + recall[i];
    if (denom === 0) denom = 1;
    f1[i] = 2 * precision[i] * recall[i] / denom;
  }
  if (average === "weighted") {
    const total = trueSum.reduce((a, b) => a + b, 0);
    if (total === 0) {
      return { precision: 0, recall: 0, f1: 0 };
    }
    return {
      precision: weightedMean(precision, trueSum),
      recall: weightedMean(recall, trueSum),
      f1: weightedMean(f1, trueSum)
    };
  }
  return { precision: weightedMean(precision), recall: weightedMean(recall), f1: weightedMean(f1) };
}
function matthewsCorrcoef(yTrue, yPred, options = {}) {
  const { matrix } = confusionMatrix(yTrue, yPred, options);
  const k = matrix.length;
  const tSum = new Float64Array(k);
  const pSum = new Float64Array(k);
  let nCorrect = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      tSum[i] += matrix[i][j];
      pSum[j] += matrix[i][j];
    }
    nCorrect += matrix[i][i];
  }
  let nSamples = 0;
  for (let j = 0; j < k; j++) nSamples += pSum[j];
  let tp = 0;
  let pp = 0;
  let tt = 0;
  for (let i = 0; i < k; i++) {
    tp += tSum[i] * pSum[i];
    pp += pSum[i] * pSum[i];
    tt += tSum[i] * tSum[i];
  }
  const covYtYp = nCorrect * nSamples - tp;
  const covYpYp = nSamples * nSamples - pp;
  const covYtYt = nSamples * nSamples - tt;
  if (covYpYp * covYtYt === 0) return 0;
  return covYtYp / Math.sqrt(covYtYt * covYpYp);
}
var LOG_LOSS_EPS = 2220446049250313e-31;
function logLoss(yTrue, yProb, options = {}) {
  const yt = f64(yTrue);
  const yq = f64(yProb);
  const w = f64opt(options.sampleWeight);
  const n = yt.length;
  if (n === 0) throw new RangeError("yTrue is empty");
  checkIntLabels(yt, "yTrue");
  checkFinite(yq, "yProb");
  checkWeights(w, n);
  const eps = LOG_LOSS_EPS;
  const clip = (p) => p < eps ? eps : p > 1 - eps ? 1 - eps : p;
  const loss = new Float64Array(n);
  if (yq.length === n && (options.numClasses ?? 2) === 2) {
    for (let i = 0; i < n; i++) {
      if (yt[i] > 1) throw new RangeError(`yTrue[${i}] must be 0 or 1 for binary probabilities, got ${yt[i]}`);
      const p1 = clip(yq[i]);
      const p0 = 1 - p1;
      const s = p0 + p1;
      loss[i] = -Math.log((yt[i] === 1 ? p1 : p0) / s);
    }
  } else {
    const k = options.numClasses ?? yq.length / n;
    if (!Number.isInteger(k) || k < 2 || yq.length !== n * k) {
      throw new RangeError(`yProb has ${yq.length} entries, not n * k for n = ${n} rows and k = ${k} classes`);
    }
    for (let i = 0; i < n; i++) {
      if (yt[i] >= k) throw new RangeError(`yTrue[${i}] = ${yt[i]} is not a class index below ${k}`);
      let s = 0;
      for (let c = 0; c < k; c++) s += clip(yq[i * k + c]);
      loss[i] = -Math.log(clip(yq[i * k + yt[i]]) / s);
    }
  }
  return weightedMean(loss, w);
}
function brierScoreLoss(yTrue, yProb, options = {}) {
  const yt = f64(yTrue);
  const yq = f64(yProb);
  const w = f64opt(options.sampleWeight);
  checkSameLength(yt, "yTrue", yq, "yProb");
  if (yt.length === 0) throw new RangeError("yTrue is empty");
  checkWeights(w, yt.length);
  const sq = new Float64Array(yt.length);
  for (let i = 0; i < yt.length; i++) {
    const p = yq[i];
    if (!(p >= 0 && p <= 1)) throw new RangeError(`yProb[${i}] must be a probability in [0, 1], got ${p}`);
    if (yt[i] !== 0 && yt[i] !== 1) throw new RangeError(`yTrue[${i}] must be 0 or 1, got ${yt[i]}`);
    const d = yt[i] - p;
    sq[i] = d * d;
  }
  return weightedMean(sq, w);
}

// src/core/evaluate/ranking.ts
function checkBinaryInputs(yTrue, yScore, sampleWeight) {
  checkSameLength(yTrue, "yTrue", yScore, "yScore");
  if (yTrue.length === 0) throw new RangeError("yTrue is empty");
  checkLabels(yTrue, 2, "yTrue");
  checkFinite(yScore, "yScore");
  checkWeights(sampleWeight, yTrue.length);
}
function binaryClfCurve(yTrue, yScore, sampleWeight) {
  const yt = f64(yTrue);
  const ys = f64(yScore);
  const w = f64opt(sampleWeight);
  checkBinaryInputs(yt, ys, w);
  const n = yt.length;
  const fps = [];
  const tps = [];
  const thresholds = [];
  if (w === void 0) {
    let nPos = 0;
    for (let i2 = 0; i2 < n; i2++) if (yt[i2] === 1) nPos++;
    const pos = new Float64Array(nPos);
    const neg = new Float64Array(n - nPos);
    for (let i2 = 0, a = 0, b = 0; i2 < n; i2++) {
      if (yt[i2] === 1) pos[a++] = ys[i2];
      else neg[b++] = ys[i2];
    }
    pos.sort();
    neg.sort();
    let i = nPos - 1;
    let j = neg.length - 1;
    let tp = 0;
    let fp = 0;
    while (i >= 0 || j >= 0) {
      const cur = i < 0 ? neg[j] : j < 0 ? pos[i] : pos[i] > neg[j] ? pos[i] : neg[j];
      while (i >= 0 && pos[i] === cur) {
        tp++;
        i--;
      }
      while (j >= 0 && neg[j] === cur) {
        fp++;
        j--;
      }
      tps.push(tp);
      fps.push(fp);
      thresholds.push(cur);
    }
  } else {
    let kept = 0;
    for (let i = 0; i < n; i++) if (w[i] !== 0) kept++;
    const order2 = new Uint32Array(kept);
    for (let i = 0, k = 0; i < n; i++) if (w[i] !== 0) order2[k++] = i;
    let ascending = true;
    for (let k = 1; k < kept && ascending; k++) if (!(ys[order2[k - 1]] <= ys[order2[k]])) ascending = false;
    if (ascending) order2.reverse();
    else order2.sort((a, b) => ys[a] < ys[b] ? 1 : ys[a] > ys[b] ? -1 : b - a);
    let tp = 0;
    let fp = 0;
    for (let k = 0; k < kept; k++) {
      const r = order2[k];
      if (yt[r] === 1) tp += w[r];
      else fp += w[r];
      if (k === kept - 1 || ys[order2[k + 1]] !== ys[r]) {
        tps.push(tp);
        fps.push(fp);
        thresholds.push(ys[r]);
      }
    }
  }
  return { fps: Float64Array.from(fps), tps: Float64Array.from(tps), thresholds: Float64Array.from(thresholds) };
}
function rocCurve(yTrue, yScore, options = {}) {
  const curve = binaryClfCurve(yTrue, yScore, options.sampleWeight);
  let fps = Array.from(curve.fps);
  let tps = Array.from(curve.tps);
  let thresholds = Array.from(curve.thresholds);
  if ((options.dropIntermediate ?? true) && fps.length > 2) {
    const keep = [0];
    for (let i = 0; i + 2 < fps.length; i++) {
      const d2f = fps[i + 2] - fps[i + 1] - (fps[i + 1] - fps[i]);
      const d2t = tps[i + 2] - tps[i + 1] - (tps[i + 1] - tps[i]);
      if (d2f !== 0 || d2t !== 0) keep.push(i + 1);
    }
    keep.push(fps.length - 1);
    fps = keep.map((i) => fps[i]);
    tps = keep.map((i) => tps[i]);
    thresholds = keep.map((i) => thresholds[i]);
  }
  fps.unshift(0);
  tps.unshift(0);
  thresholds.unshift(thresholds[0] + 1);
  const lastF = fps[fps.length - 1];
  const lastT = tps[tps.length - 1];
  return {
    fpr: fps.map((f) => lastF <= 0 ? NaN : f / lastF),
    tpr: tps.map((t) => lastT <= 0 ? NaN : t / lastT),
    thresholds
  };
}
function rocAucScore(yTrue, yScore, options = {}) {
  const yt = f64(yTrue);
  checkLabels(yt, 2, "yTrue");
  let has0 = false;
  let has1 = false;
  for (let i = 0; i < yt.length; i++) {
    if (yt[i] === 1) has1 = true;
    else has0 = true;
  }
  if (!has0 || !has1) return NaN;
  return aucFromCurve(binaryClfCurve(yt, yScore, options.sampleWeight));
}
function aucFromCurve(curve) {
  const { fps, tps } = curve;
  const m = fps.length;
  const lastF = m > 0 ? fps[m - 1] : 0;
  const lastT = m > 0 ? tps[m - 1] : 0;
  if (lastF <= 0 || lastT <= 0) return NaN;
  let area = 0;
  let prevX = 0;
  let prevY = 0;
  for (let i = 0; i < m; i++) {
    const keep = i === 0 || i === m - 1 || fps[i + 1] - fps[i] - (fps[i] - fps[i - 1]) !== 0 || tps[i + 1] - tps[i] - (tps[i] - tps[i - 1]) !== 0;
    if (!keep) continue;
    const x = fps[i] / lastF;
    const y = tps[i] / lastT;
    area += (x - prevX) * (y + prevY) / 2;
    prevX = x;
    prevY = y;
  }
  return area;
}
function averagePrecisionFromCurve(curve) {
  const { fps, tps } = curve;
  const m = tps.length;
  const lastT = tps[m - 1];
  let s = 0;
  for (let i = m - 1; i >= 0; i--) {
    const ps = tps[i] + fps[i];
    const precision = ps !== 0 ? tps[i] / ps : 0;
    const recall = lastT === 0 ? 1 : tps[i] / lastT;
    const nextRecall = i === 0 ? 0 : lastT === 0 ? 1 : tps[i - 1] / lastT;
    s += (nextRecall - recall) * precision;
  }
  return -s;
}
function precisionRecallCurve(yTrue, yScore, options = {}) {
  const { fps, tps, thresholds } = binaryClfCurve(yTrue, yScore, options.sampleWeight);
  const m = tps.length;
  const lastT = tps[m - 1];
  const precision = [];
  const recall = [];
  const th = [];
  for (let i = m - 1; i >= 0; i--) {
    const ps = tps[i] + fps[i];
    precision.push(ps !== 0 ? tps[i] / ps : 0);
    recall.push(lastT === 0 ? 1 : tps[i] / lastT);
    th.push(thresholds[i]);
  }
  precision.push(1);
  recall.push(0);
  return { precision, recall, thresholds: th };
}

// src/core/evaluate/regression.ts
function check(yTrue, yPred, sampleWeight) {
  checkSameLength(yTrue, "yTrue", yPred, "yPred");
  if (yTrue.length === 0) throw new RangeError("yTrue is empty");
  checkFinite(yTrue, "yTrue");
  checkFinite(yPred, "yPred");
  checkWeights(sampleWeight, yTrue.length);
}
function rootMeanSquaredError(yTrue, yPred, options = {}) {
  check(yTrue, yPred, options.sampleWeight);
  const sq = new Float64Array(yTrue.length);
  for (let i = 0; i < sq.length; i++) sq[i] = (yTrue[i] - yPred[i]) ** 2;
  return Math.sqrt(weightedMean(sq, options.sampleWeight));
}
function meanAbsoluteError(yTrue, yPred, options = {}) {
  check(yTrue, yPred, options.sampleWeight);
  const abs = new Float64Array(yTrue.length);
  for (let i = 0; i < abs.length; i++) abs[i] = Math.abs(yPred[i] - yTrue[i]);
  return weightedMean(abs, options.sampleWeight);
}
function r2Score(yTrue, yPred, options = {}) {
  check(yTrue, yPred, options.sampleWeight);
  if (yTrue.length < 2) return NaN;
  const w = options.sampleWeight;
  const mean = weightedMean(yTrue, w);
  let numerator = 0;
  let denominator = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const wi = w === void 0 ? 1 : w[i];
    numerator += wi * (yTrue[i] - yPred[i]) ** 2;
    denominator += wi * (yTrue[i] - mean) ** 2;
  }
  if (numerator === 0) return 1;
  if (denominator === 0) return 0;
  return 1 - numerator / denominator;
}
function meanAbsolutePercentageError(yTrue, yPred, options = {}) {
  check(yTrue, yPred, options.sampleWeight);
  const eps = 2220446049250313e-31;
  const ape = new Float64Array(yTrue.length);
  for (let i = 0; i < ape.length; i++) ape[i] = Math.abs(yPred[i] - yTrue[i]) / Math.max(Math.abs(yTrue[i]), eps);
  return weightedMean(ape, options.sampleWeight);
}

// src/core/evaluate/task.ts
var TASKS = ["binary", "multiclass", "regression"];
function isTask(value) {
  return typeof value === "string" && TASKS.includes(value);
}

// src/core/evaluate/compute-metrics.ts
var DEFAULT_THRESHOLD = 0.5;
function predictBinary(yScore, threshold = DEFAULT_THRESHOLD) {
  const out = new Uint8Array(yScore.length);
  for (let i = 0; i < yScore.length; i++) out[i] = yScore[i] > threshold ? 1 : 0;
  return out;
}
function argmaxRows(yScore, numClasses) {
  const n = yScore.length / numClasses;
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bestValue = yScore[i * numClasses];
    for (let c = 1; c < numClasses; c++) {
      const v = yScore[i * numClasses + c];
      if (v > bestValue) {
        bestValue = v;
        best = c;
      }
    }
    out[i] = best;
  }
  return out;
}
function checkProbabilities(yScore) {
  for (let i = 0; i < yScore.length; i++) {
    const p = yScore[i];
    if (!(p >= 0 && p <= 1)) throw new RangeError(`yScore[${i}] must be a probability in [0, 1], got ${p}`);
  }
}
function computeMetrics(raw) {
  const input = {
    ...raw,
    yTrue: f64(raw.yTrue),
    yScore: f64opt(raw.yScore),
    yPred: f64opt(raw.yPred),
    sampleWeight: f64opt(raw.sampleWeight)
  };
  const { task, yTrue, sampleWeight } = input;
  if (!isTask(task)) throw new RangeError(`unknown task '${String(task)}' (binary, multiclass or regression)`);
  if (yTrue.length === 0) throw new RangeError("yTrue is empty");
  checkWeights(sampleWeight, yTrue.length);
  if (input.yScore === void 0 && input.yPred === void 0) throw new RangeError("computeMetrics needs yScore or yPred");
  switch (task) {
    case "binary":
      return binaryMetrics(input);
    case "multiclass":
      return multiclassMetrics(input);
    case "regression":
      return regressionMetrics(input);
  }
}
function wanted(input) {
  const only = input.only;
  if (only === void 0) return () => true;
  const set = new Set(only);
  return (name2) => set.has(name2);
}
function binaryMetrics(input) {
  const { yTrue, yScore, sampleWeight } = input;
  const want = wanted(input);
  checkLabels(yTrue, 2, "yTrue");
  const threshold = input.threshold ?? DEFAULT_THRESHOLD;
  if (!Number.isFinite(threshold)) throw new RangeError(`threshold must be a finite number, got ${threshold}`);
  const out = {};
  if (yScore !== void 0) {
    checkSameLength(yTrue, "yTrue", yScore, "yScore");
    checkProbabilities(yScore);
    if (want("roc_auc") || want("average_precision")) {
      const curve = binaryClfCurve(yTrue, yScore, sampleWeight);
      if (want("roc_auc")) {
        let has0 = false;
        let has1 = false;
        for (let i = 0; i < yTrue.length; i++) {
          if (yTrue[i] === 1) has1 = true;
          else has0 = true;
        }
        out.roc_auc = has0 && has1 ? aucFromCurve(curve) : NaN;
      }
      if (want("average_precision")) out.average_precision = averagePrecisionFromCurve(curve);
    }
  }
  const yPred = input.yPred ?? predictBinary(yScore, threshold);
  checkSameLength(yTrue, "yTrue", yPred, "yPred");
  checkLabels(yPred, 2, "yPred");
  if (want("accuracy")) out.accuracy = accuracyScore(yTrue, yPred, { sampleWeight });
  if (want("balanced_accuracy")) out.balanced_accuracy = balancedAccuracyScore(yTrue, yPred, { sampleWeight });
  if (want("precision") || want("recall") || want("f1")) {
    const prf = precisionRecallF1(yTrue, yPred, "binary", { sampleWeight });
    if (want("precision")) out.precision = prf.precision;
    if (want("recall")) out.recall = prf.recall;
    if (want("f1")) out.f1 = prf.f1;
  }
  if (yScore !== void 0) {
    if (want("log_loss")) out.log_loss = logLoss(yTrue, yScore, { sampleWeight });
    if (want("brier_score")) out.brier_score = brierScoreLoss(yTrue, yScore, { sampleWeight });
  }
  if (want("matthews_corrcoef")) out.matthews_corrcoef = matthewsCorrcoef(yTrue, yPred, { sampleWeight });
  return out;
}
function multiclassMetrics(input) {
  const { yTrue, yScore, sampleWeight } = input;
  const n = yTrue.length;
  let k = input.numClasses;
  if (k === void 0) {
    if (yScore !== void 0) k = yScore.length / n;
    else {
      let max = 0;
      for (const arr of [yTrue, input.yPred]) for (let i = 0; i < arr.length; i++) if (arr[i] > max) max = arr[i];
      k = max + 1;
    }
  }
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`numClasses must be an integer >= 2, got ${k}`);
  checkLabels(yTrue, k, "yTrue");
  if (yScore !== void 0) {
    if (yScore.length !== n * k) throw new RangeError(`yScore has ${yScore.length} entries, expected n * k = ${n} * ${k}`);
    checkProbabilities(yScore);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let c = 0; c < k; c++) s += yScore[i * k + c];
      if (!(Math.abs(s - 1) <= 1e-8 + 1e-5 * Math.abs(s))) throw new RangeError(`yScore row ${i} sums to ${s}, not 1: multiclass scores must be probabilities`);
    }
  }
  const yPred = input.yPred ?? argmaxRows(yScore, k);
  checkSameLength(yTrue, "yTrue", yPred, "yPred");
  checkLabels(yPred, k, "yPred");
  const want = wanted(input);
  const out = {};
  if (want("accuracy")) out.accuracy = accuracyScore(yTrue, yPred, { sampleWeight });
  if (want("balanced_accuracy")) out.balanced_accuracy = balancedAccuracyScore(yTrue, yPred, { sampleWeight });
  if (yScore !== void 0) {
    if (want("log_loss")) out.log_loss = logLoss(yTrue, yScore, { sampleWeight, numClasses: k });
    if (want("roc_auc_ovr") || want("roc_auc_ovr_weighted")) {
      const auc2 = rocAucOvr(yTrue, yScore, k, sampleWeight);
      if (want("roc_auc_ovr")) out.roc_auc_ovr = auc2.macro;
      if (want("roc_auc_ovr_weighted")) out.roc_auc_ovr_weighted = auc2.weighted;
    }
  }
  if (want("f1_macro") || want("precision_macro") || want("recall_macro")) {
    const macro = precisionRecallF1(yTrue, yPred, "macro", { sampleWeight });
    if (want("f1_macro")) out.f1_macro = macro.f1;
    if (want("precision_macro")) out.precision_macro = macro.precision;
    if (want("recall_macro")) out.recall_macro = macro.recall;
  }
  if (want("f1_weighted") || want("precision_weighted") || want("recall_weighted")) {
    const weighted = precisionRecallF1(yTrue, yPred, "weighted", { sampleWeight });
    if (want("f1_weighted")) out.f1_weighted = weighted.f1;
    if (want("precision_weighted")) out.precision_weighted = weighted.precision;
    if (want("recall_weighted")) out.recall_weighted = weighted.recall;
  }
  if (want("matthews_corrcoef")) out.matthews_corrcoef = matthewsCorrcoef(yTrue, yPred, { sampleWeight });
  return out;
}
function rocAucOvr(yTrue, yScore, numClasses, sampleWeight) {
  const n = yTrue.length;
  const k = numClasses;
  const present = /* @__PURE__ */ new Set();
  for (let i = 0; i < n; i++) present.add(yTrue[i]);
  if (present.size !== k) return { macro: NaN, weighted: NaN, perClass: new Array(k).fill(NaN) };
  const perClass = [];
  const support = new Float64Array(k);
  const column = new Float64Array(n);
  const isClass = new Uint8Array(n);
  for (let c = 0; c < k; c++) {
    for (let i = 0; i < n; i++) {
      column[i] = yScore[i * k + c];
      isClass[i] = yTrue[i] === c ? 1 : 0;
      if (isClass[i] === 1) support[c] += sampleWeight === void 0 ? 1 : sampleWeight[i];
    }
    perClass.push(rocAucScore(isClass, column, { sampleWeight }));
  }
  const totalSupport = support.reduce((a, b) => a + b, 0);
  const weighted = Math.abs(totalSupport) <= 1e-8 ? 0 : weightedMean(perClass, support);
  return { macro: weightedMean(perClass), weighted, perClass };
}
function regressionMetrics(input) {
  const { yTrue, sampleWeight } = input;
  const yPred = input.yPred ?? input.yScore;
  checkFinite(yTrue, "yTrue");
  checkSameLength(yTrue, "yTrue", yPred, "yPred");
  const want = wanted(input);
  const out = {};
  if (want("rmse")) out.rmse = rootMeanSquaredError(yTrue, yPred, { sampleWeight });
  if (want("mae")) out.mae = meanAbsoluteError(yTrue, yPred, { sampleWeight });
  if (want("r2")) out.r2 = r2Score(yTrue, yPred, { sampleWeight });
  if (want("mape")) out.mape = meanAbsolutePercentageError(yTrue, yPred, { sampleWeight });
  return out;
}

// src/core/evaluate/fairness.ts
var FAIRNESS_METRICS = [
  "demographic_parity_difference",
  "demographic_parity_ratio",
  "equalized_odds_difference",
  "equalized_odds_ratio",
  "equal_opportunity_difference",
  "equal_opportunity_ratio"
];
var DEFAULT_MIN_GROUP_SIZE = 30;
var MISSING_GROUP = "(missing)";
function isMissing(v) {
  return v === null || v === void 0 || typeof v === "number" && Number.isNaN(v);
}
function normalise(v) {
  return isMissing(v) ? null : v;
}
function compareValues(a, b) {
  const rank = (v) => v === null ? 3 : typeof v === "number" ? 0 : typeof v === "boolean" ? 1 : 2;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (a === null || b === null) return 0;
  if (typeof a === "number" && typeof b === "number") return a - b;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}
function columnsOf(features) {
  if (Array.isArray(features)) return { names: ["sensitive_feature_0"], columns: [features] };
  const record = features;
  const names = Object.keys(record);
  if (names.length === 0) throw new RangeError("sensitiveFeatures names no column");
  return { names, columns: names.map((n) => record[n]) };
}
function groupName(names, values, single) {
  const show = (v) => v === null ? MISSING_GROUP : String(v);
  if (single) return show(values[0]);
  return values.map((v, i) => `${names[i]}=${show(v)}`).join(", ");
}
function rates(rows, yTrue, yPred, w) {
  let total = 0;
  let selected = 0;
  let pos = 0;
  let neg = 0;
  let tp = 0;
  let fp = 0;
  let correct = 0;
  for (const r of rows) {
    const wr = w === void 0 ? 1 : w[r];
    total += wr;
    if (yPred[r] === 1) selected += wr;
    if (yTrue[r] === yPred[r]) correct += wr;
    if (yTrue[r] === 1) {
      pos += wr;
      if (yPred[r] === 1) tp += wr;
    } else {
      neg += wr;
      if (yPred[r] === 1) fp += wr;
    }
  }
  return {
    selectionRate: total === 0 ? NaN : selected / total,
    // sklearn's confusion_matrix(normalize="true") turns 0/0 into 0, and Fairlearn reads TPR/FPR from it.
    tpr: pos === 0 ? 0 : tp / pos,
    fpr: neg === 0 ? 0 : fp / neg,
    accuracy: total === 0 ? NaN : correct / total,
    weight: total
  };
}
function spread(values) {
  const finite = values.filter((v) => !Number.isNaN(v));
  if (finite.length === 0) return { difference: NaN, ratio: NaN };
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  return { difference: max - min, ratio: max === 0 ? NaN : min / max };
}
function smallerDefined(a, b) {
  if (Number.isNaN(a)) return b;
  if (Number.isNaN(b)) return a;
  return Math.min(a, b);
}
function fairnessMetrics(input) {
  const { yTrue, yPred, yScore, sampleWeight } = input;
  const n = yTrue.length;
  if (n === 0) throw new RangeError("yTrue is empty");
  checkSameLength(yTrue, "yTrue", yPred, "yPred");
  checkLabels(yTrue, 2, "yTrue");
  checkLabels(yPred, 2, "yPred");
  if (yScore !== void 0) checkSameLength(yTrue, "yTrue", yScore, "yScore");
  checkWeights(sampleWeight, n);
  const minGroupSize = input.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  const { names, columns } = columnsOf(input.sensitiveFeatures);
  columns.forEach((col, i) => {
    if (col.length !== n) throw new RangeError(`sensitive column '${names[i]}' has ${col.length} values but yTrue has ${n}`);
  });
  const groups = /* @__PURE__ */ new Map();
  for (let r = 0; r < n; r++) {
    const values = columns.map((col) => normalise(col[r]));
    const key = JSON.stringify(values.map((v) => typeof v === "number" ? ["n", v] : typeof v === "boolean" ? ["b", v] : v === null ? ["m"] : ["s", v]));
    let g = groups.get(key);
    if (!g) {
      g = { values, rows: [] };
      groups.set(key, g);
    }
    g.rows.push(r);
  }
  const ordered = [...groups.values()].sort((a, b) => {
    for (let i = 0; i < a.values.length; i++) {
      const c = compareValues(a.values[i], b.values[i]);
      if (c !== 0) return c;
    }
    return 0;
  });
  const byGroup = ordered.map((g) => {
    const rt = rates(g.rows, yTrue, yPred, sampleWeight);
    const entry = {
      group: groupName(names, g.values, columns.length === 1),
      values: g.values,
      size: g.rows.length,
      weight: rt.weight,
      selection_rate: rt.selectionRate,
      tpr: rt.tpr,
      fpr: rt.fpr,
      accuracy: rt.accuracy,
      small: g.rows.length < minGroupSize
    };
    if (yScore !== void 0) {
      const gt = g.rows.map((r) => yTrue[r]);
      const gs = g.rows.map((r) => yScore[r]);
      const gw = sampleWeight === void 0 ? void 0 : g.rows.map((r) => sampleWeight[r]);
      entry.auc = rocAucScore(gt, gs, { sampleWeight: gw });
    }
    return entry;
  });
  const dp = spread(byGroup.map((g) => g.selection_rate));
  const tpr = spread(byGroup.map((g) => g.tpr));
  const fpr = spread(byGroup.map((g) => g.fpr));
  return {
    columns: names,
    demographic_parity_difference: dp.difference,
    demographic_parity_ratio: dp.ratio,
    equalized_odds_difference: Math.max(tpr.difference, fpr.difference),
    equalized_odds_ratio: smallerDefined(tpr.ratio, fpr.ratio),
    equal_opportunity_difference: tpr.difference,
    equal_opportunity_ratio: tpr.ratio,
    min_group_size: minGroupSize,
    by_group: byGroup
  };
}
function fairnessByColumn(input) {
  const { columns, sensitiveColumns, intersections, ...rest } = input;
  const out = {};
  const wanted2 = sensitiveColumns ?? Object.keys(columns);
  const column = (name2) => {
    const values = columns[name2];
    if (values === void 0) throw new RangeError(`unknown sensitive column '${name2}' (have: ${Object.keys(columns).join(", ") || "none"})`);
    return values;
  };
  for (const name2 of wanted2) out[name2] = fairnessMetrics({ ...rest, sensitiveFeatures: { [name2]: column(name2) } });
  for (const combo of intersections ?? []) {
    if (combo.length < 2) throw new RangeError(`an intersection needs at least two columns, got [${combo.join(", ")}]`);
    const features = {};
    for (const name2 of combo) features[name2] = column(name2);
    out[combo.join("&")] = fairnessMetrics({ ...rest, sensitiveFeatures: features });
  }
  return out;
}

// src/core/evaluate/bootstrap.ts
var DEFAULT_RESAMPLES = 1e3;
function rowsOf(inputs, rows) {
  if (rows !== void 0) return rows;
  for (const v of Object.values(inputs)) if (v !== void 0) return v.length;
  throw new RangeError("bootstrap needs at least one input array");
}
function strides(inputs, n) {
  const out = [];
  for (const [key, values] of Object.entries(inputs)) {
    if (values === void 0) continue;
    const k = values.length / n;
    if (!Number.isInteger(k) || k < 1) throw new RangeError(`input '${key}' has ${values.length} values, not a multiple of ${n} rows`);
    out.push([key, values, k]);
  }
  return out;
}
function takeRows(inputs, index, rows) {
  const n = rowsOf(inputs, rows);
  const out = {};
  for (const [key, values, k] of strides(inputs, n)) {
    const copy = new Float64Array(index.length * k);
    for (let i = 0; i < index.length; i++) {
      const src = index[i] * k;
      for (let j = 0; j < k; j++) copy[i * k + j] = values[src + j];
    }
    out[key] = copy;
  }
  return out;
}
function resampleIndices(rng, n) {
  const index = new Uint32Array(n);
  for (let i = 0; i < n; i++) index[i] = rng.nextInt(n);
  return index;
}
function checkOptions(options) {
  const b = options.nResamples ?? DEFAULT_RESAMPLES;
  const confidence = options.confidence ?? 0.95;
  if (!Number.isInteger(b) || b < 1) throw new RangeError(`nResamples must be a positive integer, got ${b}`);
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  return { b, confidence };
}
function percentileInterval(values, estimate, confidence) {
  const valid = Array.from(values).filter((v) => !Number.isNaN(v));
  const sorted = Float64Array.from(valid).sort();
  const alpha = (1 - confidence) / 2;
  let mean = 0;
  for (const v of valid) mean += v;
  mean /= valid.length;
  let ss = 0;
  for (const v of valid) ss += (v - mean) * (v - mean);
  return {
    estimate,
    lower: percentileSorted(sorted, alpha * 100),
    upper: percentileSorted(sorted, (1 - alpha) * 100),
    confidence,
    nResamples: values.length,
    nValid: valid.length,
    standardError: valid.length > 1 ? Math.sqrt(ss / (valid.length - 1)) : NaN
  };
}
function bootstrapInterval(metricFn, inputs, options) {
  const { b, confidence } = checkOptions(options);
  const n = rowsOf(inputs, options.rows);
  if (n === 0) throw new RangeError("bootstrap needs at least one row");
  const identity = Uint32Array.from({ length: n }, (_, i) => i);
  const estimate = metricFn(takeRows(inputs, identity, n));
  const values = new Float64Array(b);
  for (let r = 0; r < b; r++) values[r] = metricFn(takeRows(inputs, resampleIndices(options.rng, n), n));
  return percentileInterval(values, estimate, confidence);
}
function bootstrapIntervalsByCounts(metricsFn, rows, options) {
  const { b, confidence } = checkOptions(options);
  if (rows === 0) throw new RangeError("bootstrap needs at least one row");
  const estimate = metricsFn(new Float64Array(rows).fill(1));
  const names = Object.keys(estimate);
  const values = Object.fromEntries(names.map((k) => [k, new Float64Array(b)]));
  const counts = new Float64Array(rows);
  for (let r = 0; r < b; r++) {
    counts.fill(0);
    for (let i = 0; i < rows; i++) counts[options.rng.nextInt(rows)]++;
    const m = metricsFn(counts);
    for (const k of names) values[k][r] = m[k] ?? NaN;
  }
  return Object.fromEntries(names.map((k) => [k, percentileInterval(values[k], estimate[k], confidence)]));
}
function pairedBootstrap(candidateFn, baselineFn, inputs, options) {
  const { b, confidence } = checkOptions(options);
  const n = rowsOf(inputs, options.rows);
  if (n === 0) throw new RangeError("bootstrap needs at least one row");
  const identity = Uint32Array.from({ length: n }, (_, i) => i);
  const full = takeRows(inputs, identity, n);
  const difference = candidateFn(full) - baselineFn(full);
  const diffs = new Float64Array(b);
  for (let r = 0; r < b; r++) {
    const data = takeRows(inputs, resampleIndices(options.rng, n), n);
    diffs[r] = candidateFn(data) - baselineFn(data);
  }
  const sign = options.lowerIsBetter ? -1 : 1;
  let valid = 0;
  let notWorse = 0;
  let notBetter = 0;
  for (const d of diffs) {
    if (Number.isNaN(d)) continue;
    valid++;
    const gain = sign * d;
    if (gain >= 0) notWorse++;
    if (gain <= 0) notBetter++;
  }
  const alternative = options.alternative ?? "two-sided";
  const pLess = (notWorse + 1) / (valid + 1);
  const pGreater = (notBetter + 1) / (valid + 1);
  const pValue = alternative === "less" ? pLess : alternative === "greater" ? pGreater : Math.min(1, 2 * Math.min(pLess, pGreater));
  return { difference, interval: percentileInterval(diffs, difference, confidence), pValue, alternative };
}

// src/core/evaluate/distributions.ts
var TWO_OVER_SQRT_PI = 1.1283791670955126;
var ONE_OVER_SQRT_PI = 0.5641895835477563;
function erfc(x) {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x === Infinity) return 0;
  if (x < 2.5) return 1 - erfSeries(x);
  return erfcContinuedFraction(x);
}
function erfSeries(x) {
  const x2 = x * x;
  let term = x;
  let total = x;
  for (let n = 1; n < 500; n++) {
    term *= 2 * x2 / (2 * n + 1);
    total += term;
    if (term < total * 1e-17) break;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-x2) * total;
}
function erfcContinuedFraction(x) {
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 1e3; k++) {
    const a = k / 2;
    d = x + a * d;
    d = d === 0 ? tiny : d;
    c = x + a / c;
    c = c === 0 ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return ONE_OVER_SQRT_PI * Math.exp(-x * x) / f;
}
function normalCdf(z) {
  return 0.5 * erfc(-z / Math.SQRT2);
}
function normalSf(z) {
  return 0.5 * erfc(z / Math.SQRT2);
}
function chi2Sf1(x) {
  if (x <= 0) return 1;
  return erfc(Math.sqrt(x / 2));
}
function binomialHalfCdf(k, n) {
  if (k < 0) return 0;
  if (k >= n) return 1;
  let logPmf = -n * Math.LN2;
  let total = Math.exp(logPmf);
  for (let i = 1; i <= k; i++) {
    logPmf += Math.log(n - i + 1) - Math.log(i);
    total += Math.exp(logPmf);
  }
  return Math.min(1, total);
}

// src/core/evaluate/significance.ts
function midranks(values) {
  const n = values.length;
  const order2 = Array.from({ length: n }, (_, i2) => i2).sort((a, b) => values[a] - values[b]);
  const ranks = new Float64Array(n);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && values[order2[j]] === values[order2[i]]) j++;
    const rank = 0.5 * (i + j - 1) + 1;
    for (let t = i; t < j; t++) ranks[order2[t]] = rank;
    i = j;
  }
  return ranks;
}
function sampleCov(a, b) {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i];
    mb += b[i];
  }
  ma /= n;
  mb /= n;
  let s = 0;
  for (let i = 0; i < n; i++) s += (a[i] - ma) * (b[i] - mb);
  return s / (n - 1);
}
function delongTest(yTrue, candidateScore, baselineScore, options = {}) {
  checkSameLength(yTrue, "yTrue", candidateScore, "candidateScore");
  checkSameLength(yTrue, "yTrue", baselineScore, "baselineScore");
  checkLabels(yTrue, 2, "yTrue");
  checkFinite(candidateScore, "candidateScore");
  checkFinite(baselineScore, "baselineScore");
  const alternative = options.alternative ?? "two-sided";
  const pos = [];
  const neg = [];
  for (let i = 0; i < yTrue.length; i++) (yTrue[i] === 1 ? pos : neg).push(i);
  const m = pos.length;
  const n = neg.length;
  const components = [candidateScore, baselineScore].map((score) => {
    const x = Float64Array.from(pos, (i) => score[i]);
    const y = Float64Array.from(neg, (i) => score[i]);
    const z2 = new Float64Array(m + n);
    z2.set(x, 0);
    z2.set(y, m);
    const tx = midranks(x);
    const ty = midranks(y);
    const tz = midranks(z2);
    let sumPos = 0;
    for (let i = 0; i < m; i++) sumPos += tz[i];
    const auc2 = sumPos / m / n - (m + 1) / 2 / n;
    const v01 = new Float64Array(m);
    const v10 = new Float64Array(n);
    for (let i = 0; i < m; i++) v01[i] = (tz[i] - tx[i]) / n;
    for (let j = 0; j < n; j++) v10[j] = 1 - (tz[m + j] - ty[j]) / m;
    return { auc: auc2, v01, v10 };
  });
  const [c, b] = components;
  const base = { aucCandidate: c.auc, aucBaseline: b.auc, difference: c.auc - b.auc, alternative, positives: m, negatives: n };
  if (m < 2 || n < 2) {
    return { ...base, varCandidate: NaN, varBaseline: NaN, covariance: NaN, z: NaN, pValue: NaN };
  }
  const varC = sampleCov(c.v01, c.v01) / m + sampleCov(c.v10, c.v10) / n;
  const varB = sampleCov(b.v01, b.v01) / m + sampleCov(b.v10, b.v10) / n;
  const cov = sampleCov(c.v01, b.v01) / m + sampleCov(c.v10, b.v10) / n;
  const varDiff = varC + varB - 2 * cov;
  const difference = c.auc - b.auc;
  let z;
  let pValue;
  if (!(varDiff > 0)) {
    z = NaN;
    pValue = difference === 0 ? 1 : NaN;
  } else {
    z = difference / Math.sqrt(varDiff);
    pValue = alternative === "less" ? normalCdf(z) : alternative === "greater" ? normalSf(z) : erfc(Math.abs(z) / Math.SQRT2);
  }
  return { ...base, varCandidate: varC, varBaseline: varB, covariance: cov, z, pValue };
}
var MCNEMAR_EXACT_BELOW = 25;
function mcnemarTest(yTrue, candidatePred, baselinePred, options = {}) {
  checkSameLength(yTrue, "yTrue", candidatePred, "candidatePred");
  checkSameLength(yTrue, "yTrue", baselinePred, "baselinePred");
  let b = 0;
  let c = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const candOk = candidatePred[i] === yTrue[i];
    const baseOk = baselinePred[i] === yTrue[i];
    if (candOk && !baseOk) b++;
    else if (!candOk && baseOk) c++;
  }
  return mcnemarFromCounts(b, c, options);
}
function mcnemarFromCounts(b, c, options = {}) {
  const alternative = options.alternative ?? "two-sided";
  const total = b + c;
  const exact = options.exact ?? total < MCNEMAR_EXACT_BELOW;
  const method = exact ? "exact" : "chi2_corrected";
  if (total === 0) return { candidateOnly: b, baselineOnly: c, method, statistic: 0, pValue: 1, alternative };
  if (exact) {
    const pLess = binomialHalfCdf(b, total);
    const pGreater = binomialHalfCdf(c, total);
    const pValue2 = alternative === "less" ? pLess : alternative === "greater" ? pGreater : Math.min(1, 2 * binomialHalfCdf(Math.min(b, c), total));
    return { candidateOnly: b, baselineOnly: c, method, statistic: b, pValue: pValue2, alternative };
  }
  const statistic = (Math.abs(b - c) - 1) ** 2 / total;
  let pValue;
  if (alternative === "two-sided") pValue = chi2Sf1(statistic);
  else if (alternative === "less") pValue = normalCdf((b - c + 1) / Math.sqrt(total));
  else pValue = normalSf((b - c - 1) / Math.sqrt(total));
  return { candidateOnly: b, baselineOnly: c, method, statistic, pValue, alternative };
}

// src/core/evaluate/metric-names.ts
var BINARY_METRICS = [
  "roc_auc",
  "average_precision",
  "accuracy",
  "balanced_accuracy",
  "precision",
  "recall",
  "f1",
  "log_loss",
  "brier_score",
  "matthews_corrcoef"
];
var MULTICLASS_METRICS = [
  "accuracy",
  "balanced_accuracy",
  "log_loss",
  "roc_auc_ovr",
  "roc_auc_ovr_weighted",
  "f1_macro",
  "f1_weighted",
  "precision_macro",
  "precision_weighted",
  "recall_macro",
  "recall_weighted",
  "matthews_corrcoef"
];
var REGRESSION_METRICS = ["rmse", "mae", "r2", "mape"];
var METRICS_BY_TASK = {
  binary: BINARY_METRICS,
  multiclass: MULTICLASS_METRICS,
  regression: REGRESSION_METRICS
};
var ALL_METRICS = [.../* @__PURE__ */ new Set([...BINARY_METRICS, ...MULTICLASS_METRICS, ...REGRESSION_METRICS])];
var LOWER_IS_BETTER_METRICS = ["log_loss", "brier_score", "rmse", "mae", "mape"];
function isLowerBetterMetric(name2) {
  return LOWER_IS_BETTER_METRICS.includes(name2);
}

// src/core/evaluate/calibration.ts
function binEdges(yProb, nBins, strategy) {
  if (strategy === "uniform") return linspace(0, 1, nBins + 1);
  const sorted = sortedCopy(yProb);
  return linspace(0, 1, nBins + 1).map((q) => percentileSorted(sorted, q * 100));
}
function binned(yTrue, yProb, options, sampleWeight) {
  checkSameLength(yTrue, "yTrue", yProb, "yProb");
  if (yTrue.length === 0) throw new RangeError("yTrue is empty");
  checkLabels(yTrue, 2, "yTrue");
  checkWeights(sampleWeight, yTrue.length);
  for (let i = 0; i < yProb.length; i++) {
    if (!(yProb[i] >= 0 && yProb[i] <= 1)) throw new RangeError(`yProb[${i}] must be a probability in [0, 1], got ${yProb[i]}`);
  }
  const nBins = options.nBins ?? 10;
  if (!Number.isInteger(nBins) || nBins < 1) throw new RangeError(`nBins must be a positive integer, got ${nBins}`);
  const edges = binEdges(yProb, nBins, options.strategy ?? "uniform");
  const inner = edges.slice(1, -1);
  const sums = new Float64Array(nBins);
  const trues = new Float64Array(nBins);
  const totals = new Float64Array(nBins);
  for (let i = 0; i < yProb.length; i++) {
    const b = searchSortedLeft(inner, yProb[i]);
    const w = sampleWeight === void 0 ? 1 : sampleWeight[i];
    sums[b] += w * yProb[i];
    trues[b] += w * yTrue[i];
    totals[b] += w;
  }
  const curve = { probTrue: [], probPred: [], bins: [] };
  for (let b = 0; b < nBins; b++) {
    if (totals[b] === 0) continue;
    const fractionPositive = trues[b] / totals[b];
    const meanPredicted = sums[b] / totals[b];
    curve.probTrue.push(fractionPositive);
    curve.probPred.push(meanPredicted);
    curve.bins.push({ meanPredicted, fractionPositive, count: totals[b], lower: edges[b], upper: edges[b + 1] });
  }
  return curve;
}
function calibrationCurve(yTrue, yProb, options = {}) {
  return binned(yTrue, yProb, options);
}
function expectedCalibrationError(yTrue, yProb, options = {}) {
  const curve = binned(yTrue, yProb, options, options.sampleWeight);
  let total = 0;
  for (const bin of curve.bins) total += bin.count;
  if (total === 0) return NaN;
  let ece = 0;
  for (const bin of curve.bins) ece += bin.count / total * Math.abs(bin.fractionPositive - bin.meanPredicted);
  return ece;
}

// src/core/evaluate/thresholds.ts
function nextDown(x) {
  if (Number.isNaN(x) || x === -Infinity) return x;
  if (x === 0) return -Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  view.setBigUint64(0, x > 0 ? bits - 1n : bits + 1n);
  return view.getFloat64(0);
}
function checkCosts(costs) {
  for (const [k, v] of Object.entries(costs)) {
    if (v !== void 0 && !Number.isFinite(v)) throw new RangeError(`${k} must be a finite number, got ${String(v)}`);
  }
}
function chooseThreshold(yTrue, yScore, options) {
  checkSameLength(yTrue, "yTrue", yScore, "yScore");
  checkLabels(yTrue, 2, "yTrue");
  checkWeights(options.sampleWeight, yTrue.length);
  const { strategy } = options;
  if (strategy === "target_recall") {
    const r = options.targetRecall;
    if (r === void 0 || !(r > 0 && r <= 1)) throw new RangeError(`target_recall needs targetRecall in (0, 1], got ${String(r)}`);
  }
  if (strategy === "min_cost") {
    if (!options.costs) throw new RangeError("min_cost needs costs");
    checkCosts(options.costs);
  }
  if (!["max_f1", "target_recall", "min_cost"].includes(strategy)) throw new RangeError(`unknown threshold strategy '${String(strategy)}'`);
  const { tps, fps, thresholds: scores } = binaryClfCurve(yTrue, yScore, options.sampleWeight);
  const m = scores.length;
  const P = m > 0 ? tps[m - 1] : 0;
  const N = m > 0 ? fps[m - 1] : 0;
  const total = P + N;
  const tpAt = (k) => k === 0 ? 0 : tps[k - 1];
  const fpAt = (k) => k === 0 ? 0 : fps[k - 1];
  const thresholdAt = (k) => {
    if (k === 0) return m > 0 ? scores[0] : 0.5;
    if (k === m) return nextDown(scores[m - 1]);
    return scores[k] + (scores[k - 1] - scores[k]) / 2;
  };
  const costAt = (k) => {
    const c = options.costs;
    const tp2 = tpAt(k);
    const fp = fpAt(k);
    const fn = P - tp2;
    return fp * c.false_positive_cost + fn * c.false_negative_cost - tp2 * (c.true_positive_value ?? 0);
  };
  const f1At = (k) => {
    const tp2 = tpAt(k);
    const d = 2 * tp2 + fpAt(k) + (P - tp2);
    return d === 0 ? 0 : 2 * tp2 / d;
  };
  let best = 0;
  let achieved = true;
  if (strategy === "max_f1") {
    for (let k = 1; k <= m; k++) if (f1At(k) > f1At(best)) best = k;
  } else if (strategy === "target_recall") {
    const target = options.targetRecall;
    best = -1;
    for (let k = 0; k <= m; k++) {
      if (P > 0 && tpAt(k) / P >= target) {
        best = k;
        break;
      }
    }
    if (best < 0) {
      best = m;
      achieved = false;
    }
  } else {
    for (let k = 1; k <= m; k++) if (costAt(k) < costAt(best)) best = k;
  }
  const tp = tpAt(best);
  const predicted = tp + fpAt(best);
  const choice = {
    threshold: thresholdAt(best),
    strategy,
    precision: predicted === 0 ? 0 : tp / predicted,
    recall: P === 0 ? 0 : tp / P,
    f1: f1At(best),
    achieved
  };
  if (options.costs) {
    checkCosts(options.costs);
    const fp = fpAt(best);
    const c = options.costs;
    choice.expected_cost_per_1000 = total === 0 ? NaN : (fp * c.false_positive_cost + (P - tp) * c.false_negative_cost) / total * 1e3;
  }
  return choice;
}
function businessMetrics(yTrue, yPred, costs, options = {}) {
  checkSameLength(yTrue, "yTrue", yPred, "yPred");
  if (yTrue.length === 0) throw new RangeError("yTrue is empty");
  checkLabels(yTrue, 2, "yTrue");
  checkLabels(yPred, 2, "yPred");
  checkWeights(options.sampleWeight, yTrue.length);
  checkCosts(costs);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const w = options.sampleWeight === void 0 ? 1 : options.sampleWeight[i];
    if (yTrue[i] === 1) {
      if (yPred[i] === 1) tp += w;
      else fn += w;
    } else if (yPred[i] === 1) fp += w;
    else tn += w;
  }
  const total = tp + fp + fn + tn;
  const cost = fp * costs.false_positive_cost + fn * costs.false_negative_cost;
  const profit = tp * (costs.true_positive_value ?? 0) - cost;
  return {
    true_positives: tp,
    false_positives: fp,
    false_negatives: fn,
    true_negatives: tn,
    expected_cost_per_1000: total === 0 ? NaN : cost / total * 1e3,
    expected_profit_per_1000: total === 0 ? NaN : profit / total * 1e3
  };
}

// src/core/evaluate/latency.ts
function latencySummary(timingsMs, options = {}) {
  const batchSize = options.batchSize ?? 1;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  if (timingsMs.length === 0) throw new RangeError("latencySummary needs at least one timing");
  for (let i = 0; i < timingsMs.length; i++) {
    const t = timingsMs[i];
    if (!Number.isFinite(t) || t < 0) throw new RangeError(`timingsMs[${i}] must be a finite number >= 0, got ${t}`);
  }
  const sorted = sortedCopy(timingsMs);
  let total = 0;
  for (const t of sorted) total += t;
  const mean = total / sorted.length;
  return {
    latency_p50_ms: percentileSorted(sorted, 50),
    latency_p95_ms: percentileSorted(sorted, 95),
    latency_p99_ms: percentileSorted(sorted, 99),
    latency_mean_ms: mean,
    latency_max_ms: sorted[sorted.length - 1],
    throughput_per_s: mean === 0 ? Infinity : batchSize * 1e3 / mean,
    samples: sorted.length,
    batch_size: batchSize
  };
}

// src/core/data/split.ts
function splitRows(request) {
  const all = new Uint32Array(request.numRows);
  for (let i = 0; i < all.length; i++) all[i] = i;
  const [rest, test] = holdOut(all, request.testSize, "test", request);
  const [train, validation] = holdOut(rest, request.validationSize, "validation", request);
  if (train.length === 0) throw new RangeError(`split leaves no training rows (${request.numRows} rows, test_size ${request.testSize}, validation_size ${request.validationSize})`);
  return { train, validation, test };
}
function partSize(size, n, what) {
  if (!Number.isFinite(size) || size < 0 || size >= 1 && !Number.isInteger(size)) throw new RangeError(`${what} size must be a fraction in [0, 1) or a row count, got ${size}`);
  const count = size >= 1 ? size : Math.ceil(size * n);
  if (count >= n && count > 0) throw new RangeError(`${what} size ${size} takes all ${n} rows`);
  return count;
}
function holdOut(rows, size, part, request) {
  const count = partSize(size, rows.length, part);
  if (count === 0) return [rows, new Uint32Array(0)];
  const rng = request.rng.fork(part);
  let held;
  switch (request.method) {
    case "random":
      held = shuffled(rows, rng).subarray(0, count);
      break;
    case "stratified":
      held = stratifiedPick(rows, count, need(request.labels, "labels", request.numRows), rng);
      break;
    case "group":
      held = groupPick(rows, count, need(request.groups, "groups", request.numRows), rng);
      break;
    case "time":
      held = latest(rows, count, need(request.order, "order", request.numRows));
      break;
  }
  return complement(rows, held);
}
function need(given, name2, numRows) {
  if (!given) throw new RangeError(`this split method needs ${name2}`);
  const values = asNumbers(given);
  if (values.length !== numRows) throw new RangeError(`${name2} has ${values.length} entries for ${numRows} rows`);
  return values;
}
function asNumbers(given) {
  if ("type" in given && typeof given.type === "string") {
    const column = given;
    return column.type === "categorical" ? column.codes : column.values;
  }
  return given;
}
function shuffled(rows, rng) {
  return rng.shuffle(Uint32Array.from(rows));
}
function strata(rows, labels) {
  const byLabel = /* @__PURE__ */ new Map();
  for (let i = 0; i < rows.length; i++) {
    const label = labels[rows[i]];
    const key = Number.isNaN(label) ? NaN : label;
    let list = byLabel.get(key);
    if (!list) byLabel.set(key, list = []);
    list.push(rows[i]);
  }
  return [...byLabel.entries()].sort((a, b) => compareKeys(a[0], b[0])).map(([, list]) => list);
}
function compareKeys(a, b) {
  if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : 1;
  if (Number.isNaN(b)) return -1;
  return a - b;
}
function stratifiedPick(rows, count, labels, rng) {
  const groups = strata(rows, labels);
  const exact = groups.map((g) => g.length * count / rows.length);
  const take = exact.map(Math.floor);
  let left = count - take.reduce((a, b) => a + b, 0);
  const order2 = exact.map((e, i) => [e - Math.floor(e), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order2) {
    if (left === 0) break;
    if (take[i] < groups[i].length) {
      take[i]++;
      left--;
    }
  }
  const held = [];
  groups.forEach((group, i) => {
    const mixed = rng.shuffle(group.slice());
    for (let j = 0; j < take[i]; j++) held.push(mixed[j]);
  });
  return Uint32Array.from(held);
}
function groupPick(rows, count, groups, rng) {
  const members = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const group = groups[row];
    const key = Number.isNaN(group) || group < 0 ? `row:${row}` : `g:${group}`;
    let list = members.get(key);
    if (!list) members.set(key, list = []);
    list.push(row);
  }
  const lists = [...members.values()];
  const held = [];
  for (const index of rng.permutation(lists.length)) {
    const list = lists[index];
    if (Math.abs(held.length + list.length - count) < Math.abs(held.length - count)) held.push(...list);
  }
  if (held.length === 0 || held.length === rows.length) {
    throw new RangeError(`group split: cannot make a part of about ${count} rows from ${lists.length} groups without putting a group in two parts`);
  }
  return Uint32Array.from(held);
}
function latest(rows, count, order2) {
  for (const row of rows) {
    if (Number.isNaN(order2[row])) throw new RangeError(`time split: row ${row} has no time value`);
  }
  const sorted = Array.from(rows).sort((a, b) => order2[a] - order2[b] || a - b);
  return Uint32Array.from(sorted.slice(sorted.length - count));
}
function complement(rows, held) {
  const heldSet = new Set(held);
  const kept = rows.filter((row) => !heldSet.has(row));
  return [kept.sort(), Uint32Array.from(held).sort()];
}

// src/core/models/gbdt/objectives.ts
var MIN_HESSIAN = 1e-16;
function computeGradients(objective, margins, labels, weights, numClass, k, huberSlope, gradHess, probabilities) {
  const n = labels.length;
  for (let i = 0; i < n; i++) {
    const w = weights ? weights[i] : 1;
    const y = labels[i];
    let g;
    let h;
    switch (objective) {
      case "binary:logistic": {
        const p = 1 / (1 + Math.exp(-margins[i]));
        g = p - y;
        h = Math.max(p * (1 - p), MIN_HESSIAN);
        break;
      }
      case "multi:softmax": {
        const p = probabilities[i * numClass + k];
        g = p - (y === k ? 1 : 0);
        h = Math.max(2 * p * (1 - p), MIN_HESSIAN);
        break;
      }
      case "reg:squarederror":
        g = margins[i] - y;
        h = 1;
        break;
      case "reg:pseudohubererror": {
        const r = margins[i] - y;
        const z = r / huberSlope;
        const scale = 1 + z * z;
        const scaleSqrt = Math.sqrt(scale);
        g = r / scaleSqrt;
        h = 1 / (scale * scaleSqrt);
        break;
      }
    }
    gradHess[2 * i] = g * w;
    gradHess[2 * i + 1] = h * w;
  }
}
function softmaxRows(margins, numClass, out) {
  const n = margins.length / numClass;
  for (let i = 0; i < n; i++) {
    const base = i * numClass;
    let max = -Infinity;
    for (let k = 0; k < numClass; k++) max = Math.max(max, margins[base + k]);
    let sum2 = 0;
    for (let k = 0; k < numClass; k++) {
      const e = Math.exp(margins[base + k] - max);
      out[base + k] = e;
      sum2 += e;
    }
    for (let k = 0; k < numClass; k++) out[base + k] /= sum2;
  }
}
function transformMargins(objective, margins, numClass) {
  const out = new Float64Array(margins.length);
  if (objective === "binary:logistic") {
    for (let i = 0; i < margins.length; i++) out[i] = 1 / (1 + Math.exp(-margins[i]));
  } else if (objective === "multi:softmax") {
    softmaxRows(margins, numClass, out);
  } else {
    out.set(margins);
  }
  return out;
}
function baseScore(objective, labels, weights, numClass) {
  const n = labels.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += weights ? weights[i] : 1;
  if (total <= 0) return new Array(numClass).fill(0);
  if (objective === "binary:logistic") {
    let positive = 0;
    for (let i = 0; i < n; i++) positive += (weights ? weights[i] : 1) * labels[i];
    const p = Math.min(Math.max(positive / total, 1e-6), 1 - 1e-6);
    return [Math.log(p / (1 - p))];
  }
  if (objective === "multi:softmax") {
    const counts = new Float64Array(numClass);
    for (let i = 0; i < n; i++) counts[labels[i]] += weights ? weights[i] : 1;
    const logs = Array.from(counts, (c) => Math.log(Math.max(c / total, 1e-6)));
    const mean = logs.reduce((a, b) => a + b, 0) / numClass;
    return logs.map((l) => l - mean);
  }
  if (objective === "reg:pseudohubererror") return [weightedMedian(labels, weights, total)];
  let sum2 = 0;
  for (let i = 0; i < n; i++) sum2 += (weights ? weights[i] : 1) * labels[i];
  return [sum2 / total];
}
function weightedMedian(values, weights, total) {
  const order2 = Array.from(values.keys()).sort((a, b) => values[a] - values[b]);
  let cumulative = 0;
  for (const i of order2) {
    cumulative += weights ? weights[i] : 1;
    if (cumulative >= total / 2) return values[i];
  }
  return values[order2[order2.length - 1]];
}

// src/core/models/gbdt/predict.ts
var BLOCK_ROWS = 256;
function compileTrees(trees, categorical, maxBin) {
  let nodes = 0;
  let words = 0;
  for (const t of trees) {
    nodes += t.feature.length;
    words += t.categoryWords.length;
  }
  const c = {
    roots: new Int32Array(trees.length),
    feature: new Int32Array(nodes),
    threshold: new Float64Array(nodes),
    left: new Int32Array(nodes),
    right: new Int32Array(nodes),
    defaultLeft: new Uint8Array(nodes),
    value: new Float64Array(nodes),
    categoryOffset: new Int32Array(nodes),
    categoryLength: new Int32Array(nodes),
    categoryWords: new Uint32Array(words),
    categorical: Uint8Array.from(categorical, (b) => b ? 1 : 0),
    maxCode: maxBin - 2
  };
  let base = 0;
  let wordBase = 0;
  trees.forEach((t, i) => {
    c.roots[i] = base;
    for (let j = 0; j < t.feature.length; j++) {
      const k = base + j;
      c.feature[k] = t.feature[j];
      c.threshold[k] = t.threshold[j];
      c.left[k] = base + t.left[j];
      c.right[k] = base + t.right[j];
      c.defaultLeft[k] = t.defaultLeft[j] ? 1 : 0;
      c.value[k] = t.value[j];
      c.categoryOffset[k] = wordBase + t.categoryOffset[j];
      c.categoryLength[k] = t.categoryLength[j];
    }
    c.categoryWords.set(t.categoryWords, wordBase);
    base += t.feature.length;
    wordBase += t.categoryWords.length;
  });
  return c;
}
function goesLeft(c, node, x) {
  if (c.categorical[c.feature[node]] === 1) {
    if (x >= 0 && x <= c.maxCode && Number.isInteger(x)) {
      const word = x >>> 5;
      return word < c.categoryLength[node] && (c.categoryWords[c.categoryOffset[node] + word] >>> (x & 31) & 1) === 1;
    }
    return c.defaultLeft[node] === 1;
  }
  return x === x ? x < c.threshold[node] : c.defaultLeft[node] === 1;
}
function leafIndex(c, root, features, r) {
  let node = root;
  for (; ; ) {
    const f = c.feature[node];
    if (f < 0) return node;
    node = goesLeft(c, node, features[f][r]) ? c.left[node] : c.right[node];
  }
}
function addTreeMargins(c, features, numRows, numClass, fromTree, toTree, margins) {
  const F = features.length;
  const block = new Float64Array(BLOCK_ROWS * F);
  const { feature, threshold, left, right, defaultLeft, value, categorical } = c;
  let hasCategorical = false;
  for (let f = 0; f < F; f++) if (categorical[f] === 1) hasCategorical = true;
  for (let start = 0; start < numRows; start += BLOCK_ROWS) {
    const count = Math.min(numRows, start + BLOCK_ROWS) - start;
    for (let f = 0; f < F; f++) {
      const column = features[f];
      for (let i = 0, k = f; i < count; i++, k += F) block[k] = column[start + i];
    }
    for (let t = fromTree; t < toTree; t++) {
      const root = c.roots[t];
      const k = t % numClass;
      for (let i = 0, base = 0; i < count; i++, base += F) {
        let node = root;
        let f = feature[node];
        while (f >= 0) {
          const x = block[base + f];
          if (hasCategorical && categorical[f] === 1) node = goesLeft(c, node, x) ? left[node] : right[node];
          else if (x < threshold[node]) node = left[node];
          else node = x !== x && defaultLeft[node] === 1 ? left[node] : right[node];
          f = feature[node];
        }
        margins[(start + i) * numClass + k] += value[node];
      }
    }
  }
}
function predictGbdtMargins(model, features) {
  if (features.length !== model.featureNames.length) {
    throw new RangeError(`the model expects ${model.featureNames.length} features, got ${features.length}`);
  }
  const numRows = features.length > 0 ? features[0].length : 0;
  const k = model.numClass;
  const margins = new Float64Array(numRows * k);
  for (let r = 0; r < numRows; r++) for (let j = 0; j < k; j++) margins[r * k + j] = model.baseScore[j];
  const compiled = compileTrees(model.trees, model.categorical, model.params.max_bin);
  addTreeMargins(compiled, features, numRows, k, 0, model.trees.length, margins);
  return margins;
}
function predictGbdt(model, features) {
  return transformMargins(model.objective, predictGbdtMargins(model, features), model.numClass);
}

// src/core/models/gbdt/importance.ts
function featureImportance(model, type) {
  const F = model.featureNames.length;
  const count = new Float64Array(F);
  const gain = new Float64Array(F);
  const cover = new Float64Array(F);
  for (const tree of model.trees) {
    for (let node = 0; node < tree.feature.length; node++) {
      const f = tree.feature[node];
      if (f < 0) continue;
      count[f] += 1;
      gain[f] += tree.gain[node];
      cover[f] += tree.cover[node];
    }
  }
  const average = (sums) => sums.map((s, f) => count[f] > 0 ? s / count[f] : 0);
  switch (type) {
    case "weight":
      return count;
    case "gain":
      return average(gain);
    case "cover":
      return average(cover);
    case "total_gain":
      return gain;
    case "total_cover":
      return cover;
  }
}

// src/core/models/gbdt/tree-shap.ts
function newPool(maxDepth) {
  const stride = maxDepth + 2;
  const size = stride * (maxDepth + 2);
  const up = new Float64Array(stride * stride);
  const down = new Float64Array(stride * stride);
  for (let depth = 0; depth < stride; depth++) {
    for (let i = 0; i < stride; i++) {
      up[depth * stride + i] = (depth + 1) / (i + 1);
      down[depth * stride + i] = (depth - i) / (depth + 1);
    }
  }
  return { feature: new Int32Array(size), zero: new Float64Array(size), one: new Float64Array(size), weight: new Float64Array(size), stride, up, down };
}
function extendPath(s, p, depth, zeroFraction, oneFraction, feature) {
  const { weight } = s;
  s.feature[p + depth] = feature;
  s.zero[p + depth] = zeroFraction;
  s.one[p + depth] = oneFraction;
  weight[p + depth] = depth === 0 ? 1 : 0;
  const inverse = 1 / (depth + 1);
  for (let i = depth - 1; i >= 0; i--) {
    weight[p + i + 1] += oneFraction * weight[p + i] * (i + 1) * inverse;
    weight[p + i] = zeroFraction * weight[p + i] * (depth - i) * inverse;
  }
}
function unwindPath(s, p, depth, index) {
  const { weight } = s;
  const oneFraction = s.one[p + index];
  const zeroFraction = s.zero[p + index];
  let next = weight[p + depth];
  for (let i = depth - 1; i >= 0; i--) {
    if (oneFraction !== 0) {
      const previous = weight[p + i];
      weight[p + i] = next * (depth + 1) / ((i + 1) * oneFraction);
      next = previous - weight[p + i] * zeroFraction * (depth - i) / (depth + 1);
    } else {
      weight[p + i] = weight[p + i] * (depth + 1) / (zeroFraction * (depth - i));
    }
  }
  for (let i = index; i < depth; i++) {
    s.feature[p + i] = s.feature[p + i + 1];
    s.zero[p + i] = s.zero[p + i + 1];
    s.one[p + i] = s.one[p + i + 1];
  }
}
function hotUnwoundSum(s, p, depth, oneFraction, zeroFraction) {
  const { weight } = s;
  const row = depth * s.stride;
  const scale = 1 / oneFraction;
  let next = weight[p + depth];
  let total = 0;
  for (let i = depth - 1; i >= 0; i--) {
    const share = next * s.up[row + i] * scale;
    total += share;
    next = weight[p + i] - share * zeroFraction * s.down[row + i];
  }
  return total;
}
function coldUnwoundTotal(s, p, depth) {
  const row = depth * s.stride;
  let total = 0;
  for (let i = depth - 1; i >= 0; i--) total += s.weight[p + i] / s.down[row + i];
  return total;
}
function meanValue(tree, node) {
  if (tree.feature[node] < 0) return tree.value[node];
  const l = tree.left[node];
  const r = tree.right[node];
  const total = tree.cover[l] + tree.cover[r];
  if (total <= 0) return (meanValue(tree, l) + meanValue(tree, r)) / 2;
  return (tree.cover[l] * meanValue(tree, l) + tree.cover[r] * meanValue(tree, r)) / total;
}
function treeDepth(tree, node) {
  if (tree.feature[node] < 0) return 0;
  return 1 + Math.max(treeDepth(tree, tree.left[node]), treeDepth(tree, tree.right[node]));
}
function shapRecurse(x, node, level, parentDepth, zeroFraction, oneFraction, feature) {
  const { pool, tree } = x;
  const p = level * pool.stride;
  let depth = parentDepth + 1;
  if (level > 0) {
    const parent = p - pool.stride;
    for (let i = 0; i < depth; i++) {
      pool.feature[p + i] = pool.feature[parent + i];
      pool.zero[p + i] = pool.zero[parent + i];
      pool.one[p + i] = pool.one[parent + i];
      pool.weight[p + i] = pool.weight[parent + i];
    }
  }
  extendPath(pool, p, depth, zeroFraction, oneFraction, feature);
  const split = tree.feature[node];
  if (split < 0) {
    const leaf = tree.value[node];
    let cold2 = Number.NaN;
    for (let i = 1; i <= depth; i++) {
      const one = pool.one[p + i];
      const zero = pool.zero[p + i];
      let share;
      if (one !== 0) share = hotUnwoundSum(pool, p, depth, one, zero) * (one - zero);
      else if (zero !== 0) share = -(Number.isNaN(cold2) ? cold2 = coldUnwoundTotal(pool, p, depth) : cold2);
      else continue;
      x.phi[pool.feature[p + i]] += share * leaf;
    }
    return;
  }
  const g = x.root + node;
  const hot = (goesLeft(x.c, g, x.features[split][x.row]) ? x.c.left[g] : x.c.right[g]) - x.root;
  const cold = hot === tree.left[node] ? tree.right[node] : tree.left[node];
  const cover = tree.cover[node];
  const hotZero = cover > 0 ? tree.cover[hot] / cover : 0.5;
  const coldZero = cover > 0 ? tree.cover[cold] / cover : 0.5;
  let incomingZero = 1;
  let incomingOne = 1;
  let seen = 1;
  while (seen <= depth && pool.feature[p + seen] !== split) seen++;
  if (seen <= depth) {
    incomingZero = pool.zero[p + seen];
    incomingOne = pool.one[p + seen];
    unwindPath(pool, p, depth, seen);
    depth--;
  }
  shapRecurse(x, hot, level + 1, depth, hotZero * incomingZero, incomingOne, split);
  shapRecurse(x, cold, level + 1, depth, coldZero * incomingZero, 0, split);
}
function treeShap(model, features) {
  const F = model.featureNames.length;
  const k = model.numClass;
  const n = features.length > 0 ? features[0].length : 0;
  const width = F + 1;
  const out = new Float64Array(n * k * width);
  const c = compileTrees(model.trees, model.categorical, model.params.max_bin);
  const expected = model.trees.map((t) => meanValue(t, 0));
  const pool = newPool(Math.max(0, ...model.trees.map((t) => treeDepth(t, 0))) + 1);
  const phi = new Float64Array(width);
  const x = { c, tree: model.trees[0], root: 0, features, row: 0, phi, pool };
  for (let r = 0; r < n; r++) {
    x.row = r;
    for (let cls = 0; cls < k; cls++) {
      phi.fill(0);
      phi[F] = model.baseScore[cls];
      for (let t = cls; t < model.trees.length; t += k) {
        const tree = model.trees[t];
        phi[F] += expected[t];
        if (tree.feature[0] < 0) continue;
        x.tree = tree;
        x.root = c.roots[t];
        shapRecurse(x, 0, 0, -1, 1, 1, -1);
      }
      out.set(phi, (r * k + cls) * width);
    }
  }
  return out;
}

// src/core/models/gbdt/wasm-histogram-builder.ts
import { Worker } from "node:worker_threads";

// src/core/models/gbdt/binning.ts
var BINNING_SAMPLE_ROWS = 2e5;
function computeBinEdges(features, categorical, maxBin, rng) {
  const n = features.length > 0 ? features[0].length : 0;
  const sample = sampleRows(n, rng);
  const maxValueBins = maxBin - 1;
  return features.map((column, f) => {
    if (categorical[f]) return [];
    const values = new Float64Array(sample.length);
    let m = 0;
    for (let i = 0; i < sample.length; i++) {
      const x = column[sample[i]];
      if (!Number.isNaN(x)) values[m++] = x;
    }
    return quantileCuts(values.subarray(0, m), maxValueBins);
  });
}
function sampleRows(n, rng) {
  if (n <= BINNING_SAMPLE_ROWS) return Uint32Array.from({ length: n }, (_, i) => i);
  const order2 = rng.permutation(n).subarray(0, BINNING_SAMPLE_ROWS);
  return order2.sort();
}
function quantileCuts(values, maxValueBins) {
  const m = values.length;
  const cuts = [];
  if (m === 0) return cuts;
  const distinct = /* @__PURE__ */ new Set();
  for (let i = 0; i < m && distinct.size <= maxValueBins; i++) distinct.add(values[i]);
  if (distinct.size <= maxValueBins) {
    const sorted = Float64Array.from(distinct).sort();
    for (let i = 1; i < sorted.length; i++) cuts.push(midpoint(sorted[i - 1], sorted[i]));
    return cuts;
  }
  const ranks = /* @__PURE__ */ new Set();
  for (let q = 1; q < maxValueBins; q++) {
    const index = Math.floor(q * m / maxValueBins);
    if (index > 0 && index < m) ranks.add(index - 1).add(index);
  }
  const wanted2 = Array.from(ranks).sort((a, b) => a - b);
  selectRanks(values, wanted2);
  let min = Infinity;
  for (let i = 0; i < m; i++) if (values[i] < min) min = values[i];
  for (let q = 1; q < maxValueBins; q++) {
    const index = Math.floor(q * m / maxValueBins);
    if (index <= 0 || index >= m) continue;
    const below = values[index - 1];
    const at = values[index];
    const cut = below < at ? midpoint(below, at) : at;
    if (cut > min && (cuts.length === 0 || cut > cuts[cuts.length - 1])) cuts.push(cut);
  }
  return cuts;
}
function selectRanks(a, ranks) {
  const stack = [0, a.length - 1, 0, ranks.length - 1];
  while (stack.length > 0) {
    const rhi = stack.pop();
    const rlo = stack.pop();
    const hi = stack.pop();
    const lo = stack.pop();
    if (rlo > rhi || lo >= hi) continue;
    if (hi - lo < 24) {
      for (let i2 = lo + 1; i2 <= hi; i2++) {
        const v = a[i2];
        let j = i2 - 1;
        while (j >= lo && a[j] > v) a[j + 1] = a[j--];
        a[j + 1] = v;
      }
      continue;
    }
    const mid = lo + hi >>> 1;
    const x = a[lo];
    const y = a[mid];
    const z = a[hi];
    const pivot = x < y ? y < z ? y : x < z ? z : x : x < z ? x : y < z ? z : y;
    let lt = lo;
    let gt = hi;
    let i = lo;
    while (i <= gt) {
      const v = a[i];
      if (v < pivot) {
        a[i++] = a[lt];
        a[lt++] = v;
      } else if (v > pivot) {
        a[i] = a[gt];
        a[gt--] = v;
      } else {
        i++;
      }
    }
    let split = rlo;
    while (split <= rhi && ranks[split] < lt) split++;
    let after = split;
    while (after <= rhi && ranks[after] <= gt) after++;
    stack.push(lo, lt - 1, rlo, split - 1, gt + 1, hi, after, rhi);
  }
}
function midpoint(a, b) {
  const mid = a / 2 + b / 2;
  return mid > a && mid <= b ? mid : b;
}
function binFeatures(features, categorical, edges, maxBin) {
  const numFeatures = features.length;
  const numRows = numFeatures > 0 ? features[0].length : 0;
  const wide = maxBin > 256;
  const makeArray = (length) => wide ? new Uint16Array(length) : new Uint8Array(length);
  const colBins = [];
  const numBins = new Int32Array(numFeatures);
  const offsets = new Int32Array(numFeatures + 1);
  for (let f = 0; f < numFeatures; f++) {
    const column = features[f];
    const bins = makeArray(numRows);
    numBins[f] = categorical[f] ? binCategorical(column, maxBin, bins) : binNumeric(column, edges[f], bins);
    colBins.push(bins);
    offsets[f + 1] = offsets[f] + numBins[f];
  }
  return { numRows, numFeatures, colBins, numBins, offsets, totalBins: offsets[numFeatures] };
}
function binNumeric(column, cuts, out) {
  const c = Float64Array.from(cuts);
  const m = c.length;
  for (let i = 0; i < column.length; i++) {
    const x = column[i];
    if (x !== x) {
      out[i] = 0;
      continue;
    }
    let lo = 0;
    let hi = m;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (c[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    out[i] = lo + 1;
  }
  return m + 2;
}
function binCategorical(column, maxBin, out) {
  let maxCode = -1;
  for (let i = 0; i < column.length; i++) {
    const code = column[i];
    if (Number.isInteger(code) && code >= 0 && code <= maxBin - 2) {
      out[i] = code + 1;
      if (code > maxCode) maxCode = code;
    } else {
      out[i] = 0;
    }
  }
  return maxCode + 2;
}
function fillGlobalRowBins(binned2, out) {
  const { numRows, numFeatures, colBins, offsets } = binned2;
  for (let f = 0; f < numFeatures; f++) {
    const column = colBins[f];
    const offset = offsets[f];
    for (let i = 0, k = f; i < numRows; i++, k += numFeatures) out[k] = offset + column[i];
  }
}

// src/core/models/gbdt/histogram.ts
function quantiseGradients(real, out) {
  const n = real.length / 2;
  let maxG = 0;
  let maxH = 0;
  for (let i = 0; i < n; i++) {
    const g = Math.abs(real[2 * i]);
    const h = real[2 * i + 1];
    if (g > maxG) maxG = g;
    if (h > maxH) maxH = h;
  }
  const bits = 52 - Math.ceil(Math.log2(Math.max(n, 2)));
  const gradScale = maxG > 0 ? 2 ** bits / maxG : 1;
  const hessScale = maxH > 0 ? 2 ** bits / maxH : 1;
  for (let i = 0; i < n; i++) {
    out[2 * i] = Math.round(real[2 * i] * gradScale);
    const h = real[2 * i + 1];
    out[2 * i + 1] = h > 0 ? Math.max(1, Math.round(h * hessScale)) : 0;
  }
  return { gradUnit: 1 / gradScale, hessUnit: 1 / hessScale };
}
function accumulateHistogram(globalBins, numFeatures, featureIds, rows, begin, end, gradHess, hist) {
  const numSelected = featureIds.length;
  for (let i = begin; i < end; i++) {
    const r = rows[i];
    const g = gradHess[2 * r];
    const h = gradHess[2 * r + 1];
    const base = r * numFeatures;
    if (numSelected === numFeatures) {
      for (let f = 0; f < numFeatures; f++) {
        const k = 2 * globalBins[base + f];
        hist[k] += g;
        hist[k + 1] += h;
      }
    } else {
      for (let j = 0; j < numSelected; j++) {
        const k = 2 * globalBins[base + featureIds[j]];
        hist[k] += g;
        hist[k + 1] += h;
      }
    }
  }
}
var SerialHistogramBuilder = class {
  constructor(binned2) {
    this.binned = binned2;
    const n = binned2.numRows;
    this.rows = new Uint32Array(n);
    this.gradHess = new Float64Array(2 * n);
    this.globalBins = binned2.totalBins <= 65536 ? new Uint16Array(n * binned2.numFeatures) : new Uint32Array(n * binned2.numFeatures);
    fillGlobalRowBins(binned2, this.globalBins);
    this.featureIds = Int32Array.from({ length: binned2.numFeatures }, (_, f) => f);
  }
  binned;
  rows;
  gradHess;
  globalBins;
  featureIds;
  setFeatures(featureIds) {
    this.featureIds = featureIds;
  }
  build(tasks) {
    for (const task of tasks) {
      task.hist.fill(0);
      accumulateHistogram(this.globalBins, this.binned.numFeatures, this.featureIds, this.rows, task.begin, task.end, this.gradHess, task.hist);
    }
  }
  async dispose() {
  }
};

// src/core/models/gbdt/wasm-api.ts
function wasmApi() {
  return globalThis.WebAssembly ?? null;
}

// src/core/models/gbdt/wasm-histogram-kernel.ts
var I32 = 127;
var V128 = 123;
var op = {
  block: 2,
  loop: 3,
  brIf: 13,
  end: 11,
  get: 32,
  set: 33,
  tee: 34,
  i32Load: 40,
  i32Load16U: 47,
  i32Const: 65,
  i32GeU: 79,
  i32LtU: 73,
  i32Add: 106,
  i32Mul: 108,
  i32And: 113,
  i32Shl: 116,
  i32ShrU: 118
};
var SIMD = 253;
var V128_LOAD = [SIMD, 0, 4, 0];
var V128_STORE = [SIMD, 11, 4, 0];
var F64X2_ADD = [SIMD, 240, 1];
function uleb(value) {
  const out = [];
  do {
    let byte = value & 127;
    value >>>= 7;
    if (value !== 0) byte |= 128;
    out.push(byte);
  } while (value !== 0);
  return out;
}
function section(id, content) {
  return [id, ...uleb(content.length), ...content];
}
function vector(items) {
  return [...uleb(items.length), ...items.flat()];
}
function name(text) {
  return [...uleb(text.length), ...Array.from(text, (c) => c.charCodeAt(0))];
}
function kernelBody(selected) {
  const [ROWS, BEGIN, END, BINS, F, GH, OUT] = [0, 1, 2, 3, 4, 5, 6];
  const IDS = 7;
  const COUNT = 8;
  const first = selected ? 9 : 7;
  const [I, BASE, J, ADDR, STOP, R, STOP2, PAIR] = [first, first + 1, first + 2, first + 3, first + 4, first + 5, first + 6, first + 7];
  const G = first + 8;
  const locals = vector([[8, I32], [1, V128]]);
  const addBin = [op.i32Const, 4, op.i32Shl, op.get, OUT, op.i32Add, op.tee, ADDR, op.get, ADDR, ...V128_LOAD, op.get, G, ...F64X2_ADD, ...V128_STORE];
  const code = [
    op.get,
    BEGIN,
    op.set,
    I,
    op.block,
    64,
    op.get,
    I,
    op.get,
    END,
    op.i32GeU,
    op.brIf,
    0,
    op.loop,
    64,
    // r = rows[i]
    op.get,
    ROWS,
    op.get,
    I,
    op.i32Const,
    2,
    op.i32Shl,
    op.i32Add,
    op.i32Load,
    2,
    0,
    op.set,
    R,
    // g = gh[r] as f64x2
    op.get,
    GH,
    op.get,
    R,
    op.i32Const,
    4,
    op.i32Shl,
    op.i32Add,
    ...V128_LOAD,
    op.set,
    G,
    // base = bins + 2 * r * F
    op.get,
    BINS,
    op.get,
    R,
    op.get,
    F,
    op.i32Mul,
    op.i32Const,
    1,
    op.i32Shl,
    op.i32Add,
    op.set,
    BASE
  ];
  if (!selected) {
    code.push(
      op.get,
      BASE,
      op.get,
      F,
      op.i32Const,
      1,
      op.i32Shl,
      op.i32Add,
      op.set,
      STOP,
      op.get,
      BASE,
      op.get,
      F,
      op.i32Const,
      1,
      op.i32ShrU,
      op.i32Const,
      2,
      op.i32Shl,
      op.i32Add,
      op.set,
      STOP2,
      op.block,
      64,
      op.get,
      BASE,
      op.get,
      STOP2,
      op.i32GeU,
      op.brIf,
      0,
      op.loop,
      64,
      op.get,
      BASE,
      op.i32Load,
      1,
      0,
      op.set,
      PAIR,
      op.get,
      PAIR,
      op.i32Const,
      255,
      255,
      3,
      op.i32And,
      ...addBin,
      op.get,
      PAIR,
      op.i32Const,
      16,
      op.i32ShrU,
      ...addBin,
      op.get,
      BASE,
      op.i32Const,
      4,
      op.i32Add,
      op.tee,
      BASE,
      op.get,
      STOP2,
      op.i32LtU,
      op.brIf,
      0,
      op.end,
      op.end,
      op.block,
      64,
      op.get,
      BASE,
      op.get,
      STOP,
      op.i32GeU,
      op.brIf,
      0,
      op.get,
      BASE,
      op.i32Load16U,
      1,
      0,
      ...addBin,
      op.end
    );
  } else {
    code.push(
      op.get,
      IDS,
      op.set,
      J,
      op.get,
      IDS,
      op.get,
      COUNT,
      op.i32Const,
      2,
      op.i32Shl,
      op.i32Add,
      op.set,
      STOP,
      op.loop,
      64,
      op.get,
      OUT,
      op.get,
      BASE,
      op.get,
      J,
      op.i32Load,
      2,
      0,
      op.i32Add,
      op.i32Load16U,
      1,
      0,
      op.i32Const,
      4,
      op.i32Shl,
      op.i32Add,
      op.tee,
      ADDR,
      op.get,
      ADDR,
      ...V128_LOAD,
      op.get,
      G,
      ...F64X2_ADD,
      ...V128_STORE,
      op.get,
      J,
      op.i32Const,
      4,
      op.i32Add,
      op.tee,
      J,
      op.get,
      STOP,
      op.i32LtU,
      op.brIf,
      0,
      op.end
    );
  }
  code.push(
    op.get,
    I,
    op.i32Const,
    1,
    op.i32Add,
    op.tee,
    I,
    op.get,
    END,
    op.i32LtU,
    op.brIf,
    0,
    op.end,
    op.end,
    op.end
  );
  const body = [...locals, ...code];
  return [...uleb(body.length), ...body];
}
function histogramKernelBytes(maxPages) {
  const allTypes = [96, ...vector([[I32], [I32], [I32], [I32], [I32], [I32], [I32]]), 0];
  const selectedTypes = [96, ...vector(Array.from({ length: 9 }, () => [I32])), 0];
  const bytes = [
    0,
    97,
    115,
    109,
    1,
    0,
    0,
    0,
    ...section(1, vector([allTypes, selectedTypes])),
    ...section(2, vector([[...name("env"), ...name("memory"), 2, 3, ...uleb(1), ...uleb(maxPages)]])),
    ...section(3, vector([[0], [1]])),
    ...section(7, vector([[...name("hist"), 0, 0], [...name("histSelected"), 0, 1]])),
    ...section(10, vector([kernelBody(false), kernelBody(true)]))
  ];
  return Uint8Array.from(bytes);
}
function instantiateHistogramKernel(wasm, memory, moduleBytes) {
  const instance = new wasm.Instance(new wasm.Module(moduleBytes), { env: { memory } });
  return instance.exports;
}

// src/core/models/gbdt/wasm-histogram-builder.ts
var MIN_ROWS_PER_THREAD = 8192;
var MAX_SLOT_BYTES_PER_THREAD = 16 << 20;
var WAIT_TIMEOUT_MS = 3e5;
var COMMAND_BUILD = 1;
var COMMAND_EXIT = 2;
var PAGE = 65536;
function planLayout(numRows, numFeatures, totalBins, threads) {
  const align = (x) => Math.ceil(x / 16) * 16;
  const histBytes = 16 * totalBins;
  const slotsPerThread = Math.max(1, Math.min(64, Math.floor(MAX_SLOT_BYTES_PER_THREAD / histBytes)));
  const bins = 0;
  const rows = align(bins + 2 * numRows * numFeatures);
  const gradHess = align(rows + 4 * numRows);
  const ids = align(gradHess + 16 * numRows);
  const slots = align(ids + 4 * numFeatures);
  const end = slots + threads * slotsPerThread * histBytes;
  return { bins, rows, gradHess, ids, slots, histBytes, slotsPerThread, pages: Math.max(1, Math.ceil(end / PAGE)) };
}
function workerLoop(data) {
  const { memory, layout, worker, threads } = data;
  const wasm = globalThis.WebAssembly;
  const exports = new wasm.Instance(new wasm.Module(data.moduleBytes), { env: { memory } }).exports;
  const control = new Int32Array(data.control);
  const task = new Int32Array(data.task);
  const F = data.numFeatures;
  let seen = 0;
  for (; ; ) {
    Atomics.wait(control, 0, seen);
    seen = Atomics.load(control, 0);
    if (control[1] === 2) return;
    try {
      const numSelected = task[0];
      const numTasks = task[1];
      let total = 0;
      for (let t = 0; t < numTasks; t++) total += task[3 + 2 * t] - task[2 + 2 * t];
      const from = Math.floor(total * worker / threads);
      const to = Math.floor(total * (worker + 1) / threads);
      let position = 0;
      for (let t = 0; t < numTasks; t++) {
        const begin = task[2 + 2 * t];
        const end = task[3 + 2 * t];
        const lo = Math.max(begin, begin + from - position);
        const hi = Math.min(end, begin + to - position);
        position += end - begin;
        if (lo >= hi) continue;
        const out = layout.slots + (worker * layout.slotsPerThread + t) * layout.histBytes;
        new Float64Array(memory.buffer, out, layout.histBytes / 8).fill(0);
        if (numSelected === F) exports.hist(layout.rows, lo, hi, layout.bins, F, layout.gradHess, out);
        else exports.histSelected(layout.rows, lo, hi, layout.bins, F, layout.gradHess, out, layout.ids, numSelected);
      }
    } catch {
      Atomics.store(control, 2 + threads + worker, 1);
    }
    Atomics.store(control, 2 + worker, seen);
    Atomics.notify(control, 2 + worker);
  }
}
var WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
(${workerLoop.toString()})(workerData);
`;
var WasmHistogramBuilder = class {
  constructor(memory, wasm, layout, binned2, moduleBytes, threads) {
    this.memory = memory;
    this.layout = layout;
    this.binned = binned2;
    this.threads = threads;
    const n = binned2.numRows;
    const F = binned2.numFeatures;
    const buffer = memory.buffer;
    fillGlobalRowBins(binned2, new Uint16Array(buffer, layout.bins, n * F));
    this.rows = new Uint32Array(buffer, layout.rows, n);
    this.gradHess = new Float64Array(buffer, layout.gradHess, 2 * n);
    this.ids = new Int32Array(buffer, layout.ids, F);
    this.kernel = instantiateHistogramKernel(wasm, memory, moduleBytes);
    this.numSelected = F;
    const control = new SharedArrayBuffer(4 * (2 + 2 * threads));
    const task = new SharedArrayBuffer(4 * (2 + 2 * layout.slotsPerThread));
    this.control = new Int32Array(control);
    this.task = new Int32Array(task);
    for (let w = 1; w < threads; w++) {
      const workerData = { memory, moduleBytes, layout, control, task, numFeatures: F, worker: w, threads };
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
      worker.unref();
      this.workers.push(worker);
    }
  }
  memory;
  layout;
  binned;
  threads;
  rows;
  gradHess;
  kernel;
  control;
  task;
  ids;
  workers = [];
  numSelected;
  generation = 0;
  setFeatures(featureIds) {
    this.numSelected = featureIds.length;
    for (let j = 0; j < featureIds.length; j++) this.ids[j] = 2 * featureIds[j];
  }
  build(tasks) {
    const size = this.layout.slotsPerThread;
    for (let start = 0; start < tasks.length; start += size) this.buildBatch(tasks.slice(start, start + size));
  }
  slot(thread, index) {
    const offset = this.layout.slots + (thread * this.layout.slotsPerThread + index) * this.layout.histBytes;
    return new Float64Array(this.memory.buffer, offset, this.layout.histBytes / 8);
  }
  run(begin, end, slot) {
    const { layout, binned: binned2 } = this;
    slot.fill(0);
    if (this.numSelected === binned2.numFeatures) this.kernel.hist(layout.rows, begin, end, layout.bins, binned2.numFeatures, layout.gradHess, slot.byteOffset);
    else this.kernel.histSelected(layout.rows, begin, end, layout.bins, binned2.numFeatures, layout.gradHess, slot.byteOffset, layout.ids, this.numSelected);
  }
  buildBatch(tasks) {
    let total = 0;
    for (const t of tasks) total += t.end - t.begin;
    const threads = this.threads;
    if (threads === 1 || total < MIN_ROWS_PER_THREAD * threads) {
      tasks.forEach((t, i) => {
        const slot = this.slot(0, i);
        this.run(t.begin, t.end, slot);
        t.hist.set(slot);
      });
      return;
    }
    this.task[0] = this.numSelected;
    this.task[1] = tasks.length;
    tasks.forEach((t, i) => {
      this.task[2 + 2 * i] = t.begin;
      this.task[3 + 2 * i] = t.end;
    });
    this.generation = this.generation + 1 | 0;
    Atomics.store(this.control, 1, COMMAND_BUILD);
    Atomics.store(this.control, 0, this.generation);
    Atomics.notify(this.control, 0);
    const shares = tasks.map(() => []);
    for (let thread = 0; thread < threads; thread++) {
      const from = Math.floor(total * thread / threads);
      const to = Math.floor(total * (thread + 1) / threads);
      let position = 0;
      tasks.forEach((t, i) => {
        const lo = Math.max(t.begin, t.begin + from - position);
        const hi = Math.min(t.end, t.begin + to - position);
        position += t.end - t.begin;
        if (lo >= hi) return;
        if (thread === 0) this.run(lo, hi, this.slot(0, i));
        shares[i].push(this.slot(thread, i));
      });
    }
    this.awaitWorkers();
    tasks.forEach((t, i) => {
      const hist = t.hist;
      hist.fill(0);
      for (const slot of shares[i]) for (let k = 0; k < hist.length; k++) hist[k] += slot[k];
    });
  }
  awaitWorkers() {
    const threads = this.threads;
    for (let w = 1; w < threads; w++) {
      const started = Date.now();
      while (Atomics.load(this.control, 2 + w) !== this.generation) {
        Atomics.wait(this.control, 2 + w, Atomics.load(this.control, 2 + w), 1e3);
        if (Date.now() - started > WAIT_TIMEOUT_MS) throw new Error(`internal error: histogram worker ${w} did not answer`);
      }
      if (Atomics.load(this.control, 2 + threads + w) !== 0) throw new Error(`internal error: histogram worker ${w} failed`);
    }
  }
  async dispose() {
    Atomics.store(this.control, 1, COMMAND_EXIT);
    Atomics.store(this.control, 0, this.generation + 1 | 0);
    Atomics.notify(this.control, 0);
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
};
async function createHistogramBuilder(binned2, threads) {
  const wasm = wasmApi();
  if (wasm === null || binned2.totalBins > 65536 || binned2.numRows === 0) return new SerialHistogramBuilder(binned2);
  threads = Math.max(1, Math.min(threads, Math.floor(binned2.numRows / MIN_ROWS_PER_THREAD)));
  const layout = planLayout(binned2.numRows, binned2.numFeatures, binned2.totalBins, threads);
  const moduleBytes = histogramKernelBytes(layout.pages);
  if (!wasm.validate(moduleBytes)) return new SerialHistogramBuilder(binned2);
  let memory;
  try {
    memory = new wasm.Memory({ initial: layout.pages, maximum: layout.pages, shared: true });
  } catch {
    return new SerialHistogramBuilder(binned2);
  }
  return new WasmHistogramBuilder(memory, wasm, layout, binned2, moduleBytes, threads);
}

// src/core/models/gbdt/eval-metrics.ts
var EPS = 1e-15;
function weightedMean2(n, weights, loss) {
  let sum2 = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = weights ? weights[i] : 1;
    sum2 += w * loss(i);
    total += w;
  }
  return total > 0 ? sum2 / total : NaN;
}
var logLoss2 = {
  name: "logloss",
  higherIsBetter: false,
  compute: (labels, p, weights) => weightedMean2(labels.length, weights, (i) => {
    const q = Math.min(Math.max(p[i], EPS), 1 - EPS);
    return labels[i] > 0.5 ? -Math.log(q) : -Math.log(1 - q);
  })
};
var multiLogLoss = {
  name: "mlogloss",
  higherIsBetter: false,
  compute: (labels, p, weights) => {
    const k = p.length / labels.length;
    return weightedMean2(labels.length, weights, (i) => -Math.log(Math.max(p[i * k + labels[i]], EPS)));
  }
};
var rmse = {
  name: "rmse",
  higherIsBetter: false,
  compute: (labels, p, weights) => Math.sqrt(weightedMean2(labels.length, weights, (i) => (p[i] - labels[i]) ** 2))
};
var meanPseudoHuberError = {
  name: "mphe",
  higherIsBetter: false,
  compute: (labels, p, weights) => weightedMean2(labels.length, weights, (i) => Math.sqrt(1 + (p[i] - labels[i]) ** 2) - 1)
};
function defaultEvalMetric(objective) {
  switch (objective) {
    case "binary:logistic":
      return logLoss2;
    case "multi:softmax":
      return multiLogLoss;
    case "reg:squarederror":
      return rmse;
    case "reg:pseudohubererror":
      return meanPseudoHuberError;
  }
}

// src/core/models/gbdt/params.ts
var GROW_POLICIES = ["depthwise", "lossguide"];
var DEFAULT_GBDT_PARAMS = Object.freeze({
  n_estimators: 100,
  learning_rate: 0.3,
  max_depth: 6,
  max_leaves: 0,
  grow_policy: "depthwise",
  min_child_weight: 1,
  reg_lambda: 1,
  reg_alpha: 0,
  gamma: 0,
  subsample: 1,
  colsample_bytree: 1,
  max_bin: 256,
  scale_pos_weight: 1,
  early_stopping_rounds: null,
  monotone_constraints: null,
  huber_slope: 1
});
var integer = (minimum, maximum) => ({ type: "integer", minimum, ...maximum === void 0 ? {} : { maximum } });
var number = (extra) => ({ type: "number", ...extra });
var gbdtParamsSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "GBDT parameters (XGBoost scikit-learn names)",
  type: "object",
  additionalProperties: false,
  properties: {
    n_estimators: { ...integer(1, 1e5), default: 100 },
    learning_rate: { ...number({ exclusiveMinimum: 0, maximum: 1 }), default: 0.3 },
    max_depth: { ...integer(0, 30), default: 6, description: "0 = unlimited (lossguide with max_leaves only)" },
    max_leaves: { ...integer(0, 65536), default: 0, description: "0 = unlimited" },
    grow_policy: { enum: [...GROW_POLICIES], default: "depthwise" },
    min_child_weight: { ...number({ minimum: 0 }), default: 1 },
    reg_lambda: { ...number({ minimum: 0 }), default: 1 },
    reg_alpha: { ...number({ minimum: 0 }), default: 0 },
    gamma: { ...number({ minimum: 0 }), default: 0 },
    subsample: { ...number({ exclusiveMinimum: 0, maximum: 1 }), default: 1 },
    colsample_bytree: { ...number({ exclusiveMinimum: 0, maximum: 1 }), default: 1 },
    max_bin: { ...integer(2, 65535), default: 256 },
    scale_pos_weight: { ...number({ exclusiveMinimum: 0 }), default: 1 },
    early_stopping_rounds: { anyOf: [integer(1), { type: "null" }], default: null },
    monotone_constraints: { anyOf: [{ type: "array", items: { enum: [-1, 0, 1] } }, { type: "null" }], default: null },
    huber_slope: { ...number({ exclusiveMinimum: 0 }), default: 1 }
  }
};
function numberRule(min, max, options = {}) {
  return (value) => {
    if (typeof value !== "number" || !Number.isFinite(value)) return "must be a finite number";
    if (options.integer && !Number.isInteger(value)) return "must be an integer";
    if (options.minExclusive ? value <= min : value < min) return `must be ${options.minExclusive ? ">" : ">="} ${min}`;
    if (value > max) return `must be <= ${max}`;
    return null;
  };
}
var RULES = {
  n_estimators: numberRule(1, 1e5, { integer: true }),
  learning_rate: numberRule(0, 1, { minExclusive: true }),
  max_depth: numberRule(0, 30, { integer: true }),
  max_leaves: numberRule(0, 65536, { integer: true }),
  grow_policy: (v) => GROW_POLICIES.includes(v) ? null : `must be one of ${GROW_POLICIES.join(", ")}`,
  min_child_weight: numberRule(0, Infinity),
  reg_lambda: numberRule(0, Infinity),
  reg_alpha: numberRule(0, Infinity),
  gamma: numberRule(0, Infinity),
  subsample: numberRule(0, 1, { minExclusive: true }),
  colsample_bytree: numberRule(0, 1, { minExclusive: true }),
  max_bin: numberRule(2, 65535, { integer: true }),
  scale_pos_weight: numberRule(0, Infinity, { minExclusive: true }),
  early_stopping_rounds: (v) => v === null ? null : numberRule(1, Infinity, { integer: true })(v),
  monotone_constraints: (v) => {
    if (v === null) return null;
    if (!Array.isArray(v)) return "must be a list of -1, 0 or 1 (one per feature) or null";
    return v.every((c) => c === -1 || c === 0 || c === 1) ? null : "every entry must be -1, 0 or 1";
  },
  huber_slope: numberRule(0, Infinity, { minExclusive: true })
};
function validateGbdtParams(params, numFeatures) {
  const errors = [];
  for (const [key, value] of Object.entries(params)) {
    if (!(key in RULES)) {
      errors.push({ param: key, message: `unknown GBDT parameter (known: ${Object.keys(RULES).join(", ")})` });
      continue;
    }
    if (value === void 0) continue;
    const message = RULES[key](value);
    if (message) errors.push({ param: key, message });
  }
  if (errors.length > 0) return errors;
  const resolved = { ...DEFAULT_GBDT_PARAMS, ...withoutUndefined(params) };
  if (resolved.max_depth === 0 && !(resolved.grow_policy === "lossguide" && resolved.max_leaves > 0)) {
    errors.push({ param: "max_depth", message: "max_depth 0 (unlimited) needs grow_policy lossguide and max_leaves > 0" });
  }
  if (resolved.max_leaves === 1) errors.push({ param: "max_leaves", message: "must be 0 (unlimited) or at least 2" });
  if (numFeatures !== void 0 && resolved.monotone_constraints && resolved.monotone_constraints.length !== numFeatures) {
    errors.push({
      param: "monotone_constraints",
      message: `has ${resolved.monotone_constraints.length} entries but the data has ${numFeatures} features`
    });
  }
  return errors;
}
function resolveGbdtParams(params, numFeatures) {
  const errors = validateGbdtParams(params, numFeatures);
  if (errors.length > 0) throw new RangeError(`invalid GBDT parameters: ${errors.map((e) => `${e.param} ${e.message}`).join("; ")}`);
  return { ...DEFAULT_GBDT_PARAMS, ...withoutUndefined(params) };
}
function withoutUndefined(record) {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== void 0));
}

// src/core/models/gbdt/training-data.ts
function validateTrainingData(options, numClass) {
  const { train, validation, featureInfo, objective } = options;
  const numFeatures = train.features.length;
  if (numFeatures === 0) throw new RangeError("training data has no features");
  if (featureInfo.names.length !== numFeatures || featureInfo.categorical.length !== numFeatures) {
    throw new RangeError(`featureInfo describes ${featureInfo.names.length} features but the data has ${numFeatures}`);
  }
  if (objective === "multi:softmax" && (!Number.isInteger(numClass) || numClass < 2)) {
    throw new RangeError("multi:softmax needs numClass >= 2");
  }
  checkDataset("train", train, numFeatures, objective, numClass);
  if (train.label.length === 0) throw new RangeError("training data has no rows");
  if (validation) checkDataset("validation", validation, numFeatures, objective, numClass);
}
function checkDataset(part, data, numFeatures, objective, numClass) {
  const n = data.label.length;
  if (data.features.length !== numFeatures) throw new RangeError(`${part} data has ${data.features.length} features, expected ${numFeatures}`);
  data.features.forEach((column, f) => {
    if (column.length !== n) throw new RangeError(`${part} feature ${f} has ${column.length} rows, labels have ${n}`);
  });
  if (data.weight && data.weight.length !== n) throw new RangeError(`${part} weights have ${data.weight.length} rows, labels have ${n}`);
  for (let i = 0; i < n; i++) {
    const y = data.label[i];
    const ok = objective === "binary:logistic" ? y === 0 || y === 1 : objective === "multi:softmax" ? Number.isInteger(y) && y >= 0 && y < numClass : Number.isFinite(y);
    if (!ok) throw new RangeError(`${part} label at row ${i} is ${y}, invalid for ${objective}`);
    const w = data.weight ? data.weight[i] : 1;
    if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`${part} weight at row ${i} is ${w}; weights must be finite and >= 0`);
  }
}

// src/core/models/gbdt/partition.ts
function partitionRows(rows, begin, end, bins, thresholdBin, leftBins, defaultLeft, scratch) {
  let write = begin;
  let spill = 0;
  if (leftBins === null) {
    for (let i = begin; i < end; i++) {
      const r = rows[i];
      const b = bins[r];
      if (b === 0 ? defaultLeft : b <= thresholdBin) rows[write++] = r;
      else scratch[spill++] = r;
    }
  } else {
    const missingLeft = defaultLeft ? 1 : 0;
    const mask = leftBins;
    for (let i = begin; i < end; i++) {
      const r = rows[i];
      const b = bins[r];
      if ((b === 0 ? missingLeft : b < mask.length ? mask[b] : 0) === 1) rows[write++] = r;
      else scratch[spill++] = r;
    }
  }
  rows.set(scratch.subarray(0, spill), write);
  return write;
}

// src/core/models/gbdt/split-finder.ts
var CATEGORY_SMOOTHING = 10;
var MAX_CATEGORIES_ONE_VS_REST = 4;
var MIN_GAIN = 1e-10;
function thresholdL1(g, alpha) {
  if (g > alpha) return g - alpha;
  if (g < -alpha) return g + alpha;
  return 0;
}
function leafWeight(g, h, lambda, alpha, lower = -Infinity, upper = Infinity) {
  const denominator = h + lambda;
  const w = denominator > 0 ? -thresholdL1(g, alpha) / denominator : 0;
  return w < lower ? lower : w > upper ? upper : w;
}
function weightGain(g, h, w, lambda, alpha) {
  return -(2 * g * w + (h + lambda) * w * w + 2 * alpha * Math.abs(w));
}
function scanNumericFree(hist, f, layout, totalG, totalH, settings, minScore, consider) {
  const { gradUnit, hessUnit } = settings;
  const lambdaQ = settings.lambda / hessUnit;
  const alphaQ = settings.alpha / gradUnit;
  const minH = Math.max(settings.minChildWeight / hessUnit, 1);
  const maxLeftH = totalH - minH;
  const base = 2 * layout.offsets[f];
  const nb = layout.numBins[f];
  const missG = hist[base];
  const missH = hist[base + 1];
  const hasMissing = missH > 0;
  let best = minScore / (gradUnit * gradUnit / hessUnit);
  let bestBin = -1;
  let bestLeft = false;
  let g = 0;
  let h = 0;
  for (let t = 1; t < nb - 1; t++) {
    const bh = hist[base + 2 * t + 1];
    if (bh === 0) continue;
    g += hist[base + 2 * t];
    h += bh;
    if (h >= minH && h <= maxLeftH) {
      const lg2 = alphaQ === 0 ? g : thresholdL1(g, alphaQ);
      const rg = alphaQ === 0 ? totalG - g : thresholdL1(totalG - g, alphaQ);
      const score = lg2 * lg2 / (h + lambdaQ) + rg * rg / (totalH - h + lambdaQ);
      if (score > best) {
        best = score;
        bestBin = t;
        bestLeft = false;
      }
    }
    if (hasMissing) {
      const lh2 = h + missH;
      if (lh2 >= minH && lh2 <= maxLeftH) {
        const lg2 = alphaQ === 0 ? g + missG : thresholdL1(g + missG, alphaQ);
        const rg = alphaQ === 0 ? totalG - g - missG : thresholdL1(totalG - g - missG, alphaQ);
        const score = lg2 * lg2 / (lh2 + lambdaQ) + rg * rg / (totalH - lh2 + lambdaQ);
        if (score > best) {
          best = score;
          bestBin = t;
          bestLeft = true;
        }
      }
    } else if (h > maxLeftH) {
      break;
    }
  }
  if (bestBin < 0) return;
  let lg = 0;
  let lh = 0;
  for (let t = 1; t <= bestBin; t++) {
    lg += hist[base + 2 * t];
    lh += hist[base + 2 * t + 1];
  }
  if (bestLeft) {
    lg += missG;
    lh += missH;
  }
  const defaultLeft = hasMissing ? bestLeft : 2 * lh >= totalH;
  consider(f, bestBin, defaultLeft, null, lg, lh);
}
function findBestSplit(hist, featureIds, layout, totalG, totalH, lower, upper, settings) {
  const { lambda, alpha, gradUnit, hessUnit } = settings;
  const parentWeight = leafWeight(totalG * gradUnit, totalH * hessUnit, lambda, alpha, lower, upper);
  const parentGain = weightGain(totalG * gradUnit, totalH * hessUnit, parentWeight, lambda, alpha);
  const scan = { best: null };
  const gainOf = (feature, lg, lh) => {
    const rh = totalH - lh;
    if (lh <= 0 || rh <= 0) return -Infinity;
    const LH = lh * hessUnit;
    const RH = rh * hessUnit;
    if (LH < settings.minChildWeight || RH < settings.minChildWeight) return -Infinity;
    const LG = lg * gradUnit;
    const RG = (totalG - lg) * gradUnit;
    const wl = leafWeight(LG, LH, lambda, alpha, lower, upper);
    const wr = leafWeight(RG, RH, lambda, alpha, lower, upper);
    const constraint = settings.monotone ? settings.monotone[feature] : 0;
    if (constraint > 0 && wl > wr || constraint < 0 && wl < wr) return -Infinity;
    return weightGain(LG, LH, wl, lambda, alpha) + weightGain(RG, RH, wr, lambda, alpha) - parentGain;
  };
  const consider = (feature, bin, defaultLeft, leftBins, lg, lh) => {
    const gain = gainOf(feature, lg, lh);
    if (!(gain > settings.gamma + MIN_GAIN)) return;
    if (scan.best !== null && !(gain > scan.best.gain)) return;
    const rg = totalG - lg;
    const rh = totalH - lh;
    const wl = leafWeight(lg * gradUnit, lh * hessUnit, lambda, alpha, lower, upper);
    const wr = leafWeight(rg * gradUnit, rh * hessUnit, lambda, alpha, lower, upper);
    scan.best = { gain, feature, bin, defaultLeft, leftBins: leftBins ? leftBins.slice() : null, leftG: lg, leftH: lh, rightG: rg, rightH: rh, leftWeight: wl, rightWeight: wr };
  };
  const bounded = lower > -Infinity || upper < Infinity;
  const minScore = parentGain + settings.gamma + MIN_GAIN;
  for (let j = 0; j < featureIds.length; j++) {
    const f = featureIds[j];
    if (layout.categorical[f]) scanCategorical(hist, f, layout, settings, gainOf, consider);
    else if (bounded || settings.monotone !== null && settings.monotone[f] !== 0) scanNumeric(hist, f, layout, totalH, consider);
    else scanNumericFree(hist, f, layout, totalG, totalH, settings, minScore, consider);
  }
  return scan.best;
}
function scanNumeric(hist, f, layout, totalH, consider) {
  const base = 2 * layout.offsets[f];
  const nb = layout.numBins[f];
  const missG = hist[base];
  const missH = hist[base + 1];
  const hasMissing = missH > 0;
  let g = 0;
  let h = 0;
  for (let t = 1; t < nb - 1; t++) {
    g += hist[base + 2 * t];
    h += hist[base + 2 * t + 1];
    if (hasMissing) {
      consider(f, t, false, null, g, h);
      consider(f, t, true, null, g + missG, h + missH);
    } else {
      consider(f, t, 2 * h >= totalH, null, g, h);
    }
  }
}
var order = new Int32Array(256);
var ratios = new Float64Array(256);
function scanCategorical(hist, f, layout, settings, gainOf, consider) {
  const base = 2 * layout.offsets[f];
  const nb = layout.numBins[f];
  if (order.length < nb) {
    order = new Int32Array(nb);
    ratios = new Float64Array(nb);
  }
  const missG = hist[base];
  const missH = hist[base + 1];
  let count = 0;
  for (let b = 1; b < nb; b++) {
    const h2 = hist[base + 2 * b + 1];
    if (h2 <= 0) continue;
    const ratio = hist[base + 2 * b] * settings.gradUnit / (h2 * settings.hessUnit + CATEGORY_SMOOTHING);
    let j = count++;
    while (j > 0 && ratios[j - 1] > ratio) {
      order[j] = order[j - 1];
      ratios[j] = ratios[j - 1];
      j--;
    }
    order[j] = b;
    ratios[j] = ratio;
  }
  if (count < 2) return;
  let bestGain = -Infinity;
  let bestKind = 0;
  let bestIndex = 0;
  let bestMissingLeft = false;
  const evaluate2 = (kind, index, g2, h2) => {
    for (let pass = 0; pass < (missH > 0 ? 2 : 1); pass++) {
      const gain = pass === 0 ? gainOf(f, g2, h2) : gainOf(f, g2 + missG, h2 + missH);
      if (gain > bestGain) {
        bestGain = gain;
        bestKind = kind;
        bestIndex = index;
        bestMissingLeft = pass === 1;
      }
    }
  };
  let g = 0;
  let h = 0;
  for (let j = 0; j < count - 1; j++) {
    g += hist[base + 2 * order[j]];
    h += hist[base + 2 * order[j] + 1];
    evaluate2(1, j + 1, g, h);
  }
  if (count <= MAX_CATEGORIES_ONE_VS_REST) {
    for (let j = 0; j < count; j++) evaluate2(2, j, hist[base + 2 * order[j]], hist[base + 2 * order[j] + 1]);
  }
  if (bestKind === 0) return;
  const mask = new Uint8Array(nb);
  if (bestKind === 1) for (let j = 0; j < bestIndex; j++) mask[order[j]] = 1;
  else mask[order[bestIndex]] = 1;
  let lg = bestMissingLeft ? missG : 0;
  let lh = bestMissingLeft ? missH : 0;
  for (let b = 1; b < nb; b++) {
    if (mask[b] === 0) continue;
    lg += hist[base + 2 * b];
    lh += hist[base + 2 * b + 1];
  }
  consider(f, -1, bestMissingLeft, mask, lg, lh);
}

// src/core/models/gbdt/tree-builder.ts
var TreeBuilder = class {
  tree = {
    feature: [],
    threshold: [],
    left: [],
    right: [],
    defaultLeft: [],
    value: [],
    cover: [],
    gain: [],
    categoryOffset: [],
    categoryLength: [],
    categoryWords: []
  };
  get size() {
    return this.tree.feature.length;
  }
  /** Adds a node as a leaf and returns its id. */
  addLeaf(value, cover) {
    const t = this.tree;
    t.feature.push(-1);
    t.threshold.push(0);
    t.left.push(-1);
    t.right.push(-1);
    t.defaultLeft.push(false);
    t.value.push(value);
    t.cover.push(cover);
    t.gain.push(0);
    t.categoryOffset.push(0);
    t.categoryLength.push(0);
    return t.feature.length - 1;
  }
  /** Turns leaf `node` into a numeric split (x < threshold goes left). */
  setNumericSplit(node, feature, threshold, defaultLeft, gain, left, right) {
    const t = this.tree;
    t.feature[node] = feature;
    t.threshold[node] = threshold;
    t.defaultLeft[node] = defaultLeft;
    t.gain[node] = gain;
    t.left[node] = left;
    t.right[node] = right;
  }
  /** Turns leaf `node` into a categorical split; `leftCodes` go left. */
  setCategoricalSplit(node, feature, leftCodes, defaultLeft, gain, left, right) {
    const t = this.tree;
    this.setNumericSplit(node, feature, 0, defaultLeft, gain, left, right);
    const maxCode = Math.max(...leftCodes);
    const words = new Array((maxCode >> 5) + 1).fill(0);
    for (const c of leftCodes) words[c >> 5] = (words[c >> 5] | 1 << (c & 31)) >>> 0;
    t.categoryOffset[node] = t.categoryWords.length;
    t.categoryLength[node] = words.length;
    t.categoryWords.push(...words);
  }
  finish() {
    return this.tree;
  }
};

// src/core/models/gbdt/tree-grower.ts
var HistogramPool = class {
  constructor(length) {
    this.length = length;
  }
  length;
  free = [];
  acquire() {
    return this.free.pop() ?? new Float64Array(this.length);
  }
  release(hist) {
    this.free.push(hist);
  }
};
function growTree(ctx) {
  const builder = new TreeBuilder();
  const leaves = [];
  const { settings, learningRate } = ctx;
  const rootHist = ctx.histPool.acquire();
  ctx.builder.build([{ begin: 0, end: ctx.numRows, hist: rootHist }]);
  const [g, h] = nodeTotals(rootHist, ctx);
  const rootWeight = leafWeight(g * settings.gradUnit, h * settings.hessUnit, settings.lambda, settings.alpha);
  const root = {
    id: builder.addLeaf(rootWeight * learningRate, h * settings.hessUnit),
    begin: 0,
    end: ctx.numRows,
    depth: 0,
    g,
    h,
    lower: -Infinity,
    upper: Infinity,
    hist: rootHist,
    split: null
  };
  evaluate(root, ctx);
  const finalise = (node) => {
    if (node.hist) ctx.histPool.release(node.hist);
    node.hist = null;
    leaves.push({ begin: node.begin, end: node.end, value: builder.finish().value[node.id] });
  };
  let leafCount = 1;
  const canAdd = () => ctx.maxLeaves <= 0 || leafCount < ctx.maxLeaves;
  if (ctx.growPolicy === "depthwise") {
    let frontier = [root];
    while (frontier.length > 0) {
      const candidates = frontier.filter((n) => n.split !== null);
      for (const n of frontier) if (n.split === null) finalise(n);
      if (ctx.maxLeaves > 0) candidates.sort((a, b) => b.split.gain - a.split.gain || a.id - b.id);
      const chosen = [];
      for (const n of candidates) {
        if (canAdd()) {
          chosen.push(n);
          leafCount++;
        } else {
          finalise(n);
        }
      }
      chosen.sort((a, b) => a.id - b.id);
      frontier = splitNodes(chosen, builder, ctx);
    }
  } else {
    const open = [root];
    for (; ; ) {
      let bestIndex = -1;
      for (let i = 0; i < open.length; i++) {
        const split = open[i].split;
        if (split && (bestIndex < 0 || split.gain > open[bestIndex].split.gain)) bestIndex = i;
      }
      if (bestIndex < 0 || !canAdd()) break;
      const [node] = open.splice(bestIndex, 1);
      leafCount++;
      open.push(...splitNodes([node], builder, ctx));
    }
    for (const n of open) finalise(n);
  }
  leaves.sort((a, b) => a.begin - b.begin);
  return { tree: builder.finish(), leaves };
}
function nodeTotals(hist, ctx) {
  const f = ctx.featureIds[0];
  const start = 2 * ctx.binned.offsets[f];
  const stop = 2 * ctx.binned.offsets[f + 1];
  let g = 0;
  let h = 0;
  for (let k = start; k < stop; k += 2) {
    g += hist[k];
    h += hist[k + 1];
  }
  return [g, h];
}
function evaluate(node, ctx) {
  const depthAllowed = ctx.maxDepth <= 0 || node.depth < ctx.maxDepth;
  node.split = depthAllowed ? findBestSplit(node.hist, ctx.featureIds, ctx.layout, node.g, node.h, node.lower, node.upper, ctx.settings) : null;
}
function splitNodes(nodes, builder, ctx) {
  const { settings, learningRate } = ctx;
  const children = [];
  const tasks = [];
  const pairs = [];
  for (const node of nodes) {
    const s = node.split;
    const mid = partitionRows(ctx.rows, node.begin, node.end, ctx.binned.colBins[s.feature], s.bin, s.leftBins, s.defaultLeft, ctx.scratch);
    const leftId = builder.addLeaf(s.leftWeight * learningRate, s.leftH * settings.hessUnit);
    const rightId = builder.addLeaf(s.rightWeight * learningRate, s.rightH * settings.hessUnit);
    if (s.leftBins) {
      const codes = [];
      for (let b = 1; b < s.leftBins.length; b++) if (s.leftBins[b] === 1) codes.push(b - 1);
      builder.setCategoricalSplit(node.id, s.feature, codes, s.defaultLeft, s.gain, leftId, rightId);
    } else {
      builder.setNumericSplit(node.id, s.feature, ctx.edges[s.feature][s.bin - 1], s.defaultLeft, s.gain, leftId, rightId);
    }
    const constraint = settings.monotone ? settings.monotone[s.feature] : 0;
    const meet = (s.leftWeight + s.rightWeight) / 2;
    const left = {
      id: leftId,
      begin: node.begin,
      end: mid,
      depth: node.depth + 1,
      g: s.leftG,
      h: s.leftH,
      lower: constraint < 0 ? meet : node.lower,
      upper: constraint > 0 ? meet : node.upper,
      hist: null,
      split: null
    };
    const right = {
      id: rightId,
      begin: mid,
      end: node.end,
      depth: node.depth + 1,
      g: s.rightG,
      h: s.rightH,
      lower: constraint > 0 ? meet : node.lower,
      upper: constraint < 0 ? meet : node.upper,
      hist: null,
      split: null
    };
    children.push(left, right);
    if (ctx.maxDepth > 0 && node.depth + 1 >= ctx.maxDepth) {
      ctx.histPool.release(node.hist);
      node.hist = null;
      continue;
    }
    const leftSmaller = mid - node.begin <= node.end - mid;
    const small = leftSmaller ? left : right;
    const large = leftSmaller ? right : left;
    small.hist = ctx.histPool.acquire();
    large.hist = node.hist;
    node.hist = null;
    tasks.push({ begin: small.begin, end: small.end, hist: small.hist });
    pairs.push([small, large]);
  }
  if (tasks.length > 0) ctx.builder.build(tasks);
  for (const [small, large] of pairs) {
    const target = large.hist;
    const source = small.hist;
    for (let k = 0; k < target.length; k++) target[k] -= source[k];
  }
  for (const child of children) evaluate(child, ctx);
  return children;
}

// src/core/models/gbdt/train.ts
async function trainGbdtWith(options, builderFactory) {
  const { train, validation, featureInfo, objective } = options;
  const numFeatures = train.features.length;
  const params = resolveGbdtParams(options.params, numFeatures);
  const numClass = objective === "multi:softmax" ? options.numClass ?? 0 : 1;
  validateTrainingData(options, numClass);
  const threads = Math.max(1, Math.floor(options.threads ?? 1));
  const resume = options.resumeFrom;
  if (resume) checkResumable(resume, params, objective, featureInfo.names);
  const n = train.label.length;
  const root = Rng.fromSeed(options.seed).fork("gbdt");
  const edges = resume ? resume.model.binEdges : computeBinEdges(train.features, featureInfo.categorical, params.max_bin, root.fork("binning"));
  const binned2 = binFeatures(train.features, featureInfo.categorical, edges, params.max_bin);
  const weights = effectiveWeights(train.weight, train.label, objective, params.scale_pos_weight);
  const base = resume ? resume.model.baseScore : baseScore(objective, train.label, weights, numClass);
  const trees = resume ? [...resume.model.trees] : [];
  const metric = options.evalMetric ?? defaultEvalMetric(objective);
  const margins = initialMargins(base, n, numClass);
  const validationMargins = validation ? initialMargins(base, validation.label.length, numClass) : null;
  if (trees.length > 0) {
    const compiled = compileTrees(trees, featureInfo.categorical, params.max_bin);
    addTreeMargins(compiled, train.features, n, numClass, 0, trees.length, margins);
    if (validation && validationMargins) addTreeMargins(compiled, validation.features, validation.label.length, numClass, 0, trees.length, validationMargins);
  }
  const builder = builderFactory ? await builderFactory(binned2, threads) : new SerialHistogramBuilder(binned2);
  const { rows, gradHess } = builder;
  const realGradHess = new Float64Array(2 * n);
  const probabilities = numClass > 1 ? new Float64Array(n * numClass) : void 0;
  const rowRng = resume ? Rng.restore(resume.rng.rows) : root.fork("rows");
  const columnRng = resume ? Rng.restore(resume.rng.columns) : root.fork("columns");
  const best = resume ? { ...resume.best } : { iteration: -1, score: null, roundsWithoutImprovement: 0 };
  const scratch = new Uint32Array(n);
  const inBag = new Uint8Array(n);
  const histPool = new HistogramPool(2 * binned2.totalBins);
  const layout = { numBins: binned2.numBins, offsets: binned2.offsets, categorical: featureInfo.categorical };
  const monotone = params.monotone_constraints ? Int8Array.from(params.monotone_constraints) : null;
  let iteration = resume ? resume.iteration : 0;
  const snapshot = (iterationsDone) => ({
    format: "mltrain-gbdt",
    version: 1,
    objective,
    numClass,
    baseScore: [...base],
    featureNames: [...featureInfo.names],
    categorical: [...featureInfo.categorical],
    categories: featureInfo.names.map((_, f) => featureInfo.categories?.[f] ? [...featureInfo.categories[f]] : null),
    binEdges: edges,
    trees: trees.slice(),
    bestIteration: best.iteration < 0 ? iterationsDone - 1 : best.iteration,
    bestScore: best.score,
    iterationsTrained: iterationsDone,
    evalMetric: validation ? metric.name : null,
    params
  });
  try {
    for (; iteration < params.n_estimators; iteration++) {
      const featureIds = sampleColumns(numFeatures, params.colsample_bytree, columnRng);
      builder.setFeatures(featureIds);
      const numRows = sampleRows2(n, params.subsample, rowRng, rows, inBag);
      if (probabilities) softmaxRows(margins, numClass, probabilities);
      const iterationTrees = [];
      for (let k = 0; k < numClass; k++) {
        computeGradients(objective, margins, train.label, weights, numClass, k, params.huber_slope, realGradHess, probabilities);
        const quantised = quantiseGradients(realGradHess, gradHess);
        if (k > 0) resetRows(rows, inBag, params.subsample < 1);
        const { tree, leaves } = growTree({
          binned: binned2,
          layout,
          edges,
          rows,
          numRows,
          scratch,
          builder,
          featureIds,
          histPool,
          settings: {
            lambda: params.reg_lambda,
            alpha: params.reg_alpha,
            gamma: params.gamma,
            minChildWeight: params.min_child_weight,
            gradUnit: quantised.gradUnit,
            hessUnit: quantised.hessUnit,
            monotone
          },
          maxDepth: params.max_depth,
          maxLeaves: params.max_leaves,
          growPolicy: params.grow_policy,
          learningRate: params.learning_rate
        });
        for (const leaf of leaves) for (let i = leaf.begin; i < leaf.end; i++) margins[rows[i] * numClass + k] += leaf.value;
        iterationTrees.push(tree);
      }
      const compiled = compileTrees(iterationTrees, featureInfo.categorical, params.max_bin);
      if (params.subsample < 1) addOutOfBagMargins(compiled, train.features, inBag, numClass, margins);
      trees.push(...iterationTrees);
      let validationMetric;
      if (validation && validationMargins) {
        addTreeMargins(compiled, validation.features, validation.label.length, numClass, 0, numClass, validationMargins);
        const predictions = transformMargins(objective, validationMargins, numClass);
        validationMetric = metric.compute(validation.label, predictions, validation.weight);
        const improved = best.score === null || (metric.higherIsBetter ? validationMetric > best.score : validationMetric < best.score);
        if (improved) Object.assign(best, { iteration, score: validationMetric, roundsWithoutImprovement: 0 });
        else best.roundsWithoutImprovement++;
      }
      const trainLoss = options.reportTrainLoss ? metric.compute(train.label, transformMargins(objective, margins, numClass), train.weight) : void 0;
      const decision = options.callbacks?.onIteration?.({ iteration, trainLoss, validationMetric });
      const stopEarly = params.early_stopping_rounds !== null && validation !== void 0 && best.roundsWithoutImprovement >= params.early_stopping_rounds;
      const done = iteration + 1;
      if (options.checkpoint && options.checkpoint.every > 0 && done % options.checkpoint.every === 0) {
        const state = {
          format: "mltrain-gbdt-checkpoint",
          version: 1,
          iteration: done,
          model: snapshot(done),
          rng: { rows: rowRng.state(), columns: columnRng.state() },
          best: { ...best }
        };
        options.checkpoint.save(state);
      }
      if (decision === "stop" || stopEarly) {
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
function initialMargins(base, n, numClass) {
  const margins = new Float64Array(n * numClass);
  for (let i = 0; i < n; i++) for (let k = 0; k < numClass; k++) margins[i * numClass + k] = base[k];
  return margins;
}
function effectiveWeights(weight, labels, objective, scalePosWeight) {
  if (objective !== "binary:logistic" || scalePosWeight === 1) return weight;
  return Float64Array.from(labels, (y, i) => (weight ? weight[i] : 1) * (y === 1 ? scalePosWeight : 1));
}
function sampleColumns(numFeatures, rate, rng) {
  if (rate >= 1) return Int32Array.from({ length: numFeatures }, (_, f) => f);
  const count = Math.max(1, Math.floor(rate * numFeatures));
  return Int32Array.from(rng.permutation(numFeatures).subarray(0, count)).sort();
}
function sampleRows2(n, rate, rng, rows, inBag) {
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
function resetRows(rows, inBag, sampled) {
  let m = 0;
  for (let i = 0; i < inBag.length; i++) if (!sampled || inBag[i] === 1) rows[m++] = i;
}
function addOutOfBagMargins(compiled, features, inBag, numClass, margins) {
  for (let i = 0; i < inBag.length; i++) {
    if (inBag[i] === 1) continue;
    for (let k = 0; k < numClass; k++) margins[i * numClass + k] += compiled.value[leafIndex(compiled, compiled.roots[k], features, i)];
  }
}
function checkResumable(resume, params, objective, names) {
  const model = resume.model;
  if (resume.format !== "mltrain-gbdt-checkpoint" || resume.version !== 1) throw new RangeError("resumeFrom is not an mltrain GBDT checkpoint (version 1)");
  if (model.objective !== objective) throw new RangeError(`the checkpoint was trained for ${model.objective}, not ${objective}`);
  if (JSON.stringify(model.params) !== JSON.stringify(params)) throw new RangeError("the checkpoint was trained with other parameters");
  if (JSON.stringify(model.featureNames) !== JSON.stringify(names)) throw new RangeError("the checkpoint was trained on other features");
}

// src/core/models/gbdt/index.ts
function trainGbdt(options) {
  return trainGbdtWith(options, createHistogramBuilder);
}

export {
  METRICS_BY_TASK,
  ALL_METRICS,
  isLowerBetterMetric,
  confusionMatrix,
  rocCurve,
  precisionRecallCurve,
  predictBinary,
  argmaxRows,
  computeMetrics,
  calibrationCurve,
  expectedCalibrationError,
  FAIRNESS_METRICS,
  fairnessMetrics,
  fairnessByColumn,
  bootstrapInterval,
  bootstrapIntervalsByCounts,
  pairedBootstrap,
  delongTest,
  mcnemarTest,
  chooseThreshold,
  businessMetrics,
  latencySummary,
  splitRows,
  strata,
  validateGbdtParams,
  predictGbdt,
  featureImportance,
  treeShap,
  trainGbdt
};
