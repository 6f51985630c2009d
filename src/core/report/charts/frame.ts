import { linearScale, niceTicks, tickLabel, type LinearScale } from './scale';
import { el, text } from './svg';
import { CHART_THEME as T, type ChartId } from './theme';

export interface FrameOptions {
  xDomain: [number, number];
  yDomain: [number, number];
  xLabel: string;
  yLabel: string;
  width?: number;
  height?: number;
  xTicks?: number[];
  yTicks?: number[];
  /** Ticks are formatted with this (default: plain numbers). */
  xFormat?: (value: number) => string;
}

export interface Frame {
  x: LinearScale;
  y: LinearScale;
  width: number;
  height: number;
  /** Grid, axes, ticks and axis labels, drawn under the data. */
  axes: string;
}

/** The plot area of an x-y chart: scales and the axes drawn around it. */
export function plotFrame(options: FrameOptions): Frame {
  const width = options.width ?? T.width;
  const height = options.height ?? T.height;
  const m = T.margin;
  const x = linearScale(options.xDomain, [m.left, width - m.right]);
  const y = linearScale(options.yDomain, [height - m.bottom, m.top]);
  const xTicks = options.xTicks ?? niceTicks(options.xDomain[0], options.xDomain[1], 6);
  const yTicks = options.yTicks ?? niceTicks(options.yDomain[0], options.yDomain[1], 5);
  const format = options.xFormat ?? tickLabel;
  const parts: string[] = [];
  for (const t of yTicks) {
    parts.push(el('line', { x1: m.left, x2: width - m.right, y1: y(t), y2: y(t), stroke: T.grid }));
    parts.push(el('text', { x: m.left - 6, y: y(t) + 4, 'text-anchor': 'end', fill: T.muted }, text(tickLabel(t))));
  }
  for (const t of xTicks) {
    parts.push(el('line', { x1: x(t), x2: x(t), y1: height - m.bottom, y2: height - m.bottom + 4, stroke: T.axis }));
    parts.push(el('text', { x: x(t), y: height - m.bottom + 16, 'text-anchor': 'middle', fill: T.muted }, text(format(t))));
  }
  parts.push(el('line', { x1: m.left, x2: width - m.right, y1: height - m.bottom, y2: height - m.bottom, stroke: T.axis }));
  parts.push(el('line', { x1: m.left, x2: m.left, y1: m.top, y2: height - m.bottom, stroke: T.axis }));
  parts.push(el('text', { x: (m.left + width - m.right) / 2, y: height - 10, 'text-anchor': 'middle', fill: T.text }, text(options.xLabel)));
  const cy = (m.top + height - m.bottom) / 2;
  parts.push(el('text', { x: 16, y: cy, 'text-anchor': 'middle', fill: T.text, transform: `rotate(-90 16 ${cy})` }, text(options.yLabel)));
  return { x, y, width, height, axes: el('g', { class: 'axes' }, ...parts) };
}

/** The outer <svg> for inline use in HTML (no xmlns needed): fixed size, a viewBox so CSS can scale it, an accessible title. */
export function svgDocument(id: ChartId, title: string, width: number, height: number, ...body: string[]): string {
  return el(
    'svg',
    {
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'data-chart': id,
      'font-family': T.font,
      'font-size': T.fontSize,
    },
    el('title', {}, text(title)),
    ...body,
  );
}

export interface LegendItem {
  label: string;
  color: string;
  dashed?: boolean;
  marker?: boolean;
  hollow?: boolean;
}

/** A legend in the plot's top-left or bottom-right corner. */
export function legend(frame: Frame, items: LegendItem[], corner: 'top-left' | 'bottom-right' | 'top-right' = 'bottom-right'): string {
  const m = T.margin;
  const rowHeight = 16;
  const boxWidth = Math.max(...items.map((i) => i.label.length)) * 6 + 36;
  const boxHeight = items.length * rowHeight + 8;
  const left = corner === 'top-left' ? m.left + 8 : frame.width - m.right - boxWidth - 8;
  const top = corner === 'bottom-right' ? frame.height - m.bottom - boxHeight - 8 : m.top + 8;
  const rows = items.map((item, i) => {
    const cy = top + 4 + rowHeight * i + rowHeight / 2;
    const swatch = item.marker
      ? el('circle', { cx: left + 18, cy, r: 3.5, fill: item.hollow ? 'none' : item.color, stroke: item.hollow ? item.color : undefined, 'stroke-width': item.hollow ? 1.5 : undefined })
      : el('line', { x1: left + 8, x2: left + 28, y1: cy, y2: cy, stroke: item.color, 'stroke-width': 2, 'stroke-dasharray': item.dashed ? '4 3' : undefined });
    return swatch + el('text', { x: left + 34, y: cy + 4, fill: T.text }, text(item.label));
  });
  return el('g', { class: 'legend' }, el('rect', { x: left, y: top, width: boxWidth, height: boxHeight, rx: 4, fill: '#ffffff', 'fill-opacity': 0.9, stroke: T.grid }), ...rows);
}
