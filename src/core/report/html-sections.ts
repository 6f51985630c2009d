import { driftLimit, driftRows } from './drift-summary';
import { escapeHtml } from './escape';
import { fairnessSummary } from './fairness-summary';
import { formatNumber } from './format-table';
import { formatDuration, formatInterval, formatParam, formatPercent, formatSigned, formatUsd } from './format-values';
import { badge, code, htmlTable, raw, type Cell } from './html-table';
import { formatP, perTrialCost } from './markdown-sections';
import type { MetricsDocument } from './metrics-document';
import { DEFAULT_CONFIDENCE, improves, type MetricRow } from './metric-rows';
import type { ReportData } from './report-data';
import { tuningSummary } from './tuning-summary';

const FLAG_LABELS = { better: 'significantly better', worse: 'significantly worse', not_significant: 'not significant', untested: '' } as const;

export function section(id: string, title: string, ...body: string[]): string {
  return `<section id="${escapeHtml(id)}">\n<h2>${escapeHtml(title)}</h2>\n${body.filter(Boolean).join('\n')}\n</section>`;
}

function deltaClass(row: MetricRow): string {
  const good = improves(row);
  return good === null ? 'flat' : good ? 'up' : 'down';
}

/** The first headline metrics as large figures with their change. */
export function kpiCards(rows: MetricRow[], hasBaseline: boolean): string {
  const cards = rows.slice(0, 6).map((r) => {
    const delta = hasBaseline ? `<div class="delta ${deltaClass(r)}">${escapeHtml(formatSigned(r.change))} vs base</div>` : r.headInterval ? `<div class="delta flat">${escapeHtml(formatInterval(r.headInterval))}</div>` : '';
    return `<div class="kpi"><div class="name">${escapeHtml(r.metric)}</div><div class="value">${escapeHtml(formatNumber(r.head))}</div>${delta}</div>`;
  });
  return `<div class="kpis">${cards.join('')}</div>`;
}

export function headlineTableHtml(rows: MetricRow[], data: ReportData): string {
  const hasBase = data.baseline !== undefined;
  const level = `${Math.round((data.confidence ?? DEFAULT_CONFIDENCE) * 100)}%`;
  const header = ['metric', ...(hasBase ? ['base', 'head', 'change'] : ['value']), `${level} interval`, `${level} interval of change`, 'significance'];
  const body: Cell[][] = rows.map((r) => {
    const p = r.comparison?.p_value;
    const flag = r.flag === 'untested' ? '' : badge(r.flag, `${FLAG_LABELS[r.flag]}${p !== undefined ? ` (p = ${formatP(p)})` : ''}`);
    const change = raw(`<span class="${deltaClass(r)}">${escapeHtml(formatSigned(r.change))}</span>`);
    return [
      raw(`${code(r.metric).html}${r.lowerIsBetter ? ' <span class="note">lower is better</span>' : ''}`),
      ...(hasBase ? [formatNumber(r.base), formatNumber(r.head), change] : [formatNumber(r.head)]),
      formatInterval(r.headInterval),
      formatInterval(r.comparison?.interval),
      flag,
    ];
  });
  const numeric = hasBase ? [1, 2, 3, 4, 5] : [1, 2, 3];
  return htmlTable(header, body, numeric);
}

export function gatesHtml(document: MetricsDocument): string {
  if (document.gates.length === 0) return '<p class="note">No gates configured.</p>';
  const rows: Cell[][] = document.gates.map((g) => [
    badge(g.status, g.status),
    g.name,
    g.column ? code(g.column) : '',
    formatNumber(g.value),
    formatNumber(g.threshold),
    g.baseline === undefined || g.baseline === null ? '' : formatNumber(g.baseline),
    g.p_value === undefined || g.p_value === null ? '' : formatP(g.p_value),
    g.reason,
  ]);
  return htmlTable(['status', 'gate', 'column', 'value', 'threshold', 'baseline', 'p', 'reason'], rows, [3, 4, 5, 6]);
}

export function fairnessHtml(document: MetricsDocument, data: ReportData): string {
  const columns = fairnessSummary(document, data.baseline?.document);
  if (columns.length === 0) return '';
  const hasBase = data.baseline !== undefined;
  const parts = columns.map((c) => {
    const metrics = htmlTable(
      ['metric', ...(hasBase ? ['base', 'head', 'change'] : ['value'])],
      c.metrics.map((m) => [code(m.metric), ...(hasBase ? [formatNumber(m.base), formatNumber(m.head), formatSigned(m.head !== null && typeof m.base === 'number' ? m.head - m.base : null)] : [formatNumber(m.head)])]),
      [1, 2, 3],
    );
    const groups =
      c.groups.length === 0
        ? ''
        : htmlTable(
            ['group', 'rows', 'selection rate', 'TPR', 'FPR', 'accuracy', 'AUC'],
            c.groups.map((g) => [
              g.small ? raw(`${escapeHtml(g.group)} ${badge('small', 'small').html}`) : g.group,
              g.size === null ? 'n/a' : String(g.size),
              formatNumber(g.selection_rate),
              formatNumber(g.tpr),
              formatNumber(g.fpr),
              formatNumber(g.accuracy),
              formatNumber(g.auc),
            ]),
            [1, 2, 3, 4, 5, 6],
          );
    return `<h3>${code(c.column).html}</h3>\n<div class="pair"><div>${metrics}</div><div>${groups}</div></div>`;
  });
  return section('fairness', 'Fairness', ...parts);
}

