/**
 * evaluateGates: gate specs x the candidate's evaluation (+ the baseline's) -> one result per
 * condition. A gate failure is a value, never an exception; only a spec naming an unknown metric
 * throws (UnknownMetricError), which the config check reports before any training.
 *
 * Conventions:
 * - `value` is the candidate's metric and `threshold` the number written in the gate's name;
 *   `baseline` the baseline's metric when the gate compares with it.
 * - Drops are measured in the worsening direction: for higher-is-better metrics drop = baseline -
 *   candidate, for lower-is-better ones (losses, errors, latency, cost, duration, drift, fairness
 *   differences) drop = candidate - baseline. A relative drop divides by |baseline|.
 * - Without a baseline (a repository's first run), baseline and statistical gates are `skipped`:
 *   never passed, never failed.
 * - A value that is missing or NaN (e.g. AUC on a test part holding one class) fails its gate,
 *   with the reason: a gate that cannot be checked is not passed.
 * - Fairness gates read the candidate's fairness by column (computed on the test part); without
 *   `column` they take the worst value over all sensitive columns (the largest difference, the
 *   smallest ratio) and report which column that was.
 * - Statistical gates compare candidate and baseline on the same rows (`paired`, the test part
 *   unless it says otherwise): DeLong's test for roc_auc (binary, unweighted), McNemar's test for
 *   accuracy (unweighted), a paired bootstrap for any other metric (and for those two when
 *   weighted). p-values are one-sided: mode `no_worse` (default) tests "the candidate is worse" and
 *   fails when p < significance; mode `better` tests "the candidate is better" and passes only
 *   when p < significance.
 */
import { Rng } from '../random/rng';
import { pairedBootstrap } from '../evaluate/bootstrap';
import type { BootstrapInputs, Resampled } from '../evaluate/bootstrap';
import type { ComputeMetricsInput } from '../evaluate/compute-metrics';
import { argmaxRows, computeMetrics, predictBinary } from '../evaluate/compute-metrics';
import type { FairnessMetric } from '../evaluate/fairness';
import type { Numbers } from '../evaluate/numeric';
import { delongTest, mcnemarTest } from '../evaluate/significance';
import type { Task } from '../evaluate/task';
import type { GateMode, GateSpec, GateSplit } from './gate-spec';
import { LATENCY_METRICS, RUN_METRICS, assertGateableMetric, isFairnessMetric, isLowerBetter } from './gate-spec';

export type GateStatus = 'passed' | 'failed' | 'skipped';

export interface GateResult {
  name: string;
  metric: string;
  column?: string;
  split: GateSplit;
  status: GateStatus;
  /** The candidate's value of the metric (NaN when it could not be read). */
  value: number;
  /** The number in the gate's name: the bound, the allowed drop, or the significance level. */
  threshold: number;
  baseline?: number;
  p_value?: number;
  reason: string;
}

/** Fairness numbers of one sensitive column (a FairnessReport fits). */
export type FairnessValues = Partial<Record<FairnessMetric, number>>;

/** What gates read of one model: the candidate or the baseline. */
export interface GateSubject {
  metrics: Partial<Record<GateSplit, Readonly<Record<string, number>>>>;
  /** Fairness by sensitive column (and intersection), on the test part. */
  fairness?: Readonly<Record<string, FairnessValues>>;
  cost_usd?: number;
  duration_s?: number;
  drift_max_psi?: number;
  latency_p50_ms?: number;
  latency_p95_ms?: number;
  latency_p99_ms?: number;
  throughput_per_s?: number;
}

