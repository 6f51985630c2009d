import type { FairnessValues, GateSubject } from '../../core/gate/index';
import type { BaselineModel } from '../baseline-model-source';
import { parseMetrics } from '../publish/fetch-baseline';

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
  let document: ReturnType<typeof parseMetrics>;
  try {
    const bytes = await found.readFile('metrics.json');
    if (bytes === null) return null;
    document = parseMetrics(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
  if (typeof document === 'string') return null;
  const test = finiteNumbers(document.metrics.test);
  const fairness: Record<string, FairnessValues> = {};
  for (const [column, values] of Object.entries(document.fairness)) if (typeof values === 'object' && values !== null) fairness[column] = finiteNumbers(values);
  return { test, subject: { metrics: { test }, fairness } };
}

function finiteNumbers(values: object): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, value] of Object.entries(values)) if (typeof value === 'number' && Number.isFinite(value)) out[name] = value;
  return out;
}
