import { describe, expect, it } from 'vitest';
import { COMMENT_MAX_CHARACTERS, SUMMARY_MAX_BYTES, fitComment, fitSummary } from './github-limits';

describe('GitHub size limits', () => {
  it('leaves bodies within the limits alone', () => {
    expect(fitComment('short', 'cut')).toEqual({ body: 'short', truncated: false });
    expect(fitSummary('short', 'cut')).toEqual({ body: 'short', truncated: false });
  });

  it('cuts a comment at a line boundary within 65,536 characters and appends the note', () => {
    const body = Array.from({ length: 9000 }, (_, i) => `line ${i}`).join('\n');
    const fitted = fitComment(body, 'NOTE');
    expect(fitted.truncated).toBe(true);
    expect(fitted.body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARACTERS);
    expect(fitted.body.endsWith('\n\nNOTE\n')).toBe(true);
    const lines = fitted.body.split('\n\nNOTE')[0].split('\n');
    expect(lines.at(-1)).toBe(`line ${lines.length - 1}`);
  });

  it('counts the summary in UTF-8 bytes (multi-byte text fills it sooner)', () => {
    const body = 'ü€'.repeat(300_000); // 5 bytes per pair: 1.5 MB
    const fitted = fitSummary(body, 'NOTE');
    const size = new TextEncoder().encode(fitted.body).length;
    expect(fitted.truncated).toBe(true);
    expect(size).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(size).toBeGreaterThan(SUMMARY_MAX_BYTES - 16);
  });
});