/** Candidate and baseline predictions on the same rows, for the statistical gates. */
export interface PairedData {
  task: Task;
  yTrue: Numbers;
  /** binary: P(class 1); multiclass: n*k row-major probabilities; regression: predictions. */
  candidateScore?: Numbers;
  baselineScore?: Numbers;
  /** Predicted labels; derived from the scores (threshold / argmax) when absent. */
  candidatePred?: Numbers;
  baselinePred?: Numbers;
  /** binary: the candidate's decision threshold (default 0.5). */
  threshold?: number;
  /** binary: the baseline's decision threshold (default: `threshold`). */
  baselineThreshold?: number;
  numClasses?: number;
  sampleWeight?: Numbers;
  /** Which part the rows come from (default test). */
  split?: GateSplit;
}

export interface GateContext extends GateSubject {
  /** The baseline model's numbers; absent on a repository's first run. */
  baseline?: GateSubject;
  paired?: PairedData;
  /** Stream for the paired bootstrap (default: seed 0); each gate forks its own by name. */
  rng?: Rng;
  /** Paired bootstrap resamples (default 1000). */
  nResamples?: number;
}

const RUN_LEVEL = new Set<string>([...RUN_METRICS]);
const LATENCY = new Set<string>([...LATENCY_METRICS]);

interface Reading {
  value: number;
  column?: string;
  missing?: string;
}

function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x !== 0 && (Math.abs(x) >= 1e6 || Math.abs(x) < 1e-4)) return x.toExponential(3);
  return String(Number(x.toPrecision(6)));
}

/** Reads `spec.metric` for one subject. */
function read(subject: GateSubject, spec: GateSpec, split: GateSplit): Reading {
  const metric = spec.metric;
  if (isFairnessMetric(metric)) {
    const fairness = subject.fairness ?? {};
    const m = metric as FairnessMetric;
    if (spec.column !== undefined) {
      const col = fairness[spec.column];
      if (!col) return { value: NaN, column: spec.column, missing: `no fairness results for column '${spec.column}'` };
      const v = col[m];
      return v === undefined ? { value: NaN, column: spec.column, missing: `${metric} was not computed for '${spec.column}'` } : { value: v, column: spec.column };
    }
    const lowerBetter = isLowerBetter(metric);
    let worst: Reading | undefined;
    for (const [column, values] of Object.entries(fairness)) {
      const v = values[m];
      if (v === undefined || Number.isNaN(v)) continue;
      if (!worst || (lowerBetter ? v > worst.value : v < worst.value)) worst = { value: v, column };
    }
    if (worst) return worst;
    return { value: NaN, missing: Object.keys(fairness).length === 0 ? 'no fairness results (no sensitive columns)' : `${metric} is undefined for every sensitive column` };
  }
  if (RUN_LEVEL.has(metric)) {
    const v = subject[metric as keyof GateSubject] as number | undefined;
    return v === undefined ? { value: NaN, missing: `${metric} is not available` } : { value: v };
  }
  if (LATENCY.has(metric)) {
    const v = (subject[metric as keyof GateSubject] as number | undefined) ?? subject.metrics[split]?.[metric];
    return v === undefined ? { value: NaN, missing: `${metric} was not measured` } : { value: v };
  }
  const v = subject.metrics[split]?.[metric];
  return v === undefined ? { value: NaN, missing: `${metric} is not available on the ${split} part` } : { value: v };
}

interface Condition {
  kind: 'min' | 'max' | 'drop' | 'relative_drop' | 'significance';
  threshold: number;
  autoName: string;
}

function conditions(spec: GateSpec, label: string): Condition[] {
  const out: Condition[] = [];
  if (spec.min !== undefined) out.push({ kind: 'min', threshold: spec.min, autoName: `${label} >= ${spec.min}` });
  if (spec.max !== undefined) out.push({ kind: 'max', threshold: spec.max, autoName: `${label} <= ${spec.max}` });
  if (spec.max_drop_vs_baseline !== undefined) {
    out.push({ kind: 'drop', threshold: spec.max_drop_vs_baseline, autoName: `${label} drop vs baseline <= ${spec.max_drop_vs_baseline}` });
  }
  if (spec.max_relative_drop !== undefined) {
    out.push({ kind: 'relative_drop', threshold: spec.max_relative_drop, autoName: `${label} relative drop vs baseline <= ${spec.max_relative_drop}` });
  }
  if (spec.significance !== undefined) {
    const mode: GateMode = spec.mode ?? 'no_worse';
    const autoName =
      mode === 'better'
        ? `${label} significantly better than baseline (p < ${spec.significance})`
        : `${label} not significantly worse than baseline (p >= ${spec.significance})`;
    out.push({ kind: 'significance', threshold: spec.significance, autoName });
  }
  return out;
}

