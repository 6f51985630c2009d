/**
 * Tests that compare two models scored on the same rows:
 * - DeLong's test for two correlated ROC AUCs (DeLong, DeLong & Clarke-Pearson 1988), computed with
 *   Sun & Xu's O(n log n) midrank algorithm (IEEE Signal Processing Letters 21(11), 2014);
 * - McNemar's test for two classifiers' accuracies on paired rows: the exact binomial test when
 *   there are fewer than 25 discordant rows, otherwise the chi-square test with continuity
 *   correction; the result says which (`method`).
 *
 * `alternative` is read from the candidate's side: 'less' tests "the candidate is worse than the
 * baseline", 'greater' "the candidate is better", 'two-sided' "they differ".
 */
import type { Alternative } from './bootstrap';
import { binomialHalfCdf, chi2Sf1, erfc, normalCdf, normalSf } from './distributions';
import type { Numbers } from './numeric';
import { checkFinite, checkLabels, checkSameLength } from './numeric';

/** 1-based midranks of `values` (tied values share the mean of their ranks). */
export function midranks(values: Numbers): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b]);
  const ranks = new Float64Array(n);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && values[order[j]] === values[order[i]]) j++;
    const rank = 0.5 * (i + j - 1) + 1;
    for (let t = i; t < j; t++) ranks[order[t]] = rank;
    i = j;
  }
  return ranks;
}

export interface DelongResult {
  /** AUC of the candidate (first scores) and of the baseline (second scores). */
  aucCandidate: number;
  aucBaseline: number;
  /** aucCandidate - aucBaseline. */
  difference: number;
  /** DeLong covariance matrix entries. */
  varCandidate: number;
  varBaseline: number;
  covariance: number;
  /** difference / sqrt(var(difference)); NaN when the variance is 0. */
  z: number;
  pValue: number;
  alternative: Alternative;
  positives: number;
  negatives: number;
}

function sampleCov(a: Float64Array, b: Float64Array): number {
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

/**
 * DeLong's test of AUC(candidate) vs AUC(baseline) on the same rows (unweighted). p is NaN when
 * there are fewer than two positives or two negatives; 1 when the two score vectors give a
 * difference with zero variance and zero difference (identical rankings).
 */
export function delongTest(
  yTrue: Numbers,
  candidateScore: Numbers,
  baselineScore: Numbers,
  options: { alternative?: Alternative } = {},
): DelongResult {
  checkSameLength(yTrue, 'yTrue', candidateScore, 'candidateScore');
  checkSameLength(yTrue, 'yTrue', baselineScore, 'baselineScore');
  checkLabels(yTrue, 2, 'yTrue');
  checkFinite(candidateScore, 'candidateScore');
  checkFinite(baselineScore, 'baselineScore');
  const alternative = options.alternative ?? 'two-sided';
  const pos: number[] = [];
  const neg: number[] = [];
  for (let i = 0; i < yTrue.length; i++) (yTrue[i] === 1 ? pos : neg).push(i);
  const m = pos.length;
  const n = neg.length;
  const components = [candidateScore, baselineScore].map((score) => {
    const x = Float64Array.from(pos, (i) => score[i]);
    const y = Float64Array.from(neg, (i) => score[i]);
    const z = new Float64Array(m + n);
    z.set(x, 0);
    z.set(y, m);
    const tx = midranks(x);
    const ty = midranks(y);
    const tz = midranks(z);
    let sumPos = 0;
    for (let i = 0; i < m; i++) sumPos += tz[i];
    const auc = sumPos / m / n - (m + 1) / 2 / n;
    const v01 = new Float64Array(m);
    const v10 = new Float64Array(n);
    for (let i = 0; i < m; i++) v01[i] = (tz[i] - tx[i]) / n;
    for (let j = 0; j < n; j++) v10[j] = 1 - (tz[m + j] - ty[j]) / m;
    return { auc, v01, v10 };
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
  let z: number;
  let pValue: number;
  if (!(varDiff > 0)) {
    z = NaN;
    pValue = difference === 0 ? 1 : NaN;
  } else {
    z = difference / Math.sqrt(varDiff);
    pValue = alternative === 'less' ? normalCdf(z) : alternative === 'greater' ? normalSf(z) : erfc(Math.abs(z) / Math.SQRT2);
  }
  return { ...base, varCandidate: varC, varBaseline: varB, covariance: cov, z, pValue };
}

export type McNemarMethod = 'exact' | 'chi2_corrected';

export interface McNemarResult {
  /** Rows the candidate gets right and the baseline wrong. */
  candidateOnly: number;
  /** Rows the baseline gets right and the candidate wrong. */
  baselineOnly: number;
  method: McNemarMethod;
  /** The chi-square statistic (|b - c| - 1)^2 / (b + c) for 'chi2_corrected'; b for 'exact'. */
  statistic: number;
  pValue: number;
  alternative: Alternative;
}

/** Below this many discordant rows McNemar's test is exact (binomial) by default. */
export const MCNEMAR_EXACT_BELOW = 25;

/**
 * McNemar's test on paired predictions. Two-sided p-values equal statsmodels'
 * `mcnemar(table, exact=True)` (2 * Binomial(b + c, 1/2) CDF at min(b, c), capped at 1) and
 * `mcnemar(table, exact=False, correction=True)` (chi-square(1) survival of (|b - c| - 1)^2 / (b + c)).
 * One-sided: the binomial tail on the candidate's count, or the normal tail of the continuity-
 * corrected z = (b - c -/+ 1) / sqrt(b + c). No discordant rows: p = 1.
 */
export function mcnemarTest(
  yTrue: Numbers,
  candidatePred: Numbers,
  baselinePred: Numbers,
  options: { alternative?: Alternative; exact?: boolean } = {},
): McNemarResult {
  checkSameLength(yTrue, 'yTrue', candidatePred, 'candidatePred');
  checkSameLength(yTrue, 'yTrue', baselinePred, 'baselinePred');
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

/** McNemar's test from the discordant counts: b = candidate right only, c = baseline right only. */
export function mcnemarFromCounts(b: number, c: number, options: { alternative?: Alternative; exact?: boolean } = {}): McNemarResult {
  const alternative = options.alternative ?? 'two-sided';
  const total = b + c;
  const exact = options.exact ?? total < MCNEMAR_EXACT_BELOW;
  const method: McNemarMethod = exact ? 'exact' : 'chi2_corrected';
  if (total === 0) return { candidateOnly: b, baselineOnly: c, method, statistic: 0, pValue: 1, alternative };
  if (exact) {
    const pLess = binomialHalfCdf(b, total); // P(X <= b): the candidate wins this few or fewer
    const pGreater = binomialHalfCdf(c, total); // P(X >= b) = P(X' <= c) by symmetry
    const pValue = alternative === 'less' ? pLess : alternative === 'greater' ? pGreater : Math.min(1, 2 * binomialHalfCdf(Math.min(b, c), total));
    return { candidateOnly: b, baselineOnly: c, method, statistic: b, pValue, alternative };
  }
  const statistic = (Math.abs(b - c) - 1) ** 2 / total;
  let pValue: number;
  if (alternative === 'two-sided') pValue = chi2Sf1(statistic);
  else if (alternative === 'less') pValue = normalCdf((b - c + 1) / Math.sqrt(total));
  else pValue = normalSf((b - c - 1) / Math.sqrt(total));
  return { candidateOnly: b, baselineOnly: c, method, statistic, pValue, alternative };
}
