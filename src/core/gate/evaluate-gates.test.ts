import { describe, expect, it } from 'vitest';
import { Rng } from '../random/rng';
import type { GateContext } from './evaluate-gates';
import { evaluateGates, gateVerdict } from './evaluate-gates';
import { GATEABLE_METRICS, GATE_SPEC_JSON_SCHEMA, UnknownMetricError, checkGateSpecs, isLowerBetter } from './gate-spec';

const context: GateContext = {
  metrics: {
    test: { roc_auc: 0.84, accuracy: 0.8, log_loss: 0.41, rmse: NaN },
    validation: { roc_auc: 0.86 },
  },
  fairness: {
    sex: { demographic_parity_difference: 0.04, demographic_parity_ratio: 0.9 },
    age: { demographic_parity_difference: 0.12, demographic_parity_ratio: 0.7 },
  },
  cost_usd: 0.3,
  duration_s: 120,
  latency_p99_ms: 4.2,
  drift_max_psi: 0.05,
};

const withBaseline: GateContext = {
  ...context,
  baseline: {
    metrics: { test: { roc_auc: 0.845, accuracy: 0.79, log_loss: 0.4 } },
    fairness: { sex: { demographic_parity_difference: 0.03 }, age: { demographic_parity_difference: 0.1 } },
    latency_p99_ms: 4,
  },
};

describe('evaluateGates: bounds', () => {
  it('passes and fails min/max gates with readable names', () => {
    const r = evaluateGates(
      [
        { metric: 'roc_auc', min: 0.8 },
        { metric: 'log_loss', max: 0.4 },
        { metric: 'roc_auc', min: 0.85, split: 'validation' },
        { metric: 'cost_usd', max: 1 },
        { metric: 'duration_s', max: 60 },
        { metric: 'latency_p99_ms', max: 5 },
        { metric: 'drift_max_psi', max: 0.2 },
      ],
      context,
    );
    expect(r.map((g) => [g.name, g.status, g.split])).toEqual([
      ['roc_auc >= 0.8', 'passed', 'test'],
      ['log_loss <= 0.4', 'failed', 'test'],
      ['roc_auc >= 0.85', 'passed', 'validation'],
      ['cost_usd <= 1', 'passed', 'test'],
      ['duration_s <= 60', 'failed', 'test'],
      ['latency_p99_ms <= 5', 'passed', 'test'],
      ['drift_max_psi <= 0.2', 'passed', 'test'],
    ]);
    expect(r[1]).toMatchObject({ value: 0.41, threshold: 0.4, reason: '0.41 is above the maximum 0.4' });
    expect(gateVerdict(r).passed).toBe(false);
    expect(gateVerdict(r).failed.map((g) => g.name)).toEqual(['log_loss <= 0.4', 'duration_s <= 60']);
  });

  it('fails a gate whose value is missing or NaN, with the reason', () => {
    const r = evaluateGates([{ metric: 'rmse', max: 1 }, { metric: 'f1', min: 0.5 }], context);
    expect(r.map((g) => g.status)).toEqual(['failed', 'failed']);
    expect(r[0].reason).toMatch(/NaN/);
    expect(r[1].reason).toMatch(/not available on the test part/);
  });

  it('takes the worst sensitive column when no column is named', () => {
    const r = evaluateGates(
      [
        { metric: 'demographic_parity_difference', max: 0.1 },
        { metric: 'demographic_parity_ratio', min: 0.8 },
        { metric: 'demographic_parity_difference', max: 0.1, column: 'sex' },
        { metric: 'demographic_parity_difference', max: 0.1, column: 'race' },
      ],
      context,
    );
    expect(r.map((g) => [g.name, g.status, g.column, g.value])).toEqual([
      ['demographic_parity_difference <= 0.1', 'failed', 'age', 0.12],
      ['demographic_parity_ratio >= 0.8', 'failed', 'age', 0.7],
      ['demographic_parity_difference[sex] <= 0.1', 'passed', 'sex', 0.04],
      ['demographic_parity_difference[race] <= 0.1', 'failed', 'race', NaN],
    ]);
    expect(r[0].reason).toMatch(/worst column: age/);
  });

  it('splits a spec with several conditions and uses a custom name', () => {
    const r = evaluateGates([{ name: 'quality', metric: 'roc_auc', min: 0.8, max: 0.99 }, { name: 'auc floor', metric: 'roc_auc', min: 0.9 }], context);
    expect(r.map((g) => g.name)).toEqual(['quality (roc_auc >= 0.8)', 'quality (roc_auc <= 0.99)', 'auc floor']);
  });

  it('throws a clear error on an unknown metric', () => {
    expect(() => evaluateGates([{ metric: 'roc_acu', min: 0.8 }], context)).toThrow(UnknownMetricError);
    expect(() => evaluateGates([{ metric: 'roc_acu', min: 0.8 }], context)).toThrow(/did you mean 'roc_auc'/);
  });
});

