import Ajv2020 from 'ajv/dist/2020';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import metricsSchema from '../../schemas/metrics.schema.json';
import mctSchema from '../../schemas/reference/model-card-toolkit-v0.0.2.schema.json';
import { syntheticBinaryCsv } from '../../test/builders/synthetic-csv';
import { FakeProcessRunner } from '../../test/fakes/fake-process-runner';
import { MemoryDataLoader } from '../../test/fakes/memory-data-loader';
import { MemoryFileSystem } from '../../test/fakes/memory-file-system';
import { MemoryJournals } from '../../test/fakes/memory-journals';
import { MemoryTrialFolders } from '../../test/fakes/memory-trial-folders';
import { RecordingLogger } from '../../test/fakes/recording-logger';
import { SteppingClock } from '../../test/fakes/stepping-clock';
import type { MetricsDocument } from '../core/report/metrics-document';
import type { FeatureSpec } from '../core/data/encoder';
import { gbdtTrainer } from '../core/models/gbdt-trainer';
import { DEFAULT_GBDT_PARAMS, trainGbdt, type GbdtModel, type GbdtTree } from '../core/models/gbdt/index';
import { compileTrees, goesLeft } from '../core/models/gbdt/predict';
import { LOGISTIC_DEFAULTS } from '../core/models/logistic/logistic-regression';
import { logisticTrainer, type LogisticModelJson } from '../core/models/logistic/logistic-trainer';
import type { TrainedModel } from '../core/models/trainer';
import { makeTable, type Table } from '../core/data/table';
import { Rng } from '../core/random/rng';
import type { AvailableExplanations, ExplanationsSection } from '../core/report/explanations';
import { explainModel, sampleRows, type ExplainData } from './explain-model';
import type { RunDependencies } from './run-dependencies';
import { runTraining } from './run-training';

/** A tree from [feature, threshold, left, right, value, cover, gain] per node (-1 feature = leaf). */
function tree(nodes: [number, number, number, number, number, number, number][]): GbdtTree {
  return {
    feature: nodes.map((n) => n[0]), threshold: nodes.map((n) => n[1]), left: nodes.map((n) => n[2]), right: nodes.map((n) => n[3]),
    defaultLeft: nodes.map(() => true), value: nodes.map((n) => n[4]), cover: nodes.map((n) => n[5]), gain: nodes.map((n) => n[6]),
    categoryOffset: nodes.map(() => 0), categoryLength: nodes.map(() => 0), categoryWords: [],
  };
}

/**
 * Root: a < 0.5 (cover 10, gain 7) -> node 1, else leaf 5 (cover 4). Node 1: b < 0.5 (cover 6,
 * gain 2) -> leaf 1 (cover 2), else leaf 3 (cover 4). Expected value (6 * 14/6 + 4 * 5) / 10 = 3.4.
 */
const HAND_TREE = tree([[0, 0.5, 1, 2, 3.4, 10, 7], [1, 0.5, 3, 4, 2.33, 6, 2], [-1, 0, -1, -1, 5, 4, 0], [-1, 0, -1, -1, 1, 2, 0], [-1, 0, -1, -1, 3, 4, 0]]);
/** A stump on b: b < 0.5 -> -1 (cover 5), else 1 (cover 5); expected value 0. */
const STUMP_B = tree([[1, 0.5, 1, 2, 0, 10, 4], [-1, 0, -1, -1, -1, 5, 0], [-1, 0, -1, -1, 1, 5, 0]]);
const LEAF = tree([[-1, 0, -1, -1, 0.25, 10, 0]]);

function gbdt(trees: GbdtTree[], objective: GbdtModel['objective'], numClass: number, baseScore: number[]): TrainedModel {
  const model: GbdtModel = {
    format: 'mltrain-gbdt', version: 1, objective, numClass, baseScore, featureNames: ['a', 'b', 'c'], categorical: [false, false, false],
    categories: [null, null, null], binEdges: [[], [], []], trees, bestIteration: 0, bestScore: null, iterationsTrained: 1, evalMetric: null,
    params: { ...DEFAULT_GBDT_PARAMS },
  };
  return gbdtTrainer.load(model);
}

