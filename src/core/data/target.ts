import { DataError } from './data-error';
import type { DataProblem } from './data-error';
import { cellValue, isMissing } from './table';
import type { Column } from './table';

/** The same names as the config's `task` (core/config), kept here so data does not import config. */
export const TARGET_TASKS = ['binary', 'multiclass', 'regression'] as const;
export type TargetTask = (typeof TARGET_TASKS)[number];

/** An integer-valued target with at most this many distinct values is inferred multiclass. */
export const MAX_INFERRED_CLASSES = 20;

export interface TargetOptions {
  /** Default: inferred (2 values binary; text or up to 20 integer values multiclass; else regression). */
  readonly task?: TargetTask;
  /** Binary: the value that is class 1 (default: 1 / true / "yes", else the larger sorted value). */
  readonly positiveClass?: string | number | boolean;
  /** For messages. */
  readonly source?: string;
  /** 1-based file lines of the column's rows (Table.sourceLines), for messages. */
  readonly sourceLines?: ArrayLike<number>;
}

export interface EncodedTarget {
  readonly task: TargetTask;
  /** Binary 0/1, multiclass class index, regression the value. */
  readonly labels: Float64Array;
  /** Class labels as text, index = label (binary: [negative, positive]); null for regression. */
  readonly classes: string[] | null;
  /** Encodes another part's target column with the same classes (unseen class: DataError). */
  apply(column: Column | undefined, source?: string, sourceLines?: ArrayLike<number>): EncodedTarget;
}

const POSITIVE_WORDS = new Set(['1', 'true', 'yes', 'y', 'positive', 'pos']);

/** Encodes the target column and infers the task (checked against the config's task when given). */
export function encodeTarget(column: Column, options: TargetOptions = {}): EncodedTarget {
  const source = options.source ?? '<data>';
  const texts = distinctTexts(column, source, options.sourceLines);
  const numeric = column.type === 'numeric';
  if (column.type === 'datetime') fail(source, column.name, 'invalid_target', `the target '${column.name}' is a datetime column`);
  const integral = numeric && texts.every((t) => Number.isInteger(Number(t)));
  const inferred: TargetTask = texts.length <= 2 ? 'binary' : !numeric || (integral && texts.length <= MAX_INFERRED_CLASSES) ? 'multiclass' : 'regression';
  const task = options.task ?? inferred;
  if (texts.length < 2) fail(source, column.name, 'invalid_target', `the target '${column.name}' has ${texts.length === 0 ? 'no values' : `one value only ('${texts[0]}')`}: nothing to learn`);
  if (task === 'binary' && texts.length > 2) {
    fail(source, column.name, 'invalid_target', `the task is binary but the target '${column.name}' has ${texts.length > MAX_CLASS_TEXTS ? `more than ${MAX_CLASS_TEXTS}` : texts.length} values (${texts.slice(0, 5).join(', ')}${texts.length > 5 ? ', ...' : ''})`);
  }
  if (task === 'regression') {
    if (!numeric) fail(source, column.name, 'invalid_target', `the task is regression but the target '${column.name}' is ${column.type}`);
    return regressionTarget(column);
  }
  const classes = task === 'binary' ? binaryClasses(texts, numeric, options.positiveClass, column.name, source) : sortClasses(texts, numeric);
  return classTarget(task, classes, column, source, options.sourceLines);
}

function regressionTarget(column: Column): EncodedTarget {
  const target: EncodedTarget = {
    task: 'regression',
    labels: Float64Array.from((column as { values: Float64Array }).values),
    classes: null,
    apply(other, otherSource = '<data>', lines) {
      if (!other) fail(otherSource, column.name, 'missing_column', `the target column '${column.name}' is missing`);
      distinctTexts(other, otherSource, lines);
      if (other.type === 'categorical') fail(otherSource, column.name, 'invalid_target', `the target '${column.name}' holds text, the task is regression`);
      return { ...target, labels: Float64Array.from(other.values) };
    },
  };
  return target;
}

