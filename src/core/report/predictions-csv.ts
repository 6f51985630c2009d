import type { Task } from '../config/training-config';

/**
 * Predictions as CSV, one row per input row in input order. Binary: the positive class's
 * probability and the predicted label; multiclass: one probability column per class and the label;
 * regression: the value.
 */
export function predictionsCsv(task: Task, scores: Float64Array, classes: string[] | null, threshold: number | null): string {
  const lines: string[] = [];
  if (task === 'regression') {
    lines.push('prediction');
    for (const s of scores) lines.push(String(s));
  } else if (task === 'binary') {
    const [negative, positive] = classes ?? ['0', '1'];
    lines.push('probability,prediction');
    const cut = threshold ?? 0.5;
    for (const s of scores) lines.push(`${s},${csvCell(s > cut ? positive : negative)}`);
  } else {
    const names = classes ?? [];
    const k = names.length;
    lines.push([...names.map((c) => csvCell(`p_${c}`)), 'prediction'].join(','));
    for (let i = 0; i < scores.length / k; i++) {
      const row = Array.from(scores.subarray(i * k, (i + 1) * k));
      let best = 0;
      for (let c = 1; c < k; c++) if (row[c] > row[best]) best = c;
      lines.push([...row.map(String), csvCell(names[best])].join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
