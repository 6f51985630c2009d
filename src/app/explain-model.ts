import type { ModelType } from '../core/config/training-config';
import type { EncoderKind, FeatureSpec } from '../core/data/encoder';
import { featureImportance, treeShap, type GbdtModel, type GbdtObjective } from '../core/models/gbdt/index';
import type { LogisticModelJson } from '../core/models/logistic/logistic-trainer';
import type { EncodedDataset, TrainedModel } from '../core/models/trainer';
import type { Table } from '../core/data/table';
import type { Rng } from '../core/random/rng';
import type { ExplainedFeature, ExplanationOutput, ExplanationsSection } from '../core/report/explanations';
import { explainedFeatures, meanAbsoluteByOutput, type Summary } from './attribution-summary';
import { affordableRows, IN_PROCESS_PERMUTATION, permutationShapSummary, PROGRAM_PERMUTATION, rowPredictorInput, type RowPredictor } from './explain-by-permutation';

/**
 * At most this many test rows are explained, a seeded sample: the step's cost then does not grow
 * with the test part (see bench/gbdt/explain-job.ts for the measurement at 1M rows).
 */
export const EXPLAIN_MAX_ROWS = 1_000;
/**
 * TreeSHAP's work per row is about the sum over leaves of depth^2; the sample is cut so that rows x
 * that sum stays under this budget (about 0.6 s of CPU at the ~10 ns per unit measured: about 750
 * rows for 100 trees of depth 5, about 260 for 100 full depth-6 trees), but never below
 * EXPLAIN_MIN_ROWS. A function of the model, not of the clock, so the same run explains the same rows.
 * (The whole of what a run adds to training must stay under 10% of a 1M-row job; see bench/gbdt.)
 */
export const EXPLAIN_WORK_BUDGET = 60_000_000;
export const EXPLAIN_MIN_ROWS = 100;
/** metrics.json keeps the features with the largest mean |SHAP|, this many at most. */
export const EXPLAIN_TOP_FEATURES = 50;

/** What the step reads of the prepared data (PreparedData fits). */
export interface ExplainData {
  classes: string[] | null;
  featureInfo: { names: string[] };
  encoder: { kind: EncoderKind; specs: readonly FeatureSpec[] };
  /** `table`: the raw rows, which a row predictor (a command model's program) reads. */
  parts: { train: { encoded: EncodedDataset; table?: Table }; test: { encoded: EncodedDataset; table?: Table } };
}

export interface ExplainRequest {
  model: TrainedModel;
  data: ExplainData;
  /** The run's `explain` fork: which test rows are explained. */
  rng: Rng;
  /** At most this many test rows (default EXPLAIN_MAX_ROWS). */
  maxRows?: number;
  /** metrics.json keeps this many features (default EXPLAIN_TOP_FEATURES). */
  topFeatures?: number;
  /** Overrides the method's prediction or work budget (tests). */
  workBudget?: number;
  /** Command models: their predict_command, when the config sets one (permutation SHAP on raw rows). */
  rowPredictor?: RowPredictor;
}

const UNAVAILABLE_REASONS: Partial<Record<ModelType, string>> = {
  command: 'not available for command: the model is the user\u2019s own program, which mltrain can ask for predictions on new rows only through model.predict_command, and none is set',
};

/**
 * Global feature attributions for the model card, metrics.json and the HTML report: mean |SHAP|
 * per feature on a seeded sample of test rows (exact TreeSHAP for gbdt, with the trees' own gain /
 * cover / split counts; linear SHAP for logistic; permutation SHAP for mlp, and for command models
 * through their predict_command). A command model without one gets a section that says why not.
 */