/** Test rows (a, b, c) = (0, 0, 9), (1, 0, 9), (0, 1, 9): the hand Shapley values below are for these. */
function handData(classes: string[] | null = ['no', 'yes']): ExplainData {
  const test = { features: [Float64Array.of(0, 1, 0), Float64Array.of(0, 0, 1), Float64Array.of(9, 9, 9)], label: new Float64Array(3) };
  const specs: FeatureSpec[] = ['a', 'b', 'c'].map((column) => ({ column, type: 'numeric', mean: 0, std: 1, missingIndicator: false }));
  return { classes, featureInfo: { names: ['a', 'b', 'c'] }, encoder: { kind: 'codes', specs }, parts: { train: { encoded: test }, test: { encoded: test } } };
}

function available(section: ExplanationsSection): AvailableExplanations {
  if (!section.available) throw new Error(`no explanations: ${section.reason}`);
  return section;
}

describe('explainModel on gbdt', () => {
  // Shapley values of HAND_TREE worked out by hand from v(S) = E[f | features in S known]:
  // (0,0): a -4/3, b -16/15; (1,0): a 2, b -2/5; (0,1): a -14/15, b 8/15. Mean |.|: a 64/45, b 2/3.
  it('gives mean |SHAP| equal to the hand computation, the bias, and the trees\u2019 gain / cover / splits', async () => {
    const section = available(await explainModel({ model: gbdt([HAND_TREE], 'binary:logistic', 1, [0.1]), data: handData(), rng: Rng.fromSeed(1) }));
    expect(section).toMatchObject({ method: 'tree_shap', engine: 'gbdt', split: 'test', rows: 3, test_rows: 3, output: 'log_odds', features_total: 3 });
    expect(section.expected_value[0]).toBeCloseTo(0.1 + 3.4, 12);
    expect(section.features.map((f) => f.name)).toEqual(['a', 'b', 'c']);
    const [a, b, c] = section.features;
    expect(a.mean_abs_shap).toBeCloseTo(64 / 45, 12);
    expect(b.mean_abs_shap).toBeCloseTo(2 / 3, 12);
    expect(c).toEqual({ name: 'c', mean_abs_shap: 0, gain: 0, total_gain: 0, cover: 0, splits: 0 });
    expect(a).toMatchObject({ gain: 7, total_gain: 7, cover: 10, splits: 1 });
    expect(b).toMatchObject({ gain: 2, total_gain: 2, cover: 6, splits: 1 });
    expect(section.classes).toBeUndefined();
    const regression = available(await explainModel({ model: gbdt([HAND_TREE], 'reg:squarederror', 1, [10]), data: handData(null), rng: Rng.fromSeed(1) }));
    expect(regression).toMatchObject({ output: 'value', expected_value: [13.4] });
    expect(regression.features[0].mean_abs_shap).toBeCloseTo(64 / 45, 12);
  });

  it('multiclass: per-class mean |SHAP| under the class names, summed over classes', async () => {
    // one round of three trees: class 0 the hand tree, class 1 a leaf (no attributions), class 2 a stump on b (|SHAP| of b = 1 on every row)
    const model = gbdt([HAND_TREE, LEAF, STUMP_B], 'multi:softmax', 3, [0, 0, 0]);
    const section = available(await explainModel({ model, data: handData(['x', 'y', 'z']), rng: Rng.fromSeed(1) }));
    expect(section).toMatchObject({ output: 'class_margins', classes: ['x', 'y', 'z'], multiclass_aggregation: 'sum_over_classes' });
    expect(section.expected_value.map((v) => Number(v.toFixed(12)))).toEqual([3.4, 0.25, 0]);
    const b = section.features.find((f) => f.name === 'b')!;
    expect(b.mean_abs_shap_by_class?.x).toBeCloseTo(2 / 3, 12);
    expect(b.mean_abs_shap_by_class?.y).toBe(0);
    expect(b.mean_abs_shap_by_class?.z).toBeCloseTo(1, 12);
    expect(b.mean_abs_shap).toBeCloseTo(2 / 3 + 1, 12);
    expect(b).toMatchObject({ splits: 2, total_gain: 6, gain: 3 });
    expect(section.features[0].name).toBe('b');
  });

  it('keeps the top features only and explains a seeded sample of a bigger test part', async () => {
    const n = 5000;
    const rng = Rng.fromSeed(5);
    const features = [0, 1, 2].map(() => Float64Array.from({ length: n }, () => rng.nextFloat()));
    const data: ExplainData = { ...handData(), parts: { train: { encoded: { features, label: new Float64Array(n) } }, test: { encoded: { features, label: new Float64Array(n) } } } };
    const model = gbdt([HAND_TREE], 'binary:logistic', 1, [0]);
    const first = available(await explainModel({ model, data, rng: Rng.fromSeed(9).fork('explain'), maxRows: 200, topFeatures: 2 }));
    const again = available(await explainModel({ model, data, rng: Rng.fromSeed(9).fork('explain'), maxRows: 200, topFeatures: 2 }));
    const other = available(await explainModel({ model, data, rng: Rng.fromSeed(10).fork('explain'), maxRows: 200, topFeatures: 2 }));
    expect(first).toMatchObject({ rows: 200, test_rows: n, features_total: 3 });
    expect(first.features.map((f) => f.name)).toEqual(['a', 'b']);
    expect(again).toEqual(first);
    expect(other.features[0].mean_abs_shap).not.toBe(first.features[0].mean_abs_shap);
    // the hand tree's work per row is 1^2 + 2^2 + 2^2 = 9: a budget of 9 x 300 affords 300 rows, a tiny one still 100
    const explained = async (workBudget: number) => available(await explainModel({ model, data, rng: Rng.fromSeed(9), workBudget })).rows;
    expect(await Promise.all([explained(9 * 300), explained(9 * 300 + 8), explained(9), explained(1e12)])).toEqual([300, 300, 100, 1000]);
  });
});

