import type { DataProfile } from '../core/data/profile';
import type { ColumnProfileSummary, ReportData } from '../core/report/report-data';
import type { TrainedModel } from '../core/models/trainer';
import type { DataChecks } from './check-data';
import type { Evaluation } from './evaluate-model';
import type { LoadedConfig } from './load-config';
import type { PreparedData } from './prepare-data';
import type { TuningOutcome } from './tune-model';

/** What the model card and the HTML report show beyond metrics.json. */
export function buildReportData(input: { loaded: LoadedConfig; data: PreparedData; model: TrainedModel; evaluation: Evaluation; checks: DataChecks; tuning?: TuningOutcome }): ReportData {
  const { loaded, model, evaluation, checks, tuning } = input;
  const config = loaded.config;
  return {
    description: config.description || undefined,
    modelCard: config.model_card,
    curves: evaluation.curves,
    featureImportance: model.featureImportance?.(input.data.featureInfo.names),
    ...(tuning
      ? {
          optimizationHistory: tuning.history.map((h) => ({ number: h.number, state: h.state, value: h.value, bestValue: h.bestValue, costUsd: h.costUsd ?? null, durationMs: h.durationMs ?? null })),
          direction: tuning.direction,
          paramImportances: tuning.importances,
        }
      : {}),
    confidence: config.evaluation.bootstrap.confidence,
    profile: profileSummary(checks.profile),
  };
}

function profileSummary(profile: DataProfile): ReportData['profile'] {
  const columns = profile.columns.map((column): ColumnProfileSummary => {
    const missingFraction = profile.rows > 0 ? column.missing / profile.rows : 0;
    if (column.type === 'categorical') {
      const top = Object.entries(column.frequencies)
        .slice(0, 5)
        .map(([value, count]) => ({ value, fraction: profile.rows > 0 ? count / profile.rows : 0 }));
      return { name: column.name, type: column.type, missingFraction, distinct: column.distinct, top };
    }
    return { name: column.name, type: column.type, missingFraction, mean: column.mean ?? undefined, std: column.std ?? undefined, min: column.min ?? undefined, max: column.max ?? undefined };
  });
  return { rows: profile.rows, columns, ...(profile.label ? { labelDistribution: profile.label.fractions } : {}) };
}
