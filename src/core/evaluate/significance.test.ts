import { describe, expect, it } from 'vitest';
import { expectClose, loadGolden } from '../../../test/fixtures/golden/load';
import { Rng } from '../random/rng';
import type { Alternative } from './bootstrap';
import { bootstrapInterval, bootstrapIntervals, metricIntervals, pairedBootstrap } from './bootstrap';
import { computeMetrics } from './compute-metrics';
import { binomialHalfCdf, chi2Sf1, erfc, normalCdf } from './distributions';
import { rocAucScore } from './ranking';
import { delongTest, mcnemarFromCounts, mcnemarTest, midranks } from './significance';

interface Golden {
  delong: {
    name: string;
    yTrue: number[];
    candidate: number[];
    baseline: number[];
    aucCandidate: number;
    aucBaseline: number;
    varCandidate: number;
    varBaseline: number;
    covariance: number;
    z: number;
    p: Record<Alternative, number>;
  }[];
  mcnemar: { b: number; c: number; statistic: number; exact: Record<Alternative, number>; chi2_corrected: Record<Alternative, number> }[];
  distributions: { erfc: number[][]; normalCdf: number[][]; chi2Sf1: number[][]; binomialHalfCdf: number[][] };
}

const golden = loadGolden<Golden>('significance.json');
const ALTERNATIVES: Alternative[] = ['two-sided', 'less', 'greater'];

describe('distributions', () => {
  it('match scipy', () => {
    for (const [x, v] of golden.distributions.erfc) expectClose(erfc(x), v, `erfc(${x})`, 1e-13);
    for (const [x, v] of golden.distributions.normalCdf) expectClose(normalCdf(x), v, `normalCdf(${x})`, 1e-13);
    for (const [x, v] of golden.distributions.chi2Sf1) expectClose(chi2Sf1(x), v, `chi2Sf1(${x})`, 1e-13);
    for (const [k, t, v] of golden.distributions.binomialHalfCdf) expectClose(binomialHalfCdf(k, t), v, `binom(${k}, ${t})`, 1e-11);
  });
});

describe("DeLong's test", () => {
  it('midranks average ties', () => {
    expect(Array.from(midranks([3, 1, 3, 2, 3]))).toEqual([4, 1, 4, 2, 4]);
  });

  for (const c of golden.delong) {
    it(`matches the reference implementations: ${c.name}`, () => {
      for (const alternative of ALTERNATIVES) {
        const r = delongTest(c.yTrue, c.candidate, c.baseline, { alternative });
        expectClose(r.aucCandidate, c.aucCandidate, 'aucCandidate');
        expectClose(r.aucBaseline, c.aucBaseline, 'aucBaseline');
        expectClose(r.aucCandidate, rocAucScore(c.yTrue, c.candidate), 'auc vs rocAucScore');
        expectClose(r.varCandidate, c.varCandidate, 'varCandidate');
        expectClose(r.varBaseline, c.varBaseline, 'varBaseline');
        expectClose(r.covariance, c.covariance, 'covariance');
        expectClose(r.z, c.z, 'z');
        expectClose(r.pValue, c.p[alternative], `p ${alternative}`);
      }
    });
  }

  it('gives p = 1 for identical scores and NaN without two of each class', () => {
    const y = [0, 1, 0, 1, 1];
    const s = [0.1, 0.9, 0.3, 0.4, 0.8];
    expect(delongTest(y, s, s).pValue).toBe(1);
    expect(delongTest([0, 1, 0], [0.1, 0.9, 0.3], [0.2, 0.8, 0.1]).pValue).toBeNaN();
  });
});

describe("McNemar's test", () => {
  for (const c of golden.mcnemar) {
    it(`matches statsmodels' definitions for b=${c.b}, c=${c.c}`, () => {
      for (const alternative of ALTERNATIVES) {
        const exact = mcnemarFromCounts(c.b, c.c, { alternative, exact: true });
        expect(exact.method).toBe('exact');
        expectClose(exact.pValue, c.exact[alternative], `exact ${alternative}`, 1e-11);
        const chi = mcnemarFromCounts(c.b, c.c, { alternative, exact: false });
        expect(chi.method).toBe('chi2_corrected');
        expectClose(chi.pValue, c.chi2_corrected[alternative], `chi2 ${alternative}`);
        expectClose(chi.statistic, c.statistic, 'statistic');
      }
    });
  }

  it('is exact below 25 discordant rows and counts the discordant pairs', () => {
    expect(mcnemarFromCounts(10, 14).method).toBe('exact');
    expect(mcnemarFromCounts(10, 15).method).toBe('chi2_corrected');
    const r = mcnemarTest([1, 1, 0, 0, 1], [1, 0, 0, 1, 1], [0, 1, 1, 1, 1]);
    expect([r.candidateOnly, r.baselineOnly]).toEqual([2, 1]);
    expect(mcnemarFromCounts(0, 0).pValue).toBe(1);
  });
});