export function dataHtml(document: MetricsDocument, data: ReportData): string {
  const d = document.data;
  const parts = [
    `<p>Target ${code(d.target).html}; ${d.rows.train} training, ${d.rows.validation} validation and ${d.rows.test} test rows${d.skipped_rows > 0 ? ` (${d.skipped_rows} bad rows skipped)` : ''}; ${d.features.length} features.</p>`,
    htmlTable(['file', 'sha256', 'rows', 'columns'], document.lineage.data.map((f) => [code(f.path), code(f.sha256), String(f.rows), String(f.columns)]), [2, 3]),
  ];
  const findings = d.validation.filter((f) => f.severity !== 'pass');
  if (findings.length > 0) {
    parts.push('<h3>Validation findings</h3>', htmlTable(['severity', 'rule', 'column', 'finding'], findings.map((f) => [badge(f.severity, f.severity), code(f.rule), f.column ? code(f.column) : '', f.message])));
  }
  const drift = driftRows(document, data);
  if (drift.length > 0) {
    const drifted = drift.filter((r) => r.drifted).length;
    parts.push(`<h3>Drift</h3><p class="note">${drifted} of ${drift.length} columns above PSI ${driftLimit(document)}${d.drift.reference ? `, against ${code(d.drift.reference).html}` : ''}.</p>`);
  }
  if (data.profile) {
    parts.push(
      `<h3>Profile (${data.profile.rows} rows)</h3>`,
      htmlTable(
        ['column', 'type', 'missing', 'distinct', 'mean', 'std', 'min', 'max', 'most frequent'],
        data.profile.columns.map((c) => [
          code(c.name),
          c.type,
          formatPercent(c.missingFraction),
          c.distinct === undefined ? '' : String(c.distinct),
          ...[c.mean, c.std, c.min, c.max].map((v) => (v === undefined ? '' : formatNumber(v, 2))),
          (c.top ?? []).map((t) => `${t.value} (${formatPercent(t.fraction)})`).join(', '),
        ]),
        [2, 3, 4, 5, 6, 7],
      ),
    );
  }
  return section('data', 'Data', ...parts);
}

export function tuningHtml(document: MetricsDocument, data: ReportData): string {
  const t = tuningSummary(document, data);
  if (!t) return '';
  const counts = `${t.trials} trials: ${t.completed ?? '?'} complete, ${t.pruned ?? 0} pruned, ${t.failed ?? 0} failed${t.stopReason ? `; stopped: ${t.stopReason}` : ''}.`;
  const best = t.bestValue === null ? '' : ` Best ${t.metric ?? 'value'}: ${formatNumber(t.bestValue)}.`;
  const importances = data.paramImportances ?? {};
  const params = htmlTable(
    ['parameter', 'best value', 'importance'],
    Object.entries(t.bestParams).map(([k, v]) => [code(k), code(formatParam(v)), k in importances ? formatPercent(importances[k]) : '']),
    [2],
  );
  return section('tuning', 'Tuning', `<p>${escapeHtml(counts + best)}</p>`, params);
}

export function costHtml(document: MetricsDocument, data: ReportData): string {
  const base = data.baseline?.document.cost;
  const t = tuningSummary(document, data);
  const rows: Cell[][] = [
    ['cost', base ? formatUsd(base.usd) : '', formatUsd(document.cost.usd)],
    ['wall time', base ? formatDuration(base.seconds) : '', formatDuration(document.cost.seconds)],
    ['hourly rate', base ? `${formatUsd(base.hourly_rate_usd)}/h` : '', `${formatUsd(document.cost.hourly_rate_usd)}/h (${document.cost.rate_source})`],
  ];
  if (document.cost.max_cost_usd !== undefined) rows.push(['budget', '', `${formatUsd(document.cost.max_cost_usd)} (${formatPercent(document.cost.usd / document.cost.max_cost_usd)} used)`]);
  if (t && t.trials > 0) rows.push(['HPO cost per trial', '', formatUsd(perTrialCost(document, t.history, t.trials))]);
  return section('cost', 'Cost and time', htmlTable(['', 'base', 'this run'], rows, [1, 2]));
}

export function considerationsHtml(data: ReportData): string {
  const card = data.modelCard;
  if (!card) return '';
  const list = (items: string[]) => (items.length > 0 ? `<ul class="plain">${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>` : '<p class="note">None stated.</p>');
  return section(
    'considerations',
    'Intended use and considerations',
    `<h3>Intended use</h3><p>${card.intended_use ? escapeHtml(card.intended_use) : '<span class="note">Not stated.</span>'}</p>`,
    `<h3>Limitations</h3>${list(card.limitations)}`,
    `<h3>Ethical considerations</h3>${list(card.ethical_considerations)}`,
    card.owners.length > 0 ? `<p class="note">Owners: ${escapeHtml(card.owners.join(', '))}</p>` : '',
  );
}

export function lineageHtml(document: MetricsDocument): string {
  const l = document.lineage;
  const rows: Cell[][] = [
    ['commit', l.git_commit ? code(l.git_commit) : 'n/a'],
    ['config sha256', code(l.config_sha256)],
    ['engine', `${l.engine} ${l.engine_version}, backend ${l.backend}`],
    ['model', `${document.model.type}, ${document.model.iterations} iterations${document.model.threshold !== undefined ? `, threshold ${formatNumber(document.model.threshold)}` : ''}`],
    ['parameters', code(Object.entries(document.model.params).map(([k, v]) => `${k}=${formatParam(v)}`).join(' '))],
    ['seed', String(l.seed)],
    ['mltrain', l.mltrain_version],
  ];
  return section('lineage', 'Lineage', htmlTable(['', ''], rows));
}