/** Evaluates every gate; results come in spec order, one per condition (min, max, drop, relative drop, significance). */
export function evaluateGates(specs: readonly GateSpec[], context: GateContext): GateResult[] {
  for (const spec of specs) assertGateableMetric(spec.metric);
  const results: GateResult[] = [];
  for (const spec of specs) {
    const split: GateSplit = spec.split ?? 'test';
    const label = spec.column !== undefined ? `${spec.metric}[${spec.column}]` : spec.metric;
    const conds = conditions(spec, label);
    if (conds.length === 0) {
      results.push({ name: spec.name ?? `${label} (no bound)`, metric: spec.metric, split, status: 'failed', value: NaN, threshold: NaN, reason: 'the gate sets no bound (min, max, max_drop_vs_baseline, max_relative_drop or significance)' });
      continue;
    }
    for (const cond of conds) {
      const name = spec.name === undefined ? cond.autoName : conds.length === 1 ? spec.name : `${spec.name} (${cond.autoName})`;
      results.push(evaluateCondition(spec, cond, name, split, context));
    }
  }
  return results;
}

function evaluateCondition(spec: GateSpec, cond: Condition, name: string, split: GateSplit, context: GateContext): GateResult {
  const metric = spec.metric;
  if (cond.kind === 'significance') return statisticalGate(spec, cond, name, split, context);
  const cand = read(context, spec, split);
  const base: GateResult = { name, metric, split, status: 'failed', value: cand.value, threshold: cond.threshold, reason: '' };
  if (cand.column !== undefined) base.column = cand.column;
  const where = cand.column !== undefined && spec.column === undefined ? ` (worst column: ${cand.column})` : '';
  const lowerBetter = isLowerBetter(metric);

  if (cond.kind === 'min' || cond.kind === 'max') {
    if (cand.missing || Number.isNaN(cand.value)) return { ...base, reason: cand.missing ?? `${metric} is undefined (NaN) on this data, so the gate cannot pass` };
    const ok = cond.kind === 'min' ? cand.value >= cond.threshold : cand.value <= cond.threshold;
    const op = cond.kind === 'min' ? '>=' : '<=';
    return {
      ...base,
      status: ok ? 'passed' : 'failed',
      reason: ok ? `${fmt(cand.value)} ${op} ${fmt(cond.threshold)}${where}` : `${fmt(cand.value)} is ${cond.kind === 'min' ? 'below the minimum' : 'above the maximum'} ${fmt(cond.threshold)}${where}`,
    };
  }

  // baseline comparisons
  if (!context.baseline) return { ...base, status: 'skipped', reason: 'no baseline model to compare with (first run): skipped, not passed' };
  const baseSpec = cand.column !== undefined ? { ...spec, column: cand.column } : spec;
  const bl = read(context.baseline, baseSpec, split);
  if (bl.missing || Number.isNaN(bl.value)) {
    return { ...base, status: 'skipped', reason: `the baseline has no usable ${metric}: ${bl.missing ?? 'NaN'}; skipped, not passed` };
  }
  base.baseline = bl.value;
  if (cand.missing || Number.isNaN(cand.value)) return { ...base, reason: cand.missing ?? `${metric} is undefined (NaN) for the candidate, so the gate cannot pass` };
  const drop = lowerBetter ? cand.value - bl.value : bl.value - cand.value;
  const direction = lowerBetter ? 'higher' : 'lower';
  if (cond.kind === 'drop') {
    const ok = drop <= cond.threshold;
    const change = drop > 0 ? `worse by ${fmt(drop)} (${fmt(bl.value)} -> ${fmt(cand.value)}, ${direction} is worse)` : `not worse (${fmt(bl.value)} -> ${fmt(cand.value)})`;
    return { ...base, status: ok ? 'passed' : 'failed', reason: `${change}${where}; allowed drop ${fmt(cond.threshold)}` };
  }
  const relative = drop <= 0 ? drop / Math.max(Math.abs(bl.value), Number.MIN_VALUE) : bl.value === 0 ? Infinity : drop / Math.abs(bl.value);
  const ok = relative <= cond.threshold;
  const change =
    drop > 0 ? `worse by ${fmt(relative * 100)}% (${fmt(bl.value)} -> ${fmt(cand.value)}, ${direction} is worse)` : `not worse (${fmt(bl.value)} -> ${fmt(cand.value)})`;
  return { ...base, status: ok ? 'passed' : 'failed', reason: `${change}${where}; allowed relative drop ${fmt(cond.threshold * 100)}%` };
}

