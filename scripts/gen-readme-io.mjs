// npm run docs: regenerates the README's inputs/outputs tables from action.yml.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderActionIoTable, replaceSection } from './action-io-table.mjs';

const readme = readFileSync('README.md', 'utf8');
const next = replaceSection(readme, renderActionIoTable(readFileSync('action.yml', 'utf8')));
if (next !== readme) {
  writeFileSync('README.md', next);
  console.log('README.md: inputs/outputs tables regenerated from action.yml');
}
