import { commandProgramMarkdown } from './command-program-section';
import { markdownCode, markdownText } from './escape';
import { explanationsMarkdown } from './explanation-sections';
import { formatNumber, markdownTable } from './format-table';
import { formatInterval, formatParam, formatPercent } from './format-values';
import { verdictLine } from './headline';
import { costSection, dataSection, fairnessSection, gatesMarkdown, lineageSection } from './markdown-sections';
import type { MetricsDocument } from './metrics-document';
import { DEFAULT_CONFIDENCE, headlineRows } from './metric-rows';
import { modelCardFrontMatter } from './model-card-front-matter';
import type { ReportData } from './report-data';
import { tuningSummary } from './tuning-summary';

/**
 * MODEL_CARD.md: Hugging Face style front matter, then the Model Card Toolkit's sections (details,
 * intended use, data, metrics, fairness, considerations) and mltrain's own (hyperparameters, cost,
 * lineage, gates). The card describes this model alone: no baseline comparisons.
 */
export function renderModelCardMarkdown(document: MetricsDocument, data: ReportData): string {
  const own: ReportData = { ...data, baseline: undefined, comparisons: undefined };
  const parts = [
    modelCardFrontMatter(document, own),
    `# Model card: ${markdownText(document.name)}`,
    data.description ? markdownText(data.description) : '',
    '## Model details',
    detailsTable(document, own),
    '## Intended use',
    data.modelCard?.intended_use ? markdownText(data.modelCard.intended_use) : '_Not stated (`model_card.intended_use` in the config)._',
    '## Training and evaluation data',
    dataMarkdown(document, own),
    '## Metrics',
    metricsMarkdown(document, own),
    '## Fairness',
    sectionBody(fairnessSection(document, own)) || '_No sensitive columns were evaluated._',
    ...(document.explanations ? ['## Explanations', explanationsMarkdown(document)] : []),
    '## Limitations',
    bullets(data.modelCard?.limitations, '_None stated (`model_card.limitations`)._'),
    '## Ethical considerations',
    bullets(data.modelCard?.ethical_considerations, '_None stated (`model_card.ethical_considerations`)._'),
    '## Hyperparameters',
    hyperparametersMarkdown(document, own),
    '## Training cost and time',
    sectionBody(costSection(document, own)),
    '## Lineage',
    sectionBody(lineageSection(document, own)),
    ...(document.lineage.command ? ['## Training program', commandProgramMarkdown(document.lineage.command)] : []),
    '## Gates',
    `${markdownText(verdictLine(document))}\n\n${gatesMarkdown(document)}`,
  ];
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}

function detailsTable(document: MetricsDocument, data: ReportData): string {
  const l = document.lineage;
  const owners = data.modelCard?.owners ?? [];
  const rows = [
    ['name', markdownCode(document.name)],
    ['version', l.git_commit ? `commit ${markdownCode(l.git_commit)}` : 'uncommitted working tree'],
    ['trained', document.created_at],
    ['task', `${document.task}${document.data.classes ? ` (classes ${document.data.classes.map(markdownCode).join(', ')})` : ''}`],
    ['model', `${markdownText(document.model.type)} on ${markdownText(l.engine)} ${markdownText(l.engine_version)} (backend ${markdownText(l.backend)})`],
    ['owners', owners.length > 0 ? owners.map(markdownText).join(', ') : 'n/a'],
    ['license', data.modelCard?.license ? markdownText(data.modelCard.license) : 'n/a'],
    ['model file', markdownCode(document.model.path)],
    ['trained by', `mltrain ${markdownText(l.mltrain_version)}`],
  ];
  if (document.model.threshold !== undefined) rows.push(['decision threshold', formatNumber(document.model.threshold)]);
  return markdownTable({ header: ['', ''], rows });
}

