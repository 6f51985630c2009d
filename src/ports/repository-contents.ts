/**
 * Files committed in one repository (bound when the adapter is made), read at a ref through the
 * hosting API rather than a checkout: the base branch is usually not checked out in CI.
 * Failed calls other than "not found" reject with an Error carrying the HTTP `status`.
 */
export interface RepositoryContents {
  /** The file's exact bytes at `ref` (branch, tag or sha), any size; null when absent (404). */
  readFile(path: string, ref: string): Promise<Uint8Array | null>;
}
