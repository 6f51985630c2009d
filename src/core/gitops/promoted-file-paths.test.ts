import { describe, expect, it } from 'vitest';
import { oversizedFileWarnings, PROMOTED_FILES } from './model-files';
import { promotedFilePaths, refusedFileWarning } from './promoted-file-paths';

const MODEL_PATH = '/w/.mltrain/churn/model.json';
const commandModel = (model: Record<string, unknown>) => ({ engine: { type: 'command', model: { protocol: 1, command: ['python', 'train.py'], ...model } } });

describe('promotedFilePaths', () => {
  it('is the fixed list for any other engine, or no model.json', () => {
    expect(promotedFilePaths(MODEL_PATH, { engine: { type: 'gbdt', model: { trees: [] } } })).toEqual({ paths: [...PROMOTED_FILES], refused: [], commandFileCount: 0 });
    expect(promotedFilePaths(undefined, null).paths).toEqual([...PROMOTED_FILES]);
    expect(promotedFilePaths('out/model.pt', 'not an object').paths).toEqual([...PROMOTED_FILES, 'model.pt']);
  });

  it("adds exactly a command model's files, with their sub-paths under model_dir", () => {
    const selection = promotedFilePaths(MODEL_PATH, commandModel({ model_dir: 'command/trial-0003/output', files: ['model.pkl', 'vocab/words.txt'] }));
    expect(selection.paths).toEqual([...PROMOTED_FILES, 'command/trial-0003/output/model.pkl', 'command/trial-0003/output/vocab/words.txt']);
    expect(selection).toMatchObject({ refused: [], commandFileCount: 2 });
  });

  it('refuses, with a reason, paths that would break the artifact, the tree, or replace a run file', () => {
    const selection = promotedFilePaths(MODEL_PATH, commandModel({ model_dir: '.', files: ['ok.bin', 'x/a:b.bin', 'x/.GIT/config', 'metrics.json', 'tab\there', 'ok.bin'] }));
    expect(selection.paths).toEqual([...PROMOTED_FILES, 'ok.bin']);
    expect(selection.commandFileCount).toBe(1);
    expect(selection.refused.map((r) => r.path)).toEqual(['x/a:b.bin', 'x/.GIT/config', 'metrics.json', 'tab\there']);
    expect(selection.refused[1].reason).toContain('.git');
    expect(selection.refused[2].reason).toContain("run's own metrics.json");
  });

  it('refuses all files of a command part whose paths could leave the folder, and says so', () => {
    for (const model of [{ model_dir: '../elsewhere', files: ['m.pkl'] }, { model_dir: 'out', files: ['../../secret'] }, { model_dir: 'out', files: ['/etc/passwd'] }]) {
      const selection = promotedFilePaths(MODEL_PATH, commandModel(model));
      expect(selection.paths).toEqual([...PROMOTED_FILES]);
      expect(selection.refused).toHaveLength(1);
      expect(selection.refused[0].path).toBeNull();
      expect(refusedFileWarning(selection.refused[0])).toMatch(/does not promote any of the command model's files: model.json's command model part is refused/);
    }
  });

  it('warns when an older model.json lists no files', () => {
    const selection = promotedFilePaths(MODEL_PATH, commandModel({ model_dir: 'command/trial-0001/output' }));
    expect(selection.commandFileCount).toBe(0);
    expect(refusedFileWarning(selection.refused[0])).toContain('written before mltrain recorded them');
  });
});

describe('oversizedFileWarnings on nested paths', () => {
  it("takes the Git LFS pattern from the file's own name and folder", () => {
    const big = 60 * 1024 * 1024;
    const [nested, bare, dotted] = oversizedFileWarnings(
      [
        { path: 'models/churn/command/trial-0003/output/model.pkl', size: big },
        { path: 'models/churn/command/trial.v2/weights', size: big },
        { path: 'model.json', size: big },
      ],
      50 * 1024 * 1024,
    );
    expect(nested).toContain("git lfs track 'models/churn/command/trial-0003/output/*.pkl'");
    expect(bare).toContain("git lfs track 'models/churn/command/trial.v2/weights'");
    expect(dotted).toContain("git lfs track '*.json'");
  });
});
