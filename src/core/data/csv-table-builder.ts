import { ColumnBuilder } from './column-builder';
import { FIELD_ESCAPED, FIELD_STRAY_QUOTE } from './csv-scanner';
import type { CsvRecordSink } from './csv-scanner';
import { DataError } from './data-error';
import type { DataProblem } from './data-error';
import { IssueLog } from './issue-log';
import { DEFAULT_NA_VALUES, declaredType } from './load-options';
import type { ParseOptions, ParseResult } from './load-options';
import { parseNumberBytes } from './parse-number';
import { makeTable } from './table';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const SUSPECT_DELIMITERS = [';', '\t', '|'];

/**
 * Receives CSV records from the scanner: the first is the header, the others become rows of
 * typed columns. Problems are tallied per kind (first line and count) rather than thrown at once,
 * so the error can say how many rows share the problem; `finish` throws or, with
 * `onBadRows: skip`, reports the skipped rows.
 */
export class CsvTableBuilder implements CsvRecordSink {
  private header: string[] | null = null;
  private columns: ColumnBuilder[] = [];
  private lines = new Uint32Array(1024);
  private numRows = 0;
  private readonly log: IssueLog;
  private readonly naBytes: Uint8Array[];
  private readonly naEmpty: boolean;
  private readonly naMaxLength: number;
  private readonly source: string;

  constructor(private readonly options: ParseOptions = {}) {
    const encoder = new TextEncoder();
    const naValues = options.naValues ?? DEFAULT_NA_VALUES;
    this.naEmpty = naValues.includes('');
    this.naBytes = naValues.filter((v) => v !== '').map((v) => encoder.encode(v));
    this.naMaxLength = Math.max(0, ...this.naBytes.map((b) => b.length));
    this.source = options.source ?? '<data>';
    this.log = new IssueLog(this.source);
  }

  record(buf: Uint8Array, starts: Int32Array, ends: Int32Array, flags: Uint8Array, count: number, line: number): void {
    if (this.header === null) {
      this.readHeader(buf, starts, ends, flags, count, line);
      return;
    }
    const columns = this.columns;
    if (count !== columns.length) {
      this.log.note('ragged_row', line, undefined, undefined, `has ${count} fields, the header has ${columns.length}`);
      return;
    }
    for (let c = 0; c < count; c++) {
      const column = columns[c];
      const start = starts[c];
      const end = ends[c];
      const flag = flags[c];
      let problem: DataProblem | undefined;
      let text = '';
      let handled = false;
      if (flag & FIELD_STRAY_QUOTE) {
        problem = 'stray_quote';
        handled = true;
      } else if (this.isMissing(buf, start, end)) {
        column.stageMissing();
        continue;
      } else if (column.takesNumbers && (flag & FIELD_ESCAPED) === 0) {
        const value = parseNumberBytes(buf, start, end);
        if (value === value) {
          handled = true;
          problem = column.stageNumber(value);
          if (problem) text = latin1(buf, start, end);
        }
      }
      if (!handled) {
        const decoded = decodeField(buf, start, end, flag);
        if (decoded === null) problem = 'invalid_utf8';
        else {
          text = decoded;
          problem = column.stageText(decoded);
        }
      }
      if (problem) {
        this.log.note(problem, line, column.name, c + 1, describe(problem, column.declared, text));
        return;
      }
    }
    for (let c = 0; c < count; c++) columns[c].commit();
    if (this.numRows === this.lines.length) {
      const grown = new Uint32Array(this.lines.length * 2);
      grown.set(this.lines);
      this.lines = grown;
    }
    this.lines[this.numRows++] = line;
  }

  oversizedRecord(at: { line: number; field: number }, bytes: number): never {
    const name = this.header?.[at.field - 1];
    const size = `${Math.round(bytes / 1048576)} MiB`;
    this.log.note('unterminated_quote', at.line, name, at.field, `a quoted field runs on for ${size} without a closing quote (the quote is probably never closed)`);
    throw this.log.error('unterminated_quote');
  }

