import { METHOD_NAMES, type AvailableExplanations } from '../explanations';
import { barChart, type Bar } from './bar-chart';
import { svgDocument } from './frame';
import type { Chart } from './theme';

const TOP_FEATURES = 20;

function sortedBars(values: Record<string, number>): Bar[] {
  return Object.entries(values)
    .filter(([, v]) => Number.isFinite(v))
    .map(([label, value]) => ({ label, value }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
}

function more(hidden: number, what: string): string {
  return hidden > 0 ? ` ${hidden} more ${what} are not drawn.` : '';
}

/** The engine's own importance per feature, the largest first. */
export function featureImportanceChart(importance: Record<string, number>): Chart {
  const chart = barChart({ bars: sortedBars(importance), valueLabel: 'Importance (engine-specific)', maxBars: TOP_FEATURES, format: (v) => String(Number(v.toPrecision(3))) });
  return {
    id: 'feature_importance',
    title: 'Feature importance',
    caption: `The engine's own importance: average loss reduction (gain) per split for trees, |coefficient| per standard deviation for linear models.${more(chart.hidden, 'features')}`,
    svg: svgDocument('feature_importance', 'Feature importance', chart.width, chart.height, chart.body),
  };
}

const OUTPUT_UNITS: Record<AvailableExplanations['output'], string> = {
  log_odds: 'log-odds',
  class_margins: 'class margins, summed over classes',
  class_log_probabilities: 'log class probabilities, summed over classes',
  value: 'units of the target',
};

/** Mean |SHAP value| per feature on the explained test rows, the largest first (features arrive sorted). */
export function shapImportanceChart(explanations: AvailableExplanations): Chart {
  const bars = explanations.features.map((f) => ({ label: f.name, value: f.mean_abs_shap }));
  const chart = barChart({ bars, valueLabel: `Mean |SHAP value| (${OUTPUT_UNITS[explanations.output]})`, maxBars: TOP_FEATURES, format: (v) => String(Number(v.toPrecision(3))) });
  const hidden = chart.hidden + explanations.features_total - explanations.features.length;
  const method = METHOD_NAMES[explanations.method];
  return {
    id: 'shap_importance',
    title: 'Feature attributions (SHAP)',
    caption: `How far each feature moves a prediction from the expected output, on average over ${explanations.rows} test rows (${method}).${more(hidden, 'features')}`,
    svg: svgDocument('shap_importance', 'Feature attributions (SHAP)', chart.width, chart.height, chart.body),
  };
}

/** The share of the objective's variance each hyperparameter explains (fANOVA-style). */
export function paramImportanceChart(importance: Record<string, number>): Chart {
  const chart = barChart({ bars: sortedBars(importance), valueLabel: 'Importance (share of variance)', format: (v) => `${(v * 100).toFixed(1)}%`, tickFormat: (v) => `${Math.round(v * 100)}%` });
  return {
    id: 'param_importance',
    title: 'Hyperparameter importance',
    caption: `How much of the objective's variation across trials each hyperparameter explains.${more(chart.hidden, 'parameters')}`,
    svg: svgDocument('param_importance', 'Hyperparameter importance', chart.width, chart.height, chart.body),
  };
}

/** PSI per column against the reference profile, drifted columns in red, the threshold as a line. */
export function driftChart(rows: { column: string; psi: number; drifted: boolean }[], limit: number): Chart {
  const bars = rows.map((r) => ({ label: r.column, value: r.psi, highlight: r.drifted }));
  const chart = barChart({ bars, valueLabel: 'Population stability index (PSI)', reference: { value: limit, label: `drift above ${limit}` }, maxBars: TOP_FEATURES, format: (v) => v.toFixed(3) });
  return {
    id: 'drift',
    title: 'Data drift per column',
    caption: `PSI of each column against the reference profile; red columns are above the threshold.${more(chart.hidden, 'columns')}`,
    svg: svgDocument('drift', 'Data drift per column', chart.width, chart.height, chart.body),
  };
}
