import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RandomSampler } from '../core/tune/samplers/random-sampler';
import { createStudy } from '../core/tune/study';
import { JournalFileBackend, journalFileStorage } from './journal-file-storage';

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mltrain-journal-'));
  dirs.push(dir);
  return join(dir, 'nested', 'study.jsonl');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('journal file storage', () => {
  it('resumes a study from the file, continuing trial numbers, after a crash tore the last line', async () => {
    const path = tempFile();
    const objective = (trial: { suggestFloat(n: string, l: number, h: number): number }): number => trial.suggestFloat('x', 0, 1);
    const first = await createStudy({ storage: journalFileStorage(path, { fsync: 'never' }), sampler: new RandomSampler({ seed: 1 }) });
    await first.optimize(objective, { nTrials: 3 });
    appendFileSync(path, '{"op":"report","study":"mltrain-st'); // the process died mid-write

    const second = await createStudy({ storage: journalFileStorage(path), sampler: new RandomSampler({ seed: 2 }) });
    expect(second.trials.map((t) => t.params)).toEqual(first.trials.map((t) => t.params));
    await second.optimize(objective, { nTrials: 2 });
    expect(second.trials.map((t) => t.number)).toEqual([0, 1, 2, 3, 4]);

    const lines = readFileSync(path, 'utf8').split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).every((line) => JSON.parse(line) !== null)).toBe(true);
    const third = await createStudy({ storage: journalFileStorage(path) });
    expect(third.trials).toEqual(second.trials);
  });

  it('reads nothing from a missing file and creates folders on first write', () => {
    const backend = new JournalFileBackend(tempFile());
    expect(backend.readAll()).toEqual([]);
    backend.append('{"a":1}');
    backend.close();
    expect(backend.readAll()).toEqual(['{"a":1}']);
  });
});
