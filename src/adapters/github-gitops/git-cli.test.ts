import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitCli } from './git-cli';

let repo: string;
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo, encoding: 'utf8' });

beforeAll(() => {
  repo = realpathSync(mkdtempSync(join(tmpdir(), 'mltrain-git-')));
  git('init', '-q', '-b', 'main');
  mkdirSync(join(repo, 'churn/data'), { recursive: true });
  writeFileSync(join(repo, 'churn/training_config.yaml'), 'name: churn\n');
  writeFileSync(join(repo, 'churn/data/t.csv'), 'a\n1\n');
  git('add', '.');
  git('commit', '-q', '-m', 'one');
  git('checkout', '-q', '-b', 'feature');
  writeFileSync(join(repo, 'churn/data/t.csv'), 'a\n2\n');
  writeFileSync(join(repo, 'odd name.md'), 'x');
  git('add', '.');
  git('commit', '-q', '-m', 'two');
  git('checkout', '-q', 'main');
  writeFileSync(join(repo, 'main-only.txt'), 'y');
  git('add', '.');
  git('commit', '-q', '-m', 'three');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('createGitCli', () => {
  it('finds the root and repository paths from a sub-folder', async () => {
    const local = createGitCli(join(repo, 'churn'));
    expect(await local.root()).toBe(repo);
    expect((await local.trackedFiles()).sort()).toEqual(['churn/data/t.csv', 'churn/training_config.yaml', 'main-only.txt']);
  });

  it('lists what the head changed since it forked from the base (three dots), odd names intact', async () => {
    expect((await createGitCli(repo).changedFiles('main', 'feature')).sort()).toEqual(['churn/data/t.csv', 'odd name.md']);
  });

  it('fails as a user error with a hint when a ref is missing', async () => {
    await expect(createGitCli(repo).changedFiles('origin/nope', 'HEAD')).rejects.toMatchObject({ name: 'EnvironmentError', message: expect.stringContaining('fetch-depth: 0') });
  });
});
