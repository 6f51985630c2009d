import { describe, expect, it } from 'vitest';
import {
  categoricalDistribution,
  containsInternal,
  distributionsEqual,
  floatDistribution,
  gridSize,
  intDistribution,
  isSingle,
  snapToGrid,
  toExternal,
  toInternal,
} from './distributions.js';

describe('distributions', () => {
  it('validates ranges as Optuna does and moves a stepped high onto the grid', () => {
    expect(() => floatDistribution(1, 0)).toThrow(RangeError);
    expect(() => floatDistribution(0, 1, { log: true })).toThrow(/low > 0/);
    expect(() => floatDistribution(1, 2, { log: true, step: 0.5 })).toThrow(/both/);
    expect(() => intDistribution(0, 10, { log: true })).toThrow(/low >= 1/);
    expect(() => intDistribution(1, 10, { log: true, step: 2 })).toThrow(/step 1/);
    expect(() => intDistribution(0.5, 3)).toThrow(/integers/);
    expect(() => categoricalDistribution([])).toThrow();
    expect(floatDistribution(0, 1, { step: 0.3 }).high).toBe(0.9);
    expect(intDistribution(1, 10, { step: 4 }).high).toBe(9);
  });

  it('maps categoricals to indices and back, numbers unchanged', () => {
    const c = categoricalDistribution(['a', 1, true, null]);
    expect([toInternal(c, 'a'), toInternal(c, 1), toInternal(c, true), toInternal(c, null)]).toEqual([0, 1, 2, 3]);
    expect(toExternal(c, 2)).toBe(true);
    expect(() => toInternal(c, 'b')).toThrow(/not one of/);
    expect(toExternal(intDistribution(0, 5), 3.0000001)).toBe(3);
    expect(() => toInternal(floatDistribution(0, 1), 'x')).toThrow(TypeError);
  });

  it('checks containment on grids and snaps values onto them', () => {
    const stepped = floatDistribution(0, 1, { step: 0.25 });
    expect(containsInternal(stepped, 0.5)).toBe(true);
    expect(containsInternal(stepped, 0.6)).toBe(false);
    expect(containsInternal(intDistribution(2, 10, { step: 2 }), 5)).toBe(false);
    expect(snapToGrid(stepped, 0.6)).toBe(0.5);
    expect(snapToGrid(intDistribution(1, 9, { step: 2 }), 9.9)).toBe(9);
    expect(snapToGrid(floatDistribution(0, 1), -3)).toBe(0);
    expect(gridSize(stepped)).toBe(5);
    // no binary noise on the grid: 0.1 * 3 would be 0.30000000000000004
    expect(floatDistribution(0, 0.3, { step: 0.1 }).high).toBe(0.3);
    expect(snapToGrid(floatDistribution(0, 1, { step: 0.1 }), 0.31)).toBe(0.3);
    expect(snapToGrid(floatDistribution(1e-7, 1e-6, { step: 1e-7 }), 3.04e-7)).toBe(3e-7);
    expect(gridSize(floatDistribution(0, 1))).toBe(Number.POSITIVE_INFINITY);
  });

  it('knows single-valued distributions and compares structurally', () => {
    expect(isSingle(intDistribution(3, 3))).toBe(true);
    expect(isSingle(categoricalDistribution(['only']))).toBe(true);
    expect(isSingle(floatDistribution(0, 0.2, { step: 0.5 }))).toBe(true);
    expect(distributionsEqual(floatDistribution(0, 1, { log: false }), floatDistribution(0, 1))).toBe(true);
    expect(distributionsEqual(floatDistribution(0, 1), intDistribution(0, 1))).toBe(false);
    expect(distributionsEqual(categoricalDistribution(['a', 'b']), categoricalDistribution(['b', 'a']))).toBe(false);
  });
});