/** Brute-force Shapley values of one row's margin, "absent" features averaged over both children by cover. */
function bruteForceShap(model: GbdtModel, x: number[]): number[] {
  const compiled = compileTrees(model.trees, model.categorical, model.params.max_bin);
  const F = x.length;
  const value = (known: number) =>
    model.trees.reduce((total, t, index) => {
      const walk = (node: number): number => {
        const f = t.feature[node];
        if (f < 0) return t.value[node];
        if (known & (1 << f)) return walk(goesLeft(compiled, compiled.roots[index] + node, x[f]) ? t.left[node] : t.right[node]);
        return (t.cover[t.left[node]] * walk(t.left[node]) + t.cover[t.right[node]] * walk(t.right[node])) / (t.cover[t.left[node]] + t.cover[t.right[node]]);
      };
      return total + walk(0);
    }, 0);
  const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
  const phi = new Array<number>(F).fill(0);
  for (let mask = 0; mask < 1 << F; mask++) {
    const size = [...Array(F).keys()].filter((f) => mask & (1 << f)).length;
    for (let f = 0; f < F; f++) if (!(mask & (1 << f))) phi[f] += ((factorial(size) * factorial(F - size - 1)) / factorial(F)) * (value(mask | (1 << f)) - value(mask));
  }
  return phi;
}

