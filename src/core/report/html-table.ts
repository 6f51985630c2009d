import { escapeHtml } from './escape';

/** Trusted markup for a cell (already escaped), or plain text to escape. */
export interface Html {
  html: string;
}

export type Cell = string | Html;

export function raw(html: string): Html {
  return { html };
}

export function cellHtml(cell: Cell): string {
  return typeof cell === 'string' ? escapeHtml(cell) : cell.html;
}

/**
 * A table; columns listed in `numeric` are right-aligned with tabular figures. Columns whose every
 * body cell is empty are left out (no "p" column when no gate has a p-value).
 */
export function htmlTable(header: string[], rows: Cell[][], numeric: number[] = []): string {
  const kept = header.map((_, c) => c).filter((c) => rows.length === 0 || rows.some((row) => row[c] !== ''));
  const cls = (c: number) => (numeric.includes(c) ? ' class="num"' : '');
  const head = kept.map((c) => `<th${cls(c)}>${escapeHtml(header[c])}</th>`).join('');
  const body = rows.map((row) => `<tr>${kept.map((c) => `<td${cls(c)}>${cellHtml(row[c] ?? '')}</td>`).join('')}</tr>`).join('\n');
  const thead = header.some((h) => h !== '') ? `<thead><tr>${head}</tr></thead>\n` : '';
  return `<table>\n${thead}<tbody>\n${body}\n</tbody>\n</table>`;
}

export function code(text: string): Html {
  return raw(`<code>${escapeHtml(text)}</code>`);
}

export function badge(kind: string, label: string): Html {
  return raw(`<span class="badge ${escapeHtml(kind)}">${escapeHtml(label)}</span>`);
}
