import { describe, expect, it } from 'vitest';
import { expectClose, loadGolden } from '../../../test/fixtures/golden/load';
import type { FairnessReport, SensitiveValue } from './fairness';
import { FAIRNESS_METRICS, fairnessByColumn, fairnessMetrics } from './fairness';

interface GoldenFairness {
  name: string;
  note: string;
  yTrue: number[];
  yPred: number[];
  yScore: number[];
  columns: Record<string, SensitiveValue[]>;
  minGroupSize: number;
  sampleWeight?: number[];
  expected: Omit<FairnessReport, 'columns' | 'min_group_size'>;
}

const golden = loadGolden<{ provenance: Record<string, unknown>; cases: GoldenFairness[] }>('fairness.json');

describe('fairnessMetrics', () => {
  it('matches a hand-worked example', () => {
    // group a: y 1 1 0 0, yhat 1 0 1 0 -> selection 1/2, TPR 1/2, FPR 1/2, accuracy 1/2
    // group b: y 1 1 1 0, yhat 1 1 1 0 -> selection 3/4, TPR 1,   FPR 0,   accuracy 1
    const r = fairnessMetrics({
      yTrue: [1, 1, 0, 0, 1, 1, 1, 0],
      yPred: [1, 0, 1, 0, 1, 1, 1, 0],
      sensitiveFeatures: ['a', 'a', 'a', 'a', 'b', 'b', 'b', 'b'],
    });
    expect(r.by_group.map((g) => [g.group, g.size, g.selection_rate, g.tpr, g.fpr, g.accuracy, g.small])).toEqual([
      ['a', 4, 0.5, 0.5, 0.5, 0.5, true],
      ['b', 4, 0.75, 1, 0, 1, true],
    ]);
    expect(r.demographic_parity_difference).toBe(0.25);
    expect(r.demographic_parity_ratio).toBeCloseTo(2 / 3, 15);
    expect(r.equalized_odds_difference).toBe(0.5); // max(TPR diff 0.5, FPR diff 0.5)
    expect(r.equalized_odds_ratio).toBe(0); // min(TPR ratio 0.5, FPR ratio 0/0.5)
    expect(r.equal_opportunity_difference).toBe(0.5);
    expect(r.equal_opportunity_ratio).toBe(0.5);
    expect(r.by_group[0].auc).toBeUndefined();
  });

  it('keeps missing values as a group of their own and flags small groups', () => {
    const r = fairnessMetrics({
      yTrue: [1, 0, 1, 0, 1],
      yPred: [1, 0, 0, 0, 1],
      sensitiveFeatures: ['x', null, 'x', undefined, NaN],
      minGroupSize: 3,
    });
    expect(r.by_group.map((g) => [g.group, g.values, g.size, g.small])).toEqual([
      ['x', ['x'], 2, true],
      ['(missing)', [null], 3, false],
    ]);
  });

  it('reports per column and intersections', () => {
    const columns = { sex: ['F', 'M', 'F', 'M'], band: [1, 1, 2, 2] };
    const out = fairnessByColumn({ yTrue: [1, 0, 1, 0], yPred: [1, 1, 0, 0], columns, intersections: [['sex', 'band']] });
    expect(Object.keys(out)).toEqual(['sex', 'band', 'sex&band']);
    expect(out['sex&band'].by_group.map((g) => g.group)).toEqual(['sex=F, band=1', 'sex=F, band=2', 'sex=M, band=1', 'sex=M, band=2']);
    expect(() => fairnessByColumn({ yTrue: [1], yPred: [1], columns, sensitiveColumns: ['age'] })).toThrow(/unknown sensitive column 'age'/);
  });

  it('rejects mismatched lengths', () => {
    expect(() => fairnessMetrics({ yTrue: [1, 0], yPred: [1, 0], sensitiveFeatures: ['a'] })).toThrow(/has 1 values/);
  });

  for (const c of golden.cases) {
    it(`matches Fairlearn's definitions: ${c.name}${c.note ? ` (${c.note})` : ''}`, () => {
      const r = fairnessMetrics({
        yTrue: c.yTrue,
        yPred: c.yPred,
        yScore: c.yScore,
        sensitiveFeatures: c.columns,
        sampleWeight: c.sampleWeight,
        minGroupSize: c.minGroupSize,
      });
      for (const m of FAIRNESS_METRICS) expectClose(r[m], c.expected[m], `${c.name}.${m}`);
      expect(r.by_group.map((g) => g.group)).toEqual(c.expected.by_group.map((g) => g.group));
      r.by_group.forEach((g, i) => {
        const e = c.expected.by_group[i];
        expect([g.size, g.small]).toEqual([e.size, e.small]);
        for (const k of ['weight', 'selection_rate', 'tpr', 'fpr', 'accuracy', 'auc'] as const) {
          expectClose(g[k] as number, e[k] as number, `${c.name}.${g.group}.${k}`);
        }
      });
    });
  }
});
