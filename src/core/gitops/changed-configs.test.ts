import { describe, expect, it } from 'vitest';
import { configMatrix, configReferences, fallbackConfigName, selectChangedConfigs, type ConfigFiles } from './changed-configs';
import { resolveRepositoryPath } from './repository-path';

const data = (over: Partial<{ path: string; train: string; test: string; validation: string; reference: string }>) => ({
  data: { path: over.path, train: over.train, test: over.test, validation: { path: over.validation }, drift: { reference: over.reference } },
});

describe('resolveRepositoryPath', () => {
  it('joins against the config folder and normalises . and ..', () => {
    expect(resolveRepositoryPath('ml/churn/training_config.yaml', 'data/x.csv')).toBe('ml/churn/data/x.csv');
    expect(resolveRepositoryPath('ml/churn/training_config.yaml', './../shared/x.csv')).toBe('ml/shared/x.csv');
    expect(resolveRepositoryPath('training_config.yaml', 'data/x.csv')).toBe('data/x.csv');
  });
  it('gives up on absolute paths and paths above the root', () => {
    expect(resolveRepositoryPath('a/training_config.yaml', '/srv/x.csv')).toBeNull();
    expect(resolveRepositoryPath('a/training_config.yaml', '../../x.csv')).toBeNull();
  });
});

describe('configReferences', () => {
  it('lists every data file and the drift reference, once each', () => {
    const refs = configReferences('m/c.yaml', data({ train: 'd/train.csv', test: 'd/test.csv', validation: 'd/val.csv', reference: '../models/m/data-profile.json' }) as never);
    expect(refs).toEqual(['m/d/train.csv', 'm/d/val.csv', 'm/d/test.csv', 'models/m/data-profile.json']);
    expect(configReferences('m/c.yaml', data({ path: 'a.csv', test: 'a.csv' }) as never)).toEqual(['m/a.csv']);
  });
});

describe('selectChangedConfigs', () => {
  const configs: ConfigFiles[] = [
    { configPath: 'churn/training_config.yaml', name: 'churn', references: ['churn/data/telco.csv'] },
    { configPath: 'credit/training_config.yaml', name: 'credit', references: ['shared/credit.parquet'] },
    { configPath: 'fraud/training_config.yaml', name: 'fraud', references: ['fraud/data/parts'] },
  ];
  it('picks a config when its file or a data file it reads changed', () => {
    expect(selectChangedConfigs(configs, ['churn/training_config.yaml']).map((c) => c.name)).toEqual(['churn']);
    expect(selectChangedConfigs(configs, ['shared/credit.parquet', 'README.md']).map((c) => c.name)).toEqual(['credit']);
    expect(selectChangedConfigs(configs, ['fraud/data/parts/2026-11.csv']).map((c) => c.name)).toEqual(['fraud']);
    expect(selectChangedConfigs(configs, ['README.md', 'churn/data/telco.csv.bak'])).toEqual([]);
  });
});

describe('configMatrix', () => {
  it('orders by path and keeps job names unique', () => {
    const matrix = configMatrix([
      { configPath: 'b/training_config.yaml', name: 'm', references: [] },
      { configPath: 'a/training_config.yaml', name: 'm', references: [] },
      { configPath: 'c/training_config.yaml', name: 'c', references: [] },
    ]);
    expect(matrix).toEqual({
      include: [
        { config: 'a/training_config.yaml', name: 'm (a/training_config.yaml)' },
        { config: 'b/training_config.yaml', name: 'm (b/training_config.yaml)' },
        { config: 'c/training_config.yaml', name: 'c' },
      ],
    });
    expect(configMatrix([])).toEqual({ include: [] });
  });
  it('names an unreadable config after its folder', () => {
    expect(fallbackConfigName('ml/churn/training_config.yaml')).toBe('churn');
    expect(fallbackConfigName('training_config.yaml')).toBe('training_config');
  });
});
