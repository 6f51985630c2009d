/**
 * Group fairness of binary predictions, with Fairlearn's definitions (fairlearn.metrics):
 *
 * - per group: selection rate P(yhat = 1), TPR P(yhat = 1 | y = 1), FPR P(yhat = 1 | y = 0),
 *   accuracy, and ROC AUC when scores are given (NaN for a group holding a single class);
 * - `demographic_parity_difference` = max - min of the groups' selection rates, `_ratio` = min / max;
 * - `equalized_odds_difference` = the larger of the TPR difference and the FPR difference,
 *   `equalized_odds_ratio` = the smaller of the TPR ratio and the FPR ratio;
 * - `equal_opportunity_difference` = the TPR difference (`_ratio` the TPR ratio).
 *
 * Details that follow Fairlearn (which computes TPR/FPR from sklearn's confusion_matrix with
 * normalize="true"): a group with no positive rows has TPR 0, one with no negative rows FPR 0.
 * A ratio whose largest rate is 0 is 0/0 = NaN, as pandas divides; the equalized odds ratio is then
 * the other ratio (NaN only if both are).
 *
 * Groups: every distinct value is a group, as Fairlearn does, including groups smaller than
 * `minGroupSize` (default 30), which are kept in every number and flagged `small`. Missing values
 * (null, undefined, NaN) form one group of their own, named "(missing)": Fairlearn has no single
 * answer (a plain list turns NaN into a category, a pandas Series fails, newer releases reject it),
 * and a group of its own keeps those rows visible instead of dropping them silently. Several
 * sensitive columns at once give their intersections (one group per combination that occurs), as
 * Fairlearn's MetricFrame does with several sensitive features.
 */
import type { Numbers } from './numeric';
import { checkLabels, checkSameLength, checkWeights } from './numeric';
import { rocAucScore } from './ranking';

export type SensitiveValue = string | number | boolean | null | undefined;

/** One column of sensitive values, or several named columns (whose intersections are the groups). */
export type SensitiveFeatures = readonly SensitiveValue[] | Readonly<Record<string, readonly SensitiveValue[]>>;

export interface FairnessInput {
  yTrue: Numbers;
  yPred: Numbers;
  sensitiveFeatures: SensitiveFeatures;
  /** P(class 1), for the per-group AUC. */
  yScore?: Numbers;
  sampleWeight?: Numbers;
  /** Groups with fewer rows are flagged `small` (default 30). */
  minGroupSize?: number;
}

export interface GroupFairness {
  /** The group's name: the value, or `column=value` pairs joined by ", " for intersections. */
  group: string;
  /** The value of each sensitive column for this group (null for missing). */
  values: (string | number | boolean | null)[];
  /** Number of rows (unweighted). */
  size: number;
  /** Sum of the rows' weights (equal to size without weights). */
  weight: number;
  selection_rate: number;
  tpr: number;
  fpr: number;
  accuracy: number;
  /** Only when yScore is given; NaN when the group holds a single class. */
  auc?: number;
  /** True when size < minGroupSize. */
  small: boolean;
}

export interface FairnessReport {
  /** The sensitive columns the groups are made of. */
  columns: string[];
  demographic_parity_difference: number;
  demographic_parity_ratio: number;
  equalized_odds_difference: number;
  equalized_odds_ratio: number;
  equal_opportunity_difference: number;
  equal_opportunity_ratio: number;
  min_group_size: number;
  by_group: GroupFairness[];
}

/** The headline fairness numbers, as they appear in metrics.json and in gates. */
export const FAIRNESS_METRICS = [
  'demographic_parity_difference',
  'demographic_parity_ratio',
  'equalized_odds_difference',
  'equalized_odds_ratio',
  'equal_opportunity_difference',
  'equal_opportunity_ratio',
] as const;

export type FairnessMetric = (typeof FAIRNESS_METRICS)[number];

export const DEFAULT_MIN_GROUP_SIZE = 30;

export const MISSING_GROUP = '(missing)';

function isMissing(v: SensitiveValue): boolean {
  return v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v));
}

function normalise(v: SensitiveValue): string | number | boolean | null {
  return isMissing(v) ? null : (v as string | number | boolean);
}

