import { describe, expect, it } from 'vitest';
import { CommandSyntaxError, commandArgv, splitCommandLine } from './split-command';

// Expected splits are what bash 5 prints for `printf '[%s]' <words>` on the same text.
describe('splitCommandLine', () => {
  it('splits on blanks and keeps quoted text together', () => {
    expect(splitCommandLine('python  train.py --epochs 20')).toEqual(['python', 'train.py', '--epochs', '20']);
    expect(splitCommandLine(`python 'my script.py' "a b" c'd e'f`)).toEqual(['python', 'my script.py', 'a b', 'cd ef']);
  });

  it('keeps shell syntax literal: nothing is expanded or piped', () => {
    expect(splitCommandLine('echo $HOME; rm -rf * | cat > out && `id`')).toEqual(['echo', '$HOME;', 'rm', '-rf', '*', '|', 'cat', '>', 'out', '&&', '`id`']);
  });

  it('handles escapes like sh', () => {
    expect(splitCommandLine('a\\ b "c \\"d\\" \\x" \'e\\f\'')).toEqual(['a b', 'c "d" \\x', 'e\\f']);
    expect(splitCommandLine('one \\\n two')).toEqual(['one', 'two']);
    expect(splitCommandLine(`"" ''`)).toEqual(['', '']);
  });

  it('rejects unterminated quotes and a trailing backslash', () => {
    expect(() => splitCommandLine(`python 'train.py`)).toThrow(CommandSyntaxError);
    expect(() => splitCommandLine('python "train.py')).toThrow(/double quote/);
    expect(() => splitCommandLine('python \\')).toThrow(/backslash/);
  });
});

describe('commandArgv', () => {
  it('takes arrays as they are and splits strings', () => {
    expect(commandArgv(['python', 'a b.py'])).toEqual(['python', 'a b.py']);
    expect(commandArgv('Rscript fit.R')).toEqual(['Rscript', 'fit.R']);
  });

  it('rejects an empty command', () => {
    expect(() => commandArgv('   ')).toThrow(/empty/);
    expect(() => commandArgv([''])).toThrow(/empty/);
  });
});
