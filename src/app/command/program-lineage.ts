import { knownInterpreter, versionLine, type CommandLineage } from '../../core/models/command/command-lineage';
import { COMMAND_PROTOCOL_VERSION } from '../../core/models/command/protocol';
import { commandArgv } from '../../core/models/command/split-command';
import type { RepositoryInfo } from '../../ports/repository-info';
import { childEnvironment } from './child-environment';
import type { CommandDependencies } from './command-dependencies';
import type { CommandModelSettings } from './run-command-trial';

/** `--version` must answer fast; a program still running after this is stopped and not recorded. */
export const VERSION_TIMEOUT_MS = 5_000;
const VERSION_GRACE_MS = 1_000;

/**
 * What the model card records about a command model's program: its argv, folder, commit, the
 * interpreter's version (asked once, through the same process runner as the trials, only for
 * known interpreters) and the names of the variables model.env passes.
 */
export async function describeProgram(deps: Pick<CommandDependencies, 'runner' | 'environment'> & { repository: RepositoryInfo }, model: CommandModelSettings, cwd: string): Promise<CommandLineage> {
  if (model.command === undefined) throw new Error('internal error: describeProgram needs model.command (checked with the config)');
  const argv = commandArgv(model.command);
  const environment = childEnvironment(deps.environment, model.env, {});
  return {
    argv,
    predict_argv: model.predict_command === undefined ? null : commandArgv(model.predict_command),
    working_directory: model.working_directory ?? '.',
    git_commit: await deps.repository.commit(),
    interpreter: await interpreterVersion(deps, argv[0], cwd, environment.env),
    env: Object.keys(model.env).filter((name) => !environment.droppedFromConfig.includes(name)).sort(),
    env_dropped: [...environment.droppedFromConfig].sort(),
    output_format: model.output_format,
    protocol: COMMAND_PROTOCOL_VERSION,
  };
}

async function interpreterVersion(deps: Pick<CommandDependencies, 'runner'>, program: string, cwd: string, env: Record<string, string>): Promise<CommandLineage['interpreter']> {
  const name = knownInterpreter(program);
  if (name === null) return null;
  const lines: string[] = [];
  const running = deps.runner.start({ argv: [program, '--version'], cwd, env, timeoutMs: VERSION_TIMEOUT_MS, graceMs: VERSION_GRACE_MS, onStdoutLine: (line) => lines.push(line), onStderrLine: (line) => lines.push(line) });
  const exit = await running.exited;
  if (exit.startError) return { program: name, version: null, note: `could not start: ${exit.startError.code}` };
  if (exit.stoppedBy === 'timeout') return { program: name, version: null, note: `no answer to --version within ${VERSION_TIMEOUT_MS / 1000}s` };
  if (exit.code !== 0) return { program: name, version: null, note: `--version exited with status ${exit.code ?? exit.signal}` };
  return { program: name, version: versionLine(lines) };
}
