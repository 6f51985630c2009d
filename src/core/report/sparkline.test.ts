import { describe, expect, it } from 'vitest';
import { sparkline } from './sparkline';

describe('sparkline', () => {
  it('maps the range onto eight blocks', () => {
    expect(sparkline([0, 1, 2, 3, 4, 5, 6, 7])).toBe('▁▂▃▄▅▆▇█');
  });

  it('prints gaps for missing values and a flat line for a constant series', () => {
    expect(sparkline([1, null, 1])).toBe('█ █');
    expect(sparkline([])).toBe('');
  });

  it('keeps a running best monotone when it buckets a long series', () => {
    const best = Array.from({ length: 500 }, (_, i) => Math.log(i + 1));
    const line = sparkline(best, 20);
    expect(line).toHaveLength(20);
    const levels = [...line].map((c) => '▁▂▃▄▅▆▇█'.indexOf(c));
    expect(levels.every((l, i) => i === 0 || l >= levels[i - 1])).toBe(true);
    expect(levels[19]).toBe(7);
  });
});
