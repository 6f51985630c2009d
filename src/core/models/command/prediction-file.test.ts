import { describe, expect, it } from 'vitest';
import { parsePredictions, type PredictionExpectation } from './prediction-file';

const binary: PredictionExpectation = { task: 'binary', classes: ['No', 'Yes'], rows: 3, source: 'predictions-test.csv' };
const multiclass: PredictionExpectation = { task: 'multiclass', classes: ['a', 'b', 'c'], rows: 2, source: 'p.csv' };
const regression: PredictionExpectation = { task: 'regression', classes: null, rows: 2, source: 'p.csv' };

function scores(text: string, expectation: PredictionExpectation): number[] {
  const parsed = parsePredictions(text, expectation);
  if (!parsed.ok) throw new Error(parsed.reason);
  return [...parsed.scores];
}

function reason(text: string, expectation: PredictionExpectation): string {
  const parsed = parsePredictions(text, expectation);
  if (parsed.ok) throw new Error('expected a failure');
  return parsed.reason;
}

describe('parsePredictions', () => {
  it('binary: P(positive) from p1 or from the positive label, whatever the column order', () => {
    expect(scores('p0,p1\n0.9,0.1\n0.25,0.75\n0,1\n', binary)).toEqual([0.1, 0.75, 1]);
    expect(scores('Yes,No\n0.1,0.9\n0.75,0.25\n1,0\n', binary)).toEqual([0.1, 0.75, 1]);
    expect(scores('p1,p0\r\n0.1,0.9\r\n0.75,0.25\r\n1,0', binary)).toEqual([0.1, 0.75, 1]);
  });

  it('multiclass: row-major n*k in the classes\' order', () => {
    expect(scores('c,a,b\n0.2,0.5,0.3\n1,0,0\n', multiclass)).toEqual([0.5, 0.3, 0.2, 0, 0, 1]);
    expect(scores('p0,p1,p2\n0.5,0.3,0.2\n0,0,1\n', multiclass)).toEqual([0.5, 0.3, 0.2, 0, 0, 1]);
  });

  it('labels that need quoting in the header', () => {
    const quoted: PredictionExpectation = { task: 'binary', classes: ['no, never', 'yes "sure"'], rows: 1, source: 'p.csv' };
    expect(scores('"yes ""sure""","no, never"\n0.6,0.4\n', quoted)).toEqual([0.6]);
  });

  it('reads numbers as Python writes them (repr: exponents, -0.0)', () => {
    expect(scores('p0,p1\n0.99999,1e-05\n1.0,-0.0\n0.5,0.5\n', binary)).toEqual([1e-5, 0, 0.5]);
    expect(reason('prediction\n1\ninf\n', regression)).toMatch(/text|infinite/);
    expect(reason('prediction\n1\nnan\n', regression)).toMatch(/NaN/);
  });

  it('regression: one column prediction', () => {
    expect(scores('prediction\n1.5\n-2e3\n', regression)).toEqual([1.5, -2000]);
  });

  it('rejects wrong columns', () => {
    expect(reason('prob\n0.1\n0.2\n0.3\n', binary)).toMatch(/predictions-test.csv has columns 'prob', expected one column per class named p0, p1 or 'No', 'Yes'/);
    expect(reason('p0,p1,p2\n1,0,0\n1,0,0\n1,0,0\n', binary)).toMatch(/has columns/);
    expect(reason('p0,No\n0.9,0.1\n0.25,0.75\n0,1\n', binary)).toMatch(/has columns/);
    expect(reason('value\n1\n2\n', regression)).toMatch(/expected one column 'prediction'/);
  });

  it('rejects a wrong row count', () => {
    expect(reason('p0,p1\n0.9,0.1\n', binary)).toMatch(/has 1 row\(s\), expected 3/);
    expect(reason('prediction\n1\n2\n3\n', regression)).toMatch(/has 3 row\(s\), expected 2/);
  });

  it('rejects NaN, missing, text and infinite cells', () => {
    expect(reason('prediction\n1\nNaN\n', regression)).toMatch(/row 2 \(line 3\) of column 'prediction' is missing, NaN or infinite/);
    expect(reason('prediction\n1\n\n', regression)).toMatch(/row 2|has 1 row/);
    expect(reason('prediction\n1\nabc\n', regression)).toMatch(/holds text/);
    expect(reason('prediction\n1\nInfinity\n', regression)).toMatch(/text|infinite/);
  });

  it('rejects numbers that are not probabilities', () => {
    expect(reason('p0,p1\n0.9,0.1\n-0.5,1.5\n0,1\n', binary)).toMatch(/row 2 .* is -0.5, not a probability/);
    expect(reason('p0,p1\n0.9,0.1\n0.5,0.6\n0,1\n', binary)).toMatch(/row 2 \(line 3\) sums to 1.1/);
  });

  it('reports an unreadable file', () => {
    expect(reason('p0,p1\n"0.9,0.1\n', binary)).toMatch(/predictions-test.csv/);
  });
});
