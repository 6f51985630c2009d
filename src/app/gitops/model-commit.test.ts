import { describe, expect, it } from 'vitest';
import { MemoryGitData, MemoryPulls } from '../../../test/fakes/memory-gitops';
import type { FolderListing } from '../../ports/git-data';
import { RecordingLogger } from '../../../test/fakes/recording-logger';
import { commitModelFiles, type ModelCommitRequest } from './model-commit';

/**
 * The registry is the folder: each promotion leaves models/<name>/ holding exactly the new
 * model's files, and touches nothing outside it.
 */
const encode = (text: string) => new TextEncoder().encode(text);

/** Files around the model's folder that no promotion of churn may touch (churn2 shares its prefix). */
const NEIGHBOURS = {
  'README.md': '# models',
  'churn/training_config.yaml': 'name: churn',
  'models/churn2/model.json': 'another model',
  'models/churn2/command/trial-0003/output/model.pkl': 'its pickle',
  'models/churn.json': 'a file beside the folder',
  'models/README.md': 'the registry',
};

function commandFiles(trial: string): Map<string, Uint8Array> {
  return new Map([
    ['metrics.json', encode(`{"trial":"${trial}"}`)],
    ['model.json', encode(`{"engine":{"type":"command","model":{"model_dir":"command/${trial}/output"}}}`)],
    [`command/${trial}/output/model.pkl`, encode(`pickle of ${trial}`)],
    [`command/${trial}/output/vocab/words.txt`, encode('a\nb\n')],
  ]);
}

/** A host whose folder listing answers with every file of the tree (as a prefix match without the slash might). */
class OverListingGitData extends MemoryGitData {
  override async listFiles(treeSha: string): Promise<FolderListing> {
    return { paths: [...this.trees.get(treeSha)!.keys()], truncated: false };
  }
}

function setup(files: Record<string, string> = NEIGHBOURS, git = new MemoryGitData(files)) {
  const pulls = new MemoryPulls();
  const logger = new RecordingLogger();
  const promote = (modelFiles: ReadonlyMap<string, Uint8Array>, over: Partial<ModelCommitRequest> = {}) =>
    commitModelFiles({ git, pulls, logger }, { name: 'churn', files: modelFiles, branch: 'main', message: 'mltrain: promote churn [mltrain]', pullTitle: 't', pullBody: 'b', ...over });
  const allPaths = (branch = 'main') => [...git.trees.get(git.head(branch).treeSha)!.keys()].sort();
  const modelPaths = (branch = 'main') => allPaths(branch).filter((p) => p.startsWith('models/churn/'));
  const outside = (branch = 'main') => Object.fromEntries(allPaths(branch).filter((p) => !p.startsWith('models/churn/')).map((p) => [p, git.fileAt(branch, p)]));
  return { git, pulls, logger, promote, modelPaths, outside };
}

