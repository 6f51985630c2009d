/**
 * Best split of one node from its histogram. Gains follow XGBoost's second-order objective:
 * a leaf of weight w over gradient sum G and hessian sum H costs G*w + (H+lambda)*w^2/2 + alpha*|w|,
 * and a split's gain is the loss reduction times 2 (the same scale as XGBoost's reported gain).
 * Numeric features scan bin thresholds with missing values sent left then right; categorical
 * features sort categories by G/(H + smoothing) and scan prefixes of that order (LightGBM's method),
 * plus one-category-vs-rest when there are few categories.
 */

/** Hessian added to a category's H when ordering categories (LightGBM's cat_smooth). */
export const CATEGORY_SMOOTHING = 10;
/** With this many categories or fewer, also try each single category against the rest. */
export const MAX_CATEGORIES_ONE_VS_REST = 4;
/** A split must reduce the loss by more than this (besides gamma) to be kept. */
const MIN_GAIN = 1e-10;

export interface SplitSettings {
  lambda: number;
  alpha: number;
  gamma: number;
  minChildWeight: number;
  gradUnit: number;
  hessUnit: number;
  /** Per feature -1, 0, 1, or null for no constraints. */
  monotone: Int8Array | null;
}

export interface FeatureLayout {
  numBins: Int32Array;
  offsets: Int32Array;
  categorical: boolean[];
}

export interface SplitCandidate {
  gain: number;
  feature: number;
  /** Numeric: bins 1..bin go left. */
  bin: number;
  defaultLeft: boolean;
  /** Categorical: mask over local bins, 1 = goes left (bin 0, missing, follows defaultLeft). */
  leftBins: Uint8Array | null;
  leftG: number;
  leftH: number;
  rightG: number;
  rightH: number;
  /** Child weights before the learning rate, inside the node's monotone bounds. */
  leftWeight: number;
  rightWeight: number;
}

export function thresholdL1(g: number, alpha: number): number {
  if (g > alpha) return g - alpha;
  if (g < -alpha) return g + alpha;
  return 0;
}

/** Optimal leaf weight for real-unit sums, clamped to [lower, upper]. */
export function leafWeight(g: number, h: number, lambda: number, alpha: number, lower = -Infinity, upper = Infinity): number {
  const denominator = h + lambda;
  const w = denominator > 0 ? -thresholdL1(g, alpha) / denominator : 0;
  return w < lower ? lower : w > upper ? upper : w;
}

/** -2 x the leaf's loss at weight w (larger is better); equals T(G)^2/(H+lambda) at the optimum. */
export function weightGain(g: number, h: number, w: number, lambda: number, alpha: number): number {
  return -(2 * g * w + (h + lambda) * w * w + 2 * alpha * Math.abs(w));
}

interface Scan {
  best: SplitCandidate | null;
}

/**
 * Fast path for a numeric feature when no weight bound applies: finds the best (threshold,
 * direction) by the closed-form score T(G)^2/(H+lambda), computed in quantised units (the scale
 * gradUnit^2/hessUnit is common to all candidates), skipping empty bins (they repeat the previous
 * partition) and stopping once the right child would be lighter than min_child_weight.
 */