function predictions(paired: PairedData, which: 'candidate' | 'baseline', k: number | undefined): Numbers | undefined {
  const pred = which === 'candidate' ? paired.candidatePred : paired.baselinePred;
  if (pred !== undefined) return pred;
  const score = which === 'candidate' ? paired.candidateScore : paired.baselineScore;
  if (score === undefined) return undefined;
  if (paired.task === 'binary') return predictBinary(score, which === 'candidate' ? paired.threshold : (paired.baselineThreshold ?? paired.threshold));
  if (paired.task === 'multiclass') return argmaxRows(score, k ?? score.length / paired.yTrue.length);
  return score;
}

function statisticalGate(spec: GateSpec, cond: Condition, name: string, split: GateSplit, context: GateContext): GateResult {
  const metric = spec.metric;
  const mode: GateMode = spec.mode ?? 'no_worse';
  const base: GateResult = { name, metric, split, status: 'skipped', value: NaN, threshold: cond.threshold, reason: '' };
  const cand = read(context, spec, split);
  base.value = cand.value;
  const paired = context.paired;
  if (!context.baseline && !paired) return { ...base, reason: 'no baseline model to compare with (first run): skipped, not passed' };
  if (!paired || (paired.baselineScore === undefined && paired.baselinePred === undefined)) {
    return { ...base, reason: "no baseline predictions on the same rows, so no statistical test: skipped, not passed" };
  }
  if ((paired.split ?? 'test') !== split) return { ...base, reason: `the paired predictions are on the ${paired.split ?? 'test'} part, not ${split}: skipped, not passed` };

  const n = paired.yTrue.length;
  const k = paired.task === 'multiclass' ? (paired.numClasses ?? (paired.candidateScore ?? paired.baselineScore ?? []).length / n) : undefined;
  const candPred = predictions(paired, 'candidate', k);
  const basePred = predictions(paired, 'baseline', k);
  const input = (score: Numbers | undefined, pred: Numbers | undefined, threshold: number | undefined): ComputeMetricsInput => ({
    task: paired.task,
    yTrue: paired.yTrue,
    yScore: score,
    yPred: paired.task === 'regression' ? undefined : pred,
    threshold,
    numClasses: k,
    sampleWeight: paired.sampleWeight,
    only: [metric],
  });
  const candInput = input(paired.candidateScore, candPred, paired.threshold);
  const baseInput = input(paired.baselineScore, basePred, paired.baselineThreshold ?? paired.threshold);
  let candValue: number;
  let baseValue: number;
  try {
    candValue = computeMetrics(candInput)[metric] ?? NaN;
    baseValue = computeMetrics(baseInput)[metric] ?? NaN;
  } catch (error) {
    return { ...base, status: 'failed', reason: `cannot score the paired predictions: ${(error as Error).message}` };
  }
  base.value = candValue;
  base.baseline = baseValue;
  if (Number.isNaN(candValue) || Number.isNaN(baseValue)) {
    return { ...base, status: 'failed', reason: `${metric} is undefined (NaN) on the paired rows for the ${Number.isNaN(candValue) ? 'candidate' : 'baseline'}` };
  }
  const alternative = mode === 'better' ? 'greater' : 'less';
  const weighted = paired.sampleWeight !== undefined;
  let p: number;
  let test: string;
  if (metric === 'roc_auc' && paired.task === 'binary' && !weighted && paired.candidateScore && paired.baselineScore) {
    p = delongTest(paired.yTrue, paired.candidateScore, paired.baselineScore, { alternative }).pValue;
    test = "DeLong's test";
  } else if (metric === 'accuracy' && paired.task !== 'regression' && !weighted && candPred && basePred) {
    const r = mcnemarTest(paired.yTrue, candPred, basePred, { alternative });
    p = r.pValue;
    test = `McNemar's test (${r.method === 'exact' ? 'exact binomial' : 'chi-square with continuity correction'}, ${r.candidateOnly} vs ${r.baselineOnly} discordant rows)`;
  } else {
    const nResamples = context.nResamples ?? 1000;
    const inputs: BootstrapInputs = {
      yTrue: paired.yTrue,
      cs: paired.candidateScore,
      bs: paired.baselineScore,
      cp: paired.task === 'regression' ? undefined : candPred,
      bp: paired.task === 'regression' ? undefined : basePred,
      w: paired.sampleWeight,
    };
    const score = (d: Resampled, which: 'c' | 'b'): number =>
      computeMetrics({
        task: paired.task,
        yTrue: d.yTrue,
        yScore: which === 'c' ? d.cs : d.bs,
        yPred: which === 'c' ? d.cp : d.bp,
        threshold: which === 'c' ? paired.threshold : (paired.baselineThreshold ?? paired.threshold),
        numClasses: k,
        sampleWeight: d.w,
        only: [metric],
      })[metric] ?? NaN;
    const rng = (context.rng ?? Rng.fromSeed(0)).fork(`gate:${name}`);
    const r = pairedBootstrap((d) => score(d, 'c'), (d) => score(d, 'b'), inputs, { rng, nResamples, rows: n, alternative, lowerIsBetter: isLowerBetter(metric) });
    p = r.pValue;
    test = `paired bootstrap (${nResamples} resamples)`;
  }
  base.p_value = p;
  if (Number.isNaN(p)) return { ...base, status: 'failed', reason: `${test} is undefined on these rows (too few of a class)` };
  const values = `${fmt(baseValue)} -> ${fmt(candValue)}`;
  if (mode === 'better') {
    const ok = p < cond.threshold;
    return { ...base, status: ok ? 'passed' : 'failed', reason: `${values}; ${test}, one-sided p = ${fmt(p)} ${ok ? '<' : '>='} ${fmt(cond.threshold)}: ${ok ? 'significantly better' : 'not significantly better'}` };
  }
  const worse = p < cond.threshold;
  return { ...base, status: worse ? 'failed' : 'passed', reason: `${values}; ${test}, one-sided p = ${fmt(p)} ${worse ? '<' : '>='} ${fmt(cond.threshold)}: ${worse ? 'significantly worse' : 'not significantly worse'}` };
}

export interface GateVerdict {
  /** True when no gate failed (skipped gates do not fail the run). */
  passed: boolean;
  failed: GateResult[];
  skipped: GateResult[];
  passedGates: GateResult[];
}

export function gateVerdict(results: readonly GateResult[]): GateVerdict {
  const failed = results.filter((r) => r.status === 'failed');
  return { passed: failed.length === 0, failed, skipped: results.filter((r) => r.status === 'skipped'), passedGates: results.filter((r) => r.status === 'passed') };
}
