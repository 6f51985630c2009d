/** Small synthetic datasets for the engine's tests (deterministic through Rng). */
import { Rng } from '../../random/rng.js';
import type { GbdtDataset, GbdtFeatureInfo } from './types.js';

export function numericInfo(numFeatures: number): GbdtFeatureInfo {
  return { names: Array.from({ length: numFeatures }, (_, f) => `x${f}`), categorical: new Array<boolean>(numFeatures).fill(false) };
}

/** n rows of F standard normal features; label from `labelOf(row values, rng)`. */
export function syntheticDataset(n: number, numFeatures: number, seed: number, labelOf: (x: number[], rng: Rng) => number): GbdtDataset {
  const rng = Rng.fromSeed(seed).fork('data');
  const features = Array.from({ length: numFeatures }, () => new Float64Array(n));
  const label = new Float64Array(n);
  const row: number[] = new Array<number>(numFeatures);
  for (let i = 0; i < n; i++) {
    for (let f = 0; f < numFeatures; f++) row[f] = features[f][i] = rng.normal();
    label[i] = labelOf(row, rng);
  }
  return { features, label };
}

/** Rank-based ROC AUC (ties get average ranks). */
export function rocAuc(labels: Float64Array, scores: Float64Array): number {
  const order = Array.from(scores.keys()).sort((a, b) => scores[a] - scores[b]);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && scores[order[j]] === scores[order[i]]) j++;
    const averageRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (labels[order[k]] === 1) {
      positives++;
      rankSum += averageRank;
    }
    i = j;
  }
  const negatives = labels.length - positives;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
