import Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';
import { LineCounter, parseDocument } from 'yaml';
import schema from '../../../schemas/training-config.schema.json';
import { ConfigError, type ConfigIssue } from './config-error';
import { describeSchemaErrors } from './describe-schema-error';
import { semanticChecks } from './semantic-checks';
import type { TrainingConfig } from './training-config';
import { YamlLocator, type SourcePosition } from './yaml-locator';

export interface ParsedConfig {
  config: TrainingConfig;
  /** Where a JSON pointer's value sits in the file, for messages about values found later (columns...). */
  locate(pointer: string, options?: { key?: boolean }): SourcePosition;
  file: string;
}

let validator: ValidateFunction | undefined;

function validate(): ValidateFunction {
  validator ??= new Ajv2020({ allErrors: true, useDefaults: true, strict: true, allowUnionTypes: true, verbose: true }).compile(schema);
  return validator;
}

/**
 * Parses and validates a training config. Reports every problem at once (YAML syntax, schema,
 * cross-field rules) as a ConfigError whose issues name the file, line, column and JSON pointer.
 */
export function parseConfig(text: string, file: string): ParsedConfig {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const locator = new YamlLocator(document, lines);
  const locate = (pointer: string, options?: { key?: boolean }) => locator.locate(pointer, options);

  if (document.errors.length > 0) {
    throw new ConfigError(
      document.errors.map((error): ConfigIssue => {
        const pos = lines.linePos(error.pos[0]);
        return { file, line: pos.line, column: pos.col, pointer: '', message: `YAML syntax error: ${firstLine(error.message)}` };
      }),
    );
  }
  const data: unknown = document.toJS({ maxAliasCount: 100 });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError([{ file, line: 1, column: 1, pointer: '', message: 'the config must be a YAML mapping with at least name and data (see schemas/training-config.schema.json)' }]);
  }
  const check = validate();
  if (!check(data)) {
    const issues = describeSchemaErrors(check.errors ?? []).map((problem): ConfigIssue => {
      const pos = locate(problem.pointer, { key: problem.atKey });
      return { file, line: pos.line, column: pos.column, pointer: problem.pointer, message: problem.message };
    });
    throw new ConfigError(sortIssues(issues));
  }
  const config = data as TrainingConfig;
  const problems = semanticChecks(config);
  if (problems.length > 0) {
    throw new ConfigError(
      sortIssues(
        problems.map((problem): ConfigIssue => {
          const pos = locate(problem.pointer, { key: problem.atKey });
          return { file, line: pos.line, column: pos.column, pointer: problem.pointer, message: problem.message };
        }),
      ),
    );
  }
  return { config, locate, file };
}

function sortIssues(issues: ConfigIssue[]): ConfigIssue[] {
  return [...issues].sort((a, b) => a.line - b.line || a.column - b.column);
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
