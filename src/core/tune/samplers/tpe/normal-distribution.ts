/**
 * The standard normal's CDF and its logarithm, accurate in the far tails (TPE evaluates truncated
 * normals whose bounds lie up to about 100 standard deviations away).
 *
 * erf(x) for |x| < 2 uses the all-positive series erf(x) = 2/sqrt(pi) e^{-x^2} sum 2^n x^{2n+1}/(2n+1)!!
 * (no cancellation); erfc(x) for x >= 2 uses Laplace's continued fraction
 * erfc(x) = e^{-x^2}/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))), evaluated with the
 * modified Lentz method and kept in log space so that it never underflows.
 */
const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
const LOG_SQRT_PI = 0.5 * Math.log(Math.PI);
const SQRT_HALF = Math.SQRT1_2;
const SERIES_LIMIT = 2;
const TINY = 1e-300;

function erfSeries(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= (2 * x2) / (2 * n + 1);
    sum += term;
    if (Math.abs(term) < 1e-17 * Math.abs(sum)) break;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
}

/** log of the continued-fraction factor K(x) = erfc(x) e^{x^2} sqrt(pi), for x >= SERIES_LIMIT. */
function logErfcFraction(x: number): number {
  // K = 1 / (x + a1/(x + a2/(x + ...))) with a_n = n/2; Lentz on b0 = x, b_n = x, a_n = n/2.
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const a = n / 2;
    d = x + a * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = x + a / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return -Math.log(f);
}

export function erf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (Math.abs(x) < SERIES_LIMIT) return erfSeries(x);
  const tail = Math.exp(-x * x - LOG_SQRT_PI + logErfcFraction(Math.abs(x)));
  return x > 0 ? 1 - tail : tail - 1;
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x >= SERIES_LIMIT) return Math.exp(logErfc(x));
  if (x <= -SERIES_LIMIT) return 2 - Math.exp(logErfc(-x));
  return 1 - erfSeries(x);
}

/** log(erfc(x)), finite for every finite x. */
export function logErfc(x: number): number {
  if (x >= SERIES_LIMIT) return -x * x - LOG_SQRT_PI + logErfcFraction(x);
  return Math.log(erfc(x));
}

/** Phi(a), the standard normal CDF. */
export function ndtr(a: number): number {
  return 0.5 * erfc(-a * SQRT_HALF);
}

/** log(Phi(a)), accurate for large negative a and near 0 for large positive a. */
export function logNdtr(a: number): number {
  if (a === Number.POSITIVE_INFINITY) return 0;
  if (a === Number.NEGATIVE_INFINITY) return Number.NEGATIVE_INFINITY;
  if (a > 3) return Math.log1p(-0.5 * erfc(a * SQRT_HALF));
  return Math.log(0.5) + logErfc(-a * SQRT_HALF);
}
