/**
 * Repository paths are '/'-separated and relative to the repository root, as `git diff
 * --name-only` prints them. This joins a path written in a config to the config's folder.
 */
export function resolveRepositoryPath(configPath: string, written: string): string | null {
  if (written.startsWith('/') || /^[A-Za-z]:[\\/]/.test(written)) return null;
  const folder = configPath.split('/').slice(0, -1);
  const parts = [...folder];
  for (const part of written.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      // Above the repository root: not a file git can report as changed.
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}
