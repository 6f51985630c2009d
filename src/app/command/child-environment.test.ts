import { describe, expect, it } from 'vitest';
import { childEnvironment } from './child-environment';

describe('childEnvironment', () => {
  const parent = {
    PATH: '/usr/bin',
    HOME: '/home/runner',
    GITHUB_TOKEN: 'ghs_secret',
    'INPUT_GITHUB-TOKEN': 'ghs_secret',
    INPUT_CONFIG: 'training_config.yaml',
    ACTIONS_RUNTIME_TOKEN: 'rt',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc',
    ACTIONS_RUNTIME_URL: 'https://runtime',
    ACTIONS_RESULTS_URL: 'https://results',
    GITHUB_SHA: 'abc123',
    MLTRAIN_TRAIN: '/stale/train.csv',
    MLTRAIN_VALIDATION: '/stale/validation.csv',
    MLTRAIN_HOURLY_RATE_USD: '2.5',
    UNSET: undefined,
  };

  it('drops secrets and stale protocol variables, keeps the rest', () => {
    const { env } = childEnvironment(parent, {}, { MLTRAIN_TRAIN: '/t/train.csv' });
    expect(env).toEqual({ PATH: '/usr/bin', HOME: '/home/runner', GITHUB_SHA: 'abc123', MLTRAIN_HOURLY_RATE_USD: '2.5', MLTRAIN_TRAIN: '/t/train.csv' });
  });

  it('adds the config\'s variables but never a secret name, and the protocol wins', () => {
    const result = childEnvironment(parent, { OMP_NUM_THREADS: '4', github_token: 'x', MLTRAIN_TRAIN: '/mine.csv' }, { MLTRAIN_TRAIN: '/t/train.csv' });
    expect(result.env.OMP_NUM_THREADS).toBe('4');
    expect(result.env.MLTRAIN_TRAIN).toBe('/t/train.csv');
    expect(result.env).not.toHaveProperty('github_token');
    expect(result.droppedFromConfig).toEqual(['github_token']);
  });
});
