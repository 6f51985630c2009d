import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { Task } from '../core/config/training-config';
import { encodeTarget, type EncodedTarget } from '../core/data/target';
import { fitEncoder, type FittedEncoder } from '../core/data/encoder';
import { splitRows, type RowSplit } from '../core/data/split';
import { getColumn, takeRows, type Table } from '../core/data/table';
import type { Rng } from '../core/random/rng';
import type { EncodedDataset, Encoding, FeatureInfo } from '../core/models/trainer';
import type { DataFileLineage, LoadedData } from '../ports/data-loader';
import type { LoadedConfig } from './load-config';
import type { RunDependencies } from './run-dependencies';
import { selectFeatures } from './select-features';

export const PART_NAMES = ['train', 'validation', 'test'] as const;
export type PartName = (typeof PART_NAMES)[number];

/** One part of the data: its raw rows (for fairness and reports) and its encoded form. */
export interface DataPart {
  table: Table;
  encoded: EncodedDataset;
}

export interface PreparedData {
  /** All rows of the main data file (path, or train when explicit files), for validation and profile. */
  fullTable: Table;
  task: Task;
  target: string;
  classes: string[] | null;
  features: string[];
  featureInfo: FeatureInfo;
  encoder: FittedEncoder;
  parts: { train: DataPart; validation?: DataPart; test: DataPart };
  lineage: DataFileLineage[];
  skippedRows: number;
}

/**
 * Loads the data files, checks the columns the config names, splits (seeded, stratified for
 * classification unless told otherwise), and fits the encoder on the training part only.
 */
export async function prepareData(deps: RunDependencies, loaded: LoadedConfig, encoding: Encoding, rng: Rng): Promise<PreparedData> {
  const config = loaded.config;
  const data = config.data;
  const baseDir = dirname(loaded.path);
  const load = async (file: string): Promise<LoadedData> => {
    const absolute = resolve(baseDir, file);
    const result = await deps.data.load(absolute, {
      naValues: data.na_values,
      schema: data.schema,
      onBadRows: data.on_bad_rows,
      source: displayName(absolute, baseDir, file),
    });
    if (result.skippedRows > 0) deps.logger.warning(`${file}: skipped ${result.skippedRows} bad row(s) (data.on_bad_rows: skip)`);
    return result;
  };

  const files: LoadedData[] = [];
  let fullTable: Table;
  let split: { train: Table; validation?: Table; test: Table };
  const splitOptions = (table: Table, labels: EncodedTarget) => ({
    numRows: table.numRows,
    method: data.split.method ?? (labels.task === 'regression' ? 'random' : 'stratified'),
    labels: labels.task === 'regression' ? undefined : labels.labels,
    groups: data.split.group_column ? getColumn(table, data.split.group_column) : undefined,
    order: data.split.time_column ? getColumn(table, data.split.time_column) : undefined,
  } as const);

  if (data.path !== undefined) {
    const all = await load(data.path);
    files.push(all);
    fullTable = all.table;
    selectFeatures(all.table.columnNames, loaded);
    const labels = encodeTarget(getColumn(all.table, data.target)!, { task: data.task, positiveClass: data.positive_class, source: all.table.source });
    const explicitValidation = data.validation.path ? await load(data.validation.path) : undefined;
    if (explicitValidation) files.push(explicitValidation);
    const rows: RowSplit = splitRows({
      ...splitOptions(all.table, labels),
      testSize: data.split.test_size,
      validationSize: explicitValidation ? 0 : data.split.validation_size,
      rng: rng.fork('split'),
    });
    split = {
      train: takeRows(all.table, rows.train),
      test: takeRows(all.table, rows.test),
      validation: explicitValidation ? explicitValidation.table : rows.validation.length > 0 ? takeRows(all.table, rows.validation) : undefined,
    };
  } else {
    const train = await load(data.train!);
    files.push(train);
    fullTable = train.table;
    selectFeatures(train.table.columnNames, loaded);
    const labels = encodeTarget(getColumn(train.table, data.target)!, { task: data.task, positiveClass: data.positive_class, source: train.table.source });
    const test = data.test ? await load(data.test) : undefined;
    const validation = data.validation.path ? await load(data.validation.path) : undefined;
    for (const file of [test, validation]) if (file) files.push(file);
    const rows = splitRows({
      ...splitOptions(train.table, labels),
      testSize: test ? 0 : data.split.test_size,
      validationSize: validation ? 0 : data.split.validation_size,
      rng: rng.fork('split'),
    });
    split = {
      train: takeRows(train.table, rows.train),
      test: test ? test.table : takeRows(train.table, rows.test),
      validation: validation ? validation.table : rows.validation.length > 0 ? takeRows(train.table, rows.validation) : undefined,
    };
  }

  const features = selectFeatures(split.train.columnNames, loaded);
  const trainTarget = encodeTarget(getColumn(split.train, data.target)!, { task: data.task, positiveClass: data.positive_class, source: split.train.source });
  const encoder = fitEncoder(split.train, features, { kind: encoding });
  const encodePart = (table: Table, part: PartName): DataPart => {
    const target = part === 'train' ? trainTarget : trainTarget.apply(getColumn(table, data.target), table.source);
    const transformed = encoder.transform(table);
    const weightColumn = data.weight_column ? getColumn(table, data.weight_column) : undefined;
    const weight = weightColumn && weightColumn.type !== 'categorical' ? weightColumn.values : undefined;
    return { table, encoded: { features: transformed.features, label: target.labels, weight } };
  };
  const trainPart = encodePart(split.train, 'train');
  const transformedNames = encoder.transform(takeRows(split.train, [])).names;
  return {
    fullTable,
    task: trainTarget.task,
    target: data.target,
    classes: trainTarget.classes,
    features,
    featureInfo: { names: transformedNames, categorical: encoder.categorical, categories: featureCategories(encoder) },
    encoder,
    parts: {
      train: trainPart,
      validation: split.validation ? encodePart(split.validation, 'validation') : undefined,
      test: encodePart(split.test, 'test'),
    },
    lineage: files.map((f) => ({ ...f.lineage, path: displayName(f.lineage.path, baseDir, f.lineage.path) })),
    skippedRows: files.reduce((sum, f) => sum + f.skippedRows, 0),
  };
}

/** The category names behind each encoded feature's codes (codes encoding), null for the others. */
function featureCategories(encoder: FittedEncoder): (readonly string[] | null)[] {
  if (encoder.kind !== 'codes') return encoder.names.map(() => null);
  return encoder.specs.map((spec) => (spec.type === 'categorical' ? spec.categories : null));
}

/** A data file's path as recorded in lineage and messages: relative to the config when inside it. */
function displayName(absolute: string, baseDir: string, asWritten: string): string {
  if (!isAbsolute(absolute)) return absolute;
  const rel = relative(baseDir, absolute);
  return rel.startsWith('..') ? asWritten : rel;
}
