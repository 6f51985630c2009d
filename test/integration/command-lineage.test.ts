import { describe, expect, it } from 'vitest';
import { ChildProcessRunner } from '../../src/adapters/child-process-runner';
import { describeProgram } from '../../src/app/command/program-lineage';

describe('describeProgram with a real interpreter', () => {
  it('asks node for its version once, through the process runner', async () => {
    const lineage = await describeProgram(
      { runner: new ChildProcessRunner(), environment: { PATH: process.env.PATH }, repository: { commit: async () => null } },
      { command: [process.execPath, 'train.mjs'], env: { SEED_OFFSET: '1' }, output_format: 'csv' },
      process.cwd(),
    );
    expect(lineage.interpreter).toEqual({ program: 'node', version: process.version });
    expect(lineage.env).toEqual(['SEED_OFFSET']);
  });
});