function scanNumericFree(
  hist: Float64Array, f: number, layout: FeatureLayout, totalG: number, totalH: number,
  settings: SplitSettings, minScore: number, consider: Consider,
): void {
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
  let best = minScore / ((gradUnit * gradUnit) / hessUnit);
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
      const lg = alphaQ === 0 ? g : thresholdL1(g, alphaQ);
      const rg = alphaQ === 0 ? totalG - g : thresholdL1(totalG - g, alphaQ);
      const score = (lg * lg) / (h + lambdaQ) + (rg * rg) / (totalH - h + lambdaQ);
      if (score > best) {
        best = score;
        bestBin = t;
        bestLeft = false;
      }
    }
    if (hasMissing) {
      const lh = h + missH;
      if (lh >= minH && lh <= maxLeftH) {
        const lg = alphaQ === 0 ? g + missG : thresholdL1(g + missG, alphaQ);
        const rg = alphaQ === 0 ? totalG - g - missG : thresholdL1(totalG - g - missG, alphaQ);
        const score = (lg * lg) / (lh + lambdaQ) + (rg * rg) / (totalH - lh + lambdaQ);
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
  // No missing values seen: unseen ones later follow the bigger child.
  const defaultLeft = hasMissing ? bestLeft : 2 * lh >= totalH;
  consider(f, bestBin, defaultLeft, null, lg, lh);
}

export function findBestSplit(
  hist: Float64Array,
  featureIds: Int32Array,
  layout: FeatureLayout,
  totalG: number,
  totalH: number,
  lower: number,
  upper: number,
  settings: SplitSettings,
): SplitCandidate | null {
  const { lambda, alpha, gradUnit, hessUnit } = settings;
  const parentWeight = leafWeight(totalG * gradUnit, totalH * hessUnit, lambda, alpha, lower, upper);
  const parentGain = weightGain(totalG * gradUnit, totalH * hessUnit, parentWeight, lambda, alpha);
  const scan: Scan = { best: null };
  /** Gain of sending (lg, lh) left, or -Infinity when the split is not allowed. */
  const gainOf = (feature: number, lg: number, lh: number): number => {
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
    if ((constraint > 0 && wl > wr) || (constraint < 0 && wl < wr)) return -Infinity;
    return weightGain(LG, LH, wl, lambda, alpha) + weightGain(RG, RH, wr, lambda, alpha) - parentGain;
  };
  const consider = (feature: number, bin: number, defaultLeft: boolean, leftBins: Uint8Array | null, lg: number, lh: number): void => {
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
  // the fast scan compares child scores; a candidate must beat parent + gamma to be kept anyway
  const minScore = parentGain + settings.gamma + MIN_GAIN;
  for (let j = 0; j < featureIds.length; j++) {
    const f = featureIds[j];
    if (layout.categorical[f]) scanCategorical(hist, f, layout, settings, gainOf, consider);
    else if (bounded || (settings.monotone !== null && settings.monotone[f] !== 0)) scanNumeric(hist, f, layout, totalH, consider);
    else scanNumericFree(hist, f, layout, totalG, totalH, settings, minScore, consider);
  }
  return scan.best;
}

type Consider = (feature: number, bin: number, defaultLeft: boolean, leftBins: Uint8Array | null, lg: number, lh: number) => void;

function scanNumeric(hist: Float64Array, f: number, layout: FeatureLayout, totalH: number, consider: Consider): void {
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
      // No missing values seen: unseen ones later follow the bigger child.
      consider(f, t, 2 * h >= totalH, null, g, h);
    }
  }
}

/** Scratch space reused by scanCategorical (grown on demand) so deep trees do not churn the GC. */
let order = new Int32Array(256);
let ratios = new Float64Array(256);

function scanCategorical(
  hist: Float64Array, f: number, layout: FeatureLayout, settings: SplitSettings,
  gainOf: (feature: number, lg: number, lh: number) => number, consider: Consider,
): void {
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
    const h = hist[base + 2 * b + 1];
    if (h <= 0) continue;
    const ratio = (hist[base + 2 * b] * settings.gradUnit) / (h * settings.hessUnit + CATEGORY_SMOOTHING);
    // insertion by ratio (ties: lower code first); category counts are small
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
  // candidates: prefixes of the sorted order (length 1..count-1), then single categories when few
  let bestGain = -Infinity;
  let bestKind = 0; // 1 = prefix of length bestIndex, 2 = the single category order[bestIndex]
  let bestIndex = 0;
  let bestMissingLeft = false;
  const evaluate = (kind: number, index: number, g: number, h: number) => {
    for (let pass = 0; pass < (missH > 0 ? 2 : 1); pass++) {
      const gain = pass === 0 ? gainOf(f, g, h) : gainOf(f, g + missG, h + missH);
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
    evaluate(1, j + 1, g, h);
  }
  if (count <= MAX_CATEGORIES_ONE_VS_REST) {
    for (let j = 0; j < count; j++) evaluate(2, j, hist[base + 2 * order[j]], hist[base + 2 * order[j] + 1]);
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
