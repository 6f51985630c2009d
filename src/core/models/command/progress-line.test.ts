import { describe, expect, it } from 'vitest';
import { parseProgressLine } from './progress-line';

describe('parseProgressLine', () => {
  it('reads a report', () => {
    expect(parseProgressLine('MLTRAIN {"step": 3, "value": 0.81}')).toEqual({ kind: 'report', report: { step: 3, value: 0.81 } });
    expect(parseProgressLine('MLTRAIN {"value": -1e-3, "step": 0, "extra": "ignored"}\r')).toEqual({ kind: 'report', report: { step: 0, value: -0.001 } });
  });

  it('passes other lines through', () => {
    expect(parseProgressLine('epoch 3: loss 0.2')).toEqual({ kind: 'output' });
    expect(parseProgressLine(' MLTRAIN {"step": 1, "value": 1}')).toEqual({ kind: 'output' });
    expect(parseProgressLine('MLTRAINING done')).toEqual({ kind: 'output' });
  });

  it('says why a prefixed line is not a report', () => {
    expect(parseProgressLine('MLTRAIN step=3')).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/not JSON/) });
    expect(parseProgressLine('MLTRAIN [1, 2]')).toMatchObject({ kind: 'invalid' });
    expect(parseProgressLine('MLTRAIN {"step": 1.5, "value": 1}')).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/step/) });
    expect(parseProgressLine('MLTRAIN {"step": -1, "value": 1}')).toMatchObject({ kind: 'invalid' });
    expect(parseProgressLine('MLTRAIN {"step": 1, "value": "0.8"}')).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/value/) });
    expect(parseProgressLine('MLTRAIN {"step": 1, "value": null}')).toMatchObject({ kind: 'invalid' });
  });
});
