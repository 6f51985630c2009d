/**
 * Escaping for user text (column names, parameters, descriptions, gate reasons) in the outputs:
 * a column called `<b>` must print as `<b>`, never become markup.
 */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

/**
 * Free text in markdown: markdown emphasis stays, HTML does not (GitHub would render `<details>` or
 * swallow `<name>`), and line breaks collapse so a table cell stays one cell.
 */
export function markdownText(text: string): string {
  return text.replace(/[&<>]/g, (c) => HTML_ENTITIES[c]).replace(/\r?\n/g, ' ');
}

/** An identifier as a code span, fenced with enough backticks for the ones inside. */
export function markdownCode(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.length === 0 ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Text inside an HTML comment: without `>` it can never end the comment early (`-->`). */
export function commentSafe(text: string): string {
  return text.replace(/[<>\r\n]/g, '_');
}