describe('commitModelFiles replaces the model folder', () => {
  it('a second promotion with another command trial leaves only the new files, and says how many it removed', async () => {
    const s = setup();
    await s.promote(commandFiles('trial-0003'));
    const outcome = await s.promote(commandFiles('trial-0007'));
    const kept = ['models/churn/command/trial-0007/output/model.pkl', 'models/churn/command/trial-0007/output/vocab/words.txt', 'models/churn/metrics.json', 'models/churn/model.json'];
    const removed = ['models/churn/command/trial-0003/output/model.pkl', 'models/churn/command/trial-0003/output/vocab/words.txt'];
    expect(outcome).toMatchObject({ status: 'committed', paths: [...kept].sort(), removed });
    expect(s.modelPaths()).toEqual(kept);
    expect(s.outside()).toEqual(NEIGHBOURS);
    const message = s.git.commits.get(s.git.head('main').commitSha)!.message;
    expect(message.split('\n')[0]).toBe('mltrain: promote churn [mltrain]');
    expect(message).toContain(`Removes 2 stale file(s) under models/churn/ that the new model does not have:\n- ${removed[0]}\n- ${removed[1]}`);
    expect(s.logger.messages('notice').at(-1)).toMatch(/^committed 4 file\(s\) under models\/churn\/ to main, removing 2 stale file\(s\) of an earlier model \(/);
  });

  it('a gbdt model promoted after a command one removes the whole command folder', async () => {
    const s = setup();
    await s.promote(commandFiles('trial-0003'));
    const gbdt = new Map([
      ['metrics.json', encode('{"engine":"gbdt"}')],
      ['model.json', encode('{"engine":{"type":"gbdt"}}')],
      ['MODEL_CARD.md', encode('# churn')],
    ]);
    const outcome = await s.promote(gbdt);
    expect(outcome).toMatchObject({ status: 'committed', removed: ['models/churn/command/trial-0003/output/model.pkl', 'models/churn/command/trial-0003/output/vocab/words.txt'] });
    expect(s.modelPaths()).toEqual(['models/churn/MODEL_CARD.md', 'models/churn/metrics.json', 'models/churn/model.json']);
    expect(s.git.fileAt('main', 'models/churn/model.json')).toBe('{"engine":{"type":"gbdt"}}');
    expect(s.outside()).toEqual(NEIGHBOURS);
  });

  it('touches nothing outside models/<name>/, not even a folder sharing its prefix, on the first promotion too', async () => {
    const s = setup({ ...NEIGHBOURS, 'models/churn/old-model.bin': 'from before mltrain' });
    const outcome = await s.promote(commandFiles('trial-0001'));
    expect(outcome).toMatchObject({ status: 'committed', removed: ['models/churn/old-model.bin'] });
    expect(s.outside()).toEqual(NEIGHBOURS);
  });

  it('deletes only under models/<name>/ even when the listing returns paths outside it', async () => {
    const s = setup(NEIGHBOURS, new OverListingGitData(NEIGHBOURS));
    await s.promote(commandFiles('trial-0003'));
    const outcome = await s.promote(commandFiles('trial-0007'));
    expect(outcome.removed).toEqual(['models/churn/command/trial-0003/output/model.pkl', 'models/churn/command/trial-0003/output/vocab/words.txt']);
    expect(s.outside()).toEqual(NEIGHBOURS);
  });

  it('is unchanged when the folder already holds exactly the new set, and commits when only a stale file differs', async () => {
    const s = setup();
    const first = await s.promote(commandFiles('trial-0003'));
    const commits = s.git.commits.size;
    expect(await s.promote(commandFiles('trial-0003'))).toMatchObject({ status: 'unchanged', commitSha: first.commitSha, removed: [] });
    expect(s.git.commits.size).toBe(commits);
    expect(s.logger.messages('notice').at(-1)).toMatch(/already holds these files: nothing to commit/);

    s.git.pushNow('main', { 'models/churn/notes.txt': 'added by hand' }, 'someone');
    expect(await s.promote(commandFiles('trial-0003'))).toMatchObject({ status: 'committed', removed: ['models/churn/notes.txt'] });
    expect(s.git.fileAt('main', 'models/churn/notes.txt')).toBeUndefined();
  });

  it('lists the folder again when the branch moved, so a file pushed there meanwhile goes too', async () => {
    const s = setup();
    await s.promote(commandFiles('trial-0003'));
    s.git.pushBeforeNextUpdate('main', { 'models/churn/late.txt': 'pushed in between', 'docs/x.md': 'kept' });
    const outcome = await s.promote(commandFiles('trial-0007'));
    expect(outcome).toMatchObject({ status: 'committed', attempts: 2 });
    expect(outcome.removed).toContain('models/churn/late.txt');
    expect(s.modelPaths()).toEqual(['models/churn/command/trial-0007/output/model.pkl', 'models/churn/command/trial-0007/output/vocab/words.txt', 'models/churn/metrics.json', 'models/churn/model.json']);
    expect(s.git.fileAt('main', 'docs/x.md')).toBe('kept');
  });

  it('deletes nothing, and warns, when the listing of the folder comes back truncated', async () => {
    const s = setup();
    await s.promote(commandFiles('trial-0003'));
    s.git.listingLimit = 2;
    const outcome = await s.promote(commandFiles('trial-0007'));
    expect(outcome).toMatchObject({ status: 'committed', removed: [] });
    expect(s.modelPaths()).toContain('models/churn/command/trial-0003/output/model.pkl');
    expect(s.modelPaths()).toContain('models/churn/command/trial-0007/output/model.pkl');
    expect(s.git.commits.get(s.git.head('main').commitSha)!.message).toBe('mltrain: promote churn [mltrain]');
    expect(s.logger.messages('warning')).toEqual([expect.stringMatching(/listed models\/churn\/ only in part .* removed none of its stale files/)]);
  });

  it('carries the removals to the promote branch when the branch is protected', async () => {
    const s = setup();
    await s.promote(commandFiles('trial-0003'));
    s.git.protectedBranches.add('main');
    const outcome = await s.promote(commandFiles('trial-0007'));
    expect(outcome).toMatchObject({ status: 'pull-request', removed: ['models/churn/command/trial-0003/output/model.pkl', 'models/churn/command/trial-0003/output/vocab/words.txt'] });
    expect(s.modelPaths('mltrain/promote-churn')).toEqual(s.modelPaths('main').map((p) => p.replace('trial-0003', 'trial-0007')));
    expect(s.outside('mltrain/promote-churn')).toEqual(NEIGHBOURS);
    expect(s.logger.messages('warning').at(-1)).toMatch(/instead, removing 2 stale file\(s\) of an earlier model: https:/);
  });
});
