import { parseDuration } from '../../config/duration';
import type { ModelConfig } from '../../config/training-config';
import { CommandSyntaxError, commandArgv } from './split-command';

export interface CommandSettingsProblem {
  /** JSON pointer into the config, so the line can be found. */
  pointer: string;
  message: string;
}

/** What is wrong with a `model.type: command` section before anything runs (empty: fine). */
export function commandSettingsProblems(model: ModelConfig): CommandSettingsProblem[] {
  const problems: CommandSettingsProblem[] = [];
  if (model.command === undefined) problems.push({ pointer: '/model/command', message: 'model.type command needs model.command: the training program as an argv array, e.g. ["python", "train.py"]' });
  for (const key of ['command', 'predict_command'] as const) {
    const command = model[key];
    if (command === undefined) continue;
    try {
      commandArgv(command);
    } catch (error) {
      if (!(error instanceof CommandSyntaxError)) throw error;
      problems.push({ pointer: `/model/${key}`, message: error.message });
    }
  }
  if (model.timeout_per_trial !== undefined && parseDuration(model.timeout_per_trial) === undefined) {
    problems.push({ pointer: '/model/timeout_per_trial', message: `'${model.timeout_per_trial}' is not a duration (e.g. 90s, 30m, 2h)` });
  }
  return problems;
}
