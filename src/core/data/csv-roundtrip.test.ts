import { describe, expect, it } from 'vitest';
import { Rng } from '../random/rng';
import { parseCsv } from './csv-reader';
import { cellValue } from './table';

const ALPHABET = ['a', 'b', 'Z', ' ', ',', '"', '\n', '\r\n', 'é', '😀', ';', 'x'];

/** RFC 4180 writer: quote a field when it holds a comma, a quote, CR or LF; double its quotes. */
function writeField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

describe('CSV round trip (random tables, random chunking)', () => {
  it('reads back exactly what an RFC 4180 writer wrote, whatever the chunk boundaries', () => {
    const rng = Rng.fromSeed(11).fork('csv-fuzz');
    for (let trial = 0; trial < 60; trial++) {
      const cols = 1 + rng.nextInt(4);
      const rows = 1 + rng.nextInt(8);
      const header = Array.from({ length: cols }, (_, j) => `c${j}`);
      const cells = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () => {
          // 'q' prefix keeps every cell text (never a number or a missing value)
          let text = 'q';
          const length = rng.nextInt(6);
          for (let k = 0; k < length; k++) text += ALPHABET[rng.nextInt(ALPHABET.length)];
          return text;
        }),
      );
      const newline = rng.nextFloat() < 0.5 ? '\n' : '\r\n';
      const csv = [header, ...cells].map((row) => row.map(writeField).join(',')).join(newline) + (rng.nextFloat() < 0.5 ? newline : '');
      const bytes = new TextEncoder().encode(csv);
      const { table } = parseCsv(bytes, {}, 1 + rng.nextInt(17));
      const read = Array.from({ length: table.numRows }, (_, r) => table.columns.map((c) => cellValue(c, r)));
      expect(read, JSON.stringify(csv)).toEqual(cells);
      // the line of each row: 2 + the physical line breaks written before it
      let line = 2;
      const lines = cells.map((row) => {
        const here = line;
        line += 1 + row.join('').split('\n').length - 1;
        return here;
      });
      expect(Array.from(table.sourceLines!)).toEqual(lines);
    }
  });
});
