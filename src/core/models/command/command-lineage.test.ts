import { describe, expect, it } from 'vitest';
import { knownInterpreter, versionLine } from './command-lineage';

describe('knownInterpreter', () => {
  it('names interpreters by their base name, whatever the path', () => {
    expect(knownInterpreter('python3')).toBe('python3');
    expect(knownInterpreter('/usr/bin/python3.11')).toBe('python3.11');
    expect(knownInterpreter('C:\\Python311\\python.exe')).toBe('python.exe');
    expect(knownInterpreter('Rscript')).toBe('Rscript');
    expect(knownInterpreter('/opt/node/bin/node')).toBe('node');
  });

  it('does not ask other programs, which might start training on --version', () => {
    expect(knownInterpreter('./train')).toBeNull();
    expect(knownInterpreter('uv')).toBeNull();
    expect(knownInterpreter('python-train.sh')).toBeNull();
    expect(knownInterpreter('torchrun')).toBeNull();
  });
});

describe('versionLine', () => {
  it('takes the first non-empty line', () => {
    expect(versionLine(['', '  Python 3.11.4 ', 'x'])).toBe('Python 3.11.4');
    expect(versionLine([])).toBeNull();
    expect(versionLine(['v'.repeat(300)])).toHaveLength(200);
  });
});
