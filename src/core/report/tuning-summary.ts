import { TRIAL_STATES, type TrialState } from '../tune/frozen-trial';
import type { MetricsDocument } from './metrics-document';
import type { HistoryEntry, ReportData } from './report-data';

/** metrics.json's `tuning` section, typed, with the history from ReportData where given. */
export interface TuningSummary {
  trials: number;
  completed: number | null;
  pruned: number | null;
  failed: number | null;
  bestValue: number | null;
  bestParams: Record<string, unknown>;
  stopReason: string | null;
  metric: string | null;
  direction: 'maximize' | 'minimize' | null;
  history: HistoryEntry[];
}

/** Null when the run did not tune. metrics.json's `tuning` is loosely typed: read it with care. */
export function tuningSummary(document: MetricsDocument, data: ReportData): TuningSummary | null {
  const tuning = document.tuning;
  const history = data.optimizationHistory ?? readHistory(tuning?.history);
  if (!tuning && history.length === 0) return null;
  const trials = numberOr(tuning?.trials, null) ?? history.length;
  const direction = data.direction ?? (tuning?.direction === 'maximize' || tuning?.direction === 'minimize' ? tuning.direction : null);
  return {
    trials,
    completed: numberOr(tuning?.completed, countState(history, 'complete')),
    pruned: numberOr(tuning?.pruned, countState(history, 'pruned')),
    failed: numberOr(tuning?.failed, countState(history, 'fail')),
    bestValue: numberOr(tuning?.best_value, null),
    bestParams: isRecord(tuning?.best_params) ? tuning.best_params : {},
    stopReason: typeof tuning?.stop_reason === 'string' ? tuning.stop_reason : null,
    metric: typeof tuning?.metric === 'string' ? tuning.metric : null,
    direction,
    history,
  };
}

/** History points as written in metrics.json (`bestValue` or `best_value`); malformed ones are skipped. */
export function readHistory(raw: unknown): HistoryEntry[] {
  if (!Array.isArray(raw)) return [];
  const out: HistoryEntry[] = [];
  for (const item of raw) {
    if (!isRecord(item) || typeof item.number !== 'number') continue;
    const state = (TRIAL_STATES as readonly unknown[]).includes(item.state) ? (item.state as TrialState) : 'complete';
    out.push({
      number: item.number,
      state,
      value: numberOr(item.value, null),
      bestValue: numberOr(item.bestValue ?? item.best_value, null),
      costUsd: numberOr(item.costUsd ?? item.cost_usd, null),
      durationMs: numberOr(item.durationMs ?? item.duration_ms, null),
    });
  }
  return out;
}

function countState(history: HistoryEntry[], state: TrialState): number | null {
  return history.length === 0 ? null : history.filter((h) => h.state === state).length;
}

function numberOr<T>(value: unknown, fallback: T): number | T {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
