/** Facts about the repository the run happens in, for lineage. */
export interface RepositoryInfo {
  /** The commit being built (GITHUB_SHA in Actions, `git rev-parse HEAD` elsewhere), or null. */
  commit(): Promise<string | null>;
}
