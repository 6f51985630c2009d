/** Public API of src/core/report: pure renderers of metrics.json plus ReportData into files' text. */
export { toJson } from './metrics-document';
export type { CostReport, DataFinding, DataSection, GateOutcome, Lineage, MetricsDocument, ModelSection } from './metrics-document';
export { formatNumber, formatTable, markdownTable } from './format-table';
export type { TextTable } from './format-table';
export { HEADLINE_METRICS, headlineTable, verdictLine } from './headline';
export { renderSummary } from './render-summary';
export { predictionsCsv } from './predictions-csv';
export { BASELINE_SOURCES } from './report-data';
export type {
  Baseline,
  BaselineSource,
  ColumnProfileSummary,
  ConfusionMatrixData,
  DataProfileSummary,
  HistoryEntry,
  MetricComparison,
  ReportCurves,
  ReportData,
} from './report-data';
export { buildReportCurves } from './report-curves';
export type { CurveInputs } from './report-curves';
export { CHANGE_FLAGS, DEFAULT_ALPHA, DEFAULT_CONFIDENCE, changeFlag, headlineRows } from './metric-rows';
export type { ChangeFlag, MetricRow } from './metric-rows';
export { CLIPPED_REASON_LENGTH, MAX_COMMENT_LENGTH, commentMarker, renderPrComment } from './pr-comment';
export type { PrCommentOptions } from './pr-comment';
export { EXPLANATION_METHODS, EXPLANATION_OUTPUTS, MULTICLASS_AGGREGATIONS, explanationsSummary } from './explanations';
export type { AvailableExplanations, ExplainedFeature, ExplanationMethod, ExplanationOutput, ExplanationsSection, MulticlassAggregation, UnavailableExplanations } from './explanations';
export { renderModelCardMarkdown } from './model-card-markdown';
export { buildModelCardJson } from './model-card-json';
export { MCT_SCHEMA_VERSION } from './mct-card';
export type { MctModelCard, MctPerformanceMetric } from './mct-card';
export { renderHtmlReport } from './html-report';
export { CHART_IDS, reportCharts } from './charts/index';
export type { Chart, ChartId } from './charts/index';
export { sparkline } from './sparkline';
export { escapeHtml, markdownCode, markdownText } from './escape';
