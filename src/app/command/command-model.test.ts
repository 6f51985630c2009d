import { describe, expect, it } from 'vitest';
import { commandTrainedModel } from './command-model';

describe('commandTrainedModel', () => {
  const test = [Float64Array.from([1, 2])];
  const model = commandTrainedModel({ argv: ['python3', 'train.py'], params: { lr: 0.1 }, iterations: 40, modelDir: 'command/trial-0003/output', files: ['model.pkl'], codeVersion: 'abc123', scores: [{ features: test, scores: Float64Array.from([0.2, 0.9]) }] });

  it('answers for the parts its program predicted, by identity', () => {
    expect([...model.predict(test)]).toEqual([0.2, 0.9]);
    expect(() => model.predict([Float64Array.from([1, 2])])).toThrow(/predict_command/);
  });

  it('records the command, its folder and code version', () => {
    expect(model.toJSON()).toEqual({ protocol: 1, command: ['python3', 'train.py'], model_dir: 'command/trial-0003/output', files: ['model.pkl'], code_version: 'abc123', params: { lr: 0.1 }, iterations: 40 });
    expect(model).toMatchObject({ engine: 'command', engineVersion: 'abc123', iterations: 40 });
  });
});