describe('explainModel on a trained gbdt', () => {
  it('matches brute-force Shapley values with features repeated along paths, a categorical feature and missing values', async () => {
    const rng = Rng.fromSeed(4);
    const n = 600;
    const features = [Float64Array.from({ length: n }, () => rng.normal()), Float64Array.from({ length: n }, () => (rng.nextFloat() < 0.1 ? NaN : rng.normal())), Float64Array.from({ length: n }, () => rng.nextInt(4))];
    const label = Float64Array.from({ length: n }, (_, i) => (Math.sin(2 * features[0][i]) + (features[1][i] || 0) * (features[2][i] === 1 ? 2 : -1) + 0.3 * rng.normal() > 0 ? 1 : 0));
    const gbdtModel = await trainGbdt({
      train: { features, label }, featureInfo: { names: ['a', 'b', 'c'], categorical: [false, false, true], categories: [null, null, ['w', 'x', 'y', 'z']] },
      objective: 'binary:logistic', seed: 2, params: { n_estimators: 6, max_depth: 5 },
    });
    const repeats = gbdtModel.trees.some((t) => {
      const seen = (node: number, path: number[]): boolean => t.feature[node] >= 0 && (path.includes(t.feature[node]) || seen(t.left[node], [...path, t.feature[node]]) || seen(t.right[node], [...path, t.feature[node]]));
      return seen(0, []);
    });
    expect(repeats).toBe(true);
    const data: ExplainData = { ...handData(), parts: { train: { encoded: { features, label } }, test: { encoded: { features, label } } } };
    const section = available(await explainModel({ model: gbdtTrainer.load(gbdtModel), data, rng: Rng.fromSeed(8), maxRows: 40 }));
    const rows = sampleRows(n, 40, Rng.fromSeed(8));
    const expected = [0, 0, 0];
    for (const r of rows) bruteForceShap(gbdtModel, features.map((c) => c[r])).forEach((v, f) => (expected[f] += Math.abs(v) / rows.length));
    for (const feature of section.features) expect(feature.mean_abs_shap).toBeCloseTo(expected[['a', 'b', 'c'].indexOf(feature.name)], 10);
  });
});

describe('sampleRows', () => {
  it('draws distinct increasing rows in range, the same for the same stream', async () => {
    const rows = sampleRows(1000, 300, Rng.fromSeed(3));
    expect(rows).toHaveLength(300);
    expect(new Set(rows).size).toBe(300);
    for (let i = 1; i < rows.length; i++) expect(rows[i]).toBeGreaterThan(rows[i - 1]);
    expect(rows[rows.length - 1]).toBeLessThan(1000);
    expect([...sampleRows(1000, 300, Rng.fromSeed(3))]).toEqual([...rows]);
    expect([...sampleRows(5, 9, Rng.fromSeed(3))]).toEqual([0, 1, 2, 3, 4]);
  });
});

/**
 * Two players over four encoded columns: x (value, missing indicator) and c (one-hot a, b); the
 * four training rows are the whole background of both linear and permutation SHAP.
 */
function oneHotData(classes: string[] | null = ['no', 'yes']): ExplainData {
  const specs: FeatureSpec[] = [
    { column: 'x', type: 'numeric', mean: 0, std: 1, missingIndicator: true },
    { column: 'c', type: 'categorical', categories: ['a', 'b'] },
  ];
  const train = [Float64Array.of(-1, 0.5, 2, 0), Float64Array.of(0, 0, 0, 1), Float64Array.of(1, 0, 1, 0), Float64Array.of(0, 1, 0, 0)];
  const test = [Float64Array.of(1.5, -2, 0), Float64Array.of(0, 0, 1), Float64Array.of(0, 1, 0), Float64Array.of(1, 0, 0)];
  return {
    classes,
    featureInfo: { names: ['x', 'x__missing', 'c=a', 'c=b'] },
    encoder: { kind: 'standardize_onehot', specs },
    parts: { train: { encoded: { features: train, label: new Float64Array(4) } }, test: { encoded: { features: test, label: new Float64Array(3) } } },
  };
}
const ONE_HOT_PLAYERS = [[0, 1], [2, 3]];

/**
 * Exact interventional Shapley values of two players, averaged as mean |phi| over the test rows:
 * v(S) = mean over the training rows of f with the players in S taken from the explained row.
 */
