import { describe, expect, it } from 'vitest';
import { createStudy } from '../study.js';
import { GridSampler } from './grid-sampler.js';

describe('GridSampler', () => {
  it('visits every grid point once, then stops the study', async () => {
    const sampler = new GridSampler({ x: [0, 0.5, 1], kind: ['a', 'b'] }, { seed: 1 });
    expect(sampler.size).toBe(6);
    const study = await createStudy({ sampler });
    const result = await study.optimize((t) => t.suggestFloat('x', 0, 1) + (t.suggestCategorical('kind', ['a', 'b']) === 'a' ? 0 : 1), { nTrials: 10 });
    expect(result.stopReason).toBe('grid_exhausted');
    const points = study.trials.map((t) => `${t.params.x}/${t.params.kind}`);
    expect(new Set(points).size).toBe(6);
    expect(points).toHaveLength(6);
  });

  it('rejects a parameter outside the grid', async () => {
    const study = await createStudy({ sampler: new GridSampler({ x: [1] }) });
    await study.optimize((t) => t.suggestFloat('y', 0, 1), { nTrials: 1 });
    expect(study.trials[0].failReason).toMatch(/not in the grid/);
  });
});
