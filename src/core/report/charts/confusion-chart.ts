import type { ConfusionMatrixData } from '../report-data';
import { svgDocument } from './frame';
import { el, text } from './svg';
import { CHART_THEME as T, type Chart } from './theme';

const MAX_CLASSES = 12;

/**
 * Counts per (true, predicted) label, each cell shaded by its share of the true label's row, so a
 * rare class's errors show as clearly as a common one's.
 */
export function confusionMatrixChart(data: ConfusionMatrixData): Chart {
  const k = Math.min(MAX_CLASSES, data.labels.length);
  const labels = data.labels.slice(0, k).map((l) => (l.length > 12 ? `${l.slice(0, 11)}…` : l));
  const cell = Math.min(96, Math.floor(260 / Math.max(1, k)));
  const labelWidth = 56 + Math.max(...labels.map((l) => l.length)) * 6.5;
  const width = Math.max(T.width, labelWidth + cell * k + 24);
  // Centred: the matrix sits in the middle of a chart-sized box, its labels to the left.
  const left = Math.max(labelWidth, (width - cell * k) / 2);
  const top = 44;
  const height = top + cell * k + 56;
  const parts: string[] = [];
  parts.push(el('text', { x: left + (cell * k) / 2, y: 16, 'text-anchor': 'middle', fill: T.text }, text('Predicted label')));
  const cy = top + (cell * k) / 2;
  const axisX = left - labelWidth + 14;
  parts.push(el('text', { x: axisX, y: cy, 'text-anchor': 'middle', fill: T.text, transform: `rotate(-90 ${axisX} ${cy})` }, text('True label')));
  for (let i = 0; i < k; i++) {
    const row = data.matrix[i] ?? [];
    const rowTotal = row.slice(0, k).reduce((a, b) => a + b, 0);
    parts.push(el('text', { x: left + cell * i + cell / 2, y: top - 8, 'text-anchor': 'middle', fill: T.muted }, text(labels[i])));
    parts.push(el('text', { x: left - 8, y: top + cell * i + cell / 2 + 4, 'text-anchor': 'end', fill: T.muted }, text(labels[i])));
    for (let j = 0; j < k; j++) {
      const count = row[j] ?? 0;
      const share = rowTotal > 0 ? count / rowTotal : 0;
      const color = i === j ? T.primary : T.bad;
      const x = left + cell * j;
      const y = top + cell * i;
      parts.push(el('rect', { x, y, width: cell - 2, height: cell - 2, rx: 3, fill: color, 'fill-opacity': 0.08 + 0.8 * share, class: 'cell' }));
      const ink = share > 0.55 ? '#ffffff' : T.text;
      parts.push(el('text', { x: x + cell / 2 - 1, y: y + cell / 2, 'text-anchor': 'middle', fill: ink, 'font-size': 14, 'font-weight': 600 }, text(String(count))));
      parts.push(el('text', { x: x + cell / 2 - 1, y: y + cell / 2 + 15, 'text-anchor': 'middle', fill: ink }, text(`${(share * 100).toFixed(1)}%`)));
    }
  }
  const note = data.labels.length > k ? `; the first ${k} of ${data.labels.length} classes are drawn` : '';
  return {
    id: 'confusion_matrix',
    title: 'Confusion matrix',
    caption: `Test rows by true and predicted label, with the share of each true label's rows${note}.`,
    svg: svgDocument('confusion_matrix', 'Confusion matrix', width, height, ...parts),
  };
}
