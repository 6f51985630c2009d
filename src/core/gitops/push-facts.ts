import type { PushFacts } from './loop-guard';

interface PushPayloadCommit {
  added?: unknown;
  modified?: unknown;
  removed?: unknown;
}

/** GitHub lists at most this many commits in a push payload; a push with more is only partly described. */
export const PUSH_PAYLOAD_MAX_COMMITS = 2048;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * The loop guard's facts from a `push` event payload (GITHUB_EVENT_PATH) and GITHUB_ACTOR: the
 * head commit's message and every path its commits added, modified or removed. The promotion job
 * checks out one commit, so the payload, not `git diff`, says what changed. When the payload
 * cannot tell (no commits, or the list was cut), the paths are left empty so that the
 * models-only rule never skips a push it cannot see whole.
 */
export function pushFactsFromPayload(payload: unknown, actor: string): PushFacts {
  const event = (typeof payload === 'object' && payload !== null ? payload : {}) as { head_commit?: { message?: unknown } | null; commits?: unknown };
  const message = typeof event.head_commit?.message === 'string' ? event.head_commit.message : '';
  const commits = Array.isArray(event.commits) ? (event.commits as PushPayloadCommit[]) : [];
  if (commits.length === 0 || commits.length >= PUSH_PAYLOAD_MAX_COMMITS) return { message, actor, changedPaths: [] };
  const paths = new Set<string>();
  for (const commit of commits) for (const path of [...strings(commit.added), ...strings(commit.modified), ...strings(commit.removed)]) paths.add(path);
  return { message, actor, changedPaths: [...paths].sort() };
}
