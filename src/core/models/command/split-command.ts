/**
 * A command as written in the config -> an argv array, without a shell: a string is split the way
 * a POSIX shell splits words (blanks, 'single quotes', "double quotes" with \" \\ \$ \` escapes,
 * a backslash outside quotes), but nothing is expanded ($VAR, globs, ~, pipes stay literal text).
 */
export class CommandSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandSyntaxError';
  }
}

const BLANKS = new Set([' ', '\t', '\n', '\r']);
/** Inside double quotes a backslash escapes only these (as in sh); elsewhere it stays. */
const DOUBLE_QUOTE_ESCAPES = new Set(['"', '\\', '$', '`', '\n']);

export function splitCommandLine(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (BLANKS.has(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      i++;
    } else if (ch === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw new CommandSyntaxError(`unterminated single quote at character ${i + 1} of: ${text}`);
      word += text.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (ch === '"') {
      i++;
      let closed = false;
      while (i < text.length) {
        const c = text[i];
        if (c === '"') {
          closed = true;
          i++;
          break;
        }
        if (c === '\\' && i + 1 < text.length && DOUBLE_QUOTE_ESCAPES.has(text[i + 1])) {
          if (text[i + 1] !== '\n') word += text[i + 1];
          i += 2;
        } else {
          word += c;
          i++;
        }
      }
      if (!closed) throw new CommandSyntaxError(`unterminated double quote in: ${text}`);
      inWord = true;
    } else if (ch === '\\') {
      if (i + 1 >= text.length) throw new CommandSyntaxError(`a trailing backslash ends: ${text}`);
      // A backslash-newline joins lines; any other escaped character is taken literally.
      if (text[i + 1] !== '\n') {
        word += text[i + 1];
        inWord = true;
      }
      i += 2;
    } else {
      word += ch;
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/** The config's `command` / `predict_command` (argv array or string) as a non-empty argv. */
export function commandArgv(command: readonly string[] | string): string[] {
  const argv = typeof command === 'string' ? splitCommandLine(command) : [...command];
  if (argv.length === 0 || argv[0] === '') throw new CommandSyntaxError('the command is empty: name a program to run');
  return argv;
}