function classTarget(task: TargetTask, classes: string[], column: Column, source: string, lines?: ArrayLike<number>): EncodedTarget {
  const index = new Map(classes.map((c, i) => [c, i]));
  const encode = (col: Column, src: string, rows?: ArrayLike<number>): Float64Array => {
    const labels = new Float64Array(columnLength(col));
    for (let i = 0; i < labels.length; i++) {
      const label = index.get(String(cellValue(col, i)));
      if (label === undefined) {
        const where = rows ? `line ${rows[i]}` : `row ${i + 1}`;
        fail(src, col.name, 'invalid_target', `${where}: target value '${String(cellValue(col, i))}' is not one of the training classes (${classes.join(', ')})`, rows?.[i]);
      }
      labels[i] = label;
    }
    return labels;
  };
  return {
    task,
    classes,
    labels: encode(column, source, lines),
    apply(other, otherSource = '<data>', otherLines) {
      if (!other) fail(otherSource, column.name, 'missing_column', `the target column '${column.name}' is missing`);
      distinctTexts(other, otherSource, otherLines);
      return { ...this, labels: encode(other, otherSource, otherLines) };
    },
  };
}

/** More distinct values than this are never classes: their texts are not collected. */
const MAX_CLASS_TEXTS = 1000;

/**
 * Distinct non-missing values as text (at most MAX_CLASS_TEXTS + 1 of them for numbers, enough
 * to tell classes from a regression target); a missing label is an error naming its line and
 * the count.
 */
function distinctTexts(column: Column, source: string, lines?: ArrayLike<number>): string[] {
  const n = columnLength(column);
  let missing = 0;
  let firstMissing = -1;
  for (let i = 0; i < n; i++) {
    if (isMissing(column, i)) {
      if (missing++ === 0) firstMissing = i;
    }
  }
  if (missing > 0) {
    const line = lines?.[firstMissing];
    throw new DataError(source, {
      problem: 'missing_target',
      line,
      column: column.name,
      message: `${line === undefined ? `row ${firstMissing + 1}: ` : ''}the target '${column.name}' is missing (a label is needed for every row)`,
      count: missing,
    });
  }
  if (column.type === 'categorical') {
    const used = new Uint8Array(column.categories.length);
    for (let i = 0; i < n; i++) used[column.codes[i]] = 1;
    return column.categories.filter((_, code) => used[code] === 1);
  }
  const seen = new Set<number>();
  for (let i = 0; i < n && seen.size <= MAX_CLASS_TEXTS; i++) seen.add(column.values[i]);
  const type = column.type;
  return [...seen].map((v) => (type === 'boolean' ? String(v === 1) : type === 'datetime' ? new Date(v).toISOString() : String(v)));
}

function sortClasses(texts: string[], numeric: boolean): string[] {
  return numeric ? texts.slice().sort((a, b) => Number(a) - Number(b)) : texts.slice().sort();
}

function binaryClasses(texts: string[], numeric: boolean, positive: TargetOptions['positiveClass'], name: string, source: string): string[] {
  const sorted = sortClasses(texts, numeric);
  let chosen: string | undefined;
  if (positive !== undefined) {
    chosen = sorted.find((t) => t === String(positive) || (numeric && Number(t) === Number(positive)));
    if (chosen === undefined) fail(source, name, 'invalid_target', `positive_class '${String(positive)}' is not a value of the target '${name}' (${sorted.join(', ')})`);
  } else {
    chosen = sorted.find((t) => POSITIVE_WORDS.has(t.toLowerCase())) ?? sorted[sorted.length - 1];
  }
  return [sorted.find((t) => t !== chosen)!, chosen];
}

function columnLength(column: Column): number {
  return column.type === 'categorical' ? column.codes.length : column.values.length;
}

function fail(source: string, column: string, problem: DataProblem, message: string, line?: number): never {
  throw new DataError(source, { problem, column, message, line, count: 1 });
}
