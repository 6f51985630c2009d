import { describe, expect, it } from 'vitest';
import type { ModelConfig } from '../../config/training-config';
import { commandSettingsProblems } from './command-settings';

const base: ModelConfig = { type: 'command', params: {}, compute: { backend: 'auto', threads: 'auto' }, env: {}, output_format: 'csv', command: ['python', 'train.py'] };

describe('commandSettingsProblems', () => {
  it('accepts a complete section', () => {
    expect(commandSettingsProblems({ ...base, predict_command: 'python predict.py', timeout_per_trial: '10m' })).toEqual([]);
    expect(commandSettingsProblems({ ...base, output_format: 'parquet' })).toEqual([]);
  });

  it('names each problem by its pointer', () => {
    const problems = commandSettingsProblems({ ...base, command: undefined, predict_command: "python 'x", timeout_per_trial: 'soon' });
    expect(problems.map((p) => p.pointer)).toEqual(['/model/command', '/model/predict_command', '/model/timeout_per_trial']);
    expect(problems[1].message).toMatch(/unterminated single quote/);
  });
});
