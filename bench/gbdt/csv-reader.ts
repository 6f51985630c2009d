/**
 * A quick CSV reader for the benchmark only (the product's loader lives in src/core/data): reads
 * the file in 16 MiB chunks, parses numbers by hand into growing Float64Array columns, empty
 * field = NaN; a column with any non-numeric token becomes categorical (codes by first appearance).
 * No quoting support (the benchmark files have none).
 */
import { closeSync, openSync, readSync } from 'node:fs';

export interface CsvColumns {
  names: string[];
  columns: Float64Array[];
  categorical: boolean[];
  categories: (string[] | null)[];
  rows: number;
}

const CHUNK = 16 << 20;
const COMMA = 44;
const NEWLINE = 10;
const CR = 13;

export function readCsv(path: string): CsvColumns {
  const fd = openSync(path, 'r');
  const buffer = Buffer.allocUnsafe(CHUNK);
  let carry = Buffer.alloc(0);
  let names: string[] | null = null;
  let columns: Float64Array[] = [];
  let texts: (string[] | null)[] = [];
  let rows = 0;
  let capacity = 1 << 16;
  const storeField = (line: Buffer, field: number, fieldStart: number, fieldEnd: number, parsed: number | undefined) => {
    let value = parsed;
    if (value === undefined) {
      const text = line.toString('latin1', fieldStart, fieldEnd);
      if (texts[field] === null) texts[field] = new Array<string>(rows).fill('');
      (texts[field] as string[])[rows] = text;
      value = NaN;
    } else if (texts[field] !== null) {
      (texts[field] as string[])[rows] = Number.isNaN(value) ? '' : line.toString('latin1', fieldStart, fieldEnd);
    }
    columns[field][rows] = value;
  };
  const addRow = (line: Buffer, start: number, end: number) => {
    if (names === null) {
      names = line.toString('latin1', start, end).split(',');
      columns = names.map(() => new Float64Array(capacity));
      texts = names.map(() => null);
      return;
    }
    if (rows === capacity) {
      capacity *= 2;
      columns = columns.map((c) => {
        const grown = new Float64Array(capacity);
        grown.set(c);
        return grown;
      });
    }
    // one pass: digits accumulate into a mantissa; a field with anything else is kept as text
    let field = 0;
    let fieldStart = start;
    let mantissa = 0;
    let exponent = 0;
    let digits = 0;
    let negative = false;
    let dot = false;
    let plain = true;
    for (let i = start; i <= end; i++) {
      const c = i === end ? COMMA : line[i];
      if (c === COMMA) {
        let value: number | undefined;
        if (i === fieldStart) value = NaN;
        else if (plain && digits > 0 && digits <= 15) {
          const magnitude = exponent === 0 ? mantissa : mantissa / 10 ** -exponent;
          value = negative ? -magnitude : magnitude;
        } else value = parseNumber(line, fieldStart, i);
        storeField(line, field, fieldStart, i, value);
        field++;
        fieldStart = i + 1;
        mantissa = 0;
        exponent = 0;
        digits = 0;
        negative = false;
        dot = false;
        plain = true;
      } else if (c >= 48 && c <= 57) {
        mantissa = mantissa * 10 + (c - 48);
        digits++;
        if (dot) exponent--;
      } else if (c === 46 && !dot) {
        dot = true;
      } else if (c === 45 && i === fieldStart) {
        negative = true;
      } else {
        plain = false;
      }
    }
    rows++;
  };
  for (;;) {
    const read = readSync(fd, buffer, 0, CHUNK, null);
    const data = carry.length > 0 ? Buffer.concat([carry, buffer.subarray(0, read)]) : buffer.subarray(0, read);
    let lineStart = 0;
    for (let i = 0; i < data.length; i++) {
      if (data[i] === NEWLINE) {
        const end = i > lineStart && data[i - 1] === CR ? i - 1 : i;
        if (end > lineStart) addRow(data, lineStart, end);
        lineStart = i + 1;
      }
    }
    carry = Buffer.from(data.subarray(lineStart));
    if (read === 0) {
      if (carry.length > 0) addRow(carry, 0, carry.length);
      break;
    }
  }
  closeSync(fd);
  const header = names ?? [];
  const categorical = texts.map((t) => t !== null);
  const categories: (string[] | null)[] = [];
  const finalColumns = columns.map((c, f) => {
    const column = c.subarray(0, rows);
    const text = texts[f];
    if (text === null) {
      categories.push(null);
      return column;
    }
    const codes = new Map<string, number>();
    for (let r = 0; r < rows; r++) {
      const t = text[r];
      if (t === '') column[r] = NaN;
      else {
        if (!codes.has(t)) codes.set(t, codes.size);
        column[r] = codes.get(t) as number;
      }
    }
    categories.push([...codes.keys()]);
    return column;
  });
  return { names: header, columns: finalColumns, categorical, categories, rows };
}

/** Decimal number in bytes [start, end); NaN for an empty field; undefined if not a number. */
function parseNumber(b: Buffer, start: number, end: number): number | undefined {
  if (start === end) return NaN;
  let i = start;
  let negative = false;
  if (b[i] === 45 || b[i] === 43) {
    negative = b[i] === 45;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let exponent = 0;
  while (i < end && b[i] >= 48 && b[i] <= 57) {
    mantissa = mantissa * 10 + (b[i] - 48);
    digits++;
    i++;
  }
  if (i < end && b[i] === 46) {
    i++;
    while (i < end && b[i] >= 48 && b[i] <= 57) {
      mantissa = mantissa * 10 + (b[i] - 48);
      exponent--;
      digits++;
      i++;
    }
  }
  if (digits === 0) return undefined;
  if (i < end && (b[i] === 101 || b[i] === 69)) {
    i++;
    let expNegative = false;
    if (b[i] === 45 || b[i] === 43) {
      expNegative = b[i] === 45;
      i++;
    }
    let e = 0;
    while (i < end && b[i] >= 48 && b[i] <= 57) e = e * 10 + (b[i++] - 48);
    exponent += expNegative ? -e : e;
  }
  if (i !== end) return undefined;
  if (digits > 15) return Number(b.toString('latin1', start, end));
  const value = exponent >= 0 ? mantissa * 10 ** exponent : mantissa / 10 ** -exponent;
  return negative ? -value : value;
}
