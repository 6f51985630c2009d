import type { Task } from '../core/config/training-config';
import { stratifiedKFold } from '../core/data/stratified-k-fold';
import type { EncodedDataset } from '../core/models/trainer';
import type { Rng } from '../core/random/rng';
import type { FoldRows, TrialStudy } from '../ports/trial-runner';

/**
 * k folds of the (already encoded) training part as row indices: stratified by class for
 * classification, plain shuffled folds for regression. The encoder was fitted on the whole
 * training part; for trees its codes carry no label information, and for standardisation the
 * fold effect is negligible. Rows rather than copies, so a worker pool shares one copy of the part.
 */
export function foldRows(data: EncodedDataset, task: Task, k: number, rng: Rng): FoldRows[] {
  const labels = task === 'regression' ? new Float64Array(data.label.length) : data.label;
  return stratifiedKFold(labels, k, rng);
}

/** The data one training uses: fold `fold`'s rows of the training part, else the holdout. */
export function trialDatasets(study: Pick<TrialStudy, 'train' | 'validation' | 'folds'>, fold: number | undefined): { train: EncodedDataset; validation: EncodedDataset } {
  if (fold === undefined) {
    if (!study.validation) throw new Error('internal error: a holdout training without a validation part');
    return { train: study.train, validation: study.validation };
  }
  const rows = study.folds?.[fold];
  if (!rows) throw new Error(`internal error: fold ${fold} does not exist`);
  return { train: subsetRows(study.train, rows.train), validation: subsetRows(study.train, rows.validation) };
}

function subsetRows(data: EncodedDataset, rows: Uint32Array): EncodedDataset {
  const take = (values: Float64Array) => {
    const out = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = values[rows[i]];
    return out;
  };
  return { features: data.features.map(take), label: take(data.label), weight: data.weight ? take(data.weight) : undefined };
}
