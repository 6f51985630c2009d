import type { ParamValue, Task } from '../../config/training-config';
import type { ParamProblem } from '../trainer';

export const ACTIVATIONS = ['relu', 'tanh', 'sigmoid', 'elu'] as const;
export type Activation = (typeof ACTIVATIONS)[number];

export const OPTIMIZERS = ['adam', 'adamw', 'sgd'] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];

export const LR_SCHEDULES = ['constant', 'step', 'cosine'] as const;
export type LrSchedule = (typeof LR_SCHEDULES)[number];

/** `model.compute.backend`: where the network runs (see src/adapters/tfjs for the loading). */
export const NN_BACKENDS = ['auto', 'cuda', 'node', 'webgpu', 'wasm', 'cpu'] as const;
export type NnBackend = (typeof NN_BACKENDS)[number];

/** `balanced` (n / (k * count_c), scikit-learn's), a weight per class index, or none. */
export type ClassWeight = 'balanced' | Record<string, number> | null;

/** The mlp engine's parameters, PyTorch/Keras vocabulary with snake_case names. */
export interface MlpParams {
  hidden_layers: number[];
  activation: Activation;
  dropout: number;
  batch_norm: boolean;
  epochs: number;
  batch_size: number;
  learning_rate: number;
  optimizer: OptimizerName;
  /** adamw: decoupled decay (Loshchilov & Hutter); adam and sgd: an L2 term in the gradient. Weights only, not biases. */
  weight_decay: number;
  /** sgd only (heavy-ball momentum, PyTorch's form). */
  momentum: number;
  lr_schedule: LrSchedule;
  /** Linear warm-up from ~0 to learning_rate over this many epochs (fractions allowed). */
  warmup_epochs: number;
  /** step schedule: multiply by lr_gamma every lr_step_epochs epochs. */
  lr_step_epochs: number;
  lr_gamma: number;
  class_weight: ClassWeight;
  /** Stop after this many epochs without a validation-loss improvement; 0 = never. Alias: patience. */
  early_stopping_rounds: number;
  /** An improvement must beat the best loss by more than this. */
  min_delta: number;
  backend: NnBackend;
}

export const MLP_DEFAULTS: MlpParams = {
  hidden_layers: [64, 32],
  activation: 'relu',
  dropout: 0,
  batch_norm: false,
  epochs: 20,
  batch_size: 256,
  learning_rate: 0.001,
  optimizer: 'adam',
  weight_decay: 0,
  momentum: 0.9,
  lr_schedule: 'constant',
  warmup_epochs: 0,
  lr_step_epochs: 10,
  lr_gamma: 0.1,
  class_weight: null,
  early_stopping_rounds: 10,
  min_delta: 0,
  backend: 'auto',
};

type Reader = (value: ParamValue, task: Task) => { ok: true; value: unknown } | { ok: false; message: string };

const isNumber = (v: ParamValue): v is number => typeof v === 'number' && Number.isFinite(v);
const isInteger = (v: ParamValue): v is number => isNumber(v) && Number.isInteger(v);
const pass = (value: unknown) => ({ ok: true as const, value });
const fail = (message: string) => ({ ok: false as const, message });

function oneOf<T extends string>(list: readonly T[]): Reader {
  return (v) => (typeof v === 'string' && (list as readonly string[]).includes(v) ? pass(v) : fail(`must be one of ${list.join(', ')}`));
}
function integerAtLeast(min: number): Reader {
  return (v) => (isInteger(v) && v >= min ? pass(v) : fail(`must be an integer >= ${min}`));
}
function numberIn(min: number, max: number, openMax = false): Reader {
  return (v) => (isNumber(v) && v >= min && (openMax ? v < max : v <= max) ? pass(v) : fail(`must be a number in [${min}, ${max}${openMax ? ')' : ']'}`));
}
const positive: Reader = (v) => (isNumber(v) && v > 0 ? pass(v) : fail('must be a positive number'));
const nonNegative: Reader = (v) => (isNumber(v) && v >= 0 ? pass(v) : fail('must be a number >= 0'));

const READERS: Record<keyof MlpParams, Reader> = {
  hidden_layers: (v) =>
    Array.isArray(v) && v.length >= 1 && v.length <= 16 && v.every((u) => isInteger(u) && u >= 1 && u <= 65536)
      ? pass(v.slice())
      : fail('must be a list of 1 to 16 layer widths (integers >= 1), e.g. [64, 32]'),
  activation: oneOf(ACTIVATIONS),
  dropout: numberIn(0, 1, true),
  batch_norm: (v) => (typeof v === 'boolean' ? pass(v) : fail('must be true or false')),
  epochs: integerAtLeast(1),
  batch_size: integerAtLeast(1),
  learning_rate: positive,
  optimizer: oneOf(OPTIMIZERS),
  weight_decay: nonNegative,
  momentum: numberIn(0, 1, true),
  lr_schedule: oneOf(LR_SCHEDULES),
  warmup_epochs: nonNegative,
  lr_step_epochs: integerAtLeast(1),
  lr_gamma: positive,
  class_weight: (v, task) => {
    if (v === null) return pass(null);
    if (task === 'regression') return fail('applies to classification tasks only');
    if (v === 'balanced') return pass(v);
    if (typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((w) => isNumber(w) && w >= 0)) {
      const badKey = Object.keys(v).find((key) => !/^\d+$/.test(key));
      return badKey === undefined ? pass({ ...v }) : fail(`keys are class indices (0, 1, ...), got '${badKey}'`);
    }
    return fail("must be 'balanced', null or a map from class index to a weight >= 0");
  },
  early_stopping_rounds: integerAtLeast(0),
  min_delta: nonNegative,
  backend: oneOf(NN_BACKENDS),
};

const ALIASES: Record<string, keyof MlpParams> = { patience: 'early_stopping_rounds' };

/** Reads the config's params over the defaults; every bad or unknown param becomes a named problem. */
export function readMlpParams(params: Record<string, ParamValue>, task: Task): { params: MlpParams; problems: ParamProblem[] } {
  const result: Record<string, unknown> = { ...MLP_DEFAULTS, hidden_layers: [...MLP_DEFAULTS.hidden_layers] };
  const problems: ParamProblem[] = [];
  for (const [key, value] of Object.entries(params)) {
    const name = (ALIASES[key] ?? key) as keyof MlpParams;
    const reader = READERS[name];
    if (!reader) {
      problems.push({ param: key, message: `unknown mlp parameter '${key}' (known: ${Object.keys(READERS).join(', ')}, patience)` });
      continue;
    }
    const read = reader(value, task);
    if (read.ok) result[name] = read.value;
    else problems.push({ param: key, message: `'${key}' ${read.message}, got ${JSON.stringify(value)}` });
  }
  if ('patience' in params && 'early_stopping_rounds' in params) {
    problems.push({ param: 'patience', message: "'patience' and 'early_stopping_rounds' are the same parameter: give one" });
  }
  return { params: result as unknown as MlpParams, problems };
}

/** The params as plain config values (for TrainedModel.params and the model file). */
export function mlpParamsToValues(params: MlpParams): Record<string, ParamValue> {
  return JSON.parse(JSON.stringify(params)) as Record<string, ParamValue>;
}
