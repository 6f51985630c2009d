/**
 * GBDT hyperparameters with XGBoost's scikit-learn names and defaults, their JSON Schema (for the
 * config schema) and a validator that turns bad values into messages instead of crashes.
 */
export const GROW_POLICIES = ['depthwise', 'lossguide'] as const;
export type GrowPolicy = (typeof GROW_POLICIES)[number];

export interface GbdtParams {
  n_estimators: number;
  learning_rate: number;
  /** 0 = unlimited (lossguide only, with max_leaves). */
  max_depth: number;
  /** 0 = unlimited. */
  max_leaves: number;
  grow_policy: GrowPolicy;
  min_child_weight: number;
  reg_lambda: number;
  reg_alpha: number;
  gamma: number;
  subsample: number;
  colsample_bytree: number;
  /** Bins per feature, counting the bin of missing values (so 256 keeps bins in one byte). */
  max_bin: number;
  scale_pos_weight: number;
  early_stopping_rounds: number | null;
  /** Per feature: 1 increasing, -1 decreasing, 0 free; null = none. */
  monotone_constraints: number[] | null;
  huber_slope: number;
}

export const DEFAULT_GBDT_PARAMS: Readonly<GbdtParams> = Object.freeze({
  n_estimators: 100,
  learning_rate: 0.3,
  max_depth: 6,
  max_leaves: 0,
  grow_policy: 'depthwise',
  min_child_weight: 1,
  reg_lambda: 1,
  reg_alpha: 0,
  gamma: 0,
  subsample: 1,
  colsample_bytree: 1,
  max_bin: 256,
  scale_pos_weight: 1,
  early_stopping_rounds: null,
  monotone_constraints: null,
  huber_slope: 1,
});

export interface GbdtParamError {
  param: string;
  message: string;
}

const integer = (minimum: number, maximum?: number) => ({ type: 'integer', minimum, ...(maximum === undefined ? {} : { maximum }) });
const number = (extra: Record<string, number>) => ({ type: 'number', ...extra });

/** JSON Schema (draft 2020-12) of the params object, defaults included. */
export const gbdtParamsSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'GBDT parameters (XGBoost scikit-learn names)',
  type: 'object',
  additionalProperties: false,
  properties: {
    n_estimators: { ...integer(1, 100000), default: 100 },
    learning_rate: { ...number({ exclusiveMinimum: 0, maximum: 1 }), default: 0.3 },
    max_depth: { ...integer(0, 30), default: 6, description: '0 = unlimited (lossguide with max_leaves only)' },
    max_leaves: { ...integer(0, 65536), default: 0, description: '0 = unlimited' },
    grow_policy: { enum: [...GROW_POLICIES], default: 'depthwise' },
    min_child_weight: { ...number({ minimum: 0 }), default: 1 },
    reg_lambda: { ...number({ minimum: 0 }), default: 1 },
    reg_alpha: { ...number({ minimum: 0 }), default: 0 },
    gamma: { ...number({ minimum: 0 }), default: 0 },
    subsample: { ...number({ exclusiveMinimum: 0, maximum: 1 }), default: 1 },
    colsample_bytree: { ...number({ exclusiveMinimum: 0, maximum: 1 }), default: 1 },
    max_bin: { ...integer(2, 65535), default: 256 },
    scale_pos_weight: { ...number({ exclusiveMinimum: 0 }), default: 1 },
    early_stopping_rounds: { anyOf: [integer(1), { type: 'null' }], default: null },
    monotone_constraints: { anyOf: [{ type: 'array', items: { enum: [-1, 0, 1] } }, { type: 'null' }], default: null },
    huber_slope: { ...number({ exclusiveMinimum: 0 }), default: 1 },
  },
} as const;

type Rule = (value: unknown) => string | null;

