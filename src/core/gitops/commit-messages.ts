import { MLTRAIN_COMMIT_MARKER } from './loop-guard';

/** The message of a promotion commit; the marker keeps the push it makes from training again. */
export function promotionCommitMessage(name: string, pullNumber: number | null, source: 'reviewed' | 'trained'): string {
  const from = source === 'reviewed' ? `the model reviewed in #${pullNumber}` : pullNumber === null ? 'a model trained on push' : `a model trained on push (no reviewed artifact of #${pullNumber} matched)`;
  return `mltrain: promote ${name}: ${from} ${MLTRAIN_COMMIT_MARKER}`;
}

/** The message of a weekly retraining candidate's commit. */
export function retrainCommitMessage(name: string, isoDate: string): string {
  return `mltrain: retrain ${name} on the data of ${isoDate.slice(0, 10)} ${MLTRAIN_COMMIT_MARKER}`;
}

/** The title of the one retraining pull request per model. */
export function retrainPullTitle(name: string): string {
  return `mltrain: retrained ${name}`;
}