describe('bootstrap', () => {
  const rng0 = Rng.fromSeed(5).fork('data');
  const n = 300;
  const yTrue = Array.from({ length: n }, () => (rng0.nextFloat() < 0.4 ? 1 : 0));
  const yScore = yTrue.map((y) => Math.min(1, Math.max(0, 0.35 + 0.3 * y + 0.25 * rng0.normal())));
  const auc = (d: Record<string, Float64Array>): number => rocAucScore(d.yTrue, d.yScore);

  it('is deterministic by seed and changes with it', () => {
    const a = bootstrapInterval(auc, { yTrue, yScore }, { rng: Rng.fromSeed(1).fork('bootstrap'), nResamples: 200 });
    const b = bootstrapInterval(auc, { yTrue, yScore }, { rng: Rng.fromSeed(1).fork('bootstrap'), nResamples: 200 });
    const c = bootstrapInterval(auc, { yTrue, yScore }, { rng: Rng.fromSeed(2).fork('bootstrap'), nResamples: 200 });
    expect(a).toEqual(b);
    expect(c.lower).not.toBe(a.lower);
    expect(a.estimate).toBe(rocAucScore(yTrue, yScore));
    expect(a.lower).toBeLessThan(a.estimate);
    expect(a.upper).toBeGreaterThan(a.estimate);
    expect(a.nValid).toBe(200);
    // the bootstrap standard error is close to DeLong's analytic one
    const delongSe = Math.sqrt(delongTest(yTrue, yScore, yScore).varCandidate);
    expect(Math.abs(a.standardError - delongSe) / delongSe).toBeLessThan(0.25);
  });

  it('covers the true value about 95% of the time', () => {
    // the mean of Uniform(0, 1) samples: coverage over 200 datasets of 100 rows
    const rng = Rng.fromSeed(9);
    let covered = 0;
    for (let t = 0; t < 200; t++) {
      const x = Array.from({ length: 100 }, () => rng.nextFloat());
      const mean = (d: Record<string, Float64Array>): number => d.x.reduce((s, v) => s + v, 0) / d.x.length;
      const iv = bootstrapInterval(mean, { x }, { rng: rng.fork(`b${t}`), nResamples: 300 });
      if (iv.lower <= 0.5 && 0.5 <= iv.upper) covered++;
    }
    expect(covered / 200).toBeGreaterThan(0.88);
    expect(covered / 200).toBeLessThan(0.99);
  });

  it('resamples multiclass rows as blocks and bootstraps every headline metric at once', () => {
    const yt = [0, 1, 2, 0, 1, 2, 0, 1, 2, 1];
    const ys = yt.flatMap((y, i) => (i % 4 === 0 ? [0.2, 0.5, 0.3] : [0, 1, 2].map((c) => (c === y ? 0.6 : 0.2))));
    const out = bootstrapIntervals((d) => computeMetrics({ task: 'multiclass', yTrue: d.yTrue, yScore: d.yScore, numClasses: 3 }), { yTrue: yt, yScore: ys }, { rng: Rng.fromSeed(3), nResamples: 50 });
    expect(Object.keys(out)).toContain('f1_macro');
    expect(out.accuracy.estimate).toBe(0.8);
    expect(out.roc_auc_ovr.nValid).toBeLessThanOrEqual(50);
  });

  it('paired bootstrap finds a clearly worse candidate and respects lower-is-better', () => {
    const worse = yScore.map((s, i) => (i % 2 === 0 ? 1 - s : s));
    const data = { yTrue, cand: worse, base: yScore };
    const r = pairedBootstrap(
      (d) => rocAucScore(d.yTrue, d.cand),
      (d) => rocAucScore(d.yTrue, d.base),
      data,
      { rng: Rng.fromSeed(4), nResamples: 300, alternative: 'less' },
    );
    expect(r.difference).toBeLessThan(0);
    expect(r.pValue).toBeLessThan(0.01);
    expect(r.interval.upper).toBeLessThan(0);
    const brier = (p: Float64Array, y: Float64Array): number => p.reduce((s, v, i) => s + (v - y[i]) ** 2, 0) / p.length;
    const loss = pairedBootstrap(
      (d) => brier(d.cand, d.yTrue),
      (d) => brier(d.base, d.yTrue),
      data,
      { rng: Rng.fromSeed(4), nResamples: 300, alternative: 'less', lowerIsBetter: true },
    );
    expect(loss.difference).toBeGreaterThan(0);
    expect(loss.pValue).toBeLessThan(0.01);
    const same = pairedBootstrap((d) => rocAucScore(d.yTrue, d.base), (d) => rocAucScore(d.yTrue, d.base), data, { rng: Rng.fromSeed(4), nResamples: 100, alternative: 'less' });
    expect(same.pValue).toBe(1);
  });
});

describe('metricIntervals', () => {
  it('gives every headline metric an interval, deterministic by seed', () => {
    const yTrue = [0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1, 0];
    const yScore = [0.1, 0.8, 0.6, 0.4, 0.9, 0.3, 0.55, 0.7, 0.45, 0.2, 0.65, 0.35];
    const a = metricIntervals({ task: 'binary', yTrue, yScore }, { rng: Rng.fromSeed(8).fork('bootstrap'), nResamples: 100 });
    const b = metricIntervals({ task: 'binary', yTrue, yScore }, { rng: Rng.fromSeed(8).fork('bootstrap'), nResamples: 100 });
    expect(a).toEqual(b);
    expect(Object.keys(a).sort()).toEqual(Object.keys(computeMetrics({ task: 'binary', yTrue, yScore })).sort());
    for (const iv of Object.values(a)) expect(iv.lower).toBeLessThanOrEqual(iv.upper);
    expect(a.roc_auc.estimate).toBe(computeMetrics({ task: 'binary', yTrue, yScore }).roc_auc);
  });
});
