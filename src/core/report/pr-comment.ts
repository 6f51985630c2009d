import { explanationsSection } from './explanations-comment';
import { commentSafe, markdownCode, markdownText } from './escape';
import { verdictLine } from './headline';
import {
  costSection,
  dataSection,
  fairnessSection,
  gatesMarkdown,
  headlineMarkdown,
  lineageSection,
  tuningSection,
  type DetailSection,
} from './markdown-sections';
import type { MetricsDocument } from './metrics-document';
import { headlineRows } from './metric-rows';
import type { Baseline, ReportData } from './report-data';

/** GitHub refuses comment bodies longer than this (in characters; we count UTF-16 units, which is stricter). */
export const MAX_COMMENT_LENGTH = 65_536;

/** The hidden first line that finds this config's comment again on the next run. */
export function commentMarker(name: string): string {
  return `<!-- mltrain:${commentSafe(name)} -->`;
}

export interface PrCommentOptions {
  /** Defaults to GitHub's limit; tests use smaller ones. */
  maxLength?: number;
}

/**
 * The sticky pull-request comment (and the job summary): marker, verdict, headline table and gates
 * always; the collapsible details as far as they fit, cut with a note pointing at the full report.
 */
export function renderPrComment(document: MetricsDocument, data: ReportData, options: PrCommentOptions = {}): string {
  const maxLength = options.maxLength ?? MAX_COMMENT_LENGTH;
  let head = requiredPart(document, data, Infinity);
  const sections = [
    fairnessSection(document, data),
    costSection(document, data),
    dataSection(document, data),
    tuningSection(document, data),
    explanationsSection(document, data),
    lineageSection(document, data),
  ].filter(
    (s): s is DetailSection => s !== null,
  );
  const full = `${head}${sections.map(renderDetails).join('')}${footer(data, false)}`;
  if (full.length <= maxLength) return full;

  // The footer's links go first, then long gate reasons are clipped; the gates themselves always stay.
  let cutFooter = footer(data, true);
  if (head.length + cutFooter.length > maxLength) cutFooter = truncationNote(data);
  if (head.length + cutFooter.length > maxLength) head = requiredPart(document, data, CLIPPED_REASON_LENGTH);
  let budget = maxLength - head.length - cutFooter.length;
  let body = '';
  for (const section of sections) {
    const rendered = renderDetails(section);
    if (rendered.length <= budget) {
      body += rendered;
      budget -= rendered.length;
      continue;
    }
    const partial = truncatedDetails(section, budget);
    if (partial) body += partial;
    break;
  }
  return `${head}${body}${cutFooter}`;
}

/** Gate reasons are clipped to this many characters only when the comment cannot fit otherwise. */
export const CLIPPED_REASON_LENGTH = 160;

/** Marker, title, verdict, baseline note, headline table and gates: never cut. */
function requiredPart(document: MetricsDocument, data: ReportData, maxReason: number): string {
  return [
    commentMarker(document.name),
    `## ${document.passed ? '✅' : '❌'} mltrain: ${markdownCode(document.name)}`,
    '',
    `**${markdownText(verdictLine(document))}**`,
    '',
    baselineNote(data.baseline),
    '',
    `### Headline metrics (test)`,
    '',
    headlineMarkdown(headlineRows(document, data), data),
    '',
    '### Gates',
    '',
    gatesMarkdown(document, maxReason),
    '',
    '',
  ].join('\n');
}

function baselineNote(baseline: Baseline | undefined): string {
  if (!baseline) return '_No baseline: the base branch has no model or metrics for this config yet, so values are absolute._';
  const ref = baseline.ref ? ` on ${markdownCode(baseline.ref)}` : '';
  const commit = baseline.document.lineage.git_commit ? ` (commit ${markdownCode(baseline.document.lineage.git_commit.slice(0, 12))})` : '';
  if (baseline.source === 'rescored') return `Baseline: the model${ref}${commit} re-scored on this run's test rows.`;
  const where = baseline.path ? ` in ${markdownCode(baseline.path)}` : '';
  return `Baseline: the metrics committed${ref}${where}${commit}, measured ${baseline.document.created_at.slice(0, 10)} on the data of that day, not on this run's test rows.`;
}

function renderDetails(section: DetailSection): string {
  return `<details><summary>${markdownText(section.summary)}</summary>\n\n${section.lines.join('\n')}\n\n</details>\n\n`;
}

/** As many whole body lines as fit, then a note; null when not even the summary and the note fit. */
function truncatedDetails(section: DetailSection, budget: number): string | null {
  const all = section.lines.flatMap((l) => l.split('\n'));
  const summary = `${section.summary} (truncated)`;
  const trailer = (kept: number) => `\n\n_… ${all.length - kept} more line(s) in the full report._`;
  let used = renderDetails({ summary, lines: [trailer(0)] }).length;
  if (used > budget) return null;
  let kept = 0;
  while (kept < all.length && used + all[kept].length + 1 <= budget) used += all[kept++].length + 1;
  return renderDetails({ summary, lines: [all.slice(0, kept).join('\n') + trailer(kept)] });
}

function footer(data: ReportData, truncated: boolean): string {
  const links = [data.runUrl ? `[Workflow run](${data.runUrl})` : '', data.artifactUrl ? `[Full report (artifact)](${data.artifactUrl})` : ''].filter(Boolean);
  const lines: string[] = [];
  if (truncated) lines.push(truncationNote(data));
  if (links.length > 0) lines.push(links.join(' · '), '');
  lines.push('<sub>Posted by mltrain; this comment is updated in place on every run.</sub>\n');
  return lines.join('\n');
}

function truncationNote(data: ReportData): string {
  const where = data.artifactUrl ? `the [full report](${data.artifactUrl})` : 'the report artifact';
  return `> [!NOTE]\n> Details were cut to fit GitHub's ${MAX_COMMENT_LENGTH.toLocaleString('en-US')}-character comment limit; see ${where}.\n`;
}
