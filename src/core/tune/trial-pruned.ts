/** Thrown by an objective (usually after `trial.shouldPrune()`) to end its trial as pruned. */
export class TrialPruned extends Error {
  constructor(message = 'trial pruned') {
    super(message);
    this.name = 'TrialPruned';
  }
}
