import { formatNumber, markdownTable } from './format-table';
import { formatDuration, formatInterval, formatParam, formatPercent, formatSigned, formatUsd } from './format-values';
import { driftLimit, driftRows } from './drift-summary';
import { markdownCode, markdownText } from './escape';
import { fairnessSummary } from './fairness-summary';
import type { MetricsDocument } from './metrics-document';
import type { ChangeFlag, MetricRow } from './metric-rows';
import { DEFAULT_CONFIDENCE } from './metric-rows';
import type { ReportData } from './report-data';
import { sparkline } from './sparkline';
import { tuningSummary } from './tuning-summary';

/** A collapsible part of the comment: body lines can be cut at a line boundary when space runs out. */
export interface DetailSection {
  summary: string;
  lines: string[];
}

export const STATUS_ICONS = { passed: '✅', failed: '❌', skipped: '⏭️' } as const;

const FLAG_TEXT: Record<ChangeFlag, string> = {
  better: '🟢 significantly better',
  worse: '🔴 significantly worse',
  not_significant: 'not significant',
  untested: '',
};

/** Headline metrics, base -> head, with the columns that have something to show. */
export function headlineMarkdown(rows: MetricRow[], data: ReportData): string {
  const hasBase = data.baseline !== undefined;
  const hasHeadInterval = rows.some((r) => r.headInterval);
  const hasChangeInterval = rows.some((r) => r.comparison?.interval);
  const hasFlag = rows.some((r) => r.flag !== 'untested');
  const level = `${Math.round((data.confidence ?? DEFAULT_CONFIDENCE) * 100)}%`;
  const header = ['metric', ...(hasBase ? ['base', 'head', 'change'] : ['value']), ...(hasHeadInterval ? [`${level} interval`] : [])];
  if (hasChangeInterval) header.push(`${level} interval of change`);
  if (hasFlag) header.push('significance');
  const body = rows.map((r) => {
    const cells = [markdownCode(r.metric) + (r.lowerIsBetter ? ' ↓' : '')];
    if (hasBase) cells.push(formatNumber(r.base), formatNumber(r.head), formatSigned(r.change));
    else cells.push(formatNumber(r.head));
    if (hasHeadInterval) cells.push(formatInterval(r.headInterval));
    if (hasChangeInterval) cells.push(formatInterval(r.comparison?.interval));
    if (hasFlag) cells.push(flagText(r));
    return cells;
  });
  const align = header.map((h, i) => (i === 0 || h === 'significance' ? 'left' : 'right') as 'left' | 'right');
  return markdownTable({ header, rows: body }, align);
}

function flagText(row: MetricRow): string {
  const text = FLAG_TEXT[row.flag];
  const p = row.comparison?.p_value;
  const test = row.comparison?.test ? `, ${row.comparison.test}` : '';
  return p !== undefined && text ? `${text} (p = ${formatP(p)}${test})` : text;
}

export function formatP(p: number): string {
  return p < 0.001 ? p.toExponential(1) : p.toFixed(3);
}

/** Every gate; `maxReason` clips long reasons (only when a comment would not fit otherwise). */
export function gatesMarkdown(document: MetricsDocument, maxReason = Infinity): string {
  if (document.gates.length === 0) return '_No gates configured._';
  const hasBaseline = document.gates.some((g) => g.baseline !== undefined && g.baseline !== null);
  const hasP = document.gates.some((g) => g.p_value !== undefined && g.p_value !== null);
  const header = ['', 'gate', 'value', 'threshold', ...(hasBaseline ? ['baseline'] : []), ...(hasP ? ['p'] : []), 'reason'];
  const rows = document.gates.map((g) => [
    `${STATUS_ICONS[g.status]} ${g.status}`,
    markdownText(g.name) + (g.column ? ` (${markdownCode(g.column)})` : ''),
    formatNumber(g.value),
    formatNumber(g.threshold),
    ...(hasBaseline ? [g.baseline === null || g.baseline === undefined ? '' : formatNumber(g.baseline)] : []),
    ...(hasP ? [g.p_value === null || g.p_value === undefined ? '' : formatP(g.p_value)] : []),
    markdownText(g.reason.length > maxReason ? `${g.reason.slice(0, maxReason - 1)}…` : g.reason),
  ]);
  return markdownTable({ header, rows });
}

