import { commandProgramSentence } from './command-program-section';
import { formatNumber } from './format-table';
import { formatDuration, formatParam, formatUsd } from './format-values';
import { explanationsGraphics } from './explanation-sections';
import { fairnessSummary } from './fairness-summary';
import type { MetricsDocument } from './metrics-document';
import { headlineRows } from './metric-rows';
import { MCT_SCHEMA_VERSION, type MctDataset, type MctModelCard, type MctPerformanceMetric } from './mct-card';
import type { ReportData } from './report-data';
import { tuningSummary } from './tuning-summary';

/** Per-group rates that become sliced performance metrics. */
const GROUP_RATES = ['selection_rate', 'tpr', 'fpr', 'accuracy', 'auc'] as const;

/**
 * model-card.json: the card as the Model Card Toolkit's v0.0.2 schema defines it (no extra top-level
 * keys). Metric values are strings there; slices name the split (`test`, `validation`), the
 * sensitive column, or `column=group`. Lineage, cost and gates, which the schema has no fields for,
 * go into `model_details.documentation` as text (metrics.json holds them as data).
 */
export function buildModelCardJson(document: MetricsDocument, data: ReportData): MctModelCard {
  const own: ReportData = { ...data, baseline: undefined, comparisons: undefined };
  const card = data.modelCard;
  const lineage = document.lineage;
  const details: MctModelCard['model_details'] = {
    name: document.name,
    overview: data.description || `${document.task} ${document.model.type} model trained by mltrain`,
    documentation: documentation(document, own),
    owners: (card?.owners ?? []).map(owner),
    version: { name: lineage.git_commit ?? document.created_at, date: document.created_at.slice(0, 10) },
    path: document.model.path,
  };
  if (data.baseline) details.version = { ...details.version, diff: versionDiff(document, data) };
  if (card?.license) details.licenses = [{ identifier: card.license }];
  const references = [data.runUrl, data.artifactUrl].filter((u): u is string => typeof u === 'string' && isAbsoluteUrl(u));
  if (references.length > 0) details.references = references.map((reference) => ({ reference }));

  const considerations: MctModelCard['considerations'] = {};
  if (card?.intended_use) considerations.use_cases = [{ description: card.intended_use }];
  if (card?.limitations.length) considerations.limitations = card.limitations.map((description) => ({ description }));
  if (card?.ethical_considerations.length) considerations.ethical_considerations = card.ethical_considerations.map((name) => ({ name }));
  if (document.model.threshold !== undefined) {
    considerations.tradeoffs = [{ description: `Decisions use a probability threshold of ${formatNumber(document.model.threshold)}: a lower one raises recall at the cost of precision.` }];
  }

  const graphics = explanationsGraphics(document);
  return {
    schema_version: MCT_SCHEMA_VERSION,
    model_details: details,
    model_parameters: {
      model_architecture: `${document.model.type} (${lineage.engine} ${lineage.engine_version}, backend ${lineage.backend}), ${document.model.iterations} iterations`,
      data: datasets(document),
      input_format: `A table with the feature columns ${document.data.features.join(', ')}`,
      input_format_map: document.data.features.map((key) => ({ key, value: 'feature' })),
      output_format: outputFormat(document),
    },
    quantitative_analysis: { performance_metrics: performanceMetrics(document, own), ...(graphics ? { graphics } : {}) },
    considerations,
  };
}

