/**
 * Writes a numeric CSV for the loader benchmark: `rows` x `cols` standard normals with 6
 * decimals (columns f0..f{cols-1}), seeded, so every run and every tool reads the same bytes.
 * Usage: node generate-csv.mjs ROWS COLS OUT_PATH [SEED]
 */
import { createWriteStream } from 'node:fs';
import { Rng } from '../../src/core/random/rng';

async function main(): Promise<void> {
  const [rowsArg, colsArg, out, seedArg] = process.argv.slice(2);
  const rows = Number(rowsArg);
  const cols = Number(colsArg);
  if (!out || !Number.isInteger(rows) || !Number.isInteger(cols)) throw new Error('usage: generate-csv ROWS COLS OUT_PATH [SEED]');
  const rng = Rng.fromSeed(Number(seedArg ?? 1)).fork('bench-csv');
  const stream = createWriteStream(out);
  const header = Array.from({ length: cols }, (_, j) => `f${j}`).join(',');
  let buffer = `${header}\n`;
  for (let i = 0; i < rows; i++) {
    let line = '';
    for (let j = 0; j < cols; j++) line += (j === 0 ? '' : ',') + rng.normal().toFixed(6);
    buffer += `${line}\n`;
    if (buffer.length > 1 << 20) {
      if (!stream.write(buffer)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
      buffer = '';
    }
  }
  stream.end(buffer);
  await new Promise<void>((resolve) => stream.on('finish', () => resolve()));
}

await main();
