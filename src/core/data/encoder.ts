import { DataError } from './data-error';
import { getColumn } from './table';
import type { Column, ColumnType, Table } from './table';

/**
 * Turns table columns into the numeric matrix a model trains on, fitted on the training part
 * only and saved with the model so prediction encodes exactly as training did.
 *
 * - `standardize_onehot` (logistic, neural nets): numbers become (x - mean) / std (population std,
 *   as scikit-learn's StandardScaler; a constant column keeps std 1); a missing number becomes the
 *   training mean (0 after scaling) plus a `<column>__missing` 0/1 column when training had
 *   missing values; categories become one 0/1 column each (`<column>=<category>`), the most
 *   frequent `maxCategories` of them; a missing, unseen or dropped category is all zeros.
 * - `codes` (gradient-boosted trees): numbers stay as they are (NaN = missing); categories become
 *   integer codes by training frequency (most frequent = 0); missing and unseen categories are
 *   NaN, which trees route as missing (the defined "unknown").
 * Booleans are numbers 0/1, datetimes milliseconds since the epoch.
 */
export const ENCODER_KINDS = ['standardize_onehot', 'codes'] as const;
export type EncoderKind = (typeof ENCODER_KINDS)[number];

export interface EncoderOptions {
  readonly kind: EncoderKind;
  /** Fit on these rows only (default: every row of the table). */
  readonly rows?: ArrayLike<number>;
  /** One-hot keeps the most frequent categories; default 100. */
  readonly maxCategories?: number;
}

export interface NumericFeatureSpec {
  readonly column: string;
  readonly type: 'numeric' | 'boolean' | 'datetime';
  readonly mean: number;
  readonly std: number;
  /** Training had missing values: standardize_onehot adds an indicator column. */
  readonly missingIndicator: boolean;
}

export interface CategoricalFeatureSpec {
  readonly column: string;
  readonly type: 'categorical';
  /** Training categories by frequency (ties by name); code = index. */
  readonly categories: readonly string[];
}

export type FeatureSpec = NumericFeatureSpec | CategoricalFeatureSpec;

export interface EncoderJSON {
  readonly format: 'mltrain-encoder';
  readonly version: 1;
  readonly kind: EncoderKind;
  readonly features: readonly FeatureSpec[];
}

export interface EncodedFeatures {
  /** Column-major: features[j][i] is encoded feature j of row i. */
  readonly features: Float64Array[];
  readonly names: string[];
  readonly categorical: boolean[];
  /** Rows per column whose category was not seen in training (encoded as unknown). */
  readonly unseen: Record<string, number>;
}

export class FittedEncoder {
  readonly names: string[];
  readonly categorical: boolean[];

  constructor(
    readonly kind: EncoderKind,
    readonly specs: readonly FeatureSpec[],
  ) {
    this.names = [];
    this.categorical = [];
    for (const spec of specs) {
      if (spec.type === 'categorical') {
        if (kind === 'codes') this.push(spec.column, true);
        else for (const category of spec.categories) this.push(`${spec.column}=${category}`, false);
      } else {
        this.push(spec.column, false);
        if (kind === 'standardize_onehot' && spec.missingIndicator) this.push(`${spec.column}__missing`, false);
      }
    }
  }

  /** The raw columns this encoder reads, with the types to load them as at prediction time. */
  get columnTypes(): Record<string, ColumnType> {
    return Object.fromEntries(this.specs.map((s) => [s.column, s.type]));
  }

  transform(table: Table): EncodedFeatures {
    const features: Float64Array[] = [];
    const unseen: Record<string, number> = {};
    for (const spec of this.specs) {
      const column = getColumn(table, spec.column);
      if (!column) {
        throw new DataError(table.source ?? '<data>', { problem: 'missing_column', column: spec.column, message: `feature column '${spec.column}' is missing (the model was trained with it)`, count: 1 });
      }
      if (spec.type === 'categorical') {
        const codes = categoryCodes(column, spec, table);
        let unknown = 0;
        for (let i = 0; i < codes.length; i++) if (codes[i] === UNSEEN) unknown++;
        if (unknown > 0) unseen[spec.column] = unknown;
        if (this.kind === 'codes') features.push(Float64Array.from(codes, (c) => (c < 0 ? NaN : c)));
        else for (let k = 0; k < spec.categories.length; k++) features.push(Float64Array.from(codes, (c) => (c === k ? 1 : 0)));
      } else {
        const values = numericValues(column, spec, table);
        if (this.kind === 'codes') {
          features.push(values.slice());
          continue;
        }
        const scaled = new Float64Array(values.length);
        for (let i = 0; i < values.length; i++) scaled[i] = Number.isNaN(values[i]) ? 0 : (values[i] - spec.mean) / spec.std;
        features.push(scaled);
        if (spec.missingIndicator) features.push(Float64Array.from(values, (v) => (Number.isNaN(v) ? 1 : 0)));
      }
    }
    return { features, names: [...this.names], categorical: [...this.categorical], unseen };
  }

