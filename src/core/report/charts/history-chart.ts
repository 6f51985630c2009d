import type { HistoryEntry } from '../report-data';
import { legend, plotFrame, svgDocument, type LegendItem } from './frame';
import { niceDomain } from './scale';
import { el, pathData } from './svg';
import { CHART_THEME as T, type Chart } from './theme';

/**
 * Each complete trial's objective value and the best value so far as a step line; pruned and failed
 * trials as hollow marks on the bottom axis (they have no final value).
 */
export function optimizationHistoryChart(history: readonly HistoryEntry[], metric: string | null, direction: 'maximize' | 'minimize' | null = null): Chart {
  const complete = history.filter((h) => h.value !== null && Number.isFinite(h.value));
  const values = complete.map((h) => h.value as number);
  const last = history.length > 0 ? history[history.length - 1].number : 0;
  // Headroom below the lowest value keeps the marks of trials without a value clear of the data.
  const low = Math.min(...values, Infinity);
  const high = Math.max(...values, -Infinity);
  const pad = Number.isFinite(low) ? (high - low || Math.abs(high) || 1) * 0.12 : 0;
  const f = plotFrame({ xDomain: [0, Math.max(1, last)], yDomain: niceDomain(Number.isFinite(low) ? [low - pad, high + pad / 2] : []), xLabel: 'Trial', yLabel: metric ?? 'Objective value', xFormat: (v) => (Number.isInteger(v) ? String(v) : '') });
  const body = [f.axes];
  const best: [number, number][] = [];
  for (const h of history) {
    if (h.bestValue === null) continue;
    const y = f.y(h.bestValue);
    if (best.length > 0) best.push([f.x(h.number), best[best.length - 1][1]]);
    best.push([f.x(h.number), y]);
  }
  if (best.length > 0) best.push([f.x(Math.max(1, last)), best[best.length - 1][1]]);
  body.push(el('path', { d: pathData(best), stroke: T.secondary, 'stroke-width': 2, fill: 'none', class: 'series' }));
  for (const h of complete) body.push(el('circle', { cx: f.x(h.number), cy: f.y(h.value as number), r: 3.5, fill: T.primary, 'fill-opacity': 0.8 }));
  const stopped = history.filter((h) => h.value === null);
  for (const h of stopped) {
    body.push(el('circle', { cx: f.x(h.number), cy: f.y.range[0] - 7, r: 3.5, fill: 'none', stroke: h.state === 'fail' ? T.bad : T.neutral, 'stroke-width': 1.5 }));
  }
  const items: LegendItem[] = [
    { label: 'complete trial', color: T.primary, marker: true },
    { label: 'best so far', color: T.secondary },
  ];
  if (stopped.some((h) => h.state === 'pruned')) items.push({ label: 'pruned (no value)', color: T.neutral, marker: true, hollow: true });
  if (stopped.some((h) => h.state === 'fail')) items.push({ label: 'failed', color: T.bad, marker: true, hollow: true });
  // The corner the running best moves away from stays empty.
  body.push(legend(f, items, direction === 'minimize' ? 'top-right' : 'top-left'));
  return {
    id: 'optimization_history',
    title: 'Optimization history',
    caption: 'Objective value of each trial and the best so far; trials without a value sit on the bottom axis.',
    svg: svgDocument('optimization_history', 'Optimization history', f.width, f.height, ...body),
  };
}
