import { niceDomain, niceTicks, linearScale, tickLabel } from './scale';
import { el, text } from './svg';
import { CHART_THEME as T } from './theme';

export interface Bar {
  label: string;
  value: number;
  /** Drawn in the warning colour (a drifted column, for example). */
  highlight?: boolean;
}

export interface BarChartOptions {
  bars: Bar[];
  valueLabel: string;
  format?: (value: number) => string;
  /** Axis tick labels (default: plain numbers). */
  tickFormat?: (value: number) => string;
  /** A vertical reference line, e.g. the PSI threshold. */
  reference?: { value: number; label: string };
  /** At most this many bars; the rest are summed into a note. */
  maxBars?: number;
  width?: number;
}

export interface BarChartResult {
  body: string;
  width: number;
  height: number;
  /** How many bars did not fit. */
  hidden: number;
}

const ROW = 22;
const LABEL_CHARS = 22;

/** Horizontal bars, largest first as given, labels on the left (cut with … past LABEL_CHARS). */
export function barChart(options: BarChartOptions): BarChartResult {
  const maxBars = options.maxBars ?? 20;
  const shown = options.bars.slice(0, maxBars);
  const width = options.width ?? T.width;
  const left = 12 + Math.min(LABEL_CHARS, Math.max(4, ...shown.map((b) => b.label.length))) * 6.2;
  const top = options.reference ? 24 : 10;
  const height = top + Math.max(1, shown.length) * ROW + 44;
  const values = [0, ...shown.map((b) => b.value), ...(options.reference ? [options.reference.value] : [])];
  const domain = niceDomain(values, 4);
  const x = linearScale([Math.min(0, domain[0]), domain[1]], [left, width - 24]);
  const format = options.format ?? tickLabel;
  const bottom = top + shown.length * ROW;
  const parts: string[] = [];
  for (const t of niceTicks(x.domain[0], x.domain[1], 4)) {
    parts.push(el('line', { x1: x(t), x2: x(t), y1: top, y2: bottom, stroke: T.grid }));
    parts.push(el('text', { x: x(t), y: bottom + 14, 'text-anchor': 'middle', fill: T.muted }, text((options.tickFormat ?? tickLabel)(t))));
  }
  shown.forEach((bar, i) => {
    const y = top + i * ROW;
    const x0 = x(Math.min(0, bar.value));
    const barWidth = Math.max(1, Math.abs(x(bar.value) - x(0)));
    const label = bar.label.length > LABEL_CHARS ? `${bar.label.slice(0, LABEL_CHARS - 1)}…` : bar.label;
    parts.push(el('text', { x: left - 8, y: y + ROW / 2 + 4, 'text-anchor': 'end', fill: T.text }, el('title', {}, text(bar.label)), text(label)));
    parts.push(el('rect', { x: x0, y: y + 4, width: barWidth, height: ROW - 8, rx: 2, fill: bar.highlight ? T.bad : T.primary, 'fill-opacity': bar.highlight ? 0.85 : 0.75, class: 'bar' }));
    parts.push(el('text', { x: x0 + barWidth + 4, y: y + ROW / 2 + 4, fill: T.muted }, text(format(bar.value))));
  });
  if (options.reference) {
    const rx = x(options.reference.value);
    parts.push(el('line', { x1: rx, x2: rx, y1: top - 4, y2: bottom, stroke: T.bad, 'stroke-dasharray': '4 3' }));
    parts.push(el('text', { x: rx, y: top - 8, 'text-anchor': 'middle', fill: T.bad }, text(options.reference.label)));
  }
  parts.push(el('line', { x1: x(0), x2: x(0), y1: top, y2: bottom, stroke: T.axis }));
  parts.push(el('text', { x: (left + width - 24) / 2, y: height - 4, 'text-anchor': 'middle', fill: T.text }, text(options.valueLabel)));
  return { body: parts.join(''), width, height, hidden: options.bars.length - shown.length };
}