function twoPlayerMeanAbsShapley(data: ExplainData, f: (z: number[]) => number): { meanAbs: number[]; expected: number } {
  const train = data.parts.train.encoded.features;
  const test = data.parts.test.encoded.features;
  const backgroundRows = train[0].length;
  const value = (row: number, known: Set<number>) => {
    let total = 0;
    for (let b = 0; b < backgroundRows; b++) {
      const z = new Array<number>(train.length);
      ONE_HOT_PLAYERS.forEach((cols, p) => cols.forEach((j) => (z[j] = known.has(p) ? test[j][row] : train[j][b])));
      total += f(z);
    }
    return total / backgroundRows;
  };
  const meanAbs = [0, 0];
  const rows = test[0].length;
  for (let row = 0; row < rows; row++) {
    for (const [p, q] of [[0, 1], [1, 0]]) {
      const phi = 0.5 * (value(row, new Set([p])) - value(row, new Set())) + 0.5 * (value(row, new Set([p, q])) - value(row, new Set([q])));
      meanAbs[p] += Math.abs(phi) / rows;
    }
  }
  return { meanAbs, expected: value(0, new Set()) };
}

describe('explainModel on logistic', () => {
  it('equals brute-force interventional Shapley values over the source columns (one-hot and missing indicator summed)', async () => {
    const json: LogisticModelJson = { format: 'mltrain-logistic', version: 1, coef: [0.8, -0.3, 1.2, -0.6], intercept: 0.2, params: { ...LOGISTIC_DEFAULTS }, iterations: 1, converged: true };
    const section = available(await explainModel({ model: logisticTrainer.load(json), data: oneHotData(), rng: Rng.fromSeed(1) }));
    const exact = twoPlayerMeanAbsShapley(oneHotData(), (z) => json.intercept + z.reduce((s, v, j) => s + json.coef[j] * v, 0));
    expect(section).toMatchObject({ method: 'linear_shap', output: 'log_odds', rows: 3, features_total: 2 });
    const byName = Object.fromEntries(section.features.map((f) => [f.name, f.mean_abs_shap]));
    expect(byName.x).toBeCloseTo(exact.meanAbs[0], 12);
    expect(byName.c).toBeCloseTo(exact.meanAbs[1], 12);
    expect(section.expected_value[0]).toBeCloseTo(exact.expected, 12);
  });
});

/** An engine without an exact explainer, as mltrain sees it: predictions only. */
function opaqueModel(engine: TrainedModel['engine'], predict: (features: Float64Array[]) => Float64Array): TrainedModel {
  return { engine, engineVersion: '1', params: {}, iterations: 1, predict, toJSON: () => ({}) };
}

/** A margin with an interaction between x and the category, so no attribution is a plain coefficient. */
const interacting = (z: number[]) => 0.3 + 0.8 * z[0] * (1 + z[2]) - 0.7 * z[1] + 1.1 * z[3] + 0.5 * Math.sin(z[0]);
const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));
const rowsOf = (features: Float64Array[]) => Array.from({ length: features[0].length }, (_, i) => features.map((column) => column[i]));

