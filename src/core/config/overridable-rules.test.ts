import { describe, expect, it } from 'vitest';
import schema from '../../../schemas/training-config.schema.json';
import { DEFAULT_SEVERITY, OVERRIDABLE_RULES, STRUCTURAL_RULES, VALIDATION_RULES } from '../data/validation-types';

describe('data.validation.severity', () => {
  it('lists in the schema exactly the overridable rules, all of them real rules, none structural', () => {
    const listed = Object.keys(schema.$defs.data.properties.validation.properties.severity.properties).sort();
    expect(listed).toEqual([...OVERRIDABLE_RULES].sort());
    for (const rule of OVERRIDABLE_RULES) expect(VALIDATION_RULES).toContain(rule);
    // the rules left out must fail by default: the run cannot go on without its columns or target
    expect(VALIDATION_RULES.filter((r) => !(OVERRIDABLE_RULES as readonly string[]).includes(r))).toEqual([...STRUCTURAL_RULES]);
    for (const rule of STRUCTURAL_RULES) expect(DEFAULT_SEVERITY[rule]).toBe('fail');
  });
});
