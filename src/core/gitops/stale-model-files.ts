/**
 * The registry is the folder: after a promotion, models/<name>/ holds exactly the new model's
 * files. These are the files to delete for that, and only ever below the model's own folder.
 */

/** A repository path of plain segments (no '', '.', '..'). */
function isPlainRelativePath(path: string): boolean {
  const segments = path.split('/');
  return segments.every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/**
 * The files under `folder` in the base tree (`listed`) that the new set (`kept`, repository paths)
 * lacks, sorted. Whatever the listing holds, a path is returned only when it lies strictly below
 * `folder/` (so `models/churn2/...` never goes with `models/churn`) and has no '.' or '..' segment;
 * a folder that is not a plain relative path (an empty model name gives `models/`) deletes nothing.
 */
export function staleModelFiles(folder: string, listed: readonly string[], kept: readonly string[]): string[] {
  if (!isPlainRelativePath(folder)) return [];
  const prefix = `${folder}/`;
  const keep = new Set(kept);
  const stale = new Set<string>();
  for (const path of listed) {
    if (!path.startsWith(prefix) || keep.has(path) || !isPlainRelativePath(path)) continue;
    stale.add(path);
  }
  return [...stale].sort();
}
