import type { Distribution, ParamValue } from './distributions.js';

export const TRIAL_STATES = ['running', 'waiting', 'complete', 'pruned', 'fail'] as const;
export type TrialState = (typeof TRIAL_STATES)[number];

export const FINISHED_STATES: readonly TrialState[] = ['complete', 'pruned', 'fail'];

export const STUDY_DIRECTIONS = ['minimize', 'maximize'] as const;
export type StudyDirection = (typeof STUDY_DIRECTIONS)[number];

/** JSON-compatible attribute values (system and user attributes are journaled). */
export type AttrValue = string | number | boolean | null | AttrValue[] | { [key: string]: AttrValue };

/** An immutable record of one trial, as samplers, pruners and reports see it. */
export interface FrozenTrial {
  /** 0-based, in creation order within the study. */
  readonly number: number;
  readonly state: TrialState;
  /** The objective value (complete trials; null otherwise). */
  readonly value: number | null;
  /** External values, by parameter name, in suggestion order. */
  readonly params: Readonly<Record<string, ParamValue>>;
  readonly distributions: Readonly<Record<string, Distribution>>;
  /** Reported intermediate values by step. */
  readonly intermediateValues: ReadonlyMap<number, number>;
  readonly userAttrs: Readonly<Record<string, AttrValue>>;
  readonly systemAttrs: Readonly<Record<string, AttrValue>>;
  /** Clock readings (milliseconds) at start and finish. */
  readonly startedAtMs: number | null;
  readonly completedAtMs: number | null;
  readonly durationMs: number | null;
  readonly costUsd: number | null;
  /** Why a failed trial failed (the thrown error's message). */
  readonly failReason: string | null;
}

export function isFinished(state: TrialState): boolean {
  return FINISHED_STATES.includes(state);
}

/** The largest reported step, or null when nothing was reported. */
export function lastStep(trial: FrozenTrial): number | null {
  let last: number | null = null;
  for (const step of trial.intermediateValues.keys()) if (last === null || step > last) last = step;
  return last;
}

export function emptyTrial(number: number, startedAtMs: number | null): FrozenTrial {
  return {
    number,
    state: 'running',
    value: null,
    params: {},
    distributions: {},
    intermediateValues: new Map(),
    userAttrs: {},
    systemAttrs: {},
    startedAtMs,
    completedAtMs: null,
    durationMs: null,
    costUsd: null,
    failReason: null,
  };
}

/** Whether `a` is better than `b` in the study's direction. */
export function isBetter(direction: StudyDirection, a: number, b: number): boolean {
  return direction === 'minimize' ? a < b : a > b;
}
