import { describe, expect, it } from 'vitest';
import { MLP_DEFAULTS, readMlpParams } from './mlp-params';

describe('readMlpParams', () => {
  it('fills defaults and keeps valid values', () => {
    const { params, problems } = readMlpParams({ hidden_layers: [8], optimizer: 'adamw', patience: 3, class_weight: { '1': 2 } }, 'binary');
    expect(problems).toEqual([]);
    expect(params).toEqual({ ...MLP_DEFAULTS, hidden_layers: [8], optimizer: 'adamw', early_stopping_rounds: 3, class_weight: { '1': 2 } });
  });

  it('names every bad or unknown parameter', () => {
    const { problems } = readMlpParams(
      { hidden_layers: [64, 0], activation: 'swish', dropout: 1, epochs: 1.5, optimizer: 'rmsprop', lr_schedule: 'linear', class_weight: 'auto', learning_rate: -1, batch_norm: 'yes', backend: 'tpu', hiden_layers: [3] },
      'binary',
    );
    expect(problems.map((p) => p.param)).toEqual(['hidden_layers', 'activation', 'dropout', 'epochs', 'optimizer', 'lr_schedule', 'class_weight', 'learning_rate', 'batch_norm', 'backend', 'hiden_layers']);
    expect(problems[1].message).toBe("'activation' must be one of relu, tanh, sigmoid, elu, got \"swish\"");
  });

  it('refuses class weights for regression, non-index keys and both early-stopping names', () => {
    expect(readMlpParams({ class_weight: 'balanced' }, 'regression').problems[0].message).toContain('classification tasks only');
    expect(readMlpParams({ class_weight: { yes: 2 } }, 'binary').problems[0].message).toContain("got 'yes'");
    expect(readMlpParams({ patience: 2, early_stopping_rounds: 3 }, 'binary').problems.map((p) => p.param)).toEqual(['patience']);
  });
});
