import { describe, expect, it } from 'vitest';
import { Rng } from '../random/rng';
import { parseNumberText } from './parse-number';

describe('parseNumberBytes', () => {
  it('equals Number(text) bit for bit on random decimals (reference: the JS engine)', () => {
    const rng = Rng.fromSeed(7).fork('numbers');
    const mismatches: string[] = [];
    for (let i = 0; i < 20000; i++) {
      const digits = 1 + rng.nextInt(19);
      let text = rng.nextFloat() < 0.3 ? '-' : '';
      for (let d = 0; d < digits; d++) text += String(rng.nextInt(10));
      if (rng.nextFloat() < 0.7) {
        const point = rng.nextInt(text.length + 1);
        text = `${text.slice(0, point)}.${text.slice(point)}`;
        if (text === '.' || text === '-.') text += '5';
      }
      if (rng.nextFloat() < 0.3) text += `e${rng.nextInt(60) - 30}`;
      if (!Object.is(parseNumberText(text), Number(text))) mismatches.push(text);
    }
    expect(mismatches).toEqual([]);
  });

  it('reads signs, exponents, spaces and infinities like pandas', () => {
    expect(parseNumberText(' +1.5E2 ')).toBe(150);
    expect(parseNumberText('-0')).toBe(-0);
    expect(parseNumberText('.25')).toBe(0.25);
    expect(parseNumberText('1.')).toBe(1);
    expect(parseNumberText('-inf')).toBe(-Infinity);
    expect(parseNumberText('Infinity')).toBe(Infinity);
  });

  it('refuses what is not a decimal number', () => {
    for (const text of ['', ' ', '-', '.', '0x10', '1e', '1e+', '1,5', '1_000', '12abc', 'e5', '1.2.3', 'NaN', '--1']) {
      expect(parseNumberText(text), text).toBeNaN();
    }
  });
});
