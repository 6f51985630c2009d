import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION_INPUTS, ACTION_OUTPUTS } from '../../src/action/action-inputs';
// @ts-expect-error: a plain ES module script shared with `npm run docs`
import { renderActionIoTable, START, END } from '../../scripts/action-io-table.mjs';

const repo = resolve(__dirname, '../..');
const actionText = readFileSync(join(repo, 'action.yml'), 'utf8');
const action = parse(actionText) as { inputs: Record<string, unknown>; outputs: Record<string, unknown>; runs: { using: string; main: string } };

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

describe('action.yml', () => {
  it('runs dist/index.js on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares exactly the inputs the code reads and the outputs it sets', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...ACTION_INPUTS].sort());
    expect(Object.keys(action.outputs).sort()).toEqual([...ACTION_OUTPUTS].sort());
    const code = sources(join(repo, 'src')).map((f) => readFileSync(f, 'utf8')).join('\n');
    const read = [...code.matchAll(/getInput\('([^']+)'/g)].map((m) => m[1]);
    const set = [...code.matchAll(/setOutput\('([^']+)'/g)].map((m) => m[1]);
    expect(read.filter((name) => !(ACTION_INPUTS as readonly string[]).includes(name))).toEqual([]);
    expect([...new Set(set)].sort()).toEqual([...ACTION_OUTPUTS].sort());
  });

  it('is described by the README tables generated from it', () => {
    const readme = readFileSync(join(repo, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf(START as string), readme.indexOf(END as string) + (END as string).length);
    expect(section).toBe(renderActionIoTable(actionText));
  });
});
