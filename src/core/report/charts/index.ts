/** Inline SVG charts for the HTML report, drawn by our own code (no browser, no library). */
export { CHART_IDS, CHART_THEME } from './theme';
export type { Chart, ChartId } from './theme';
export { calibrationChart, precisionRecallChart, rocChart } from './curve-charts';
export { confusionMatrixChart } from './confusion-chart';
export { driftChart, featureImportanceChart, paramImportanceChart, shapImportanceChart } from './importance-charts';
export { optimizationHistoryChart } from './history-chart';
export { reportCharts } from './report-charts';
