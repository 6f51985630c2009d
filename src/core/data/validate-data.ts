import type { Table } from './table';
import { validateLeakage, validateOverlap } from './validate-leakage';
import { validateQuality } from './validate-quality';
import { validateSchema } from './validate-schema';
import { validateTarget } from './validate-target';
import { DEFAULT_SEVERITY, MAX_EXAMPLE_LINES } from './validation-types';
import type { RuleContext, ValidationConfig, ValidationFinding } from './validation-types';

/**
 * Runs every data check and returns all findings, passes included, so a report can show what
 * was checked. Nothing throws for bad data: `hasFailures` tells the caller to stop (exit 2).
 * `parts` (the training and test tables after the split) enables the train/test overlap check.
 */
export function validateData(table: Table, config: ValidationConfig = {}, parts?: { train: Table; test: Table }): ValidationFinding[] {
  const features = config.features ?? table.columnNames.filter((name) => name !== config.target);
  const ctx: RuleContext = {
    table,
    config,
    target: config.target,
    features,
    finding: (rule, problem, { lines, ...fields }) => ({
      rule,
      severity: problem ? config.severity?.[rule] ?? DEFAULT_SEVERITY[rule] : 'pass',
      ...fields,
      ...(lines && lines.length > 0 ? { lines } : {}),
    }),
    lines: (rows) => {
      const lines: number[] = [];
      for (let i = 0; i < rows.length && i < MAX_EXAMPLE_LINES; i++) lines.push(table.sourceLines?.[rows[i]] ?? rows[i] + 1);
      return lines;
    },
  };
  const findings = [...validateSchema(ctx), ...validateQuality(ctx)];
  const target = validateTarget(ctx);
  findings.push(...target.findings, ...validateLeakage(ctx, target.encoded));
  if (parts) findings.push(validateOverlap(ctx, parts));
  return findings;
}

export function hasFailures(findings: readonly ValidationFinding[]): boolean {
  return findings.some((f) => f.severity === 'fail');
}
