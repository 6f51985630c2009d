import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from './duration';
import { didYouMean } from './did-you-mean';

describe('parseDuration', () => {
  it.each([
    ['90s', 90],
    ['30m', 1800],
    ['2h', 7200],
    ['1h30m', 5400],
    ['1.5h', 5400],
    ['1h 2m 3s', 3723],
    [45, 45],
  ])('%s is %d seconds', (text, seconds) => expect(parseDuration(text)).toBe(seconds));

  it.each(['', 'soon', '5', 'h', '-3m', '0s'])('rejects %j', (text) => expect(parseDuration(text)).toBeUndefined());

  it('formats seconds for people', () => {
    expect(formatDuration(4.25)).toBe('4.3s');
    expect(formatDuration(185)).toBe('3m 05s');
    expect(formatDuration(3720)).toBe('1h 02m');
  });
});

describe('didYouMean', () => {
  it('finds typos, swaps and prefixes but not unrelated words', () => {
    expect(didYouMean('tunning', ['tuning', 'data'])).toBe('tuning');
    expect(didYouMean('smaple', ['sample', 'seed'])).toBe('sample');
    expect(didYouMean('eval', ['evaluation', 'gates'])).toBe('evaluation');
    expect(didYouMean('banana', ['tuning', 'data'])).toBeUndefined();
  });
});
