import type { Distribution } from '../../distributions.js';
import { containsInternal, toInternal } from '../../distributions.js';
import type { FrozenTrial, StudyDirection } from '../../frozen-trial.js';
import { lastStep } from '../../frozen-trial.js';

/** A trial's rank key, compared lexicographically: (step key, signed loss). Smaller is better. */
export interface Score {
  readonly step: number;
  readonly loss: number;
}

export interface Observations {
  /** Internal values by parameter; NaN where the trial lacks the parameter. */
  readonly values: Map<string, Float64Array>;
  readonly scores: Score[];
  /** Trials that count towards start-up and gamma (running liars excluded). */
  readonly nFinished: number;
}

/**
 * Optuna's observation pairs: complete trials rank by value, pruned ones after them by how far
 * they got (deeper first) then by their last intermediate value, and with the constant liar,
 * running trials rank last (their parameters count as bad, so parallel workers spread out).
 */
export function collectObservations(
  trials: readonly FrozenTrial[],
  direction: StudyDirection,
  space: ReadonlyArray<readonly [string, Distribution]>,
  constantLiar: boolean,
): Observations {
  const sign = direction === 'minimize' ? 1 : -1;
  const scores: Score[] = [];
  const columns = space.map(() => [] as number[]);
  let nFinished = 0;
  for (const trial of trials) {
    let score: Score;
    if (trial.state === 'complete') {
      if (trial.value === null) continue;
      score = { step: Number.NEGATIVE_INFINITY, loss: sign * trial.value };
    } else if (trial.state === 'pruned') {
      const step = lastStep(trial);
      if (step === null) score = { step: 1, loss: 0 };
      else {
        const value = trial.intermediateValues.get(step) as number;
        score = { step: -step, loss: Number.isNaN(value) ? Number.POSITIVE_INFINITY : sign * value };
      }
    } else if (trial.state === 'running' && constantLiar) {
      score = { step: Number.POSITIVE_INFINITY, loss: Number.POSITIVE_INFINITY };
    } else continue;
    if (trial.state !== 'running') nFinished += 1;
    scores.push(score);
    space.forEach(([name, distribution], p) => columns[p].push(internalValue(trial, name, distribution)));
  }
  const values = new Map<string, Float64Array>();
  space.forEach(([name], p) => values.set(name, Float64Array.from(columns[p])));
  return { values, scores, nFinished };
}

/** The trial's value of `name` in `distribution`'s internal representation, NaN if unusable. */
function internalValue(trial: FrozenTrial, name: string, distribution: Distribution): number {
  if (!(name in trial.params)) return Number.NaN;
  try {
    const internal = toInternal(distribution, trial.params[name]);
    return containsInternal(distribution, internal) ? internal : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Indices of the nBelow best scores and of the rest, each in chronological order. */
export function splitObservations(scores: readonly Score[], nBelow: number): { below: number[]; above: number[] } {
  const order = scores.map((_, i) => i).sort((i, j) => compareScores(scores[i], scores[j]) || i - j);
  const below = order.slice(0, nBelow).sort((a, b) => a - b);
  const above = order.slice(nBelow).sort((a, b) => a - b);
  return { below, above };
}

function compareScores(a: Score, b: Score): number {
  if (a.step !== b.step) return a.step < b.step ? -1 : 1;
  if (a.loss === b.loss) return 0;
  // NaN never occurs (NaN values become +Infinity above), so < is a total order here.
  return a.loss < b.loss ? -1 : 1;
}
