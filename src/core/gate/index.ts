/** Public API of src/core/gate: gate specs x evaluation (+ baseline) -> gate results. */
export {
  EXTRA_SPLIT_METRICS,
  GATEABLE_METRICS,
  GATE_SPEC_JSON_SCHEMA,
  LATENCY_METRICS,
  RUN_METRICS,
  UnknownMetricError,
  assertGateableMetric,
  checkGateSpecs,
  isFairnessMetric,
  isGateableMetric,
  isLowerBetter,
  suggestMetric,
  supportsStatisticalGate,
} from './gate-spec';
export type { GateMode, GateSpec, GateSpecCheckOptions, GateSpecProblem, GateSplit } from './gate-spec';
export { evaluateGates, gateVerdict } from './evaluate-gates';
export type { FairnessValues, GateContext, GateResult, GateStatus, GateSubject, GateVerdict, PairedData } from './evaluate-gates';
