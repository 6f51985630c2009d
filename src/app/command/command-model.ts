import type { ParamValue } from '../../core/config/training-config';
import type { CommandModelJson } from '../../core/models/command/command-model-json';
import { COMMAND_PROTOCOL_VERSION } from '../../core/models/command/protocol';
import type { TrainedModel } from '../../core/models/trainer';

export interface CommandModelInput {
  argv: readonly string[];
  params: Record<string, ParamValue>;
  iterations: number;
  /** The kept output folder, relative to the run's output dir (where model.json is written). */
  modelDir: string;
  /** The program's model files in that folder (relative to it), predictions excluded. */
  files: readonly string[];
  /** The program's version of the code, e.g. the git commit of its working directory. */
  codeVersion: string;
  /** The scores the program wrote, keyed by the encoded feature arrays of the part they belong to. */
  scores: readonly { features: Float64Array[]; scores: Float64Array }[];
}

/**
 * A command-trained model as a TrainedModel, so the evaluation code judges it like any engine:
 * `predict` answers for the parts the program predicted (matched by the identity of their
 * encoded features) and refuses anything else, since new rows need `predict_command`.
 */
export function commandTrainedModel(input: CommandModelInput): TrainedModel {
  return {
    engine: 'command',
    engineVersion: input.codeVersion,
    params: input.params,
    iterations: input.iterations,
    predict(features: Float64Array[]): Float64Array {
      const known = input.scores.find((entry) => entry.features === features);
      if (!known) throw new Error('internal error: a command model predicts only the parts its program scored; new rows go through model.predict_command');
      return known.scores;
    },
    toJSON: (): CommandModelJson => ({ protocol: COMMAND_PROTOCOL_VERSION, command: [...input.argv], model_dir: input.modelDir, files: [...input.files], code_version: input.codeVersion, params: input.params, iterations: input.iterations }),
  };
}
