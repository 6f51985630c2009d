import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
// Parquet data files for command programs (output_format: parquet): the writer's output read back.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ChildProcessRunner } from '../../src/adapters/child-process-runner';
import { nodeFileSystem } from '../../src/adapters/node-file-system';
import { nodeTrialFolders } from '../../src/adapters/node-trial-folders';
import { readParquetFile } from '../../src/adapters/read-parquet-file';
import { runCommandTrial } from '../../src/app/command/run-command-trial';
import { tableToParquet } from '../../src/app/command/table-parquet';
import { cellValue, makeTable, type Table } from '../../src/core/data/table';
import { RecordingLogger } from '../fakes/recording-logger';

function sample(): Table {
  return makeTable([
    { name: 'plan', type: 'categorical', codes: Int32Array.from([0, 1, -1, 2]), categories: ['Month-to-month', 'a, "quoted" plan', 'two\nlines, ünïcode'] },
    { name: 'charges', type: 'numeric', values: Float64Array.from([29.85, -1.5e-300, NaN, 1e21]) },
    { name: 'paperless', type: 'boolean', values: Float64Array.from([1, 0, NaN, 1]) },
    { name: 'since', type: 'datetime', values: Float64Array.from([Date.UTC(2020, 0, 2), NaN, 0, Date.UTC(1999, 11, 31, 23, 59, 59, 123)]) },
  ]);
}

const dir = mkdtempSync(join(tmpdir(), 'mltrain-parquet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tableToParquet', () => {
  it('hyparquet reads back the same values, types and nulls, categories as strings', async () => {
    const bytes = tableToParquet(sample(), ['charges', 'plan', 'paperless', 'since']);
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const metadata = parquetMetadata(file);
    expect(parquetSchema(metadata).children.map((c) => [c.element.name, c.element.type, c.element.converted_type])).toEqual([
      ['charges', 'DOUBLE', undefined],
      ['plan', 'BYTE_ARRAY', 'UTF8'],
      ['paperless', 'BOOLEAN', undefined],
      ['since', 'INT64', 'TIMESTAMP_MILLIS'],
    ]);
    expect(await parquetReadObjects({ file })).toEqual([
      { charges: 29.85, plan: 'Month-to-month', paperless: true, since: new Date(Date.UTC(2020, 0, 2)) },
      { charges: -1.5e-300, plan: 'a, "quoted" plan', paperless: false, since: null },
      { charges: null, plan: null, paperless: null, since: new Date(0) },
      { charges: 1e21, plan: 'two\nlines, ünïcode', paperless: true, since: new Date(Date.UTC(1999, 11, 31, 23, 59, 59, 123)) },
    ]);
  });

  it('round-trips through mltrain\'s own Parquet loader, column types included', async () => {
    const table = sample();
    const path = join(dir, 'sample.parquet');
    writeFileSync(path, tableToParquet(table, table.columnNames));
    const back = (await readParquetFile(path, {})).result.table;
    expect(back.columns.map((c) => [c.name, c.type])).toEqual(table.columns.map((c) => [c.name, c.type]));
    for (const column of table.columns) {
      const other = back.columns.find((c) => c.name === column.name)!;
      for (let row = 0; row < table.numRows; row++) expect(cellValue(other, row), `${column.name} row ${row}`).toEqual(cellValue(column, row));
    }
  });

  it('writes an empty table and refuses unknown columns', async () => {
    const empty = makeTable([{ name: 'x', type: 'numeric', values: new Float64Array(0) }]);
    const bytes = tableToParquet(empty, ['x']);
    expect(Number(parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer).num_rows)).toBe(0);
    expect(() => tableToParquet(empty, ['y'])).toThrow(/no column 'y'/);
  });
});

describe('output_format: parquet end to end', () => {
  it('a program reads the parts as Parquet (target withheld from test) and its predictions are scored', { timeout: 20_000 }, async () => {
    const part = (rows: number, offset: number) =>
      makeTable([
        { name: 'x', type: 'numeric', values: Float64Array.from({ length: rows }, (_, i) => ((i * 37 + offset) % rows) / rows) },
        { name: 'plan', type: 'categorical', codes: Int32Array.from({ length: rows }, (_, i) => (i % 5 === 0 ? -1 : i % 2)), categories: ['basic', 'pro'] },
        { name: 'label', type: 'categorical', codes: Int32Array.from({ length: rows }, (_, i) => (((i * 37 + offset) % rows) / rows > 0.5 ? 1 : 0)), categories: ['no', 'yes'] },
      ]);
    const result = await runCommandTrial(
      { fs: nodeFileSystem, folders: nodeTrialFolders, runner: new ChildProcessRunner(), logger: new RecordingLogger(), environment: { PATH: process.env.PATH } },
      {
        model: { command: [process.execPath, resolve(__dirname, '../fixtures/command/train-parquet.mjs')], env: {}, output_format: 'parquet', timeout_per_trial: '10s' },
        configDirectory: resolve(__dirname, '../..'),
        parts: { train: part(50, 1), validation: part(30, 2), test: part(20, 3) },
        target: 'label',
        features: ['x', 'plan'],
        task: 'binary',
        classes: ['no', 'yes'],
        params: {},
        seed: 1,
        trialNumber: 0,
        root: join(dir, 'study'),
        graceMs: 200,
      },
    );
    expect(result.details).toBeNull();
    expect(result.status).toBe('complete');
    const seen = JSON.parse(readFileSync(join(result.outputDir, 'seen.json'), 'utf8'));
    expect(seen.format).toBe('parquet');
    expect(seen.files).toEqual({ train: join(dir, 'study/data/train.parquet'), validation: join(dir, 'study/data/validation.parquet'), test: join(dir, 'study/data/test.parquet') });
    expect(seen.train).toMatchObject({ rows: 50, columns: ['x', 'plan', 'label'], first: { x: 1 / 50, plan: null, label: 'no' }, types: { x: 'number', plan: 'null', label: 'string' } });
    expect(seen.test).toMatchObject({ rows: 20, columns: ['x', 'plan'] });
    expect(seen.nulls).toBe(10);
    expect(result.testScores).toHaveLength(20);
  });
});
