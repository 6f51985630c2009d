/**
 * A cache that outlives the runner (the Actions cache in GitHub Actions), so a re-run on a fresh
 * ephemeral runner resumes the study instead of restarting it.
 */
export interface StudyCache {
  /** Restores the newest saved copy for `keyPrefix` into `path`; false when there is none. */
  restore(path: string, keyPrefix: string): Promise<boolean>;
  /** Saves `path` under a new key starting with `keyPrefix` (keys are immutable, so each save gets its own). */
  save(path: string, keyPrefix: string): Promise<void>;
}