export function fairnessSection(document: MetricsDocument, data: ReportData): DetailSection | null {
  const columns = fairnessSummary(document, data.baseline?.document);
  if (columns.length === 0) return null;
  const lines: string[] = [];
  const hasBase = data.baseline !== undefined;
  for (const column of columns) {
    lines.push(`**${markdownCode(column.column)}**`, '');
    lines.push(
      markdownTable(
        {
          header: ['metric', ...(hasBase ? ['base', 'head', 'change'] : ['value'])],
          rows: column.metrics.map((m) => [
            markdownCode(m.metric),
            ...(hasBase ? [formatNumber(m.base), formatNumber(m.head), formatSigned(m.head !== null && m.base !== null && m.base !== undefined ? m.head - m.base : null)] : [formatNumber(m.head)]),
          ]),
        },
        ['left', 'right', 'right', 'right'],
      ),
      '',
    );
    if (column.groups.length > 0) {
      lines.push(
        markdownTable(
          {
            header: ['group', 'rows', 'selection rate', 'TPR', 'FPR', 'accuracy', 'AUC'],
            rows: column.groups.map((g) => [
              markdownText(g.group) + (g.small ? ' ⚠️ small' : ''),
              g.size === null ? 'n/a' : String(g.size),
              formatNumber(g.selection_rate),
              formatNumber(g.tpr),
              formatNumber(g.fpr),
              formatNumber(g.accuracy),
              formatNumber(g.auc),
            ]),
          },
          ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
        ),
        '',
      );
    }
  }
  return { summary: `Fairness (${columns.length} sensitive column${columns.length === 1 ? '' : 's'})`, lines };
}

export function costSection(document: MetricsDocument, data: ReportData): DetailSection {
  const base = data.baseline?.document.cost;
  const tuning = tuningSummary(document, data);
  const rows: string[][] = [];
  const row = (label: string, head: string, baseText?: string, change?: string) => rows.push(base ? [label, baseText ?? '', head, change ?? ''] : [label, head]);
  row('cost (USD)', formatUsd(document.cost.usd), base && formatUsd(base.usd), base && signedUsd(document.cost.usd - base.usd));
  row('wall time', formatDuration(document.cost.seconds), base && formatDuration(base.seconds), base && signedDuration(document.cost.seconds - base.seconds));
  row('hourly rate', `${formatUsd(document.cost.hourly_rate_usd)}/h (${document.cost.rate_source})`, base && `${formatUsd(base.hourly_rate_usd)}/h`);
  if (document.cost.max_cost_usd !== undefined) row('budget', `${formatUsd(document.cost.max_cost_usd)} (${formatPercent(document.cost.usd / document.cost.max_cost_usd)} used)`);
  if (tuning && tuning.trials > 0) row('HPO cost per trial', `${formatUsd(perTrialCost(document, tuning.history, tuning.trials))} over ${tuning.trials} trials`);
  const header = base ? ['', 'base', 'head', 'change'] : ['', 'value'];
  return { summary: `Cost and time: ${formatUsd(document.cost.usd)}, ${formatDuration(document.cost.seconds)}`, lines: [markdownTable({ header, rows })] };
}

/** The recorded per-trial costs' mean where the history has them, else the run's cost over its trials. */
export function perTrialCost(document: MetricsDocument, history: { costUsd?: number | null }[], trials: number): number {
  const costs = history.map((h) => h.costUsd).filter((c): c is number => typeof c === 'number' && Number.isFinite(c));
  if (costs.length > 0) return costs.reduce((a, b) => a + b, 0) / costs.length;
  return document.cost.usd / trials;
}

function signedUsd(usd: number): string {
  return `${usd >= 0 ? '+' : '-'}${formatUsd(Math.abs(usd))}`;
}

function signedDuration(seconds: number): string {
  return `${seconds >= 0 ? '+' : '-'}${formatDuration(Math.abs(seconds))}`;
}

export function dataSection(document: MetricsDocument, data: ReportData): DetailSection | null {
  const drift = driftRows(document, data);
  const findings = document.data.validation.filter((f) => f.severity !== 'pass');
  if (drift.length === 0 && findings.length === 0) return null;
  const drifted = drift.filter((d) => d.drifted).length;
  const lines: string[] = [];
  if (findings.length > 0) {
    lines.push(
      markdownTable({
        header: ['severity', 'rule', 'column', 'finding'],
        rows: findings.map((f) => [f.severity === 'fail' ? '❌ fail' : '⚠️ warn', markdownCode(f.rule), f.column ? markdownCode(f.column) : '', markdownText(f.message)]),
      }),
      '',
    );
  }
  if (drift.length > 0) {
    const reference = document.data.drift.reference ? ` against ${markdownCode(document.data.drift.reference)}` : '';
    lines.push(`PSI per column${reference} (drifted above ${driftLimit(document)}):`, '');
    lines.push(markdownTable({ header: ['column', 'PSI', ''], rows: drift.map((d) => [markdownCode(d.column), formatNumber(d.psi), d.drifted ? '⚠️ drifted' : '']) }, ['left', 'right', 'left']));
  }
  const parts = [drift.length > 0 ? `${drifted} of ${drift.length} columns drifted` : '', findings.length > 0 ? `${findings.length} validation finding${findings.length === 1 ? '' : 's'}` : ''];
  return { summary: `Data: ${parts.filter(Boolean).join(', ')}`, lines };
}

