import { Rng } from '../../../random/rng';
import type { EncodedDataset } from '../../trainer';

/**
 * Small seeded problems for the mlp tests: `d` standard-normal features; the label depends
 * non-linearly on the first three (an interaction and a square), so a network beats a line.
 */
export function syntheticDataset(task: 'binary' | 'multiclass' | 'regression', rows: number, d: number, seed: number): EncodedDataset {
  const rng = Rng.fromSeed(seed).fork('synthetic');
  const features = Array.from({ length: d }, () => new Float64Array(rows));
  const label = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < d; j++) features[j][i] = rng.normal();
    const a = features[0][i];
    const b = features[1 % d][i];
    const c = features[2 % d][i];
    const signal = 1.5 * a * b + c * c - 1 + 0.5 * a;
    if (task === 'regression') label[i] = 3 * signal + 10 + 0.1 * rng.normal();
    else if (task === 'binary') label[i] = signal + 0.3 * rng.normal() > 0 ? 1 : 0;
    else label[i] = signal < -0.5 ? 0 : signal < 0.7 ? 1 : 2;
  }
  return { features, label };
}
