/** Colours and sizes shared by every chart, so that the report reads as one piece. */
export const CHART_THEME = {
  width: 480,
  height: 320,
  margin: { top: 16, right: 20, bottom: 48, left: 60 },
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  fontSize: 11,
  text: '#334155',
  muted: '#64748b',
  grid: '#e2e8f0',
  axis: '#94a3b8',
  primary: '#2563eb',
  secondary: '#f97316',
  good: '#16a34a',
  bad: '#dc2626',
  neutral: '#94a3b8',
} as const;

/** The charts a report can hold, in the order it shows them. */
export const CHART_IDS = [
  'roc',
  'precision_recall',
  'calibration',
  'confusion_matrix',
  'feature_importance',
  'shap_importance',
  'optimization_history',
  'param_importance',
  'drift',
] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** A rendered chart: its id, a title for the caption, and the SVG markup. */
export interface Chart {
  id: ChartId;
  title: string;
  /** One sentence on how to read it. */
  caption: string;
  svg: string;
}
