import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(__dirname, '../..');

describe('the library, imported from the bundle as `import ... from "mltrain"`', () => {
  it('exports the contract names and they work together', () => {
    const script = `
      import * as mltrain from 'mltrain';
      const names = ['createStudy','TPESampler','RandomSampler','GridSampler','MedianPruner','PercentilePruner','SuccessiveHalvingPruner','HyperbandPruner','NopPruner','computeMetrics','fairnessMetrics','trainGbdt','loadTable'];
      const missing = names.filter((n) => typeof mltrain[n] !== 'function');
      const table = await mltrain.loadTable('examples/credit/data/german_credit.csv');
      const study = await mltrain.createStudy({ direction: 'minimize', sampler: new mltrain.TPESampler({ seed: 1 }) });
      await study.optimize((t) => (t.suggestFloat('x', -5, 5) - 2) ** 2, { nTrials: 30 });
      const auc = mltrain.computeMetrics({ task: 'binary', yTrue: [0, 1, 0, 1], yScore: [0.1, 0.9, 0.4, 0.6] }).roc_auc;
      console.log(JSON.stringify({ missing, rows: table.numRows, columns: table.columnNames.length, best: study.bestValue, auc }));
    `;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repo, encoding: 'utf8', timeout: 60_000 });
    expect(child.stderr).toBe('');
    const result = JSON.parse(child.stdout.trim().split('\n').pop()!);
    expect(result.missing).toEqual([]);
    expect(result).toMatchObject({ rows: 1000, columns: 21, auc: 1 });
    expect(result.best).toBeLessThan(0.05);
  });
});