describe('explainModel on mlp (permutation SHAP)', () => {
  it('binary: equals the exact Shapley values of the log-odds when every order is walked (two features, both orders)', async () => {
    const model = opaqueModel('mlp', (features) => Float64Array.from(rowsOf(features), (z) => sigmoid(interacting(z))));
    const section = available(await explainModel({ model, data: oneHotData(), rng: Rng.fromSeed(4) }));
    const exact = twoPlayerMeanAbsShapley(oneHotData(), interacting);
    expect(section).toMatchObject({ method: 'permutation_shap', engine: 'mlp', output: 'log_odds', rows: 3, features_total: 2, permutations: 8, background_rows: 4 });
    const byName = Object.fromEntries(section.features.map((f) => [f.name, f.mean_abs_shap]));
    expect(byName.x).toBeCloseTo(exact.meanAbs[0], 9);
    expect(byName.c).toBeCloseTo(exact.meanAbs[1], 9);
    expect(section.expected_value[0]).toBeCloseTo(exact.expected, 9);
  });

  it('multiclass: log class probabilities per class, summed over the classes; regression: the value', async () => {
    // class k's probability is softmax over (k + 1) * margin: each class has its own attribution
    const softmax = (z: number[]) => {
      const logits = [0, 1, 2].map((k) => (k + 1) * 0.3 * interacting(z));
      const top = Math.max(...logits);
      const total = logits.reduce((s, l) => s + Math.exp(l - top), 0);
      return logits.map((l) => Math.exp(l - top) / total);
    };
    const multi = opaqueModel('mlp', (features) => Float64Array.from(rowsOf(features).flatMap(softmax)));
    const section = available(await explainModel({ model: multi, data: oneHotData(['r', 'g', 'b']), rng: Rng.fromSeed(4) }));
    expect(section).toMatchObject({ output: 'class_log_probabilities', classes: ['r', 'g', 'b'], multiclass_aggregation: 'sum_over_classes' });
    expect(section.expected_value).toHaveLength(3);
    for (const feature of section.features) {
      const byClass = Object.values(feature.mean_abs_shap_by_class ?? {});
      expect(byClass).toHaveLength(3);
      expect(feature.mean_abs_shap).toBeCloseTo(byClass.reduce((s, v) => s + v, 0), 12);
    }
    for (const k of [0, 1, 2]) {
      const exact = twoPlayerMeanAbsShapley(oneHotData(['r', 'g', 'b']), (z) => Math.log(softmax(z)[k]));
      expect(section.features.find((f) => f.name === 'x')?.mean_abs_shap_by_class?.[['r', 'g', 'b'][k]]).toBeCloseTo(exact.meanAbs[0], 9);
    }
    const regression = available(await explainModel({ model: opaqueModel('mlp', (features) => Float64Array.from(rowsOf(features), interacting)), data: oneHotData(null), rng: Rng.fromSeed(4) }));
    expect(regression.output).toBe('value');
    expect(regression.features.find((f) => f.name === 'c')?.mean_abs_shap).toBeCloseTo(twoPlayerMeanAbsShapley(oneHotData(null), interacting).meanAbs[1], 9);
  });
});

describe('explainModel on command models (permutation SHAP through predict_command)', () => {
  // raw parts: x numeric (one missing), c categorical; the train part is the whole background (4 < 16 rows)
  const table = (x: number[], c: number[]) => makeTable([
    { name: 'x', type: 'numeric', values: Float64Array.from(x) },
    { name: 'c', type: 'categorical', codes: Int32Array.from(c), categories: ['a', 'b'] },
  ]);
  const train = table([-1, 0.5, NaN, 2], [0, 1, 1, -1]);
  const test = table([1.5, -2, 0], [1, 0, -1]);
  const data: ExplainData = {
    classes: ['no', 'yes'],
    featureInfo: { names: ['x', 'c'] },
    encoder: { kind: 'codes', specs: [] },
    parts: { train: { encoded: { features: [], label: new Float64Array(4) }, table: train }, test: { encoded: { features: [], label: new Float64Array(3) }, table: test } },
  };
  // the program's log-odds, with an interaction and its own handling of missing values
  const logit = (x: number, c: string | null) => (Number.isNaN(x) ? 0.2 : x) * (c === 'a' ? 1.3 : -0.4) + (c === null ? 0.5 : 0);
  const program = (rows: Table) => {
    const [x, c] = rows.columns;
    if (x.type !== 'numeric' || c.type !== 'categorical') throw new Error('unexpected column types');
    return Float64Array.from(x.values, (value, i) => sigmoid(logit(value, c.codes[i] < 0 ? null : c.categories[c.codes[i]])));
  };
  const categoryAt = (t: Table, i: number) => {
    const column = t.columns[1];
    return column.type === 'categorical' && column.codes[i] >= 0 ? column.categories[column.codes[i]] : null;
  };
  const valueAt = (t: Table, i: number) => (t.columns[0].type === 'numeric' ? t.columns[0].values[i] : NaN);

  it('equals the exact Shapley values of the program\'s log-odds over the raw columns, in one program run', async () => {
    let runs = 0;
    const rowPredictor = { features: ['x', 'c'], predict: async (rows: Table) => (runs++, program(rows)) };
    const section = available(await explainModel({ model: opaqueModel('command', () => new Float64Array(0)), data, rng: Rng.fromSeed(2), rowPredictor }));
    expect(section).toMatchObject({ method: 'permutation_shap', engine: 'command', output: 'log_odds', rows: 3, features_total: 2, background_rows: 4 });
    expect(runs).toBe(2); // the background's expected value, then every mixed row at once
    const value = (row: number, known: Set<number>) => {
      let total = 0;
      for (let b = 0; b < 4; b++) total += logit(known.has(0) ? valueAt(test, row) : valueAt(train, b), known.has(1) ? categoryAt(test, row) : categoryAt(train, b));
      return total / 4;
    };
    const exact = [0, 0];
    for (let row = 0; row < 3; row++) {
      for (const [p, q] of [[0, 1], [1, 0]]) exact[p] += Math.abs(0.5 * (value(row, new Set([p])) - value(row, new Set())) + 0.5 * (value(row, new Set([p, q])) - value(row, new Set([q])))) / 3;
    }
    const byName = Object.fromEntries(section.features.map((f) => [f.name, f.mean_abs_shap]));
    expect(byName.x).toBeCloseTo(exact[0], 9);
    expect(byName.c).toBeCloseTo(exact[1], 9);
  });

  it('says why when the program fails, and never fails the run', async () => {
    const rowPredictor = { features: ['x', 'c'], predict: async () => Promise.reject(new Error('exited with code 3')) };
    const section = await explainModel({ model: opaqueModel('command', () => new Float64Array(0)), data, rng: Rng.fromSeed(2), rowPredictor });
    expect(section).toEqual({ available: false, method: null, engine: 'command', reason: 'not available: permutation SHAP through model.predict_command failed: exited with code 3' });
  });
});

