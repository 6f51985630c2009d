import { describe, expect, it } from 'vitest';
import { commandModelFilePaths, isSafeRelativePath, readCommandModelJson } from './command-model-json';

describe('readCommandModelJson', () => {
  const json = { protocol: 1, command: ['python', 'train.py'], model_dir: 'command/trial-0003/output', files: ['model.pkl', 'sub/vocab.txt'], code_version: 'abc', params: { lr: 0.1 }, iterations: 7 };

  it('reads what commandTrainedModel writes', () => {
    expect(readCommandModelJson(json)).toEqual(json);
  });

  it('fills what older model files lack', () => {
    expect(readCommandModelJson({ model_dir: '.' })).toEqual({ protocol: 1, command: [], model_dir: '.', files: null, code_version: 'unknown', params: {}, iterations: 0 });
  });

  it('refuses paths that leave the model folder', () => {
    expect(() => readCommandModelJson({ ...json, model_dir: '/tmp/x' })).toThrow(/model_dir/);
    expect(() => readCommandModelJson({ ...json, model_dir: 'a/../../b' })).toThrow(/model_dir/);
    expect(() => readCommandModelJson({ ...json, files: ['../../.ssh/id_rsa'] })).toThrow(/id_rsa/);
    expect(() => readCommandModelJson({ ...json, files: [3] })).toThrow(/list of paths/);
    expect(() => readCommandModelJson(null)).toThrow(/not a JSON object/);
  });
});

describe('isSafeRelativePath', () => {
  it('accepts plain relative paths only', () => {
    expect(['model.pkl', 'a/b/c.bin', 'x.y.z'].map((p) => isSafeRelativePath(p, false))).toEqual([true, true, true]);
    expect(['', '/a', 'a//b', 'a\\b', 'C:/x', '..', 'a/..', './a'].map((p) => isSafeRelativePath(p, false))).toEqual([false, false, false, false, false, false, false, false]);
    expect(isSafeRelativePath('.', true)).toBe(true);
  });
});

describe('commandModelFilePaths', () => {
  it('lists the kept files relative to model.json for promotion, nothing for other engines', () => {
    expect(commandModelFilePaths({ engine: { type: 'command', model: { model_dir: 'command/trial-0001/output', files: ['m.pkl', 'a/b.txt'] } } })).toEqual(['command/trial-0001/output/m.pkl', 'command/trial-0001/output/a/b.txt']);
    expect(commandModelFilePaths({ engine: { type: 'command', model: { model_dir: '.', files: ['m.pkl'] } } })).toEqual(['m.pkl']);
    expect(commandModelFilePaths({ engine: { type: 'command', model: { model_dir: '..', files: ['m.pkl'] } } })).toEqual([]);
    expect(commandModelFilePaths({ engine: { type: 'gbdt', model: {} } })).toEqual([]);
    expect(commandModelFilePaths(null)).toEqual([]);
  });
});
