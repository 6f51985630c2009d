import type { DataProfile } from '../core/data/profile';
import type { FairnessReport } from '../core/evaluate/index';
import type { GateResult } from '../core/gate/index';
import type { TrainedModel } from '../core/models/trainer';
import type { CostReport, GateOutcome, Lineage, MetricsDocument } from '../core/report/metrics-document';
import type { ExplanationsSection } from '../core/report/explanations';
import type { DataChecks } from './check-data';
import type { Evaluation } from './evaluate-model';
import type { LatencyReport } from './measure-latency';
import type { PreparedData } from './prepare-data';

export interface DocumentParts {
  name: string;
  createdAt: string;
  data: PreparedData;
  checks: DataChecks;
  model: TrainedModel;
  evaluation: Evaluation;
  latency?: LatencyReport;
  gates: GateResult[];
  cost: CostReport;
  tuning?: Record<string, unknown>;
  baseline?: { source: string; rescored: boolean; metrics: Record<string, number> };
  explanations?: ExplanationsSection;
  lineage: Lineage;
}

/** Assembles metrics.json (the contract in DESIGN.md and schemas/metrics.schema.json). */
export function buildMetricsDocument(parts: DocumentParts): MetricsDocument {
  const { data, evaluation, latency } = parts;
  const test: Record<string, number> = { ...evaluation.metrics.test };
  if (latency) {
    test.latency_p50_ms = latency.single.latency_p50_ms;
    test.latency_p95_ms = latency.single.latency_p95_ms;
    test.latency_p99_ms = latency.single.latency_p99_ms;
    test.throughput_per_s = latency.batch.throughput_per_s;
  }
  const gates = parts.gates.map(toOutcome);
  return {
    schema_version: 1,
    stage: 'complete',
    name: parts.name,
    task: data.task,
    created_at: parts.createdAt,
    passed: gates.every((g) => g.status !== 'failed'),
    metrics: { test, validation: { ...evaluation.metrics.validation } },
    intervals: evaluation.intervals,
    fairness: fairnessSection(evaluation.fairness),
    gates,
    cost: parts.cost,
    data: {
      rows: { train: data.parts.train.table.numRows, validation: data.parts.validation?.table.numRows ?? 0, test: data.parts.test.table.numRows },
      skipped_rows: data.skippedRows,
      features: data.features,
      target: data.target,
      ...(data.classes ? { classes: data.classes } : {}),
      validation: parts.checks.findings.map((f) => ({ ...f })),
      drift: driftSection(parts.checks),
    },
    model: {
      type: parts.model.engine,
      params: parts.model.params,
      iterations: parts.model.iterations,
      ...(evaluation.threshold !== null ? { threshold: evaluation.threshold, threshold_strategy: evaluation.thresholdStrategy } : {}),
      path: 'model.json',
    },
    ...(parts.tuning ? { tuning: parts.tuning } : {}),
    ...(parts.baseline ? { baseline: { source: parts.baseline.source, rescored: parts.baseline.rescored, metrics: { test: parts.baseline.metrics } } } : {}),
    ...(parts.explanations ? { explanations: parts.explanations } : {}),
    lineage: parts.lineage,
  };
}

export function toOutcome(gate: GateResult): GateOutcome {
  const finite = (x: number | undefined) => (x === undefined ? undefined : Number.isFinite(x) ? x : null);
  return {
    name: gate.name,
    metric: gate.metric,
    ...(gate.column !== undefined ? { column: gate.column } : {}),
    split: gate.split,
    status: gate.status,
    value: finite(gate.value) ?? null,
    threshold: finite(gate.threshold) ?? null,
    ...(gate.baseline !== undefined ? { baseline: finite(gate.baseline) } : {}),
    ...(gate.p_value !== undefined ? { p_value: finite(gate.p_value) } : {}),
    reason: gate.reason,
  };
}

function fairnessSection(fairness: Record<string, FairnessReport>): MetricsDocument['fairness'] {
  return Object.fromEntries(Object.entries(fairness).map(([column, report]) => [column, { ...report }]));
}

function driftSection(checks: DataChecks): MetricsDocument['data']['drift'] {
  const drift = checks.drift;
  if (!drift) return { columns: {} };
  return {
    reference: drift.reference,
    max_psi: drift.max_psi,
    drifted: drift.drifted,
    missing_columns: drift.missing_columns,
    new_columns: drift.new_columns,
    ...(drift.label ? { label: drift.label } : {}),
    columns: Object.fromEntries(Object.entries(drift.columns).map(([name, column]) => [name, { ...column }])),
  };
}

/** The largest PSI over the drift-checked columns, for the drift_max_psi gate. */
export function maxPsi(checks: DataChecks): number | undefined {
  if (!checks.drift) return undefined;
  const values = Object.values(checks.drift.columns).map((c) => c.psi).filter(Number.isFinite);
  return values.length > 0 ? Math.max(...values) : undefined;
}

export type { DataProfile };