export function tuningSection(document: MetricsDocument, data: ReportData): DetailSection | null {
  const tuning = tuningSummary(document, data);
  if (!tuning) return null;
  const lines: string[] = [];
  const counts = [`${tuning.trials} trials`, tuning.completed !== null ? `${tuning.completed} complete` : '', tuning.pruned !== null ? `${tuning.pruned} pruned` : '', tuning.failed ? `${tuning.failed} failed` : ''];
  lines.push(`${counts.filter(Boolean).join(', ')}${tuning.stopReason ? `; stopped: ${markdownText(tuning.stopReason)}` : ''}.`, '');
  if (tuning.bestValue !== null) lines.push(`Best ${tuning.metric ? markdownCode(tuning.metric) : 'value'}: **${formatNumber(tuning.bestValue)}**`, '');
  if (tuning.history.length > 1) {
    lines.push('Best so far by trial:', '', '```text', `${sparkline(tuning.history.map((h) => h.bestValue))}  ${historyRange(tuning.history)}`, '```', '');
  }
  const params = Object.entries(tuning.bestParams);
  if (params.length > 0) {
    const importances = data.paramImportances ?? {};
    const hasImportance = params.some(([name]) => name in importances);
    lines.push(
      markdownTable({
        header: ['parameter', 'best value', ...(hasImportance ? ['importance'] : [])],
        rows: params.map(([name, value]) => [markdownCode(name), markdownCode(formatParam(value)), ...(hasImportance ? [formatPercent(importances[name])] : [])]),
      }),
    );
  }
  return { summary: `Tuning: ${tuning.trials} trials, ${tuning.pruned ?? 0} pruned`, lines };
}

function historyRange(history: { bestValue: number | null }[]): string {
  const values = history.map((h) => h.bestValue).filter((v): v is number => v !== null);
  if (values.length === 0) return '';
  return `${formatNumber(values[0])} → ${formatNumber(values[values.length - 1])} (trials 0-${history.length - 1})`;
}

export function lineageSection(document: MetricsDocument, data: ReportData): DetailSection {
  const l = document.lineage;
  const base = data.baseline?.document.lineage;
  const short = (sha: string | null | undefined) => (sha ? markdownCode(sha.slice(0, 12)) : 'n/a');
  // Against a baseline, say whether each fingerprint changed: the first thing a reviewer asks.
  const versus = (head: string | null | undefined, before: string | null | undefined) => {
    if (!base) return '';
    if (!before) return ' (new)';
    return head === before ? ' (unchanged)' : ` (base ${short(before)})`;
  };
  const engine = `${markdownText(l.engine)} ${markdownText(l.engine_version)}, backend ${markdownText(l.backend)}`;
  const baseEngine = base ? `${markdownText(base.engine)} ${markdownText(base.engine_version)}, backend ${markdownText(base.backend)}` : engine;
  const rows = [
    ...l.data.map((d) => [
      `data ${markdownCode(d.path)}`,
      `sha256 ${short(d.sha256)}${versus(d.sha256, base?.data.find((b) => b.path === d.path)?.sha256)}, ${d.rows} rows × ${d.columns} columns`,
    ]),
    ['config sha256', short(l.config_sha256) + versus(l.config_sha256, base?.config_sha256)],
    ['commit', short(l.git_commit) + (base ? ` (base ${short(base.git_commit)})` : '')],
    ['engine', engine + (baseEngine !== engine ? ` (base ${baseEngine})` : '')],
    ['model', `${markdownText(document.model.type)}, ${document.model.iterations} iterations${document.model.threshold !== undefined ? `, threshold ${formatNumber(document.model.threshold)}` : ''}`],
    ['seed', String(l.seed)],
    ['mltrain', markdownText(l.mltrain_version)],
  ];
  return { summary: 'Lineage', lines: [markdownTable({ header: ['', ''], rows })] };
}