function numberRule(min: number, max: number, options: { integer?: boolean; minExclusive?: boolean } = {}): Rule {
  return (value) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a finite number';
    if (options.integer && !Number.isInteger(value)) return 'must be an integer';
    if (options.minExclusive ? value <= min : value < min) return `must be ${options.minExclusive ? '>' : '>='} ${min}`;
    if (value > max) return `must be <= ${max}`;
    return null;
  };
}

const RULES: Record<keyof GbdtParams, Rule> = {
  n_estimators: numberRule(1, 100000, { integer: true }),
  learning_rate: numberRule(0, 1, { minExclusive: true }),
  max_depth: numberRule(0, 30, { integer: true }),
  max_leaves: numberRule(0, 65536, { integer: true }),
  grow_policy: (v) => (GROW_POLICIES.includes(v as GrowPolicy) ? null : `must be one of ${GROW_POLICIES.join(', ')}`),
  min_child_weight: numberRule(0, Infinity),
  reg_lambda: numberRule(0, Infinity),
  reg_alpha: numberRule(0, Infinity),
  gamma: numberRule(0, Infinity),
  subsample: numberRule(0, 1, { minExclusive: true }),
  colsample_bytree: numberRule(0, 1, { minExclusive: true }),
  max_bin: numberRule(2, 65535, { integer: true }),
  scale_pos_weight: numberRule(0, Infinity, { minExclusive: true }),
  early_stopping_rounds: (v) => (v === null ? null : numberRule(1, Infinity, { integer: true })(v)),
  monotone_constraints: (v) => {
    if (v === null) return null;
    if (!Array.isArray(v)) return 'must be a list of -1, 0 or 1 (one per feature) or null';
    return v.every((c) => c === -1 || c === 0 || c === 1) ? null : 'every entry must be -1, 0 or 1';
  },
  huber_slope: numberRule(0, Infinity, { minExclusive: true }),
};

/**
 * Checks user-supplied params (unknown keys, types, ranges, combinations). `numFeatures`, when
 * known, also checks the length of monotone_constraints.
 */
export function validateGbdtParams(params: Record<string, unknown>, numFeatures?: number): GbdtParamError[] {
  const errors: GbdtParamError[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (!(key in RULES)) {
      errors.push({ param: key, message: `unknown GBDT parameter (known: ${Object.keys(RULES).join(', ')})` });
      continue;
    }
    if (value === undefined) continue;
    const message = RULES[key as keyof GbdtParams](value);
    if (message) errors.push({ param: key, message });
  }
  if (errors.length > 0) return errors;
  const resolved = { ...DEFAULT_GBDT_PARAMS, ...withoutUndefined(params) } as GbdtParams;
  if (resolved.max_depth === 0 && !(resolved.grow_policy === 'lossguide' && resolved.max_leaves > 0)) {
    errors.push({ param: 'max_depth', message: 'max_depth 0 (unlimited) needs grow_policy lossguide and max_leaves > 0' });
  }
  if (resolved.max_leaves === 1) errors.push({ param: 'max_leaves', message: 'must be 0 (unlimited) or at least 2' });
  if (numFeatures !== undefined && resolved.monotone_constraints && resolved.monotone_constraints.length !== numFeatures) {
    errors.push({
      param: 'monotone_constraints',
      message: `has ${resolved.monotone_constraints.length} entries but the data has ${numFeatures} features`,
    });
  }
  return errors;
}

/** Defaults + overrides; throws a RangeError listing every problem (call validateGbdtParams first for config errors). */
export function resolveGbdtParams(params: Partial<GbdtParams>, numFeatures?: number): GbdtParams {
  const errors = validateGbdtParams(params as Record<string, unknown>, numFeatures);
  if (errors.length > 0) throw new RangeError(`invalid GBDT parameters: ${errors.map((e) => `${e.param} ${e.message}`).join('; ')}`);
  return { ...DEFAULT_GBDT_PARAMS, ...withoutUndefined(params as Record<string, unknown>) } as GbdtParams;
}

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}
