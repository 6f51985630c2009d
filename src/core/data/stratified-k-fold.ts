import type { Rng } from '../random/rng';
import { strata } from './split';

export interface Fold {
  readonly train: Uint32Array;
  readonly validation: Uint32Array;
}

/**
 * Stratified k-fold over rows 0..n-1 (labels: any numbers, each distinct value a stratum): the
 * rows of each stratum are shuffled and dealt to the folds in turn, continuing across strata, so
 * every fold gets each class's share within one row and fold sizes differ by at most one.
 * `rows` restricts the folds to a subset (the training part); indices stay those of the table.
 */
export function stratifiedKFold(labels: ArrayLike<number>, k: number, rng: Rng, rows?: ArrayLike<number>): Fold[] {
  const subset = rows ?? Uint32Array.from({ length: labels.length }, (_, i) => i);
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`k must be an integer >= 2, got ${k}`);
  if (subset.length < k) throw new RangeError(`${k} folds need at least ${k} rows, got ${subset.length}`);
  const foldOf = new Map<number, number>();
  let next = 0;
  for (const group of strata(subset, labels)) {
    for (const row of rng.shuffle(group.slice())) {
      foldOf.set(row, next);
      next = (next + 1) % k;
    }
  }
  return Array.from({ length: k }, (_, fold) => {
    const validation: number[] = [];
    const train: number[] = [];
    for (let i = 0; i < subset.length; i++) (foldOf.get(subset[i]) === fold ? validation : train).push(subset[i]);
    return { train: Uint32Array.from(train).sort(), validation: Uint32Array.from(validation).sort() };
  });
}
