import type { Rng } from '../../random/rng.js';

/**
 * One random stream per trial, forked from the sampler's root by trial number. A trial's draws
 * then depend only on the seed, its number and the study's history, not on how many draws other
 * trials made: a study resumed from its journal suggests what an uninterrupted run would have,
 * and parallel trials do not disturb each other's streams.
 */
export class TrialStreams {
  private readonly streams = new Map<number, Rng>();

  constructor(private readonly root: Rng) {}

  of(trialNumber: number): Rng {
    let stream = this.streams.get(trialNumber);
    if (!stream) {
      stream = this.root.fork(`trial-${trialNumber}`);
      this.streams.set(trialNumber, stream);
    }
    return stream;
  }

  release(trialNumber: number): void {
    this.streams.delete(trialNumber);
  }
}
