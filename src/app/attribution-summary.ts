import type { ExplainedFeature, ExplanationOutput } from '../core/report/explanations';

/** What an attribution method gives the explanations section. */
export interface Summary {
  output: ExplanationOutput;
  classes?: string[];
  expectedValue: number[];
  features: ExplainedFeature[];
  /** Sampling methods: how much was sampled. */
  sampling?: { permutations: number; background_rows: number };
}

/**
 * Mean |attribution| per output and feature, from row-major attributions laid out as
 * values[(row * outputs + output) * stride + feature] (a stride past the features skips a bias column).
 */
export function meanAbsoluteByOutput(values: Float64Array, rows: number, outputs: number, stride: number, features: number): Float64Array[] {
  const meanAbs = Array.from({ length: outputs }, () => new Float64Array(features));
  for (let r = 0; r < rows; r++) {
    for (let o = 0; o < outputs; o++) {
      const offset = (r * outputs + o) * stride;
      const sums = meanAbs[o];
      for (let f = 0; f < features; f++) sums[f] += Math.abs(values[offset + f]);
    }
  }
  for (const sums of meanAbs) for (let f = 0; f < features; f++) sums[f] /= rows;
  return meanAbs;
}

/** One entry per feature: mean |SHAP| summed over the outputs, and per class when there are class names. */
export function explainedFeatures(names: readonly string[], meanAbs: Float64Array[], classNames: readonly string[] | undefined): ExplainedFeature[] {
  return names.map((name, f): ExplainedFeature => ({
    name,
    mean_abs_shap: meanAbs.reduce((total, sums) => total + sums[f], 0),
    ...(classNames ? { mean_abs_shap_by_class: Object.fromEntries(classNames.map((c, o) => [c, meanAbs[o][f]])) } : {}),
  }));
}