  toJSON(): EncoderJSON {
    return { format: 'mltrain-encoder', version: 1, kind: this.kind, features: this.specs };
  }

  private push(name: string, categorical: boolean): void {
    this.names.push(name);
    this.categorical.push(categorical);
  }
}

const MISSING = -1;
const UNSEEN = -2;

export function fitEncoder(table: Table, featureColumns: readonly string[], options: EncoderOptions): FittedEncoder {
  const rows = options.rows ?? Uint32Array.from({ length: table.numRows }, (_, i) => i);
  const maxCategories = options.maxCategories ?? 100;
  const specs = featureColumns.map((name): FeatureSpec => {
    const column = getColumn(table, name);
    if (!column) throw new DataError(table.source ?? '<data>', { problem: 'missing_column', column: name, message: `feature column '${name}' is not in the data`, count: 1 });
    if (column.type === 'categorical') {
      const counts = new Float64Array(column.categories.length);
      for (let i = 0; i < rows.length; i++) if (column.codes[rows[i]] >= 0) counts[column.codes[rows[i]]]++;
      const ranked = column.categories
        .map((category, code) => ({ category, count: counts[code] }))
        .filter((c) => c.count > 0)
        .sort((a, b) => b.count - a.count || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0));
      const kept = options.kind === 'standardize_onehot' ? ranked.slice(0, maxCategories) : ranked;
      return { column: name, type: 'categorical', categories: kept.map((c) => c.category) };
    }
    let sum = 0;
    let n = 0;
    for (let i = 0; i < rows.length; i++) {
      const v = column.values[rows[i]];
      if (!Number.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    const mean = n > 0 ? sum / n : 0;
    let squares = 0;
    for (let i = 0; i < rows.length; i++) {
      const v = column.values[rows[i]];
      if (!Number.isNaN(v)) squares += (v - mean) * (v - mean);
    }
    const std = n > 0 ? Math.sqrt(squares / n) : 0;
    return { column: name, type: column.type, mean, std: std > 0 && Number.isFinite(std) ? std : 1, missingIndicator: n < rows.length };
  });
  return new FittedEncoder(options.kind, specs);
}

export function encoderToJSON(encoder: FittedEncoder): EncoderJSON {
  return encoder.toJSON();
}

/** Rebuilds an encoder from model.json; a malformed one is an internal error (the file is ours). */
export function encoderFromJSON(json: unknown): FittedEncoder {
  const data = json as Partial<EncoderJSON> | null;
  if (!data || data.format !== 'mltrain-encoder' || data.version !== 1 || !ENCODER_KINDS.includes(data.kind as EncoderKind) || !Array.isArray(data.features)) {
    throw new Error('internal error: the model file has no valid encoder (format mltrain-encoder, version 1)');
  }
  for (const spec of data.features as FeatureSpec[]) {
    const ok = typeof spec.column === 'string' && (spec.type === 'categorical'
      ? Array.isArray(spec.categories) && spec.categories.every((c) => typeof c === 'string')
      : ['numeric', 'boolean', 'datetime'].includes(spec.type) && typeof spec.mean === 'number' && typeof spec.std === 'number' && typeof spec.missingIndicator === 'boolean');
    if (!ok) throw new Error(`internal error: the model file's encoder has an invalid feature ${JSON.stringify(spec).slice(0, 80)}`);
  }
  return new FittedEncoder(data.kind as EncoderKind, data.features as FeatureSpec[]);
}

/** Training codes for each row: MISSING, UNSEEN, or the index in spec.categories. */
function categoryCodes(column: Column, spec: CategoricalFeatureSpec, table: Table): Int32Array {
  const index = new Map(spec.categories.map((c, i) => [c, i]));
  const out = new Int32Array(table.numRows);
  if (column.type === 'categorical') {
    const translate = column.categories.map((c) => index.get(c) ?? UNSEEN);
    for (let i = 0; i < out.length; i++) out[i] = column.codes[i] < 0 ? MISSING : translate[column.codes[i]];
    return out;
  }
  // A column that loaded as another type at prediction time: compare its values as text.
  for (let i = 0; i < out.length; i++) {
    const v = column.values[i];
    out[i] = Number.isNaN(v) ? MISSING : index.get(column.type === 'boolean' ? String(v === 1) : String(v)) ?? UNSEEN;
  }
  return out;
}

function numericValues(column: Column, spec: NumericFeatureSpec, table: Table): Float64Array {
  if (column.type !== 'categorical') return column.values;
  throw new DataError(table.source ?? '<data>', {
    problem: 'type_mismatch',
    column: spec.column,
    message: `feature column '${spec.column}' holds text, but the model was trained on it as ${spec.type} (load it with the encoder's columnTypes)`,
    count: 1,
  });
}
