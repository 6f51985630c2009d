import { describe, expect, it } from 'vitest';
import { globToRegExp, matchesGlob } from './glob-pattern';

describe('globToRegExp', () => {
  it('keeps * and ? inside one folder', () => {
    expect(matchesGlob('models/churn.yaml', 'models/*.yaml')).toBe(true);
    expect(matchesGlob('models/a/churn.yaml', 'models/*.yaml')).toBe(false);
    expect(matchesGlob('a1.yml', 'a?.yml')).toBe(true);
    expect(matchesGlob('a/.yml', 'a?.yml')).toBe(false);
  });

  it('lets **/ match no folder or any number of them', () => {
    const glob = '**/training_config.yaml';
    expect(matchesGlob('training_config.yaml', glob)).toBe(true);
    expect(matchesGlob('churn/training_config.yaml', glob)).toBe(true);
    expect(matchesGlob('a/b/c/training_config.yaml', glob)).toBe(true);
    expect(matchesGlob('a/b/other_training_config.yaml', glob)).toBe(false);
    expect(matchesGlob('models/x/y', 'models/**')).toBe(true);
  });

  it('reads {a,b} as alternatives and escapes regex characters', () => {
    expect(matchesGlob('c/training_config.yml', 'c/training_config.{yaml,yml}')).toBe(true);
    expect(matchesGlob('c/training_configXyml', 'c/training_config.{yaml,yml}')).toBe(false);
    expect(matchesGlob('a+b(1).yaml', 'a+b(1).yaml')).toBe(true);
    expect(() => globToRegExp('{a,b')).toThrow(/unbalanced/);
  });

  it('ignores a leading ./ on the path', () => {
    expect(matchesGlob('./x/training_config.yaml', '**/training_config.yaml')).toBe(true);
  });
});
