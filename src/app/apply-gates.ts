import type { GateConfig } from '../core/config/training-config';
import type { GateOutcome } from '../core/report/metrics-document';

export interface GateInputs {
  metrics: { test: Record<string, number>; validation: Record<string, number> };
  costUsd: number;
  durationSeconds: number;
}

/** min/max gates on a metric of the chosen split, cost_usd or duration_s. */
export function applyGates(gates: GateConfig[], inputs: GateInputs): GateOutcome[] {
  return gates.map((gate): GateOutcome => {
    const value = gate.metric === 'cost_usd' ? inputs.costUsd : gate.metric === 'duration_s' ? inputs.durationSeconds : inputs.metrics[gate.split][gate.metric];
    const bound = gate.min !== undefined ? { op: '>=', threshold: gate.min } : { op: '<=', threshold: gate.max ?? NaN };
    const name = gate.name ?? `${gate.metric} ${bound.op} ${bound.threshold}`;
    const base = { name, metric: gate.metric, split: gate.split, threshold: bound.threshold };
    if (value === undefined || !Number.isFinite(value)) {
      return { ...base, status: 'failed', value: null, reason: `${gate.metric} is not available on the ${gate.split} part` };
    }
    const okMin = gate.min === undefined || value >= gate.min;
    const okMax = gate.max === undefined || value <= gate.max;
    const passed = okMin && okMax;
    return { ...base, status: passed ? 'passed' : 'failed', value, reason: passed ? `${value.toFixed(4)} ${bound.op} ${bound.threshold}` : `${value.toFixed(4)} is ${okMin ? 'above the maximum' : 'below the minimum'} ${okMin ? gate.max : gate.min}` };
  });
}
