import { describe, expect, it } from 'vitest';
import { linearScale, niceDomain, niceTicks, tickLabel } from './scale';
import { thinPoints } from './svg';

describe('scales', () => {
  it('maps the domain onto the range, inverted for a y axis', () => {
    const y = linearScale([0, 1], [300, 20]);
    expect([y(0), y(0.5), y(1)]).toEqual([300, 160, 20]);
  });

  it('picks round ticks of 1, 2 or 5 times a power of ten', () => {
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0.8411, 0.8698, 5)).toEqual([0.845, 0.85, 0.855, 0.86, 0.865]);
    expect(niceTicks(0, 412.5, 4)).toEqual([0, 100, 200, 300, 400]);
    expect(niceTicks(3, 3)).toEqual([3]);
  });

  it('widens a domain to round numbers and pads a flat one', () => {
    expect(niceDomain([0.12, 0.87])).toEqual([0, 1]);
    expect(niceDomain([5, 5])).toEqual([4.7, 5.3]);
    expect(niceDomain([])).toEqual([0, 1]);
  });

  it('prints ticks without float noise', () => {
    expect(tickLabel(0.1 + 0.2)).toBe('0.3');
    expect(tickLabel(0)).toBe('0');
    expect(tickLabel(250000)).toBe('2.5e+5');
  });

  it('thins points closer than a pixel but keeps both ends', () => {
    const dense = Array.from({ length: 1001 }, (_, i) => [i / 10, 0] as [number, number]);
    const thin = thinPoints(dense, 1);
    expect(thin[0]).toEqual([0, 0]);
    expect(thin[thin.length - 1]).toEqual([100, 0]);
    expect(thin.length).toBe(101);
  });
});
