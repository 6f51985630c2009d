import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GBDT_PARAMS, gbdtParamsSchema, resolveGbdtParams, validateGbdtParams } from './params.js';

describe('GBDT params', () => {
  it("uses XGBoost's scikit-learn defaults", () => {
    expect(resolveGbdtParams({})).toEqual({ ...DEFAULT_GBDT_PARAMS });
    expect(DEFAULT_GBDT_PARAMS).toMatchObject({ n_estimators: 100, learning_rate: 0.3, max_depth: 6, min_child_weight: 1, reg_lambda: 1, max_bin: 256 });
  });

  it('reports invalid values as {param, message} instead of throwing', () => {
    const errors = validateGbdtParams({ learning_rate: 0, max_depth: 2.5, grow_policy: 'bestfirst', subsample: 1.5, colour: 'red', monotone_constraints: [2] });
    expect(errors.map((e) => e.param).sort()).toEqual(['colour', 'grow_policy', 'learning_rate', 'max_depth', 'monotone_constraints', 'subsample']);
    expect(validateGbdtParams({ max_depth: 0 })[0].param).toBe('max_depth');
    expect(validateGbdtParams({ max_depth: 0, grow_policy: 'lossguide', max_leaves: 31 })).toEqual([]);
    expect(validateGbdtParams({ monotone_constraints: [1, 0] }, 3)[0].message).toMatch(/2 entries but the data has 3/);
    expect(() => resolveGbdtParams({ n_estimators: -1 })).toThrow(/n_estimators/);
  });

  it('the JSON Schema accepts the defaults and rejects what the validator rejects', () => {
    const validate = new Ajv2020({ strict: false }).compile(gbdtParamsSchema);
    expect(validate({ ...DEFAULT_GBDT_PARAMS })).toBe(true);
    expect(validate({ learning_rate: 0 })).toBe(false);
    expect(validate({ grow_policy: 'bestfirst' })).toBe(false);
    expect(validate({ monotone_constraints: [1, -1, 0] })).toBe(true);
  });
});
