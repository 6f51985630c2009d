import type { Distribution, ParamValue } from '../distributions.js';
import type { AttrValue, StudyDirection } from '../frozen-trial.js';
import type { TrialFinish, TrialStart } from './study-storage.js';

export const OPERATION_KINDS = [
  'create_study',
  'create_trial',
  'start_trial',
  'set_param',
  'report',
  'set_system_attr',
  'set_user_attr',
  'finish_trial',
  'set_study_user_attr',
] as const;
export type OperationKind = (typeof OPERATION_KINDS)[number];

/**
 * Every change to a study, as one JSON-serializable record. The journal storage appends them as
 * JSON Lines; the in-memory replica applies them. Trial numbers are assigned on apply (creation
 * order), so replaying a journal rebuilds exactly the same study.
 */
export type Operation =
  | { op: 'create_study'; study: string; direction: StudyDirection }
  | ({ op: 'create_trial'; study: string } & TrialStart)
  | { op: 'start_trial'; study: string; trial: number; startedAtMs: number }
  | { op: 'set_param'; study: string; trial: number; name: string; distribution: Distribution; value: ParamValue }
  | { op: 'report'; study: string; trial: number; step: number; value: number }
  | { op: 'set_system_attr'; study: string; trial: number; key: string; value: AttrValue }
  | { op: 'set_user_attr'; study: string; trial: number; key: string; value: AttrValue }
  | ({ op: 'finish_trial'; study: string; trial: number } & TrialFinish)
  | { op: 'set_study_user_attr'; study: string; key: string; value: AttrValue };

const NON_FINITE_KEY = '$number';

/** One operation as a JSON line; JSON has no NaN or Infinity, so those travel as {"$number": "NaN"}. */
export function serializeOperation(operation: Operation): string {
  return JSON.stringify(operation, (_key, value: unknown) =>
    typeof value === 'number' && !Number.isFinite(value) ? { [NON_FINITE_KEY]: String(value) } : value,
  );
}

export function parseOperation(line: string): Operation {
  const parsed: unknown = JSON.parse(line, (_key, value: unknown) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const keys = Object.keys(value);
      if (keys.length === 1 && keys[0] === NON_FINITE_KEY) return Number((value as Record<string, unknown>)[NON_FINITE_KEY]);
    }
    return value;
  });
  if (parsed === null || typeof parsed !== 'object' || !OPERATION_KINDS.includes((parsed as { op: OperationKind }).op)) {
    throw new SyntaxError(`not a study journal operation: ${line.slice(0, 80)}`);
  }
  return parsed as Operation;
}
