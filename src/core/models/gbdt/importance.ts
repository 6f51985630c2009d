/**
 * Feature importance with XGBoost's definitions: weight = number of splits on the feature,
 * gain / cover = average loss reduction / hessian cover of those splits, total_* = their sums.
 */
import type { GbdtModel } from './types.js';

export const IMPORTANCE_TYPES = ['gain', 'cover', 'weight', 'total_gain', 'total_cover'] as const;
export type ImportanceType = (typeof IMPORTANCE_TYPES)[number];

/** One value per model feature (0 for features never used), in model.featureNames order. */
export function featureImportance(model: GbdtModel, type: ImportanceType): Float64Array {
  const F = model.featureNames.length;
  const count = new Float64Array(F);
  const gain = new Float64Array(F);
  const cover = new Float64Array(F);
  for (const tree of model.trees) {
    for (let node = 0; node < tree.feature.length; node++) {
      const f = tree.feature[node];
      if (f < 0) continue;
      count[f] += 1;
      gain[f] += tree.gain[node];
      cover[f] += tree.cover[node];
    }
  }
  const average = (sums: Float64Array) => sums.map((s, f) => (count[f] > 0 ? s / count[f] : 0));
  switch (type) {
    case 'weight':
      return count;
    case 'gain':
      return average(gain);
    case 'cover':
      return average(cover);
    case 'total_gain':
      return gain;
    case 'total_cover':
      return cover;
  }
}
