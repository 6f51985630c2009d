#!/usr/bin/env node
import { createRequire as __mltrainCreateRequire } from 'node:module';
const require = __mltrainCreateRequire(import.meta.url);
import {
  ConfigError,
  DataError,
  Rng,
  checkLabels,
  checkSameLength,
  checkWeights,
  computeMetrics,
  loadTable,
  parseConfig,
  rocAucScore
} from "./chunks/chunk-IQ5VN7VF.js";

// src/core/evaluate/fairness.ts
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
export {
  ConfigError,
  DataError,
  Rng,
  computeMetrics,
  fairnessMetrics,
  loadTable,
  parseConfig
};
