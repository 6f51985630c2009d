import { execFile } from 'node:child_process';
import { EnvironmentError } from '../../core/errors/environment-error';
import type { LocalGit } from '../../ports/git-data';

/** Generous: a large repository's ls-files can print many megabytes. */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

function git(args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, maxBuffer: MAX_OUTPUT_BYTES, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) reject(new EnvironmentError(`git ${args.join(' ')} failed in ${cwd}: ${(stderr || error.message).trim()}`));
      else resolve(stdout);
    });
  });
}

const splitNul = (text: string) => text.split('\0').filter((s) => s.length > 0);

/** The clone at `directory` (any folder inside it), through the git command line. */
export function createGitCli(directory: string): LocalGit {
  let rootPromise: Promise<string> | undefined;
  const root = () => (rootPromise ??= git(['rev-parse', '--show-toplevel'], directory).then((out) => out.trim()));
  return {
    root,
    trackedFiles: async () => splitNul(await git(['ls-files', '-z', '--full-name'], await root())),
    changedFiles: async (baseRef, headRef) => {
      try {
        return splitNul(await git(['diff', '--name-only', '-z', '--no-renames', `${baseRef}...${headRef}`], await root()));
      } catch (error) {
        // A shallow checkout lacks the base: say how to fix it.
        throw new EnvironmentError(`${error instanceof Error ? error.message : String(error)}\n(is the checkout shallow? actions/checkout needs fetch-depth: 0 for mltrain matrix --base/--head)`);
      }
    },
  };
}
