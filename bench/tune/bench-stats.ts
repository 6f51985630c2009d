/** Statistics the TPE benchmarks share: medians and a rank test over seeds. */

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : 0.5 * (sorted[mid - 1] + sorted[mid]);
}

/**
 * Two-sided Mann-Whitney U test (normal approximation with tie correction): is one side's best
 * value systematically lower, or is a gap between medians the spread of the seeds?
 */
export function mannWhitneyP(a: number[], b: number[]): number {
  const all = [...a.map((v) => ({ v, side: 0 })), ...b.map((v) => ({ v, side: 1 }))].sort((x, y) => x.v - y.v);
  const ranks = new Float64Array(all.length);
  let tieTerm = 0;
  for (let i = 0; i < all.length; ) {
    let j = i + 1;
    while (j < all.length && all[j].v === all[i].v) j++;
    for (let k = i; k < j; k++) ranks[k] = (i + j + 1) / 2;
    const t = j - i;
    tieTerm += t * t * t - t;
    i = j;
  }
  let rankSumA = 0;
  all.forEach((x, k) => (rankSumA += x.side === 0 ? ranks[k] : 0));
  const n1 = a.length;
  const n2 = b.length;
  const n = n1 + n2;
  const u = rankSumA - (n1 * (n1 + 1)) / 2;
  const sd = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
  if (sd === 0) return 1;
  const z = Math.abs(u - (n1 * n2) / 2) / sd;
  return Math.min(1, 2 * (1 - normalCdf(z)));
}

/** Standard normal CDF (Abramowitz-Stegun 7.1.26 erf, error below 1.5e-7). */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}
