import { describe, expect, it } from 'vitest';
import { DataError } from './data-error';
import { encoderFromJSON, fitEncoder } from './encoder';
import { makeTable } from './table';

const table = makeTable([
  { name: 'age', type: 'numeric', values: Float64Array.from([20, 30, NaN, 50]) },
  { name: 'city', type: 'categorical', codes: Int32Array.from([0, 1, 0, -1]), categories: ['Paris', 'Rome'] },
  { name: 'vip', type: 'boolean', values: Float64Array.from([1, 0, 0, 1]) },
]);

// Prediction data: a new category (Oslo) and a missing age.
const later = makeTable([
  { name: 'city', type: 'categorical', codes: Int32Array.from([2, 0, 1]), categories: ['Rome', 'Paris', 'Oslo'] },
  { name: 'age', type: 'numeric', values: Float64Array.from([NaN, 40, 35]) },
  { name: 'vip', type: 'boolean', values: Float64Array.from([0, 1, 0]) },
]);

describe('fitEncoder standardize_onehot', () => {
  const encoder = fitEncoder(table, ['age', 'city', 'vip'], { kind: 'standardize_onehot', rows: [0, 1, 2] });

  it('standardises with the training rows only, imputes the mean and adds a missing indicator', () => {
    // training rows 0..2: ages 20, 30, missing -> mean 25, population std 5 (scikit-learn StandardScaler)
    const { features, names, categorical } = encoder.transform(table);
    expect(names).toEqual(['age', 'age__missing', 'city=Paris', 'city=Rome', 'vip']);
    expect(categorical).toEqual([false, false, false, false, false]);
    expect(Array.from(features[0])).toEqual([-1, 1, 0, 5]);
    expect(Array.from(features[1])).toEqual([0, 0, 1, 0]);
    expect(Array.from(features[2])).toEqual([1, 0, 1, 0]);
    expect(Array.from(features[3])).toEqual([0, 1, 0, 0]);
    // vip on training rows: 1, 0, 0 -> mean 1/3, population std sqrt(2)/3
    const expected = [Math.SQRT2, -Math.SQRT1_2, -Math.SQRT1_2, Math.SQRT2];
    features[4].forEach((v, i) => expect(v).toBeCloseTo(expected[i], 12));
  });

  it('encodes unseen categories as all zeros, by name (not by code), and counts them', () => {
    const { features, unseen } = encoder.transform(later);
    // later's rows: Oslo (unseen), Rome, Paris, with its own code order
    expect(Array.from(features[2])).toEqual([0, 0, 1]); // Paris
    expect(Array.from(features[3])).toEqual([0, 1, 0]); // Rome
    expect(unseen).toEqual({ city: 1 });
  });

  it('round-trips through JSON', () => {
    const restored = encoderFromJSON(JSON.parse(JSON.stringify(encoder)));
    expect(restored.transform(later)).toEqual(encoder.transform(later));
    expect(restored.columnTypes).toEqual({ age: 'numeric', city: 'categorical', vip: 'boolean' });
  });
});

describe('fitEncoder codes', () => {
  it('keeps numbers (NaN stays missing) and codes categories by training frequency, unknown as NaN', () => {
    const encoder = fitEncoder(table, ['city', 'age'], { kind: 'codes' });
    expect(encoder.names).toEqual(['city', 'age']);
    expect(encoder.categorical).toEqual([true, false]);
    const train = encoder.transform(table);
    expect(Array.from(train.features[0])).toEqual([0, 1, 0, NaN]); // Paris (2 rows) = 0
    expect(Array.from(train.features[1])).toEqual([20, 30, NaN, 50]);
    expect(Array.from(encoder.transform(later).features[0])).toEqual([NaN, 1, 0]);
  });

  it('names a feature column missing at prediction time', () => {
    const encoder = fitEncoder(table, ['age'], { kind: 'codes' });
    const noAge = makeTable([{ name: 'x', type: 'numeric', values: new Float64Array(1) }], { source: 'p.csv' });
    expect(() => encoder.transform(noAge)).toThrow(DataError);
    expect(() => encoder.transform(noAge)).toThrow("p.csv: column 'age': feature column 'age' is missing");
  });

  it('refuses a malformed encoder in a model file', () => {
    expect(() => encoderFromJSON({ format: 'mltrain-encoder', version: 1, kind: 'codes', features: [{ column: 'a', type: 'numeric' }] })).toThrow(/internal error/);
    expect(() => encoderFromJSON(null)).toThrow(/internal error/);
  });
});