function dataMarkdown(document: MetricsDocument, data: ReportData): string {
  const d = document.data;
  const lines = [
    `Target ${markdownCode(d.target)}; ${d.rows.train} training, ${d.rows.validation} validation and ${d.rows.test} test rows` +
      `${d.skipped_rows > 0 ? ` (${d.skipped_rows} bad rows skipped)` : ''}; ${d.features.length} features: ${d.features.map(markdownCode).join(', ')}.`,
    '',
    markdownTable(
      { header: ['file', 'sha256', 'rows', 'columns'], rows: document.lineage.data.map((f) => [markdownCode(f.path), markdownCode(f.sha256), String(f.rows), String(f.columns)]) },
      ['left', 'left', 'right', 'right'],
    ),
  ];
  if (data.profile) lines.push('', `Profile of ${data.profile.rows} rows:`, '', profileTable(data));
  if (data.profile?.labelDistribution) {
    const shares = Object.entries(data.profile.labelDistribution).map(([label, share]) => `${markdownCode(label)} ${formatPercent(share)}`);
    lines.push('', `Label distribution: ${shares.join(', ')}.`);
  }
  const findings = sectionBody(dataSection(document, data));
  if (findings) lines.push('', findings);
  return lines.join('\n');
}

function profileTable(data: ReportData): string {
  const columns = data.profile?.columns ?? [];
  return markdownTable(
    {
      header: ['column', 'type', 'missing', 'distinct', 'mean', 'std', 'min', 'max', 'most frequent'],
      rows: columns.map((c) => [
        markdownCode(c.name),
        markdownText(c.type),
        formatPercent(c.missingFraction),
        c.distinct === undefined ? '' : String(c.distinct),
        optional(c.mean),
        optional(c.std),
        optional(c.min),
        optional(c.max),
        (c.top ?? []).map((t) => `${markdownText(t.value)} (${formatPercent(t.fraction)})`).join(', '),
      ]),
    },
    ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
  );
}

function metricsMarkdown(document: MetricsDocument, data: ReportData): string {
  const test = headlineRows(document, data, 'test');
  const validation = new Map(headlineRows(document, data, 'validation').map((r) => [r.metric, r]));
  const level = `${Math.round((data.confidence ?? DEFAULT_CONFIDENCE) * 100)}%`;
  const table = markdownTable(
    {
      header: ['metric', 'test', `${level} interval`, 'validation'],
      rows: test.map((r) => [markdownCode(r.metric), formatNumber(r.head), formatInterval(r.headInterval), formatNumber(validation.get(r.metric)?.head)]),
    },
    ['left', 'right', 'right', 'right'],
  );
  const shown = new Set(test.map((r) => r.metric));
  const others = Object.entries(document.metrics.test).filter(([name]) => !shown.has(name));
  const note = 'Intervals are seeded bootstrap percentile intervals on the test rows.';
  if (others.length === 0) return `${table}\n\n${note}`;
  const more = markdownTable({ header: ['other test metric', 'value'], rows: others.map(([name, value]) => [markdownCode(name), formatNumber(value)]) }, ['left', 'right']);
  return `${table}\n\n${note}\n\n${more}`;
}

function hyperparametersMarkdown(document: MetricsDocument, data: ReportData): string {
  const params = Object.entries(document.model.params);
  const lines = [`${markdownText(document.model.type)}, ${document.model.iterations} iterations.`];
  if (params.length > 0) lines.push('', markdownTable({ header: ['parameter', 'value'], rows: params.map(([k, v]) => [markdownCode(k), markdownCode(formatParam(v))]) }));
  const tuning = tuningSummary(document, data);
  if (tuning) {
    const best = tuning.bestValue === null ? '' : `; best ${tuning.metric ? markdownCode(tuning.metric) : 'value'} ${formatNumber(tuning.bestValue)}`;
    lines.push('', `Tuned over ${tuning.trials} trials (${tuning.pruned ?? 0} pruned, ${tuning.failed ?? 0} failed)${best}${tuning.stopReason ? `; stopped: ${markdownText(tuning.stopReason)}` : ''}.`);
  }
  return lines.join('\n');
}

function sectionBody(section: { lines: string[] } | null): string {
  return section ? section.lines.join('\n').trim() : '';
}

function bullets(items: string[] | undefined, empty: string): string {
  return items && items.length > 0 ? items.map((i) => `- ${markdownText(i)}`).join('\n') : empty;
}

function optional(value: number | undefined): string {
  return value === undefined ? '' : formatNumber(value, 2);
}
