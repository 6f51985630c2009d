/**
 * metrics.json's `explanations`: global feature attributions of the trained model, measured on a
 * seeded sample of test rows. Plain JSON data; the app computes it, the renderers only read it.
 */

/**
 * How the attributions were computed:
 * - `tree_shap`: exact TreeSHAP of the trees' margin (Lundberg, Erion and Lee 2018), XGBoost's
 *   pred_contribs definition (absent features follow both children, weighted by cover).
 * - `linear_shap`: exact SHAP values of a linear model's margin, coef_j * (x_j - mean_j) with the
 *   training part's means as background (Lundberg and Lee 2017, linear SHAP); the one-hot and
 *   missing-indicator columns of a source column are summed into that column.
 * - `permutation_shap`: model-agnostic SHAP values estimated by walking random feature orders
 *   (Strumbelj and Kononenko 2014; each order also reversed), a feature's encoded columns moving
 *   together, against background rows sampled from the training part (mlp; command models on raw
 *   rows through their predict_command). Exact for additive models;
 *   the attributions of each row add up exactly to its output minus the expected output.
 */
export const EXPLANATION_METHODS = ['tree_shap', 'linear_shap', 'permutation_shap'] as const;
export type ExplanationMethod = (typeof EXPLANATION_METHODS)[number];

/**
 * The model output the attributions add up to: log-odds (binary), per-class margins (multiclass
 * trees), per-class log-probabilities (multiclass, permutation SHAP), the value (regression).
 */
export const EXPLANATION_OUTPUTS = ['log_odds', 'class_margins', 'class_log_probabilities', 'value'] as const;
export type ExplanationOutput = (typeof EXPLANATION_OUTPUTS)[number];

/** Multiclass: a feature's mean |SHAP| of each class's margin, summed over the classes (also kept per class). */
export const MULTICLASS_AGGREGATIONS = ['sum_over_classes'] as const;
export type MulticlassAggregation = (typeof MULTICLASS_AGGREGATIONS)[number];

export interface ExplainedFeature {
  name: string;
  /** Mean over the explained rows of |SHAP value| (multiclass: summed over classes). */
  mean_abs_shap: number;
  /** Multiclass only: class name -> mean |SHAP| of that class's margin. */
  mean_abs_shap_by_class?: Record<string, number>;
  /** Trees only (XGBoost's definitions): average loss reduction per split on the feature. */
  gain?: number;
  /** Trees only: the splits' loss reductions summed. */
  total_gain?: number;
  /** Trees only: average hessian cover per split. */
  cover?: number;
  /** Trees only: number of splits on the feature. */
  splits?: number;
}

export interface AvailableExplanations {
  available: true;
  method: ExplanationMethod;
  engine: string;
  split: 'test';
  /** Rows explained: a seeded sample of the test part (all of it when smaller). */
  rows: number;
  test_rows: number;
  output: ExplanationOutput;
  /** Multiclass: the classes, in the order of `expected_value`. */
  classes?: string[];
  multiclass_aggregation?: MulticlassAggregation;
  /** Expected model output per output (one per class for multiclass): what the attributions start from. */
  expected_value: number[];
  /** permutation_shap: feature orders walked per row (each with its reverse). */
  permutations?: number;
  /** permutation_shap: training rows the absent features take their values from. */
  background_rows?: number;
  /** Features the model has; `features` keeps the top ones by mean |SHAP|, largest first. */
  features_total: number;
  features: ExplainedFeature[];
}

export interface UnavailableExplanations {
  available: false;
  method: null;
  engine: string;
  /** Why, e.g. "not available for mlp: ...". */
  reason: string;
}

export type ExplanationsSection = AvailableExplanations | UnavailableExplanations;

const METHOD_TEXT: Record<ExplanationMethod, string> = {
  tree_shap: 'exact TreeSHAP (Lundberg, Erion and Lee 2018; XGBoost pred_contribs definition)',
  linear_shap: 'exact linear SHAP, coefficient x (value - training mean), one-hot columns summed into their source column',
  permutation_shap: 'permutation SHAP (sampled feature orders, each also reversed; all columns of a feature move together)',
};

const OUTPUT_TEXT: Record<ExplanationOutput, string> = {
  log_odds: 'log-odds',
  class_margins: 'class margins (softmax inputs)',
  class_log_probabilities: 'log class probabilities',
  value: 'the predicted value',
};

/** Short method names, for captions and the pull-request comment. */
export const METHOD_NAMES: Record<ExplanationMethod, string> = { tree_shap: 'TreeSHAP', linear_shap: 'linear SHAP', permutation_shap: 'permutation SHAP' };

/** One line for the pull-request comment: method, sample and scale. */
export function explanationsShortSummary(section: AvailableExplanations): string {
  const sample = section.rows < section.test_rows ? `${section.rows} of ${section.test_rows} test rows` : `all ${section.rows} test rows`;
  const multiclass = section.multiclass_aggregation === 'sum_over_classes' ? ', summed over the classes' : '';
  return `Mean |SHAP value| per feature by ${METHOD_NAMES[section.method]} on ${sample}, in ${OUTPUT_TEXT[section.output]}${multiclass}.`;
}

/** One sentence saying what the numbers are, shared by the model card, its JSON and the HTML report. */
export function explanationsSummary(section: ExplanationsSection): string {
  if (!section.available) return `Feature attributions: ${section.reason}.`;
  const multiclass = section.multiclass_aggregation === 'sum_over_classes' ? ', summed over the classes' : '';
  const sample = section.rows < section.test_rows ? `${section.rows} of ${section.test_rows} test rows (seeded sample)` : `all ${section.rows} test rows`;
  const trees = section.method === 'tree_shap' ? ' Gain, cover and splits are the trees\u2019 own importance (XGBoost\u2019s definitions).' : '';
  const sampled =
    section.method === 'permutation_shap' && section.permutations !== undefined && section.background_rows !== undefined
      ? ` Estimated from ${section.permutations} feature orders per row against ${section.background_rows} training rows as background.`
      : '';
  return (
    `Mean |SHAP value| per feature on ${sample}, by ${METHOD_TEXT[section.method]}, in ${OUTPUT_TEXT[section.output]}${multiclass}: ` +
    `how far the feature moves a prediction from the expected output on average.${trees}${sampled}`
  );
}

/** The features shown in a report: the first `limit`, with how many more metrics.json holds or the model has. */
export function shownFeatures(section: AvailableExplanations, limit: number): { shown: ExplainedFeature[]; hidden: number } {
  const shown = section.features.slice(0, limit);
  return { shown, hidden: section.features_total - shown.length };
}