describe('evaluateGates: against the baseline', () => {
  it('skips baseline gates without a baseline, never passes them', () => {
    const r = evaluateGates([{ metric: 'roc_auc', max_drop_vs_baseline: 0.005, max_relative_drop: 0.01, significance: 0.05 }], context);
    expect(r.map((g) => [g.name, g.status])).toEqual([
      ['roc_auc drop vs baseline <= 0.005', 'skipped'],
      ['roc_auc relative drop vs baseline <= 0.01', 'skipped'],
      ['roc_auc not significantly worse than baseline (p >= 0.05)', 'skipped'],
    ]);
    expect(gateVerdict(r).passed).toBe(true);
    expect(r[0].reason).toMatch(/first run/);
  });

  it('measures drops in the worsening direction', () => {
    const r = evaluateGates(
      [
        { metric: 'roc_auc', max_drop_vs_baseline: 0.01 }, // 0.845 -> 0.84: drop 0.005
        { metric: 'roc_auc', max_drop_vs_baseline: 0.001 },
        { metric: 'accuracy', max_drop_vs_baseline: 0 }, // improved
        { metric: 'log_loss', max_drop_vs_baseline: 0.005 }, // 0.40 -> 0.41: worse by 0.01
        { metric: 'log_loss', max_relative_drop: 0.05 }, // 2.5% worse
        { metric: 'latency_p99_ms', max_relative_drop: 0.01 }, // 4 -> 4.2: 5% worse
        { metric: 'demographic_parity_difference', max_drop_vs_baseline: 0.01 }, // worst column age: 0.10 -> 0.12
      ],
      withBaseline,
    );
    expect(r.map((g) => [g.name, g.status])).toEqual([
      ['roc_auc drop vs baseline <= 0.01', 'passed'],
      ['roc_auc drop vs baseline <= 0.001', 'failed'],
      ['accuracy drop vs baseline <= 0', 'passed'],
      ['log_loss drop vs baseline <= 0.005', 'failed'],
      ['log_loss relative drop vs baseline <= 0.05', 'passed'],
      ['latency_p99_ms relative drop vs baseline <= 0.01', 'failed'],
      ['demographic_parity_difference drop vs baseline <= 0.01', 'failed'],
    ]);
    expect(r[1]).toMatchObject({ value: 0.84, baseline: 0.845, threshold: 0.001 });
    expect(r[3].reason).toMatch(/worse by 0.01 .*higher is worse/);
    expect(r[6]).toMatchObject({ column: 'age', baseline: 0.1 });
  });

  it('skips when the baseline lacks the metric', () => {
    const r = evaluateGates([{ metric: 'cost_usd', max_drop_vs_baseline: 0.1 }], withBaseline);
    expect(r[0].status).toBe('skipped');
  });
});