export async function explainModel(request: ExplainRequest): Promise<ExplanationsSection> {
  const { model, data } = request;
  const test = data.parts.test.encoded;
  const testRows = test.label.length;
  const unavailable = (reason: string): ExplanationsSection => ({ available: false, method: null, engine: model.engine, reason });
  const gbdt = model.engine === 'gbdt' ? asGbdtModel(model.toJSON()) : undefined;
  const linear = model.engine === 'logistic' ? asLogisticModel(model.toJSON()) : undefined;
  const program = model.engine === 'command' ? request.rowPredictor : undefined;
  const reason = UNAVAILABLE_REASONS[model.engine];
  if (reason && !program) return unavailable(reason);
  if (testRows === 0) return unavailable('not available: the test part has no rows');
  if (request.maxRows === 0) return unavailable('turned off (evaluation.explanations.max_rows: 0)');

  const wanted = Math.min(testRows, request.maxRows ?? EXPLAIN_MAX_ROWS);
  let rows: Uint32Array;
  let summary: Summary;
  if (gbdt || linear) {
    const affordable = gbdt ? Math.max(EXPLAIN_MIN_ROWS, Math.floor((request.workBudget ?? EXPLAIN_WORK_BUDGET) / treeShapWorkPerRow(gbdt))) : wanted;
    rows = sampleRows(testRows, Math.min(wanted, affordable), request.rng);
    const sample = test.features.map((column) => Float64Array.from(rows, (i) => column[i]));
    summary = gbdt ? treeShapSummary(gbdt, sample, data.classes) : linearShapSummary(linear as LogisticModelJson, sample, data);
  } else if (program) {
    const train = data.parts.train.table;
    const testTable = data.parts.test.table;
    if (!train || !testTable) throw new Error('internal error: explaining a command model needs the raw parts');
    const settings = PROGRAM_PERMUTATION;
    rows = sampleRows(testRows, Math.min(wanted, affordableRows(settings, program.features.length, request.workBudget)), request.rng);
    const background = sampleRows(train.numRows, settings.backgroundRows, request.rng.fork('permutation-shap').fork('background'));
    try {
      // a column typed differently in the two parts fails here too: the section says why, the run goes on
      const input = rowPredictorInput(program, { test: testTable, train }, rows, background);
      // one program run: every mixed row in one file
      summary = await permutationShapSummary({ ...input, classes: data.classes, settings, rng: request.rng.fork('permutation-shap'), batchRows: Number.MAX_SAFE_INTEGER });
    } catch (error) {
      return unavailable(`not available: permutation SHAP through model.predict_command failed: ${(error as Error).message}`);
    }
  } else {
    const settings = IN_PROCESS_PERMUTATION;
    const { players, names } = playersOf(data, test.features.length);
    rows = sampleRows(testRows, Math.min(wanted, affordableRows(settings, players.length, request.workBudget)), request.rng);
    const train = data.parts.train.encoded.features;
    const background = sampleRows(train.length > 0 ? train[0].length : 0, settings.backgroundRows, request.rng.fork('permutation-shap').fork('background'));
    summary = await permutationShapSummary({
      predict: (features) => model.predict(features),
      rows: test.features.map((column) => Float64Array.from(rows, (i) => column[i])),
      background: train.map((column) => Float64Array.from(background, (i) => column[i])),
      players,
      names,
      classes: data.classes,
      settings,
      rng: request.rng.fork('permutation-shap'),
    });
  }
  const top = summary.features
    // ties by name, compared by code unit so the order is the same on every machine
    .sort((a, b) => b.mean_abs_shap - a.mean_abs_shap || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, request.topFeatures ?? EXPLAIN_TOP_FEATURES);
  return {
    available: true,
    method: gbdt ? 'tree_shap' : linear ? 'linear_shap' : 'permutation_shap',
    engine: model.engine,
    split: 'test',
    rows: rows.length,
    test_rows: testRows,
    output: summary.output,
    ...(summary.classes ? { classes: summary.classes, multiclass_aggregation: 'sum_over_classes' as const } : {}),
    expected_value: summary.expectedValue,
    ...(summary.sampling ? summary.sampling : {}),
    features_total: summary.features.length,
    features: top,
  };
}

/** One player per source column: its encoded columns (one-hot categories, missing indicator) move together. */
function playersOf(data: ExplainData, width: number): { players: number[][]; names: string[] } {
  const groups = sourceColumns(data.encoder, data.featureInfo.names, width);
  const names = [...new Set(groups)];
  return { players: names.map((name) => groups.flatMap((g, j) => (g === name ? [j] : []))), names };
}

function treeShapSummary(model: GbdtModel, sample: Float64Array[], classes: string[] | null): Summary {
  const F = model.featureNames.length;
  const k = model.numClass;
  const m = sample.length > 0 ? sample[0].length : 0;
  const width = F + 1;
  const contributions = treeShap(model, sample);
  const meanAbs = meanAbsoluteByOutput(contributions, m, k, width, F);
  // the bias column is the same for every row: base score plus each tree's cover-weighted mean
  const expectedValue = Array.from({ length: k }, (_, cls) => contributions[cls * width + F]);
  const gain = featureImportance(model, 'gain');
  const totalGain = featureImportance(model, 'total_gain');
  const cover = featureImportance(model, 'cover');
  const splits = featureImportance(model, 'weight');
  const classNames = k > 1 ? Array.from({ length: k }, (_, cls) => classes?.[cls] ?? String(cls)) : undefined;
  const features = explainedFeatures(model.featureNames, meanAbs, classNames).map((feature, f): ExplainedFeature => ({
    ...feature,
    gain: gain[f],
    total_gain: totalGain[f],
    cover: cover[f],
    splits: splits[f],
  }));
  return { output: OUTPUT_OF[model.objective], ...(classNames ? { classes: classNames } : {}), expectedValue, features };
}

