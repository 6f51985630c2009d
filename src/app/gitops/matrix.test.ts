import { describe, expect, it } from 'vitest';
import { MemoryFileSystem } from '../../../test/fakes/memory-file-system';
import { MemoryLocalGit } from '../../../test/fakes/memory-gitops';
import { classifyError } from '../classify-error';
import { matrixOfConfigs } from '../matrix';

const config = (name: string, data: string) => `name: ${name}\ndata:\n  path: ${data}\n  target: y\nmodel:\n  type: gbdt\n`;

function repo(changed: string[] = []) {
  const fs = new MemoryFileSystem({
    '/repo/churn/training_config.yaml': config('churn', 'data/telco.csv'),
    '/repo/credit/training_config.yaml': config('credit', '../shared/credit.csv'),
    '/repo/broken/training_config.yaml': 'name: [',
    '/repo/examples/x.yaml': config('x', 'x.csv'),
  });
  const tracked = ['churn/training_config.yaml', 'churn/data/telco.csv', 'credit/training_config.yaml', 'shared/credit.csv', 'broken/training_config.yaml', 'examples/x.yaml', 'README.md'];
  return { fs, git: new MemoryLocalGit('/repo', tracked, changed) };
}

describe('matrixOfConfigs', () => {
  it('lists every config matching the glob without refs', async () => {
    const outcome = await matrixOfConfigs(repo(), {});
    expect(outcome.matrix.include).toEqual([
      { config: 'broken/training_config.yaml', name: 'broken' },
      { config: 'churn/training_config.yaml', name: 'churn' },
      { config: 'credit/training_config.yaml', name: 'credit' },
    ]);
    expect(JSON.parse(outcome.json)).toEqual(outcome.matrix);
    expect(outcome.json).not.toContain('\n');
  });

  it('picks the configs whose file or data changed between the refs', async () => {
    const deps = repo(['shared/credit.csv', 'README.md']);
    const outcome = await matrixOfConfigs(deps, { baseRef: 'origin/main', headRef: 'HEAD' });
    expect(outcome.json).toBe('{"include":[{"config":"credit/training_config.yaml","name":"credit"}]}');
    expect(deps.git.diffs).toEqual([['origin/main', 'HEAD']]);
    expect((await matrixOfConfigs(repo(['broken/training_config.yaml', 'churn/data/telco.csv']), { baseRef: 'a', headRef: 'b' })).matrix.include.map((e) => e.name)).toEqual(['broken', 'churn']);
    expect((await matrixOfConfigs(repo(['docs/x.md']), { baseRef: 'a', headRef: 'b' })).json).toBe('{"include":[]}');
  });

  it('honours the glob', async () => {
    const outcome = await matrixOfConfigs(repo(), { glob: 'examples/*.yaml' });
    expect(outcome.matrix.include).toEqual([{ config: 'examples/x.yaml', name: 'x' }]);
  });

  it('wants both refs or neither (exit 2)', async () => {
    const error = await matrixOfConfigs(repo(), { baseRef: 'a' }).catch((e: unknown) => e);
    expect(classifyError(error).exitCode).toBe(2);
  });
});
