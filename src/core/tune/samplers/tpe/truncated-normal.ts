import type { Rng } from '../../../random/rng.js';
import { logNdtr, ndtr } from './normal-distribution.js';

/**
 * The standard normal truncated to [a, b]: log mass, quantile function, log density and draws,
 * computed in log space as Optuna 3.1 and SciPy do (work in the left tail, where it is accurate).
 */
const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

function logDiff(logP: number, logQ: number): number {
  return logP + Math.log1p(-Math.exp(logQ - logP));
}

function logSum(logP: number, logQ: number): number {
  const high = Math.max(logP, logQ);
  if (high === Number.NEGATIVE_INFINITY) return high;
  return high + Math.log(Math.exp(logP - high) + Math.exp(logQ - high));
}

/** log(Phi(b) - Phi(a)) for a <= b. */
export function logGaussMass(a: number, b: number): number {
  if (b <= 0) return logDiff(logNdtr(b), logNdtr(a));
  if (a > 0) return logDiff(logNdtr(-a), logNdtr(-b));
  // Central: 1 - Phi(a) - Phi(-b) avoids cancellation when the mass is close to 1.
  return Math.log1p(-ndtr(a) - ndtr(-b));
}

/**
 * The x with log(Phi(x)) = logP: Newton's method on log(Phi), safeguarded by a bisection bracket
 * on [-100, 100] (Optuna bisects only; Newton converges in a handful of steps instead of 100).
 */
function ndtriExp(logP: number): number {
  let low = -100;
  let high = 100;
  // Tail asymptotics as the starting point: Phi(x) ~ e^{-x^2/2} for x << 0, 1 - that for x >> 0.
  let x = logP < -0.7 ? -Math.sqrt(-2 * logP) : logP > -0.05 ? Math.sqrt(-2 * Math.log(-Math.expm1(logP))) : 0;
  for (let i = 0; i < 100; i++) {
    const logPhi = logNdtr(x);
    const gap = logPhi - logP;
    if (gap < 0) low = x;
    else high = x;
    if (Math.abs(gap) <= 1e-15 * Math.max(1, Math.abs(logP)) || high - low <= 1e-15 * Math.max(1, Math.abs(x))) break;
    // d/dx log(Phi(x)) = phi(x) / Phi(x)
    const slope = Math.exp(-0.5 * x * x - LOG_SQRT_2PI - logPhi);
    const next = x - gap / slope;
    x = next > low && next < high && Number.isFinite(next) ? next : 0.5 * (low + high);
  }
  return x;
}

/** The q-quantile of the standard normal truncated to [a, b]. */
export function truncatedNormalPpf(q: number, a: number, b: number): number {
  if (a === b) return Number.NaN;
  if (q === 0) return a;
  if (q === 1) return b;
  const logMass = logGaussMass(a, b);
  if (a < 0) return ndtriExp(logSum(logNdtr(a), Math.log(q) + logMass));
  return -ndtriExp(logSum(logNdtr(-b), Math.log1p(-q) + logMass));
}

/** log density at x of N(loc, scale^2) truncated to [loc + a*scale, loc + b*scale]. */
export function truncatedNormalLogPdf(x: number, a: number, b: number, loc: number, scale: number): number {
  const z = (x - loc) / scale;
  if (a === b) return Number.NaN;
  if (z < a || z > b) return Number.NEGATIVE_INFINITY;
  return -0.5 * z * z - LOG_SQRT_2PI - logGaussMass(a, b) - Math.log(scale);
}

/** One draw of N(loc, scale^2) truncated to standardized bounds [a, b], by inverse CDF. */
export function sampleTruncatedNormal(rng: Rng, a: number, b: number, loc: number, scale: number): number {
  return truncatedNormalPpf(rng.nextFloat(), a, b) * scale + loc;
}
