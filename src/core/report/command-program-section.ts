import type { CommandLineage } from '../models/command/command-lineage';
import { markdownCode, markdownText } from './escape';
import { markdownTable } from './format-table';

/** A command line as one would type it: words with blanks or quotes single-quoted. */
function commandLine(argv: readonly string[]): string {
  return argv.map((word) => (word === '' || /[\s'"\\$`]/.test(word) ? `'${word.replaceAll("'", "'\\''")}'` : word)).join(' ');
}

function interpreterText(lineage: CommandLineage): string | null {
  const interpreter = lineage.interpreter;
  if (!interpreter) return null;
  if (interpreter.version === null) return `${interpreter.program} (version unknown: ${interpreter.note ?? 'no answer'})`;
  // 'Python 3.11.4' names itself; node answers only 'v20.11.0'.
  const family = interpreter.program.replace(/[\d.]*(\.exe)?$/i, '').toLowerCase();
  return interpreter.version.toLowerCase().includes(family) ? interpreter.version : `${interpreter.program} ${interpreter.version}`;
}

/** MODEL_CARD.md "Training program": what produced a command model (variable names, never values). */
export function commandProgramMarkdown(lineage: CommandLineage): string {
  const rows = [
    ['training command', markdownCode(commandLine(lineage.argv))],
    ['prediction command', lineage.predict_argv ? markdownCode(commandLine(lineage.predict_argv)) : 'none (model.predict_command not set)'],
    ['working directory', markdownCode(lineage.working_directory)],
    ['code version', lineage.git_commit ? `commit ${markdownCode(lineage.git_commit)}` : 'not a git checkout'],
    ['interpreter', markdownText(interpreterText(lineage) ?? 'not asked (not a known interpreter)')],
    ['environment (model.env)', lineage.env.length > 0 ? lineage.env.map(markdownCode).join(', ') : 'none'],
  ];
  if (lineage.env_dropped.length > 0) rows.push(['not passed (secrets)', lineage.env_dropped.map(markdownCode).join(', ')]);
  rows.push(['data files', `${markdownText(lineage.output_format)}, command protocol ${lineage.protocol}`]);
  return markdownTable({ header: ['', ''], rows });
}

/** model-card.json: the same facts as one sentence of model_details.documentation. */
export function commandProgramSentence(lineage: CommandLineage): string {
  const parts = [
    `Trained by the program \`${commandLine(lineage.argv)}\` in ${lineage.working_directory}`,
    `code commit ${lineage.git_commit ?? 'n/a'}`,
  ];
  const interpreter = interpreterText(lineage);
  if (interpreter) parts.push(`interpreter ${interpreter}`);
  parts.push(`model.env ${lineage.env.length > 0 ? lineage.env.join(', ') : 'none'}`);
  if (lineage.predict_argv) parts.push(`scored by \`${commandLine(lineage.predict_argv)}\``);
  return `${parts.join('; ')}.`;
}
