/** Shape and label checks of the training inputs; problems are RangeErrors that name the part and row. */
import type { GbdtDataset, GbdtTrainOptions } from './types.js';

export function validateTrainingData(options: GbdtTrainOptions, numClass: number): void {
  const { train, validation, featureInfo, objective } = options;
  const numFeatures = train.features.length;
  if (numFeatures === 0) throw new RangeError('training data has no features');
  if (featureInfo.names.length !== numFeatures || featureInfo.categorical.length !== numFeatures) {
    throw new RangeError(`featureInfo describes ${featureInfo.names.length} features but the data has ${numFeatures}`);
  }
  if (objective === 'multi:softmax' && (!Number.isInteger(numClass) || numClass < 2)) {
    throw new RangeError('multi:softmax needs numClass >= 2');
  }
  checkDataset('train', train, numFeatures, objective, numClass);
  if (train.label.length === 0) throw new RangeError('training data has no rows');
  if (validation) checkDataset('validation', validation, numFeatures, objective, numClass);
}

function checkDataset(part: string, data: GbdtDataset, numFeatures: number, objective: string, numClass: number): void {
  const n = data.label.length;
  if (data.features.length !== numFeatures) throw new RangeError(`${part} data has ${data.features.length} features, expected ${numFeatures}`);
  data.features.forEach((column, f) => {
    if (column.length !== n) throw new RangeError(`${part} feature ${f} has ${column.length} rows, labels have ${n}`);
  });
  if (data.weight && data.weight.length !== n) throw new RangeError(`${part} weights have ${data.weight.length} rows, labels have ${n}`);
  for (let i = 0; i < n; i++) {
    const y = data.label[i];
    const ok =
      objective === 'binary:logistic' ? y === 0 || y === 1
      : objective === 'multi:softmax' ? Number.isInteger(y) && y >= 0 && y < numClass
      : Number.isFinite(y);
    if (!ok) throw new RangeError(`${part} label at row ${i} is ${y}, invalid for ${objective}`);
    const w = data.weight ? data.weight[i] : 1;
    if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`${part} weight at row ${i} is ${w}; weights must be finite and >= 0`);
  }
}
