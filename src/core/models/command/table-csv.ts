import type { Column, Table } from '../../data/table';

/**
 * Writes a Table as RFC 4180 CSV for a command program: categories with their original spelling,
 * numbers in JavaScript's shortest round-trip form, booleans as true/false, datetimes as ISO 8601
 * (UTC), and a missing value as an empty field. Yields chunks of rows so that a large part is never
 * one string.
 */
export function* tableToCsv(table: Table, columnNames: readonly string[], rowsPerChunk = 4096): Generator<string> {
  const columns = columnNames.map((name) => {
    const column = table.columns.find((c) => c.name === name);
    if (!column) throw new Error(`internal error: the table has no column '${name}'`);
    return column;
  });
  const formatters = columns.map(cellFormatter);
  yield `${columnNames.map(quoteField).join(',')}\n`;
  for (let start = 0; start < table.numRows; start += rowsPerChunk) {
    const end = Math.min(table.numRows, start + rowsPerChunk);
    const lines: string[] = [];
    for (let row = start; row < end; row++) {
      let line = '';
      for (let j = 0; j < formatters.length; j++) line += (j === 0 ? '' : ',') + formatters[j](row);
      lines.push(line);
    }
    yield `${lines.join('\n')}\n`;
  }
}

function cellFormatter(column: Column): (row: number) => string {
  switch (column.type) {
    case 'categorical': {
      const quoted = column.categories.map(quoteField);
      return (row) => (column.codes[row] < 0 ? '' : quoted[column.codes[row]]);
    }
    case 'numeric':
      return (row) => {
        const v = column.values[row];
        return Number.isNaN(v) ? '' : Object.is(v, -0) ? '0' : String(v);
      };
    case 'boolean':
      return (row) => {
        const v = column.values[row];
        return Number.isNaN(v) ? '' : v === 1 ? 'true' : 'false';
      };
    case 'datetime':
      return (row) => {
        const v = column.values[row];
        return Number.isNaN(v) ? '' : new Date(v).toISOString();
      };
  }
}

/** Quotes a field when a reader could misread it: delimiter, quote, line break, edge blanks. */
export function quoteField(text: string): string {
  if (/[",\r\n]/.test(text) || text !== text.trim()) return `"${text.replaceAll('"', '""')}"`;
  return text;
}
