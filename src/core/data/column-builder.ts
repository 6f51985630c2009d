import type { DataProblem } from './data-error';
import type { Column, ColumnType } from './table';
import { parseBoolean, parseIsoDatetime } from './value-parsers';
import { parseNumberText } from './parse-number';

/**
 * Grows one column row by row. A value is staged first and committed only when the whole row is
 * good, so a bad row (skipped under `onBadRows: skip`) leaves no trace. Undeclared columns start
 * numeric and turn into text at the first value that is not a number; at the end a text column
 * whose values are all true/false becomes boolean, all ISO dates datetime.
 */
export class ColumnBuilder {
  /** Storage: numbers (numeric, boolean, datetime) or dictionary codes. */
  textMode: boolean;
  /** True when numbers can be staged with `stageNumber` without a look at the text. */
  takesNumbers: boolean;
  /** Switched from numbers to text after numbers were stored (their spelling is lost). */
  retyped = false;
  private values: Float64Array = new Float64Array(8192);
  private codes: Int32Array = new Int32Array(0);
  private readonly dictionary = new Map<string, number>();
  private readonly categories: string[] = [];
  private readonly parsed = new Map<string, number>();
  private size = 0;
  private storedNumbers = 0;
  private stagedNumber = NaN;
  private stagedText: string | null = null;

  constructor(
    readonly name: string,
    readonly declared: ColumnType | undefined,
  ) {
    this.textMode = declared === 'categorical';
    this.takesNumbers = !this.textMode && declared !== 'datetime';
    if (this.textMode) this.codes = new Int32Array(1024);
  }

  stageMissing(): void {
    this.stagedNumber = NaN;
    this.stagedText = null;
  }

  /** A value that parsed as a number; only when `takesNumbers` (else stage its text). */
  stageNumber(value: number): DataProblem | undefined {
    if (this.declared === 'boolean' && value !== 0 && value !== 1) return 'type_mismatch';
    this.stagedNumber = value;
    return undefined;
  }

  /** A value that is not a number (or whose column holds text). */
  stageText(text: string): DataProblem | undefined {
    if (this.textMode) {
      this.stagedText = text;
      return undefined;
    }
    switch (this.declared) {
      case 'numeric': {
        const value = parseNumberText(text);
        if (Number.isNaN(value)) return 'type_mismatch';
        this.stagedNumber = value;
        return undefined;
      }
      case 'boolean':
      case 'datetime': {
        const value = this.parseCached(text, this.declared);
        if (Number.isNaN(value)) return 'type_mismatch';
        this.stagedNumber = value;
        return undefined;
      }
      default:
        this.switchToText();
        this.stagedText = text;
        return undefined;
    }
  }

  commit(): void {
    const row = this.size;
    if (this.textMode) {
      if (row === this.codes.length) this.codes = growInt32(this.codes);
      const text = this.stagedText;
      if (text === null) {
        this.codes[row] = -1;
      } else {
        let code = this.dictionary.get(text);
        if (code === undefined) {
          code = this.categories.length;
          this.categories.push(text);
          this.dictionary.set(text, code);
        }
        this.codes[row] = code;
      }
    } else {
      if (row === this.values.length) this.values = growFloat64(this.values);
      const value = this.stagedNumber;
      this.values[row] = value;
      if (value === value) this.storedNumbers++;
    }
    this.size = row + 1;
    this.stagedNumber = NaN;
    this.stagedText = null;
  }

  /** A missing value for a row where this column did not appear (JSON Lines). */
  commitMissing(): void {
    this.stageMissing();
    this.commit();
  }

  build(): Column {
    const name = this.name;
    if (!this.textMode) {
      const values = trimmed(this.values, this.size);
      this.values = new Float64Array(0); // the builder is done: do not hold a second copy
      const type = this.declared === 'boolean' || this.declared === 'datetime' ? this.declared : 'numeric';
      return { name, type, values };
    }
    const codes = trimmed(this.codes, this.size);
    this.codes = new Int32Array(0);
    if (this.declared === undefined && this.categories.length > 0) {
      const inferred = this.inferFromCategories();
      if (inferred) {
        const values = new Float64Array(this.size);
        for (let i = 0; i < this.size; i++) values[i] = codes[i] < 0 ? NaN : inferred.values[codes[i]];
        return { name, type: inferred.type, values };
      }
    }
    return { name, type: 'categorical', codes, categories: this.categories };
  }

  private inferFromCategories(): { type: 'boolean' | 'datetime'; values: Float64Array } | undefined {
    for (const type of ['boolean', 'datetime'] as const) {
      const values = new Float64Array(this.categories.length);
      let ok = true;
      for (let c = 0; c < this.categories.length && ok; c++) {
        values[c] = type === 'boolean' ? parseBoolean(this.categories[c], false) : parseIsoDatetime(this.categories[c]);
        ok = !Number.isNaN(values[c]);
      }
      if (ok) return { type, values };
    }
    return undefined;
  }

  private parseCached(text: string, type: 'boolean' | 'datetime'): number {
    let value = this.parsed.get(text);
    if (value === undefined) {
      value = type === 'boolean' ? parseBoolean(text, true) : parseIsoDatetime(text);
      this.parsed.set(text, value);
    }
    return value;
  }

  private switchToText(): void {
    this.textMode = true;
    this.takesNumbers = false;
    this.retyped = this.storedNumbers > 0;
    this.codes = new Int32Array(Math.max(1024, this.values.length));
    for (let i = 0; i < this.size; i++) {
      const value = this.values[i];
      if (Number.isNaN(value)) {
        this.codes[i] = -1;
        continue;
      }
      const text = String(value);
      let code = this.dictionary.get(text);
      if (code === undefined) {
        code = this.categories.length;
        this.categories.push(text);
        this.dictionary.set(text, code);
      }
      this.codes[i] = code;
    }
    this.values = new Float64Array(0);
  }
}

/** The first `size` entries: a view when little is wasted (no copy), else a compact copy. */
function trimmed<T extends Float64Array | Int32Array>(array: T, size: number): T {
  return (size >= array.length * 0.875 ? array.subarray(0, size) : array.slice(0, size)) as T;
}

function growFloat64(array: Float64Array): Float64Array {
  const grown = new Float64Array(array.length * 2);
  grown.set(array);
  return grown;
}

function growInt32(array: Int32Array): Int32Array {
  const grown = new Int32Array(Math.max(1024, array.length * 2));
  grown.set(array);
  return grown;
}