describe('explainModel on engines without attributions', () => {
  it('says why for command models, with no values', async () => {
    const section = await explainModel({ model: opaqueModel('command', (f) => new Float64Array(f[0].length)), data: handData(), rng: Rng.fromSeed(1) });
    expect(section).toMatchObject({ available: false, method: null, engine: 'command' });
    expect(section.available ? '' : section.reason).toMatch(/^not available for command: /);
    expect(Object.keys(section).sort()).toEqual(['available', 'engine', 'method', 'reason']);
  });
});

/** A whole `mltrain run` with the fakes of run-training.test.ts; the command engine's program predicts 0.5 everywhere. */
async function run(model: string) {
  const config = `name: demo\nseed: 3\ndata:\n  path: data/demo.csv\n  target: label\n  id_columns: [id]\nmodel:\n${model}`;
  const fs = new MemoryFileSystem({ '/repo/models/demo.yaml': config, '/repo/models/data/demo.csv': syntheticBinaryCsv(800) });
  const journals = new MemoryJournals();
  const runner = new FakeProcessRunner(async ({ spec }) => {
    for (const [part, file] of [['validation', spec.env.MLTRAIN_VALIDATION], ['test', spec.env.MLTRAIN_TEST]]) {
      if (file === undefined) continue;
      const rows = fs.text(file).trimEnd().split('\n').length - 1;
      await fs.writeText(`${spec.env.MLTRAIN_OUTPUT_DIR}/predictions-${part}.csv`, `no,yes\n${'0.5,0.5\n'.repeat(rows)}`);
    }
    return { code: 0 };
  });
  const deps: RunDependencies = {
    fs, logger: new RecordingLogger(), clock: new SteppingClock(0, 500), data: new MemoryDataLoader(fs), repository: { commit: async () => 'a'.repeat(40) },
    machine: { cores: 2 }, version: '0.0.0-test', openStudyStorage: (path) => journals.open(path), timestamp: () => '2026-01-01T00:00:00.000Z',
    command: { folders: new MemoryTrialFolders(fs), runner, environment: {} },
  };
  await runTraining(deps, { configPath: '/repo/models/demo.yaml', displayPath: 'models/demo.yaml', baseDirectory: '/repo' });
  const file = (name: string) => fs.text(`/repo/.mltrain/demo/${name}`);
  return { document: JSON.parse(file('metrics.json')) as MetricsDocument, card: file('MODEL_CARD.md'), cardJson: JSON.parse(file('model-card.json')) as unknown, html: file('report.html') };
}

