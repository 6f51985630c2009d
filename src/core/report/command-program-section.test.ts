import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import metricsSchema from '../../../schemas/metrics.schema.json';
import mctSchema from '../../../schemas/reference/model-card-toolkit-v0.0.2.schema.json';
import type { CommandLineage } from '../models/command/command-lineage';
import { commandProgramMarkdown, commandProgramSentence } from './command-program-section';
import { buildModelCardJson } from './model-card-json';
import { renderModelCardMarkdown } from './model-card-markdown';
import type { MetricsDocument } from './metrics-document';
import { fixtureDocument, fixtureReportData } from './testing/report-fixture';

const lineage: CommandLineage = {
  argv: ['python3', 'train.py', '--name', "Bob's model"],
  predict_argv: ['python3', 'predict.py'],
  working_directory: 'ml',
  git_commit: 'c0ffee'.padEnd(40, '0'),
  interpreter: { program: 'python3', version: 'Python 3.11.4' },
  env: ['OMP_NUM_THREADS'],
  env_dropped: ['GITHUB_TOKEN'],
  output_format: 'parquet',
  protocol: 1,
};

function commandDocument(command: CommandLineage = lineage): MetricsDocument {
  const document = fixtureDocument();
  return { ...document, model: { ...document.model, type: 'command' }, lineage: { ...document.lineage, engine: 'command', command } };
}

describe('the training program on the model card', () => {
  it('MODEL_CARD.md has a Training program section after Lineage, with names of variables only', () => {
    const card = renderModelCardMarkdown(commandDocument(), fixtureReportData());
    const section = card.slice(card.indexOf('## Training program'), card.indexOf('## Gates'));
    expect(card.indexOf('## Lineage')).toBeLessThan(card.indexOf('## Training program'));
    expect(section).toContain("`python3 train.py --name 'Bob'\\''s model'`");
    expect(section).toContain('| interpreter | Python 3.11.4 |');
    expect(section).toContain('`OMP_NUM_THREADS`');
    expect(section).toContain('| not passed (secrets) | `GITHUB_TOKEN` |');
    expect(section).toContain(`commit \`${'c0ffee'.padEnd(40, '0')}\``);
    expect(renderModelCardMarkdown(fixtureDocument(), fixtureReportData())).not.toContain('## Training program');
  });

  it('says what it does not know', () => {
    const text = commandProgramMarkdown({ ...lineage, predict_argv: null, git_commit: null, interpreter: { program: 'Rscript', version: null, note: 'could not start: ENOENT' }, env: [], env_dropped: [] });
    expect(text).toContain('none (model.predict_command not set)');
    expect(text).toContain('not a git checkout');
    expect(text).toContain('Rscript (version unknown: could not start: ENOENT)');
    expect(text).not.toContain('secrets');
    expect(commandProgramMarkdown({ ...lineage, interpreter: null })).toContain('not asked (not a known interpreter)');
    expect(commandProgramMarkdown({ ...lineage, interpreter: { program: 'node', version: 'v20.11.0' } })).toContain('| interpreter | node v20.11.0 |');
    expect(commandProgramMarkdown({ ...lineage, interpreter: { program: 'python3.11', version: 'Python 3.11.4' } })).toContain('| interpreter | Python 3.11.4 |');
  });

  it('model-card.json carries it in the documentation and stays a valid Model Card Toolkit card', () => {
    const card = buildModelCardJson(commandDocument(), fixtureReportData());
    expect(card.model_details.documentation).toContain(commandProgramSentence(lineage));
    expect(commandProgramSentence(lineage)).toBe(
      `Trained by the program \`python3 train.py --name 'Bob'\\''s model'\` in ml; code commit ${'c0ffee'.padEnd(40, '0')}; interpreter Python 3.11.4; model.env OMP_NUM_THREADS; scored by \`python3 predict.py\`.`,
    );
    const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(mctSchema);
    expect(validate(card), JSON.stringify(validate.errors)).toBe(true);
  });

  it('metrics.schema.json accepts lineage.command and refuses env values in it', () => {
    const validate = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(metricsSchema);
    const document = commandDocument();
    expect(validate(JSON.parse(JSON.stringify(document))), JSON.stringify(validate.errors)).toBe(true);
    const leaky = { ...document, lineage: { ...document.lineage, command: { ...lineage, env: { OMP_NUM_THREADS: '4' } } } };
    expect(validate(JSON.parse(JSON.stringify(leaky)))).toBe(false);
  });
});
