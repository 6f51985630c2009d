import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { classifyError } from '../app/classify-error';
import { EXIT_CODES, type ExitCode } from '../app/exit-codes';
import { runTraining } from '../app/run-training';
import { validateConfigs } from '../app/validate-configs';
import { predictWithModel } from '../app/predict';
import { profileDataFile } from '../app/profile-data';
import { initTemplates } from '../app/init-templates';
import { matrixOfConfigs } from '../app/matrix';
import { createGitCli } from '../adapters/github-gitops/git-cli';
import { findWorkflowTemplatesDir } from '../adapters/github-gitops/templates-dir';
import { baselineModelFromFile } from '../app/baseline-model-source';
import { createConsoleLogger } from '../adapters/console-logger';
import { createNodeRunDependencies } from '../adapters/node-run-dependencies';
import { cancelOnSignals } from '../adapters/cancel-on-signals';
import { formatTable } from '../core/report/format-table';
import { EnvironmentError } from '../core/errors/environment-error';
import type { Logger } from '../ports/logger';
import { USAGE } from './help';

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function main(argv: string[], io: CliIo, version: string): Promise<ExitCode> {
  const verbose = argv.includes('--verbose');
  const logger = createConsoleLogger({ verbose, stream: io.stderr });
  try {
    return await dispatch(argv, io, version, logger);
  } catch (error) {
    return report(error, logger, verbose);
  }
}

async function dispatch(argv: string[], io: CliIo, version: string, logger: Logger): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: {
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
      verbose: { type: 'boolean' },
      'output-dir': { type: 'string' },
      'baseline-model': { type: 'string' },
      model: { type: 'string' },
      data: { type: 'string' },
      output: { type: 'string' },
      target: { type: 'string' },
      base: { type: 'string' },
      head: { type: 'string' },
    },
  });
  const known = new Set(['help', 'version', 'verbose', 'output-dir', 'baseline-model', 'model', 'data', 'output', 'target', 'base', 'head']);
  const unknown = Object.keys(values).filter((k) => !known.has(k));
  if (unknown.length > 0) throw new EnvironmentError(`unknown option --${unknown[0]}; see mltrain --help`);
  if (values.version) {
    io.stdout.write(`${version}\n`);
    return EXIT_CODES.passed;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return command === undefined && !values.help ? EXIT_CODES.invalidInput : EXIT_CODES.passed;
  }
  const deps = createNodeRunDependencies({ logger, cwd: io.cwd, env: io.env, version });
  switch (command) {
    case 'run': {
      if (rest.length !== 1) throw new EnvironmentError('usage: mltrain run <config> [--output-dir DIR]');
      const outputDir = typeof values['output-dir'] === 'string' ? resolve(io.cwd, values['output-dir']) : undefined;
      const baselinePath = values['baseline-model'];
      const cancel = cancelOnSignals((signal) => logger.warning(`${signal}: stopping the run (the study journal is kept; a re-run resumes it)`));
      const runDeps = {
        ...deps,
        cancelSignal: cancel.signal,
        ...(typeof baselinePath === 'string' ? { baselineModel: baselineModelFromFile(deps.fs, resolve(io.cwd, baselinePath)) } : {}),
      };
      const result = await runTraining(runDeps, { configPath: resolve(io.cwd, rest[0]), displayPath: rest[0], outputDir, baseDirectory: io.cwd }).finally(cancel.dispose);
      io.stdout.write(`${formatTable(result.headline)}\n`);
      io.stdout.write(`${result.verdictLine}\n`);
      return result.exitCode;
    }
    case 'validate': {
      if (rest.length === 0) throw new EnvironmentError('usage: mltrain validate <config>...');
      const outcome = await validateConfigs(deps, rest.map((p) => ({ configPath: resolve(io.cwd, p), displayPath: p })));
      for (const line of outcome.lines) io.stdout.write(`${line}\n`);
      if (outcome.errors.length > 0) {
        for (const error of outcome.errors) report(error, logger, false);
        return EXIT_CODES.invalidInput;
      }
      return EXIT_CODES.passed;
    }
    case 'predict': {
      const model = values.model;
      const data = values.data;
      const output = values.output;
      if (typeof model !== 'string' || typeof data !== 'string' || typeof output !== 'string') {
        throw new EnvironmentError('usage: mltrain predict --model FILE --data FILE --output FILE');
      }
      const summary = await predictWithModel(deps, { modelPath: resolve(io.cwd, model), dataPath: resolve(io.cwd, data), outputPath: resolve(io.cwd, output) });
      io.stdout.write(`${summary}\n`);
      return EXIT_CODES.passed;
    }
    case 'data': {
      const output = values.output;
      if (rest[0] !== 'profile' || rest.length !== 2 || typeof output !== 'string') {
        throw new EnvironmentError('usage: mltrain data profile <file> --output FILE [--target COLUMN]');
      }
      const target = typeof values.target === 'string' ? values.target : undefined;
      const summary = await profileDataFile(deps, { dataPath: resolve(io.cwd, rest[1]), displayPath: rest[1], outputPath: resolve(io.cwd, output), target });
      io.stdout.write(`${summary}\n`);
      return EXIT_CODES.passed;
    }
    case 'init': {
      if (rest.length > 1) throw new EnvironmentError('usage: mltrain init [dir]');
      const outcome = await initTemplates(deps.fs, { templatesDir: findWorkflowTemplatesDir(import.meta.url), targetDir: resolve(io.cwd, rest[0] ?? '.') });
      for (const line of outcome.lines) io.stdout.write(`${line}\n`);
      return EXIT_CODES.passed;
    }
    case 'matrix': {
      if (rest.length > 1) throw new EnvironmentError('usage: mltrain matrix [glob] [--base REF --head REF]');
      const baseRef = typeof values.base === 'string' ? values.base : undefined;
      const headRef = typeof values.head === 'string' ? values.head : undefined;
      const outcome = await matrixOfConfigs({ fs: deps.fs, git: createGitCli(io.cwd) }, { glob: rest[0], baseRef, headRef });
      io.stdout.write(`${outcome.json}\n`);
      return EXIT_CODES.passed;
    }
    default:
      throw new EnvironmentError(`unknown command '${command}'; commands: run, validate, predict, data profile, init, matrix (see mltrain --help)`);
  }
}

function report(error: unknown, logger: Logger, verbose: boolean): ExitCode {
  const classified = classifyError(error);
  for (const problem of classified.problems) logger.error(problem.message, problem.location);
  if (classified.stack && verbose) logger.error(classified.stack);
  else if (classified.stack) logger.error('run again with --verbose for the stack trace');
  return classified.exitCode;
}
