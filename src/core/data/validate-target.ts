import { DataError } from './data-error';
import { encodeTarget } from './target';
import type { EncodedTarget } from './target';
import { getColumn, isMissing } from './table';
import type { RuleContext, ValidationFinding } from './validation-types';

/** The target: present, no missing labels, fits the task, every class frequent enough. */
export function validateTarget(ctx: RuleContext): { findings: ValidationFinding[]; encoded?: EncodedTarget } {
  const name = ctx.target;
  if (name === undefined) return { findings: [] };
  const column = getColumn(ctx.table, name);
  const findings: ValidationFinding[] = [];
  findings.push(ctx.finding('target_present', !column, { column: name, message: column ? 'the target column is present' : `the target column '${name}' is not in the data (columns: ${ctx.table.columnNames.slice(0, 10).join(', ')}${ctx.table.columnNames.length > 10 ? ', ...' : ''})` }));
  if (!column) return { findings };

  const missing: number[] = [];
  for (let r = 0; r < ctx.table.numRows; r++) if (isMissing(column, r)) missing.push(r);
  findings.push(ctx.finding('target_missing', missing.length > 0, {
    column: name,
    message: missing.length > 0 ? `${missing.length} row(s) have no label` : 'every row has a label',
    value: missing.length,
    threshold: 0,
    lines: ctx.lines(missing),
  }));
  if (missing.length > 0) return { findings };

  let encoded: EncodedTarget;
  try {
    encoded = encodeTarget(column, { task: ctx.config.task, source: ctx.table.source, sourceLines: ctx.table.sourceLines });
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    findings.push(ctx.finding('target_task', true, { column: name, message: error.details.issues[0].message }));
    return { findings };
  }
  findings.push(ctx.finding('target_task', false, {
    column: name,
    message: `${encoded.task}${ctx.config.task ? '' : ' (inferred)'}${encoded.classes ? ` with ${encoded.classes.length} classes` : ''}`,
  }));
  if (encoded.classes) {
    const counts = new Float64Array(encoded.classes.length);
    for (const label of encoded.labels) counts[label]++;
    const smallest = counts.reduce((best, c, i) => (c < counts[best] ? i : best), 0);
    const fraction = counts[smallest] / encoded.labels.length;
    const threshold = ctx.config.minClassFraction ?? 0.01;
    findings.push(ctx.finding('min_class_fraction', fraction < threshold, {
      column: name,
      message: `smallest class '${encoded.classes[smallest]}': ${counts[smallest]} rows (${(fraction * 100).toFixed(2)}%), minimum ${(threshold * 100).toFixed(2)}%`,
      value: fraction,
      threshold,
    }));
  }
  return { findings, encoded };
}
