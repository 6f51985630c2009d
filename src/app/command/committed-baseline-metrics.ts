import type { FairnessValues, GateSubject } from '../../core/gate/index';
import type { BaselineModel } from '../baseline-model-source';

/** The metrics.json committed beside the base branch's model.json, as gates read it. */
export interface CommittedBaselineMetrics {
  /** metrics.test: finite numbers only. */
  test: Record<string, number>;
  subject: GateSubject;
}

/**
 * The base branch's own measurements (on the test rows of its day, not today's), for when its model
 * cannot be re-scored. Null when there is no readable metrics.json beside model.json.
 */
export async function committedBaselineMetrics(found: BaselineModel): Promise<CommittedBaselineMetrics | null> {
  if (!found.readFile) return null;
  let document: unknown;
  try {
    const bytes = await found.readFile('metrics.json');
    if (bytes === null) return null;
    document = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
  if (!isRecord(document) || !isRecord(document.metrics) || !isRecord(document.metrics.test)) return null;
  const test = finiteNumbers(document.metrics.test);
  const fairness: Record<string, FairnessValues> = {};
  if (isRecord(document.fairness)) {
    for (const [column, values] of Object.entries(document.fairness)) if (isRecord(values)) fairness[column] = finiteNumbers(values);
  }
  return { test, subject: { metrics: { test }, fairness } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function finiteNumbers(values: Record<string, unknown>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, value] of Object.entries(values)) if (typeof value === 'number' && Number.isFinite(value)) out[name] = value;
  return out;
}