function performanceMetrics(document: MetricsDocument, data: ReportData): MctPerformanceMetric[] {
  const metrics: MctPerformanceMetric[] = [];
  for (const split of ['test', 'validation'] as const) {
    for (const row of headlineRows(document, data, split)) {
      if (row.head === null) continue;
      const metric: MctPerformanceMetric = { type: row.metric, value: String(row.head), slice: split };
      if (row.headInterval) metric.confidence_interval = { lower_bound: String(row.headInterval[0]), upper_bound: String(row.headInterval[1]) };
      metrics.push(metric);
    }
  }
  for (const column of fairnessSummary(document)) {
    for (const m of column.metrics) if (m.head !== null) metrics.push({ type: m.metric, value: String(m.head), slice: column.column });
    for (const group of column.groups) {
      for (const rate of GROUP_RATES) {
        const value = group[rate];
        if (value !== null) metrics.push({ type: rate, value: String(value), slice: `${column.column}=${group.group}` });
      }
    }
  }
  metrics.push({ type: 'cost_usd', value: String(document.cost.usd), slice: 'training run' });
  metrics.push({ type: 'duration_s', value: String(document.cost.seconds), slice: 'training run' });
  return metrics;
}

function datasets(document: MetricsDocument): MctDataset[] {
  const rows = document.data.rows;
  const sensitive = Object.keys(document.fairness);
  return document.lineage.data.map((file) => {
    const dataset: MctDataset = {
      name: file.path,
      description: `sha256 ${file.sha256}; ${file.rows} rows x ${file.columns} columns; split into ${rows.train} training, ${rows.validation} validation and ${rows.test} test rows; target ${document.data.target}`,
    };
    if (sensitive.length > 0) dataset.sensitive = { sensitive_data: sensitive };
    return dataset;
  });
}

function outputFormat(document: MetricsDocument): string {
  const classes = document.data.classes;
  if (document.task === 'binary') return `Probability of class ${classes?.[1] ?? '1'} and the predicted label`;
  if (document.task === 'multiclass') return `One probability per class (${(classes ?? []).join(', ')}) and the predicted label`;
  return `A number: the predicted ${document.data.target}`;
}

function documentation(document: MetricsDocument, data: ReportData): string {
  const l = document.lineage;
  const lines = [
    `Trained by mltrain ${l.mltrain_version} on ${document.created_at}; seed ${l.seed}; config sha256 ${l.config_sha256}; commit ${l.git_commit ?? 'n/a'}.`,
    `Training cost ${formatUsd(document.cost.usd)} over ${formatDuration(document.cost.seconds)} at ${formatUsd(document.cost.hourly_rate_usd)}/h (${document.cost.rate_source}).`,
    `Hyperparameters: ${Object.entries(document.model.params).map(([k, v]) => `${k}=${formatParam(v)}`).join(', ') || 'defaults'}.`,
  ];
  if (l.command) lines.push(commandProgramSentence(l.command));
  const tuning = tuningSummary(document, data);
  if (tuning) lines.push(`Tuned over ${tuning.trials} trials (${tuning.pruned ?? 0} pruned, ${tuning.failed ?? 0} failed); best value ${formatNumber(tuning.bestValue)}.`);
  const gates = document.gates.map((g) => `${g.name}: ${g.status} (${g.reason})`);
  lines.push(gates.length > 0 ? `Gates: ${gates.join('; ')}.` : 'Gates: none configured.');
  lines.push(`Verdict: ${document.passed ? 'passed' : 'failed'}.`);
  return lines.join('\n');
}

function versionDiff(document: MetricsDocument, data: ReportData): string {
  const baseline = data.baseline;
  if (!baseline) return '';
  const changes = headlineRows(document, data, 'test')
    .filter((r) => r.change !== null)
    .map((r) => `${r.metric} ${formatNumber(r.base)} -> ${formatNumber(r.head)}`);
  const commit = baseline.document.lineage.git_commit ?? 'unknown commit';
  return `Against the base model (${commit}, ${baseline.source}): ${changes.join(', ')}.`;
}

function owner(text: string): { name: string; contact?: string } {
  const match = /^(.*?)\s*<([^>]+)>\s*$/.exec(text);
  return match ? { name: match[1], contact: match[2] } : { name: text };
}

function isAbsoluteUrl(text: string): boolean {
  return /^https?:\/\/[^\s]+$/.test(text);
}
