import { describe, expect, it } from 'vitest';
import { DataError } from './data-error';
import { encodeTarget } from './target';
import type { Column } from './table';

const categorical = (values: (string | null)[]): Column => {
  const categories = [...new Set(values.filter((v): v is string => v !== null))];
  return { name: 'y', type: 'categorical', codes: Int32Array.from(values, (v) => (v === null ? -1 : categories.indexOf(v))), categories };
};
const numeric = (values: number[]): Column => ({ name: 'y', type: 'numeric', values: Float64Array.from(values) });

describe('encodeTarget', () => {
  it('binary: 1 / true / yes is the positive class, else the larger sorted value', () => {
    expect(encodeTarget(numeric([0, 1, 1, 0])).classes).toEqual(['0', '1']);
    const yesNo = encodeTarget(categorical(['yes', 'no', 'yes']));
    expect([yesNo.task, yesNo.classes, Array.from(yesNo.labels)]).toEqual(['binary', ['no', 'yes'], [1, 0, 1]]);
    expect(encodeTarget({ name: 'y', type: 'boolean', values: Float64Array.from([1, 0]) }).classes).toEqual(['false', 'true']);
    expect(encodeTarget(categorical(['bad', 'good', 'bad'])).classes).toEqual(['bad', 'good']);
    expect(encodeTarget(numeric([2, 4, 2])).classes).toEqual(['2', '4']);
  });

  it('binary: positiveClass from the config wins', () => {
    const target = encodeTarget(categorical(['bad', 'good', 'bad']), { positiveClass: 'bad' });
    expect([target.classes, Array.from(target.labels)]).toEqual([['good', 'bad'], [1, 0, 1]]);
    expect(() => encodeTarget(categorical(['a', 'b']), { positiveClass: 'c' })).toThrow(/positive_class 'c'/);
  });

  it('infers multiclass for text or few integers, regression for other numbers', () => {
    const text = encodeTarget(categorical(['b', 'c', 'a', 'b']));
    expect([text.task, text.classes, Array.from(text.labels)]).toEqual(['multiclass', ['a', 'b', 'c'], [1, 2, 0, 1]]);
    const ints = encodeTarget(numeric([10, 2, 3, 2]));
    expect([ints.task, ints.classes]).toEqual(['multiclass', ['2', '3', '10']]);
    const reals = encodeTarget(numeric([1.5, 2, 3.25]));
    expect([reals.task, reals.classes, Array.from(reals.labels)]).toEqual(['regression', null, [1.5, 2, 3.25]]);
  });

  it('checks the target against the configured task', () => {
    expect(() => encodeTarget(categorical(['a', 'b', 'c']), { task: 'binary' })).toThrow(/binary but the target 'y' has 3 values/);
    expect(() => encodeTarget(categorical(['a', 'b', 'c']), { task: 'regression' })).toThrow(/regression/);
    expect(() => encodeTarget(numeric([1, 1, 1]))).toThrow(/one value only/);
  });

  it('refuses missing labels, naming the first line and the count', () => {
    try {
      encodeTarget(numeric([0, NaN, 1, NaN]), { source: 't.csv', sourceLines: [2, 3, 4, 6] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DataError);
      const e = error as DataError;
      expect([e.details.problem, e.line, e.column, e.details.otherRows]).toEqual(['missing_target', 3, 'y', 1]);
      expect(e.message).toContain('t.csv:3:');
    }
  });

  it('applies the training classes to another part, refusing a class it never saw', () => {
    const train = encodeTarget(categorical(['a', 'b', 'c']));
    expect(Array.from(train.apply(categorical(['c', 'a'])).labels)).toEqual([2, 0]);
    expect(() => train.apply(categorical(['d']), 'test.csv', [2])).toThrow("test.csv:2: column 'y': line 2: target value 'd'");
    const absent = [categorical(['a'])].find((c) => c.name === 'absent');
    expect(() => train.apply(absent, 'test.csv')).toThrow(/missing/);
    const regression = encodeTarget(numeric([1.5, 2.5, 3.5]));
    expect(Array.from(regression.apply(numeric([7.5])).labels)).toEqual([7.5]);
  });
});
