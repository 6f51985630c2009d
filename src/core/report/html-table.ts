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

/** A table; columns listed in `numeric` are right-aligned with tabular figures. */
export function htmlTable(header: string[], rows: Cell[][], numeric: number[] = []): string {
  const cls = (c: number) => (numeric.includes(c) ? ' class="num"' : '');
  const head = header.map((h, c) => `<th${cls(c)}>${escapeHtml(h)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell, c) => `<td${cls(c)}>${cellHtml(cell)}</td>`).join('')}</tr>`).join('\n');
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

export function code(text: string): Html {
  return raw(`<code>${escapeHtml(text)}</code>`);
}

export function badge(kind: string, label: string): Html {
  return raw(`<span class="badge ${escapeHtml(kind)}">${escapeHtml(label)}</span>`);
}