const validateMetrics = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(metricsSchema);
const validateCard = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(mctSchema);

describe('explanations in a run', () => {
  it('gbdt: TreeSHAP on the test rows in metrics.json (schema-valid), the model card, its JSON and the HTML chart', async () => {
    const { document, card, cardJson, html } = await run('  type: gbdt\n  params: {n_estimators: 20, max_depth: 3}\n');
    expect(validateMetrics(document), JSON.stringify(validateMetrics.errors)).toBe(true);
    const section = available(document.explanations!);
    expect(section).toMatchObject({ method: 'tree_shap', engine: 'gbdt', rows: 160, test_rows: 160, output: 'log_odds', features_total: 5 });
    const byName = Object.fromEntries(section.features.map((f) => [f.name, f]));
    expect(Object.keys(byName).sort()).toEqual(['category', 'group', 'noise', 'x1', 'x2']);
    expect(byName.x1.mean_abs_shap).toBeGreaterThan(byName.noise.mean_abs_shap);
    expect(byName.x1.splits).toBeGreaterThan(0);
    expect(document.cost.phases_seconds).toHaveProperty('explain');
    expect(card).toContain('## Explanations');
    expect(card).toMatch(/\| `x1` \| \d/);
    expect(validateCard(cardJson), JSON.stringify(validateCard.errors)).toBe(true);
    expect((cardJson as { quantitative_analysis: { graphics: { description: string } } }).quantitative_analysis.graphics.description).toMatch(/TreeSHAP.*Ranking: 1\. /);
    expect(html).toContain('data-chart="shap_importance"');
    expect(html).toContain('<section id="explanations">');
  });

  it('evaluation.explanations: max_rows and top_features reach the step; max_rows 0 turns it off', async () => {
    const small = available((await run('  type: gbdt\n  params: {n_estimators: 5, max_depth: 2}\nevaluation:\n  explanations: {max_rows: 50, top_features: 2}\n')).document.explanations!);
    expect(small.rows).toBe(50);
    expect(small.features).toHaveLength(2);
    const off = await run('  type: gbdt\n  params: {n_estimators: 5, max_depth: 2}\nevaluation:\n  explanations: {max_rows: 0}\n');
    expect(validateMetrics(off.document), JSON.stringify(validateMetrics.errors)).toBe(true);
    expect(off.document.explanations).toMatchObject({ available: false, reason: 'turned off (evaluation.explanations.max_rows: 0)' });
    expect(off.html).not.toContain('data-chart="shap_importance"');
  });

  it('logistic: linear SHAP with one-hot columns summed back into their source column', async () => {
    const { document } = await run('  type: logistic\n');
    expect(validateMetrics(document), JSON.stringify(validateMetrics.errors)).toBe(true);
    const section = available(document.explanations!);
    expect(section.method).toBe('linear_shap');
    expect(section.features.map((f) => f.name).sort()).toEqual(['category', 'group', 'noise', 'x1', 'x2']);
    expect(section.features[0].name).toBe('x1');
  });

  it('command: "not available for command" in every output, and no values', async () => {
    const { document, card, cardJson, html } = await run('  type: command\n  command: [python, train.py]\n');
    expect(validateMetrics(document), JSON.stringify(validateMetrics.errors)).toBe(true);
    expect(document.explanations).toMatchObject({ available: false, method: null, engine: 'command' });
    expect(card).toMatch(/## Explanations\n\n_Feature attributions: not available for command: /);
    expect(validateCard(cardJson), JSON.stringify(validateCard.errors)).toBe(true);
    expect(JSON.stringify(cardJson)).toContain('not available for command');
    expect(html).toContain('not available for command');
    expect(html).not.toContain('data-chart="shap_importance"');
  });
});
