import { headlineTable, verdictLine } from './headline';
import { formatNumber, markdownTable } from './format-table';
import type { MetricsDocument } from './metrics-document';

const STATUS_ICON = { passed: '✅', failed: '❌', skipped: '⏭️' } as const;

/** The job summary and report.md: verdict, headline metrics, gates, data, cost and lineage. */
export function renderSummary(document: MetricsDocument): string {
  const sections: string[] = [];
  sections.push(`## mltrain: ${document.name}`);
  sections.push(`${document.passed ? '✅' : '❌'} **${verdictLine(document)}**`);
  sections.push(markdownTable(headlineTable(document), ['left', 'right', 'right']));
  if (document.gates.length > 0) {
    sections.push('### Gates');
    sections.push(
      markdownTable({
        header: ['', 'gate', 'value', 'threshold', 'reason'],
        rows: document.gates.map((g) => [STATUS_ICON[g.status], g.name, formatNumber(g.value), formatNumber(g.threshold), g.reason]),
      }),
    );
  }
  const rows = document.data.rows;
  sections.push('### Data');
  sections.push(
    `${rows.train} train, ${rows.validation} validation and ${rows.test} test rows; ${document.data.features.length} features; target \`${document.data.target}\`` +
      (document.data.skipped_rows > 0 ? `; ${document.data.skipped_rows} bad rows skipped` : ''),
  );
  sections.push('### Cost and lineage');
  const lineage = document.lineage;
  sections.push(
    markdownTable({
      header: ['', ''],
      rows: [
        ['cost', `$${document.cost.usd.toFixed(4)} (${document.cost.seconds.toFixed(1)} s at $${document.cost.hourly_rate_usd}/h, rate from ${document.cost.rate_source})`],
        ['model', `${document.model.type} (${lineage.engine} ${lineage.engine_version}, ${lineage.backend}), ${document.model.iterations} iterations`],
        ...lineage.data.map((d) => [`data ${d.path}`, `sha256 \`${d.sha256.slice(0, 12)}\`, ${d.rows} rows x ${d.columns} columns`]),
        ['config sha256', `\`${lineage.config_sha256.slice(0, 12)}\``],
        ['commit', lineage.git_commit ? `\`${lineage.git_commit.slice(0, 12)}\`` : 'n/a'],
        ['seed', String(lineage.seed)],
      ],
    }),
  );
  return `${sections.join('\n\n')}\n`;
}
