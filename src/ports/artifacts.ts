/** What became of an upload; an unavailable service is an outcome, not an error. */
export type ArtifactUploadResult =
  | { status: 'uploaded'; id?: number; size?: number }
  | { status: 'unavailable'; reason: string };

/** Uploads workflow artifacts (the run's files, for people and for a later promotion job). */
export interface ArtifactUploader {
  /**
   * Uploads `files` (absolute paths under `rootDir`) as one artifact named `name`, laid out
   * relative to `rootDir`. Resolves `unavailable` where the runtime has no artifact service.
   */
  upload(name: string, files: readonly string[], rootDir: string): Promise<ArtifactUploadResult>;
}
