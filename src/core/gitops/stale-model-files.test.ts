import { describe, expect, it } from 'vitest';
import { withRemovedFilesNote } from './commit-messages';
import { staleModelFiles } from './stale-model-files';

describe('staleModelFiles', () => {
  it('returns the files under the folder that the new set lacks, sorted and once each', () => {
    const listed = ['models/churn/model.json', 'models/churn/command/trial-0003/output/model.pkl', 'models/churn/command/trial-0003/output/vocab/words.txt', 'models/churn/command/trial-0003/output/model.pkl'];
    const kept = ['models/churn/model.json', 'models/churn/command/trial-0007/output/model.pkl'];
    expect(staleModelFiles('models/churn', listed, kept)).toEqual(['models/churn/command/trial-0003/output/model.pkl', 'models/churn/command/trial-0003/output/vocab/words.txt']);
  });

  it('never returns a path outside the folder, whatever the listing holds', () => {
    const listed = ['models/churn2/model.json', 'models/churn.json', 'models/other/model.json', 'churn/training_config.yaml', 'README.md', 'models/churn', 'models/churn/../other/x', 'models/churn/./x', 'models/churn//x'];
    expect(staleModelFiles('models/churn', listed, [])).toEqual([]);
  });

  it('deletes nothing for a folder that is not a plain relative path (an empty name would give models/)', () => {
    const listed = ['models/churn/model.json', 'models/other/model.json'];
    expect(staleModelFiles('models/', listed, [])).toEqual([]);
    expect(staleModelFiles('models', listed, [])).toEqual(listed);
    expect(staleModelFiles('/models', ['/models/x'], [])).toEqual([]);
    expect(staleModelFiles('models/..', ['models/../x'], [])).toEqual([]);
    expect(staleModelFiles('', ['x'], [])).toEqual([]);
  });
});

describe('withRemovedFilesNote', () => {
  it('keeps the subject (and its marker) and names the removed files in the body, counting past twenty', () => {
    expect(withRemovedFilesNote('mltrain: promote churn [mltrain]', 'models/churn', [])).toBe('mltrain: promote churn [mltrain]');
    expect(withRemovedFilesNote('s [mltrain]', 'models/churn', ['models/churn/a', 'models/churn/b'])).toBe('s [mltrain]\n\nRemoves 2 stale file(s) under models/churn/ that the new model does not have:\n- models/churn/a\n- models/churn/b');
    const many = Array.from({ length: 23 }, (_, i) => `models/churn/f${i}`);
    const lines = withRemovedFilesNote('s', 'models/churn', many).split('\n');
    expect(lines[2]).toBe('Removes 23 stale file(s) under models/churn/ that the new model does not have:');
    expect(lines.slice(3)).toHaveLength(21);
    expect(lines.at(-1)).toBe('- and 3 more');
  });
});
