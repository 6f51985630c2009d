/** A small table: a header row and body rows of already formatted cells. */
export interface TextTable {
  header: string[];
  rows: string[][];
}

/** Renders a table for a terminal, columns padded, numbers right-aligned. */
export function formatTable(table: TextTable): string {
  const all = [table.header, ...table.rows];
  const widths = table.header.map((_, c) => Math.max(...all.map((row) => (row[c] ?? '').length)));
  const numeric = table.header.map((_, c) => table.rows.length > 0 && table.rows.every((row) => /^[-+]?[\d.,]+%?$|^n\/a$/.test(row[c] ?? '')));
  const line = (row: string[]) => row.map((cell, c) => (numeric[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ').trimEnd();
  return [line(table.header), widths.map((w) => '-'.repeat(w)).join('  '), ...table.rows.map(line)].join('\n');
}

/** Renders a table as GitHub-flavoured markdown, with `|` in cells escaped. */
export function markdownTable(table: TextTable, align?: ('left' | 'right')[]): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rule = table.header.map((_, c) => (align?.[c] === 'right' ? '---:' : '---'));
  return [table.header, rule, ...table.rows].map((row) => `| ${row.map(escape).join(' | ')} |`).join('\n');
}

/** A metric value with 4 significant decimals, or n/a. */
export function formatNumber(value: number | null | undefined, digits = 4): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return value.toFixed(digits);
}
