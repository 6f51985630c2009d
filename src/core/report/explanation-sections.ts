import { escapeHtml, markdownCode, markdownText } from './escape';
import { explanationsSummary, shownFeatures, type AvailableExplanations, type ExplainedFeature } from './explanations';
import { markdownTable } from './format-table';
import { code, htmlTable, type Cell } from './html-table';
import { section } from './html-sections';
import type { MctGraphics } from './mct-card';
import type { MetricsDocument } from './metrics-document';

/** Rows in the model card's and the report's tables (the chart draws as many). */
export const SHOWN_FEATURES = 20;
/** Per-class columns are shown up to this many classes; beyond, metrics.json has them. */
const MAX_CLASS_COLUMNS = 5;

/** A value with 4 significant digits (attributions and gains span many magnitudes). */
export function formatAttribution(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return String(Number(value.toPrecision(4)));
}

interface Columns {
  header: string[];
  cells(feature: ExplainedFeature): string[];
}

function columns(section: AvailableExplanations): Columns {
  const classes = section.classes && section.classes.length <= MAX_CLASS_COLUMNS ? section.classes : [];
  const trees = section.method === 'tree_shap';
  return {
    header: ['mean |SHAP|', ...classes.map((c) => `class ${c}`), ...(trees ? ['gain', 'cover', 'splits'] : [])],
    cells: (f) => [
      formatAttribution(f.mean_abs_shap),
      ...classes.map((c) => formatAttribution(f.mean_abs_shap_by_class?.[c])),
      ...(trees ? [formatAttribution(f.gain), formatAttribution(f.cover), f.splits === undefined ? 'n/a' : String(f.splits)] : []),
    ],
  };
}

function hiddenNote(section: AvailableExplanations, hidden: number): string {
  if (hidden <= 0) return '';
  const listed = section.features.length > SHOWN_FEATURES ? ` (metrics.json lists the first ${section.features.length})` : '';
  return `${hidden} more features with smaller attributions are not shown${listed}.`;
}

/** The model card's `## Explanations` body, or '' when the run recorded none (an older metrics.json). */
export function explanationsMarkdown(document: MetricsDocument): string {
  const explanations = document.explanations;
  if (!explanations) return '';
  if (!explanations.available) return `_${markdownText(explanationsSummary(explanations))}_`;
  const { shown, hidden } = shownFeatures(explanations, SHOWN_FEATURES);
  const table = columns(explanations);
  const lines = [
    markdownText(explanationsSummary(explanations)),
    '',
    markdownTable(
      { header: ['feature', ...table.header], rows: shown.map((f) => [markdownCode(f.name), ...table.cells(f)]) },
      ['left', ...table.header.map(() => 'right' as const)],
    ),
  ];
  const note = hiddenNote(explanations, hidden);
  if (note) lines.push('', note);
  return lines.join('\n');
}

/** The HTML report's explanations section (the bar chart is with the other charts), or ''. */
export function explanationsHtml(document: MetricsDocument): string {
  const explanations = document.explanations;
  if (!explanations) return '';
  if (!explanations.available) return section('explanations', 'Explanations', `<p class="note">${escapeHtml(explanationsSummary(explanations))}</p>`);
  const { shown, hidden } = shownFeatures(explanations, SHOWN_FEATURES);
  const table = columns(explanations);
  const rows: Cell[][] = shown.map((f) => [code(f.name), ...table.cells(f)]);
  const note = hiddenNote(explanations, hidden);
  return section(
    'explanations',
    'Explanations',
    `<p>${escapeHtml(explanationsSummary(explanations))}</p>`,
    htmlTable(['feature', ...table.header], rows, table.header.map((_, i) => i + 1)),
    note ? `<p class="note">${escapeHtml(note)}</p>` : '',
  );
}

/**
 * model-card.json's home for explanations: Model Card Toolkit v0.0.2 has no field for them, and its
 * graphics must be base64 PNG (our charts are SVG), so the quantitative analysis's graphics
 * collection carries them as its description, with an empty collection.
 */
export function explanationsGraphics(document: MetricsDocument): MctGraphics | undefined {
  const explanations = document.explanations;
  if (!explanations) return undefined;
  if (!explanations.available) return { description: explanationsSummary(explanations), collection: [] };
  const { shown, hidden } = shownFeatures(explanations, SHOWN_FEATURES);
  const ranking = shown.map((f, i) => `${i + 1}. ${f.name}: ${formatAttribution(f.mean_abs_shap)}`).join('; ');
  const note = hiddenNote(explanations, hidden);
  return { description: `${explanationsSummary(explanations)} Ranking: ${ranking}.${note ? ` ${note}` : ''}`, collection: [] };
}
