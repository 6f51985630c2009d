/**
 * A path glob as shells and GitHub's `paths:` filters write it, compiled to a RegExp over
 * '/'-separated repository paths: `*` and `?` stay inside one segment, `**` spans segments
 * (`**` + `/` also matches no folder at all), `{a,b}` is an alternative. No character classes.
 */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '*' && glob[i + 1] === '*') {
      const slashAfter = glob[i + 2] === '/';
      source += slashAfter ? '(?:[^/]*/)*' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '{') {
      braces++;
      source += '(?:';
    } else if (char === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (char === ',' && braces > 0) source += '|';
    else source += char.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  if (braces > 0) throw new Error(`unbalanced '{' in the glob ${glob}`);
  return new RegExp(`^${source}$`);
}

/** Whether a repository path (no leading './') matches the glob. */
export function matchesGlob(path: string, glob: string): boolean {
  return globToRegExp(glob).test(path.replace(/^\.\//, ''));
}
