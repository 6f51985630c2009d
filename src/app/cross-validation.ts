import { stratifiedKFold } from '../core/data/stratified-k-fold';
import type { Task } from '../core/config/training-config';
import type { EncodedDataset } from '../core/models/trainer';
import type { Rng } from '../core/random/rng';

export interface FoldData {
  train: EncodedDataset;
  validation: EncodedDataset;
}

/**
 * k folds of the (already encoded) training part: stratified by class for classification, plain
 * shuffled folds for regression. The encoder was fitted on the whole training part; for trees its
 * codes carry no label information, and for standardisation the fold effect is negligible.
 */
export function crossValidationFolds(data: EncodedDataset, task: Task, k: number, rng: Rng): FoldData[] {
  const labels = task === 'regression' ? new Float64Array(data.label.length) : data.label;
  return stratifiedKFold(labels, k, rng).map((fold) => ({ train: subset(data, fold.train), validation: subset(data, fold.validation) }));
}

function subset(data: EncodedDataset, rows: Uint32Array): EncodedDataset {
  const take = (values: Float64Array) => {
    const out = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = values[rows[i]];
    return out;
  };
  return { features: data.features.map(take), label: take(data.label), weight: data.weight ? take(data.weight) : undefined };
}