/** Sum over all leaves of depth^2: TreeSHAP's work for one row, up to a constant. */
function treeShapWorkPerRow(model: GbdtModel): number {
  let work = 0;
  for (const tree of model.trees) {
    const stack: [number, number][] = [[0, 0]];
    while (stack.length > 0) {
      const [node, depth] = stack.pop()!;
      if (tree.feature[node] < 0) work += depth * depth;
      else stack.push([tree.left[node], depth + 1], [tree.right[node], depth + 1]);
    }
  }
  return Math.max(1, work);
}

const OUTPUT_OF: Record<GbdtObjective, ExplanationOutput> = {
  'binary:logistic': 'log_odds',
  'multi:softmax': 'class_margins',
  'reg:squarederror': 'value',
  'reg:pseudohubererror': 'value',
};

/**
 * SHAP of a linear margin with the training part as background: coef_j * (x_j - mean_j), exact
 * (each feature's marginal contribution is the same in every coalition). The encoded columns of one
 * source column (one-hot categories, missing indicator) are summed per row into that column.
 */
function linearShapSummary(model: LogisticModelJson, sample: Float64Array[], data: ExplainData): Summary {
  const train = data.parts.train.encoded.features;
  const groups = sourceColumns(data.encoder, data.featureInfo.names, model.coef.length);
  const names = [...new Set(groups)];
  const groupOf = groups.map((g) => names.indexOf(g));
  const m = sample.length > 0 ? sample[0].length : 0;
  const perRow = Array.from({ length: names.length }, () => new Float64Array(m));
  let expected = model.intercept;
  model.coef.forEach((coef, j) => {
    const mean = columnMean(train[j]);
    expected += coef * mean;
    const target = perRow[groupOf[j]];
    const column = sample[j];
    // the model skips missing values (they add nothing to the margin), so they sit at 0 here too
    for (let i = 0; i < m; i++) target[i] += coef * ((Number.isNaN(column[i]) ? 0 : column[i]) - mean);
  });
  const features = names.map((name, g) => ({ name, mean_abs_shap: perRow[g].reduce((total, v) => total + Math.abs(v), 0) / m }));
  return { output: 'log_odds', expectedValue: [expected], features };
}

/** The source column of each encoded column, following the encoder's column order; encoded names when they do not line up. */
function sourceColumns(encoder: ExplainData['encoder'], encodedNames: string[], width: number): string[] {
  const out: string[] = [];
  for (const spec of encoder.specs) {
    const columns = spec.type === 'categorical' ? (encoder.kind === 'codes' ? 1 : spec.categories.length) : spec.missingIndicator && encoder.kind === 'standardize_onehot' ? 2 : 1;
    for (let c = 0; c < columns; c++) out.push(spec.column);
  }
  return out.length === width ? out : Array.from({ length: width }, (_, j) => encodedNames[j] ?? `f${j}`);
}

/** Missing values count as 0, as the model scores them. */
function columnMean(column: Float64Array): number {
  let total = 0;
  for (let i = 0; i < column.length; i++) if (!Number.isNaN(column[i])) total += column[i];
  return column.length > 0 ? total / column.length : 0;
}

/** `count` distinct row indices out of n, increasing (Floyd's sampling: O(count) draws, no n-sized permutation). */
export function sampleRows(n: number, count: number, rng: Rng): Uint32Array {
  return rng.sample(n, Math.min(count, n));
}

function asGbdtModel(json: unknown): GbdtModel | undefined {
  const candidate = json as Partial<GbdtModel> | null;
  return candidate?.format === 'mltrain-gbdt' && Array.isArray(candidate.trees) ? (candidate as GbdtModel) : undefined;
}

function asLogisticModel(json: unknown): LogisticModelJson | undefined {
  const candidate = json as Partial<LogisticModelJson> | null;
  return candidate?.format === 'mltrain-logistic' && Array.isArray(candidate.coef) ? (candidate as LogisticModelJson) : undefined;
}