  /** Builds the table, or throws the first problem found (every kind is listed in `details`). */
  finish(unterminated?: { line: number; field: number }): ParseResult {
    if (unterminated) {
      const name = this.header?.[unterminated.field - 1];
      this.log.note('unterminated_quote', unterminated.line, name, unterminated.field, 'a quoted field is never closed (the quote runs to the end of the file)');
      throw this.log.error('unterminated_quote');
    }
    if (this.header === null) {
      throw new DataError(this.source, { problem: 'empty_file', message: 'the file is empty: expected a header row and data rows', count: 1 });
    }
    const issues = this.log.issues();
    if (issues.length > 0 && this.options.onBadRows !== 'skip') throw this.log.error();
    if (this.numRows === 0) throw this.log.noRows(this.log.badRows);
    const table = makeTable(
      this.columns.map((c) => c.build()),
      { sourceLines: this.lines.slice(0, this.numRows), source: this.source },
    );
    return { table, skippedRows: this.log.badRows, issues, retypeColumns: this.columns.filter((c) => c.retyped).map((c) => c.name) };
  }

  private readHeader(buf: Uint8Array, starts: Int32Array, ends: Int32Array, flags: Uint8Array, count: number, line: number): void {
    const names: string[] = [];
    for (let c = 0; c < count; c++) {
      const name = decodeField(buf, starts[c], ends[c], flags[c]);
      if (name === null) {
        this.log.fail('invalid_utf8', line, undefined, c + 1, 'the header is not valid UTF-8');
      }
      names.push(name === null ? '' : name.trim() === '' ? `Unnamed: ${c}` : name);
    }
    if (count === 1) {
      const suspect = SUSPECT_DELIMITERS.find((d) => names[0].includes(d));
      const expected = this.options.delimiter ?? ',';
      if (suspect && suspect !== expected) {
        this.log.fail('wrong_delimiter', line, undefined, undefined,
          `the header is one column '${names[0].slice(0, 60)}' that contains '${suspect === '\t' ? '\\t' : suspect}': the file seems to use '${suspect === '\t' ? '\\t' : suspect}' as its delimiter, not '${expected}'`);
      }
    }
    const seen = new Map<string, number>();
    names.forEach((name, c) => {
      const earlier = seen.get(name);
      if (earlier !== undefined) this.log.fail('duplicate_column', line, name, c + 1, `duplicate column name '${name}' (also column ${earlier + 1})`);
      seen.set(name, c);
    });
    this.header = names;
    this.columns = names.map((name) => new ColumnBuilder(name, declaredType(this.options, name)));
  }

  private isMissing(buf: Uint8Array, start: number, end: number): boolean {
    const length = end - start;
    if (length === 0) return this.naEmpty;
    if (length > this.naMaxLength) return false;
    outer: for (const na of this.naBytes) {
      if (na.length !== length) continue;
      for (let i = 0; i < length; i++) if (buf[start + i] !== na[i]) continue outer;
      return true;
    }
    return false;
  }
}

function decodeField(buf: Uint8Array, start: number, end: number, flag: number): string | null {
  let text: string;
  let ascii = true;
  for (let i = start; i < end; i++) {
    if (buf[i] > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) text = latin1(buf, start, end);
  else {
    try {
      text = utf8.decode(buf.subarray(start, end));
    } catch {
      return null;
    }
  }
  return flag & FIELD_ESCAPED ? text.replaceAll('""', '"') : text;
}

/** Bytes known to be ASCII as a string (long ones through the decoder: ASCII is UTF-8). */
function latin1(buf: Uint8Array, start: number, end: number): string {
  if (end - start > 64) return utf8.decode(buf.subarray(start, end));
  let text = '';
  for (let i = start; i < end; i++) text += String.fromCharCode(buf[i]);
  return text;
}

function describe(problem: DataProblem, declared: string | undefined, text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}...` : text;
  switch (problem) {
    case 'type_mismatch':
      return `expected a ${declared} value (data.schema), got '${shown}'`;
    case 'invalid_utf8':
      return 'the field is not valid UTF-8 (is the file in another encoding, such as Latin-1?)';
    case 'stray_quote':
      return 'text follows a closing quote (a quote inside a quoted field must be doubled: "")';
    default:
      return problem;
  }
}
