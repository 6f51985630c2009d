import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MlpCheckpoint } from '../../core/models/nn/mlp-checkpoint';
import { CheckpointFile } from './checkpoint-file';

const checkpoint = {
  format: 'mltrain-mlp-checkpoint',
  version: 1,
  fingerprint: '{}',
  epoch: 2,
  stepInEpoch: 5,
  globalStep: 25,
  shuffleRng: { seed: 1, path: ['mlp', 'shuffle'], words: [1, 2, 3, 4], spareNormal: null },
  dropoutRng: { seed: 1, path: ['mlp', 'dropout'], words: [5, 6, 7, 8], spareNormal: 0.5 },
  theta: 'AACAPw==',
  optimizer: { step: 25, first: '', second: '' },
  running: '',
  best: null,
  roundsWithoutImprovement: 0,
  history: [0.5, 0.4],
} satisfies MlpCheckpoint;

describe('CheckpointFile', () => {
  it('saves atomically and loads back; nothing to load before the first save', () => {
    const file = new CheckpointFile(join(mkdtempSync(join(tmpdir(), 'mltrain-ckpt-')), 'nested', 'mlp.ckpt.json'));
    expect(file.load()).toBeUndefined();
    file.save(checkpoint);
    expect(existsSync(`${file.path}.partial`)).toBe(false);
    expect(file.load()).toEqual(checkpoint);
  });

  it('refuses a file that is not a checkpoint', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'mltrain-ckpt-')), 'x.json');
    writeFileSync(path, '{"format":"other"}');
    expect(() => new CheckpointFile(path).load()).toThrow(/not an mlp checkpoint/);
  });
});
