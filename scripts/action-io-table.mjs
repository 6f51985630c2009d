// Renders the README's inputs/outputs tables from action.yml (the single source of truth).
import { parse } from 'yaml';

export const START = '<!-- action-io:start (generated from action.yml by `npm run docs`) -->';
export const END = '<!-- action-io:end -->';

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ').trim();

export function renderActionIoTable(actionYml) {
  const action = parse(actionYml);
  const inputs = Object.entries(action.inputs ?? {}).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec.description)} | ${spec.default === undefined || spec.default === '' ? '' : `\`${cell(spec.default)}\``} |`,
  );
  const outputs = Object.entries(action.outputs ?? {}).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`);
  return [
    START,
    '',
    '| input | description | default |',
    '| --- | --- | --- |',
    ...inputs,
    '',
    '| output | description |',
    '| --- | --- |',
    ...outputs,
    '',
    END,
  ].join('\n');
}

export function replaceSection(readme, section) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < 0) throw new Error('README.md lacks the action-io markers');
  return readme.slice(0, start) + section + readme.slice(end + END.length);
}
