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

/** How many removed paths a commit message names before it only counts the rest. */
const NAMED_REMOVALS = 20;

/**
 * A commit message with a body that says which stale files of the model's folder the commit
 * removes (the subject, and the loop guard's marker in it, stay as they were).
 */
export function withRemovedFilesNote(message: string, folder: string, removed: readonly string[]): string {
  if (removed.length === 0) return message;
  const named = removed.slice(0, NAMED_REMOVALS).map((path) => `- ${path}`);
  if (removed.length > NAMED_REMOVALS) named.push(`- and ${removed.length - NAMED_REMOVALS} more`);
  return `${message}\n\nRemoves ${removed.length} stale file(s) under ${folder}/ that the new model does not have:\n${named.join('\n')}`;
}