/** Sort order for group values: numbers, then booleans, then strings, missing last. */
function compareValues(a: string | number | boolean | null, b: string | number | boolean | null): number {
  const rank = (v: string | number | boolean | null): number => (v === null ? 3 : typeof v === 'number' ? 0 : typeof v === 'boolean' ? 1 : 2);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (a === null || b === null) return 0;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

function columnsOf(features: SensitiveFeatures): { names: string[]; columns: (readonly SensitiveValue[])[] } {
  if (Array.isArray(features)) return { names: ['sensitive_feature_0'], columns: [features as readonly SensitiveValue[]] };
  const record = features as Readonly<Record<string, readonly SensitiveValue[]>>;
  const names = Object.keys(record);
  if (names.length === 0) throw new RangeError('sensitiveFeatures names no column');
  return { names, columns: names.map((n) => record[n]) };
}

function groupName(names: string[], values: (string | number | boolean | null)[], single: boolean): string {
  const show = (v: string | number | boolean | null): string => (v === null ? MISSING_GROUP : String(v));
  if (single) return show(values[0]);
  return values.map((v, i) => `${names[i]}=${show(v)}`).join(', ');
}

interface Rates {
  selectionRate: number;
  tpr: number;
  fpr: number;
  accuracy: number;
  weight: number;
}

function rates(rows: number[], yTrue: Numbers, yPred: Numbers, w?: Numbers): Rates {
  let total = 0;
  let selected = 0;
  let pos = 0;
  let neg = 0;
  let tp = 0;
  let fp = 0;
  let correct = 0;
  for (const r of rows) {
    const wr = w === undefined ? 1 : w[r];
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
    weight: total,
  };
}

/** max - min and min / max over the groups' values, skipping NaN (as pandas does). */
function spread(values: number[]): { difference: number; ratio: number } {
  const finite = values.filter((v) => !Number.isNaN(v));
  if (finite.length === 0) return { difference: NaN, ratio: NaN };
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  return { difference: max - min, ratio: max === 0 ? NaN : min / max };
}

function smallerDefined(a: number, b: number): number {
  if (Number.isNaN(a)) return b;
  if (Number.isNaN(b)) return a;
  return Math.min(a, b);
}

/** Fairness of binary predictions across the groups of one or several (intersected) sensitive columns. */
export function fairnessMetrics(input: FairnessInput): FairnessReport {
  const { yTrue, yPred, yScore, sampleWeight } = input;
  const n = yTrue.length;
  if (n === 0) throw new RangeError('yTrue is empty');
  checkSameLength(yTrue, 'yTrue', yPred, 'yPred');
  checkLabels(yTrue, 2, 'yTrue');
  checkLabels(yPred, 2, 'yPred');
  if (yScore !== undefined) checkSameLength(yTrue, 'yTrue', yScore, 'yScore');
  checkWeights(sampleWeight, n);
  const minGroupSize = input.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  const { names, columns } = columnsOf(input.sensitiveFeatures);
  columns.forEach((col, i) => {
    if (col.length !== n) throw new RangeError(`sensitive column '${names[i]}' has ${col.length} values but yTrue has ${n}`);
  });

  // Group rows by the tuple of their (normalised) sensitive values.
  const groups = new Map<string, { values: (string | number | boolean | null)[]; rows: number[] }>();
  for (let r = 0; r < n; r++) {
    const values = columns.map((col) => normalise(col[r]));
    const key = JSON.stringify(values.map((v) => (typeof v === 'number' ? ['n', v] : typeof v === 'boolean' ? ['b', v] : v === null ? ['m'] : ['s', v])));
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

  const byGroup: GroupFairness[] = ordered.map((g) => {
    const rt = rates(g.rows, yTrue, yPred, sampleWeight);
    const entry: GroupFairness = {
      group: groupName(names, g.values, columns.length === 1),
      values: g.values,
      size: g.rows.length,
      weight: rt.weight,
      selection_rate: rt.selectionRate,
      tpr: rt.tpr,
      fpr: rt.fpr,
      accuracy: rt.accuracy,
      small: g.rows.length < minGroupSize,
    };
    if (yScore !== undefined) {
      const gt = g.rows.map((r) => yTrue[r]);
      const gs = g.rows.map((r) => yScore[r]);
      const gw = sampleWeight === undefined ? undefined : g.rows.map((r) => sampleWeight[r]);
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
    by_group: byGroup,
  };
}

export interface FairnessByColumnInput extends Omit<FairnessInput, 'sensitiveFeatures'> {
  /** The sensitive columns by name. */
  columns: Readonly<Record<string, readonly SensitiveValue[]>>;
  /** Which columns to report (default: all of `columns`). */
  sensitiveColumns?: readonly string[];
  /** Column combinations to report as intersections, e.g. [['sex', 'age_band']]. */
  intersections?: readonly (readonly string[])[];
}

/**
 * One report per sensitive column, plus one per requested intersection keyed by the column names
 * joined with "&" (e.g. `sex&age_band`): the shape of `fairness.<column>` in metrics.json.
 */
export function fairnessByColumn(input: FairnessByColumnInput): Record<string, FairnessReport> {
  const { columns, sensitiveColumns, intersections, ...rest } = input;
  const out: Record<string, FairnessReport> = {};
  const wanted = sensitiveColumns ?? Object.keys(columns);
  const column = (name: string): readonly SensitiveValue[] => {
    const values = columns[name];
    if (values === undefined) throw new RangeError(`unknown sensitive column '${name}' (have: ${Object.keys(columns).join(', ') || 'none'})`);
    return values;
  };
  for (const name of wanted) out[name] = fairnessMetrics({ ...rest, sensitiveFeatures: { [name]: column(name) } });
  for (const combo of intersections ?? []) {
    if (combo.length < 2) throw new RangeError(`an intersection needs at least two columns, got [${combo.join(', ')}]`);
    const features: Record<string, readonly SensitiveValue[]> = {};
    for (const name of combo) features[name] = column(name);
    out[combo.join('&')] = fairnessMetrics({ ...rest, sensitiveFeatures: features });
  }
  return out;
}
