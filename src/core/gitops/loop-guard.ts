/** Marks the action's own commits; a push whose head commit carries it never trains. */
export const MLTRAIN_COMMIT_MARKER = '[mltrain]';

/** Who commits for mltrain by default: the GITHUB_TOKEN's identity. Add a GitHub App's `<app>[bot]` login when `pr-token` is one. */
export const DEFAULT_MLTRAIN_ACTORS: readonly string[] = ['github-actions[bot]'];

export const LOOP_GUARD_REASONS = ['commit-marker', 'mltrain-actor', 'models-only'] as const;
export type LoopGuardReason = (typeof LOOP_GUARD_REASONS)[number];

export interface PushFacts {
  /** The head commit's message. */
  message: string;
  /** GITHUB_ACTOR: who pushed. */
  actor: string;
  /** Repository paths the push changed (`git diff --name-only before..after`). */
  changedPaths: readonly string[];
}

export interface LoopGuardOptions {
  /** Logins whose pushes are mltrain's own. */
  mltrainActors?: readonly string[];
  /** Where promoted models live (default `models`). */
  modelsRoot?: string;
}

export type LoopGuardVerdict = { skip: false } | { skip: true; reason: LoopGuardReason; detail: string };

/**
 * Whether a push must not train: the action's commits carry the marker, come from its actor, and
 * touch only the models folder. Any one of those is enough, so a commit made with a token that
 * does start workflows (a GitHub App's) still cannot start a training loop.
 */
export function loopGuard(facts: PushFacts, options: LoopGuardOptions = {}): LoopGuardVerdict {
  const actors = options.mltrainActors ?? DEFAULT_MLTRAIN_ACTORS;
  const root = (options.modelsRoot ?? 'models').replace(/\/+$/, '');
  if (facts.message.includes(MLTRAIN_COMMIT_MARKER)) {
    return { skip: true, reason: 'commit-marker', detail: `the head commit's message carries ${MLTRAIN_COMMIT_MARKER}: it is mltrain's own commit` };
  }
  if (actors.includes(facts.actor)) {
    return { skip: true, reason: 'mltrain-actor', detail: `the push was made by ${facts.actor}, mltrain's own identity` };
  }
  if (facts.changedPaths.length > 0 && facts.changedPaths.every((path) => path.startsWith(`${root}/`))) {
    return { skip: true, reason: 'models-only', detail: `the push changed only files under ${root}/: no config or data to train on` };
  }
  return { skip: false };
}
