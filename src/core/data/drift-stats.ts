/**
 * Distribution functions for the drift tests. Standard series from the literature (Lanczos'
 * log-gamma; the incomplete gamma by its power series below a+1 and Lentz's continued fraction
 * above; the Kolmogorov distribution's two theta-function series); checked against SciPy 1.10
 * in drift-stats.test.ts.
 */
const LANCZOS = [
  676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let sum = 0.99999999999980993;
  for (let i = 0; i < LANCZOS.length; i++) sum += LANCZOS[i] / (z + i + 1);
  const t = z + LANCZOS.length - 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Q(a, x) = Gamma(a, x) / Gamma(a), the regularised upper incomplete gamma function. */
export function upperGammaRegularized(a: number, x: number): number {
  if (x <= 0) return 1;
  const logPrefix = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 1000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-16) break;
    }
    return Math.max(0, 1 - sum * Math.exp(logPrefix));
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let n = 1; n < 1000; n++) {
    const an = -n * (n - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(logPrefix) * h;
}

/** P(X > x) for a chi-square variable with `df` degrees of freedom. */
export function chiSquareSurvival(x: number, df: number): number {
  return upperGammaRegularized(df / 2, x / 2);
}

/** P(K > x) for the Kolmogorov distribution (SciPy's `special.kolmogorov`). */
export function kolmogorovSurvival(x: number): number {
  if (x <= 0) return 1;
  if (x < 1.18) {
    // P(K <= x) = sqrt(2 pi) / x * sum exp(-(2k-1)^2 pi^2 / (8 x^2))
    const w = (Math.PI * Math.PI) / (8 * x * x);
    let sum = 0;
    for (let k = 1; k < 20; k++) sum += Math.exp(-(2 * k - 1) * (2 * k - 1) * w);
    return 1 - (Math.sqrt(2 * Math.PI) / x) * sum;
  }
  let sum = 0;
  for (let k = 1; k < 100; k++) {
    const term = Math.exp(-2 * k * k * x * x);
    sum += k % 2 === 1 ? term : -term;
    if (term < 1e-17) break;
  }
  return Math.min(1, Math.max(0, 2 * sum));
}

/**
 * Two-sample KS p-value from the statistic and the sample sizes: the asymptotic Kolmogorov
 * distribution at sqrt(n m / (n + m)) D, as SciPy's `ks_2samp(..., method='asymp')`.
 */
export function ksPValue(statistic: number, n: number, m: number): number {
  return kolmogorovSurvival(Math.sqrt((n * m) / (n + m)) * statistic);
}

/** Population stability index between two distributions (fractions), zeros floored at 1e-4. */
export function psi(expected: ArrayLike<number>, actual: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < expected.length; i++) {
    const e = Math.max(expected[i], 1e-4);
    const a = Math.max(actual[i], 1e-4);
    sum += (a - e) * Math.log(a / e);
  }
  return sum;
}

/** Jensen-Shannon distance (square root of the divergence, base 2: between 0 and 1). */
export function jensenShannonDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  let divergence = 0;
  for (let i = 0; i < p.length; i++) {
    const m = (p[i] + q[i]) / 2;
    if (p[i] > 0) divergence += 0.5 * p[i] * Math.log2(p[i] / m);
    if (q[i] > 0) divergence += 0.5 * q[i] * Math.log2(q[i] / m);
  }
  return Math.sqrt(Math.max(0, divergence));
}

/** Chi-square test of homogeneity for two rows of counts over the same categories. */
export function chiSquareHomogeneity(a: ArrayLike<number>, b: ArrayLike<number>): { chi2: number; df: number; pValue: number } {
  let totalA = 0;
  let totalB = 0;
  for (let i = 0; i < a.length; i++) {
    totalA += a[i];
    totalB += b[i];
  }
  const total = totalA + totalB;
  let chi2 = 0;
  let used = 0;
  for (let i = 0; i < a.length; i++) {
    const column = a[i] + b[i];
    if (column === 0) continue;
    used++;
    const ea = (column * totalA) / total;
    const eb = (column * totalB) / total;
    chi2 += (a[i] - ea) ** 2 / ea + (b[i] - eb) ** 2 / eb;
  }
  const df = Math.max(used - 1, 0);
  return { chi2, df, pValue: df === 0 ? 1 : chiSquareSurvival(chi2, df) };
}

/** Linear-interpolation quantile of sorted values (NumPy's default, "type 7"). */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * p;
  const low = Math.floor(position);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}
