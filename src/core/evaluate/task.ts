/** The learning tasks that mltrain evaluates. */
export const TASKS = ['binary', 'multiclass', 'regression'] as const;

export type Task = (typeof TASKS)[number];

export function isTask(value: unknown): value is Task {
  return typeof value === 'string' && (TASKS as readonly string[]).includes(value);
}
