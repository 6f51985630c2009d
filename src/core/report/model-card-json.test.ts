import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import mltrainSchema from '../../../schemas/model-card.schema.json';
import schema from '../../../schemas/reference/model-card-toolkit-v0.0.2.schema.json';
import { HEADLINE_METRICS } from './headline';
import { buildModelCardJson } from './model-card-json';
import type { MetricsDocument } from './metrics-document';
import { fixtureDocument, fixtureReportData } from './testing/report-fixture';

/** The draft-07 validator with the schema's two formats checked, not ignored. */
function mctValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('uri', (text: string) => URL.canParse(text));
  return ajv;
}

const validate = mctValidator().compile(schema);

describe('buildModelCardJson', () => {
  it('validates against the Model Card Toolkit v0.0.2 schema', () => {
    const card = buildModelCardJson(fixtureDocument(), fixtureReportData());
    expect(validate(card), JSON.stringify(validate.errors)).toBe(true);
  });

  it('validates against mltrain\'s stricter schema/model-card.schema.json, which builds on the reference', () => {
    const ajv = mctValidator();
    ajv.addSchema(schema);
    const strict = ajv.compile(mltrainSchema);
    const card = buildModelCardJson(fixtureDocument(), fixtureReportData());
    expect(strict(card), JSON.stringify(strict.errors)).toBe(true);
    expect(strict({ ...card, quantitative_analysis: { performance_metrics: [] } })).toBe(false);
  });

  it('validates for a minimal regression run with no config card, baseline, fairness or tuning', () => {
    const document = regressionDocument();
    const card = buildModelCardJson(document, {});
    expect(validate(card), JSON.stringify(validate.errors)).toBe(true);
    expect(card.quantitative_analysis.performance_metrics.filter((m) => m.slice === 'test').map((m) => m.type)).toEqual(['rmse', 'mae', 'r2']);
  });

  it('the validator rejects extra top-level keys and non-string metric values (the test can fail)', () => {
    const card = buildModelCardJson(fixtureDocument(), fixtureReportData());
    expect(validate({ ...card, lineage: {} })).toBe(false);
    const bad = structuredClone(card) as unknown as { quantitative_analysis: { performance_metrics: { value: unknown }[] } };
    bad.quantitative_analysis.performance_metrics[0].value = 0.87;
    expect(validate(bad)).toBe(false);
  });

  it('holds the name and every headline test metric with its interval', () => {
    const document = fixtureDocument();
    const card = buildModelCardJson(document, fixtureReportData());
    expect(card.model_details.name).toBe('churn');
    const test = card.quantitative_analysis.performance_metrics.filter((m) => m.slice === 'test');
    expect(test.map((m) => m.type)).toEqual([...HEADLINE_METRICS.binary]);
    expect(test.find((m) => m.type === 'roc_auc')).toEqual({ type: 'roc_auc', value: '0.8712', slice: 'test', confidence_interval: { lower_bound: '0.8391', upper_bound: '0.9017' } });
  });

  it('slices fairness by column and by group', () => {
    const metrics = buildModelCardJson(fixtureDocument(), fixtureReportData()).quantitative_analysis.performance_metrics;
    expect(metrics).toContainEqual({ type: 'demographic_parity_difference', value: '0.1875', slice: 'senior<citizen>' });
    expect(metrics).toContainEqual({ type: 'selection_rate', value: '0.2525', slice: 'gender=female' });
  });

  it('fills the considerations, owners, license and references from the config and run', () => {
    const card = buildModelCardJson(fixtureDocument(), fixtureReportData());
    expect(card.model_details.owners).toEqual([{ name: 'Retention analytics', contact: 'retention@example.com' }]);
    expect(card.model_details.licenses).toEqual([{ identifier: 'mit' }]);
    expect(card.model_details.references?.map((r) => r.reference)).toEqual([
      'https://github.com/acme/churn/actions/runs/123456789',
      'https://github.com/acme/churn/actions/runs/123456789/artifacts/987654',
    ]);
    expect(card.considerations.limitations).toHaveLength(2);
    expect(card.considerations.ethical_considerations?.[0].name).toMatch(/monitored/);
    expect(card.model_details.version).toMatchObject({ name: '9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6', date: '2026-11-28' });
    expect(card.model_details.version?.diff).toContain('roc_auc 0.8544 -> 0.8712');
  });
});

function regressionDocument(): MetricsDocument {
  const document = fixtureDocument();
  document.task = 'regression';
  document.metrics = { test: { rmse: 3.1, mae: 2.2, r2: 0.71 }, validation: { rmse: 3.3, mae: 2.4, r2: 0.69 } };
  document.fairness = {};
  document.gates = [];
  delete document.intervals;
  delete document.tuning;
  delete document.model.threshold;
  delete document.data.classes;
  document.lineage.git_commit = null;
  return document;
}
