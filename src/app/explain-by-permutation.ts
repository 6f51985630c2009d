import { gatherRows, stackRows } from '../core/data/gather-rows';
import { takeRows, type Table } from '../core/data/table';
import { permutationShap } from '../core/explain/permutation-shap';
import type { Rng } from '../core/random/rng';
import { explainedFeatures, meanAbsoluteByOutput, type Summary } from './attribution-summary';

/**
 * How much permutation SHAP samples: orders walked per row, background rows from the training
 * part, and a cap on predictions (rows x orders x features x background) that sets how many test
 * rows are explained, never fewer than `minRows`. In-process models (mlp) predict fast; a program
 * (a command model's predict_command) reads and writes a file of every row, so it gets less.
 */
export interface PermutationSettings {
  orders: number;
  backgroundRows: number;
  workBudget: number;
  minRows: number;
}
export const IN_PROCESS_PERMUTATION: PermutationSettings = { orders: 8, backgroundRows: 32, workBudget: 500_000, minRows: 20 };
export const PROGRAM_PERMUTATION: PermutationSettings = { orders: 8, backgroundRows: 16, workBudget: 100_000, minRows: 10 };

/** Test rows that fit the prediction budget with this many features. */
export function affordableRows(settings: PermutationSettings, features: number, workBudget = settings.workBudget): number {
  return Math.max(settings.minRows, Math.floor(workBudget / (settings.orders * Math.max(1, features) * settings.backgroundRows)));
}

export interface PermutationInput {
  predict(features: Float64Array[]): Float64Array | Promise<Float64Array>;
  /** The explained rows and the background rows, one array per input column. */
  rows: Float64Array[];
  background: Float64Array[];
  /** Input columns per feature, and the feature names in the same order. */
  players: number[][];
  names: string[];
  classes: string[] | null;
  settings: PermutationSettings;
  rng: Rng;
  /** Input rows per predict call. */
  batchRows?: number;
}

/** Permutation SHAP of a model's predictions, on the log-odds (binary), log-probability (multiclass) or value scale. */
export async function permutationShapSummary(input: PermutationInput): Promise<Summary> {
  const { classes, players } = input;
  const multiclass = classes !== null && classes.length > 2;
  const outputs = multiclass ? classes.length : 1;
  const transform = classes === null ? undefined : multiclass ? (p: number) => Math.log(Math.max(p, PROBABILITY_FLOOR)) : logOdds;
  const result = await permutationShap({
    predict: input.predict,
    outputs,
    transform,
    rows: input.rows,
    background: input.background,
    players,
    permutations: input.settings.orders,
    rng: input.rng.fork('orders'),
    batchRows: input.batchRows,
  });
  const m = input.rows.length > 0 ? input.rows[0].length : 0;
  const meanAbs = meanAbsoluteByOutput(result.phi, m, outputs, players.length, players.length);
  const classNames = multiclass ? classes : undefined;
  const features = explainedFeatures(input.names, meanAbs, classNames);
  return {
    output: classes === null ? 'value' : multiclass ? 'class_log_probabilities' : 'log_odds',
    ...(classNames ? { classes: classNames } : {}),
    expectedValue: result.expectedValue,
    features,
    sampling: { permutations: result.permutations, background_rows: input.background.length > 0 ? input.background[0].length : 0 },
  };
}

/** Probabilities are clipped here before log or logit: a saturated model's 0 or 1 has no finite log-odds. */
const PROBABILITY_FLOOR = 1e-12;
function logOdds(p: number): number {
  const clipped = Math.min(1 - PROBABILITY_FLOOR, Math.max(PROBABILITY_FLOOR, p));
  return Math.log(clipped / (1 - clipped));
}

/**
 * A model that mltrain can only ask for predictions on raw rows: a command model through its
 * `model.predict_command`, which scores a file of rows.
 */
export interface RowPredictor {
  /** The raw columns the program reads, in its order. */
  features: readonly string[];
  predict(rows: Table): Promise<Float64Array>;
}

/**
 * Permutation SHAP input for a row predictor, which takes raw rows rather than numbers: each
 * input column holds row numbers into a pool of the explained test rows followed by the background
 * training rows, and predict builds those mixed rows as a table (one raw column per feature).
 */
export function rowPredictorInput(
  predictor: RowPredictor,
  tables: { test: Table; train: Table },
  testRows: ArrayLike<number>,
  backgroundRows: ArrayLike<number>,
): Pick<PermutationInput, 'predict' | 'rows' | 'background' | 'players' | 'names'> {
  const names = [...predictor.features];
  const pool = stackRows(takeRows(tables.test, testRows), takeRows(tables.train, backgroundRows), names);
  const m = testRows.length;
  return {
    predict: (rowsByColumn) => predictor.predict(gatherRows(pool, rowsByColumn)),
    rows: names.map(() => Float64Array.from({ length: m }, (_, r) => r)),
    background: names.map(() => Float64Array.from({ length: backgroundRows.length }, (_, b) => m + b)),
    players: names.map((_, j) => [j]),
    names,
  };
}
