import type { MetricsDocument } from './metrics-document';
import { formatNumber, type TextTable } from './format-table';

/** The metrics people look at first, per task, in this order. */
export const HEADLINE_METRICS = {
  binary: ['roc_auc', 'average_precision', 'accuracy', 'f1', 'precision', 'recall', 'log_loss', 'brier_score'],
  multiclass: ['accuracy', 'balanced_accuracy', 'f1_macro', 'roc_auc_ovr', 'log_loss'],
  regression: ['rmse', 'mae', 'r2', 'mape'],
} as const;

export function headlineTable(document: MetricsDocument): TextTable {
  const names = HEADLINE_METRICS[document.task].filter((m) => m in document.metrics.test || m in document.metrics.validation);
  return {
    header: ['metric', 'test', 'validation'],
    rows: names.map((m) => [m, formatNumber(document.metrics.test[m]), formatNumber(document.metrics.validation[m])]),
  };
}

/** One line: passed or failed, with the failed gates named, and the cost. */
export function verdictLine(document: MetricsDocument): string {
  const failed = document.gates.filter((g) => g.status === 'failed');
  const cost = `cost $${document.cost.usd.toFixed(4)} (${document.cost.seconds.toFixed(1)}s at $${document.cost.hourly_rate_usd}/h)`;
  if (failed.length > 0) return `FAILED: ${failed.length} of ${document.gates.length} gate(s) failed: ${failed.map((g) => g.name).join('; ')}; ${cost}`;
  const counted = document.gates.length === 0 ? 'no gates configured' : `${document.gates.filter((g) => g.status === 'passed').length} gate(s) passed`;
  return `PASSED: ${counted}; ${cost}`;
}
