import { ColumnBuilder } from './column-builder';
import { IssueLog } from './issue-log';
import { DEFAULT_NA_VALUES, declaredType } from './load-options';
import type { ParseOptions, ParseResult } from './load-options';
import { makeTable } from './table';
import type { DataProblem } from './data-error';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const LF = 0x0a;

/** A JSON Lines parser fed chunk by chunk: one JSON object per line, keys are columns. */
export interface JsonLinesReader {
  push(chunk: Uint8Array): void;
  finish(): ParseResult;
}

/**
 * Columns appear in the order their keys are first seen; a key absent from a row is a missing
 * value, as is null or a string in `naValues`. JSON numbers stay numbers, strings stay text (a
 * string column of true/false or ISO dates is inferred boolean or datetime, as in CSV), booleans
 * are true/false. Nested objects and arrays are refused: a table cell holds one value.
 */
export function createJsonLinesReader(options: ParseOptions = {}): JsonLinesReader {
  const source = options.source ?? '<data>';
  const log = new IssueLog(source);
  const naValues = new Set(options.naValues ?? DEFAULT_NA_VALUES);
  const columns: ColumnBuilder[] = [];
  const byName = new Map<string, ColumnBuilder>();
  const lines: number[] = [];
  let pending = new Uint8Array(0);
  let line = 0;
  let sawBytes = false;

  const column = (name: string): ColumnBuilder => {
    let builder = byName.get(name);
    if (!builder) {
      builder = new ColumnBuilder(name, declaredType(options, name));
      for (let i = 0; i < lines.length; i++) builder.commitMissing();
      byName.set(name, builder);
      columns.push(builder);
    }
    return builder;
  };

  const readLine = (bytes: Uint8Array): void => {
    line++;
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === 0x0d) end--;
    let text: string;
    try {
      text = utf8.decode(bytes.subarray(0, end));
    } catch {
      log.note('invalid_utf8', line, undefined, undefined, 'the line is not valid UTF-8');
      return;
    }
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.trim() === '') return;
    sawBytes = true;
    let row: unknown;
    try {
      row = JSON.parse(text);
    } catch (error) {
      log.note('invalid_json', line, undefined, undefined, `not valid JSON (${(error as Error).message})`);
      return;
    }
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      log.note('invalid_json', line, undefined, undefined, 'each line must be one JSON object ({"column": value, ...})');
      return;
    }
    const staged: ColumnBuilder[] = [];
    for (const [name, value] of Object.entries(row)) {
      const builder = column(name);
      const problem = stage(builder, value, naValues);
      if (problem) {
        const shown = JSON.stringify(value).slice(0, 40);
        const message = problem === 'type_mismatch' && typeof value === 'object' ? `a nested value ${shown} cannot be a table cell` : `expected a ${builder.declared} value (data.schema), got ${shown}`;
        log.note(problem, line, name, columns.indexOf(builder) + 1, message);
        return;
      }
      staged.push(builder);
    }
    const present = new Set(staged);
    for (const builder of columns) {
      if (present.has(builder)) builder.commit();
      else builder.commitMissing();
    }
    lines.push(line);
  };

  return {
    push(chunk: Uint8Array): void {
      let start = 0;
      let data = chunk;
      if (pending.length > 0) {
        data = new Uint8Array(pending.length + chunk.length);
        data.set(pending);
        data.set(chunk, pending.length);
      }
      for (let i = data.indexOf(LF); i >= 0; i = data.indexOf(LF, start)) {
        readLine(data.subarray(start, i));
        start = i + 1;
      }
      pending = data.slice(start);
    },
    finish(): ParseResult {
      if (pending.length > 0) readLine(pending);
      pending = new Uint8Array(0);
      if (!sawBytes && log.badRows === 0) log.fail('empty_file', undefined, undefined, undefined, 'the file is empty: expected one JSON object per line');
      const issues = log.issues();
      if (issues.length > 0 && options.onBadRows !== 'skip') throw log.error();
      if (lines.length === 0) throw log.noRows(log.badRows);
      const table = makeTable(columns.map((c) => c.build()), { sourceLines: Uint32Array.from(lines), source });
      return { table, skippedRows: log.badRows, issues, retypeColumns: [] };
    },
  };
}

function stage(builder: ColumnBuilder, value: unknown, naValues: ReadonlySet<string>): DataProblem | undefined {
  if (value === null || value === undefined) {
    builder.stageMissing();
    return undefined;
  }
  if (typeof value === 'number') return builder.takesNumbers ? builder.stageNumber(value) : builder.stageText(String(value));
  if (typeof value === 'boolean') return builder.stageText(String(value));
  if (typeof value === 'string') {
    if (naValues.has(value)) {
      builder.stageMissing();
      return undefined;
    }
    return builder.stageText(value);
  }
  return 'type_mismatch';
}