describe('evaluateGates: statistical gates', () => {
  const rng = Rng.fromSeed(21);
  const n = 600;
  const yTrue = Array.from({ length: n }, () => (rng.nextFloat() < 0.4 ? 1 : 0));
  const strong = yTrue.map((y) => 1 / (1 + Math.exp(-(2.2 * (y - 0.5) + rng.normal()))));
  const weak = yTrue.map((y) => 1 / (1 + Math.exp(-(0.8 * (y - 0.5) + rng.normal()))));
  const strong2 = strong.map((s) => Math.min(1, Math.max(0, s + 0.01 * rng.normal())));
  const paired = (candidate: number[], baseline: number[]): GateContext => ({
    metrics: { test: {} },
    baseline: { metrics: { test: {} } },
    paired: { task: 'binary', yTrue, candidateScore: candidate, baselineScore: baseline },
    rng: Rng.fromSeed(1),
    nResamples: 300,
  });
  const specs = [
    { metric: 'roc_auc', significance: 0.05 },
    { metric: 'accuracy', significance: 0.05 },
    { metric: 'log_loss', significance: 0.05 },
    { metric: 'roc_auc', significance: 0.05, mode: 'better' as const },
  ];

  it('fails a clearly worse candidate with the right test', () => {
    const r = evaluateGates(specs, paired(weak, strong));
    expect(r.map((g) => g.status)).toEqual(['failed', 'failed', 'failed', 'failed']);
    expect(r[0].reason).toMatch(/DeLong/);
    expect(r[1].reason).toMatch(/McNemar/);
    expect(r[2].reason).toMatch(/paired bootstrap/);
    expect(r[0].p_value).toBeLessThan(0.001);
    expect(r[0].value).toBeLessThan(r[0].baseline as number);
  });

  it('passes a clearly better candidate, and does not flap on noise', () => {
    expect(evaluateGates(specs, paired(strong, weak)).map((g) => g.status)).toEqual(['passed', 'passed', 'passed', 'passed']);
    const noise = evaluateGates(specs, paired(strong2, strong));
    expect(noise.slice(0, 3).map((g) => g.status)).toEqual(['passed', 'passed', 'passed']);
    expect(noise[3].status).toBe('failed'); // not significantly better
  });

  it('is deterministic by seed', () => {
    const a = evaluateGates([{ metric: 'log_loss', significance: 0.05 }], paired(strong2, strong));
    const b = evaluateGates([{ metric: 'log_loss', significance: 0.05 }], paired(strong2, strong));
    expect(a).toEqual(b);
  });

  it('skips without paired baseline predictions', () => {
    const r = evaluateGates([{ metric: 'roc_auc', significance: 0.05 }], { ...withBaseline });
    expect(r[0].status).toBe('skipped');
    expect(r[0].reason).toMatch(/same rows/);
  });
});

describe('gate specs', () => {
  it('knows which way is better', () => {
    for (const m of ['log_loss', 'brier_score', 'rmse', 'mae', 'mape', 'latency_p99_ms', 'cost_usd', 'duration_s', 'drift_max_psi', 'equalized_odds_difference']) {
      expect(isLowerBetter(m)).toBe(true);
    }
    for (const m of ['roc_auc', 'r2', 'demographic_parity_ratio', 'throughput_per_s', 'f1_macro']) expect(isLowerBetter(m)).toBe(false);
  });

  it('reports every problem of a spec list at once', () => {
    const problems = checkGateSpecs(
      [
        { metric: 'roc_acu', min: 0.8 },
        { metric: 'rmse', max: 1 },
        { metric: 'roc_auc' },
        { metric: 'f1', min: 0.9, max: 0.5 },
        { metric: 'accuracy', column: 'sex', min: 0.5 },
        { metric: 'demographic_parity_difference', column: 'race', max: 0.1 },
        { metric: 'cost_usd', significance: 0.05 },
        { metric: 'roc_auc', mode: 'better', min: 0.5 },
      ],
      { task: 'binary', sensitiveColumns: ['sex'] },
    );
    expect(problems.map((p) => [p.index, p.key])).toEqual([
      [0, 'metric'],
      [1, 'metric'],
      [2, ''],
      [3, 'min'],
      [4, 'column'],
      [5, 'column'],
      [6, 'significance'],
      [7, 'mode'],
    ]);
    expect(problems[0].message).toMatch(/did you mean 'roc_auc'/);
    expect(checkGateSpecs([{ metric: 'roc_auc', min: 0.8, significance: 0.05 }], { task: 'binary' })).toEqual([]);
  });

  it('exports a JSON schema listing every gateable metric', () => {
    expect(GATE_SPEC_JSON_SCHEMA.properties.metric.enum).toEqual(GATEABLE_METRICS);
  });
});
