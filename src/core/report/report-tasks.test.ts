import { describe, expect, it } from 'vitest';
import { buildModelCardJson } from './model-card-json';
import { renderHtmlReport } from './html-report';
import type { MetricsDocument } from './metrics-document';
import { renderModelCardMarkdown } from './model-card-markdown';
import { renderPrComment } from './pr-comment';
import { fixtureDocument } from './testing/report-fixture';

/** The renderers on the other tasks: regression (errors, lower is better) and multiclass. */
function regressionRun(): MetricsDocument {
  const document = fixtureDocument();
  document.task = 'regression';
  document.metrics = { test: { rmse: 3.1, mae: 2.2, r2: 0.71 }, validation: { rmse: 3.3, mae: 2.4, r2: 0.69 } };
  document.fairness = {};
  document.gates = [{ name: 'rmse <= 4', metric: 'rmse', split: 'test', status: 'passed', value: 3.1, threshold: 4, reason: '3.1 <= 4' }];
  document.passed = true;
  delete document.intervals;
  delete document.tuning;
  delete document.model.threshold;
  delete document.data.classes;
  return document;
}

function multiclassRun(): MetricsDocument {
  const document = regressionRun();
  document.task = 'multiclass';
  document.data.classes = ['a', 'b', 'c'];
  document.metrics = { test: { accuracy: 0.7, balanced_accuracy: 0.66, f1_macro: 0.65, roc_auc_ovr: 0.88, log_loss: 0.7 }, validation: {} };
  return document;
}

describe('reports for regression and multiclass runs', () => {
  it('regression: the PR comment flags a lower error as better against the baseline', () => {
    const baseline = regressionRun();
    baseline.metrics.test = { rmse: 3.4, mae: 2.2, r2: 0.65 };
    const text = renderPrComment(regressionRun(), {
      baseline: { document: baseline, source: 'rescored' },
      comparisons: { rmse: { difference: -0.3, interval: [-0.5, -0.1], p_value: 0.004, test: 'paired_bootstrap' } },
    });
    expect(text).toContain('## ✅ mltrain: `churn`');
    expect(text).toContain('| `rmse` ↓ | 3.4000 | 3.1000 | -0.3000 | [-0.5000, -0.1000] | 🟢 significantly better (p = 0.004, paired_bootstrap) |');
    expect(text).toContain('| `r2` | 0.6500 | 0.7100 | +0.0600 |  |  |');
  });

  it('regression: card and HTML hold the error metrics and no classification charts', () => {
    const card = buildModelCardJson(regressionRun(), {});
    expect(card.quantitative_analysis.performance_metrics.filter((m) => m.slice === 'test').map((m) => m.type)).toEqual(['rmse', 'mae', 'r2']);
    expect(card.model_parameters.output_format).toBe('A number: the predicted churned');
    expect(renderModelCardMarkdown(regressionRun(), {})).toContain('tabular-regression');
    const html = renderHtmlReport(regressionRun(), {});
    expect(html).not.toContain('data-chart="roc"');
    expect(html).toContain('<div class="name">rmse</div><div class="value">3.1000</div>');
  });

  it('multiclass: headline metrics in their order, classes named in the card', () => {
    const text = renderPrComment(multiclassRun(), {});
    const rows = text.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows.slice(0, 5).map((l) => /`([^`]+)`/.exec(l)?.[1])).toEqual(['accuracy', 'balanced_accuracy', 'f1_macro', 'roc_auc_ovr', 'log_loss']);
    expect(buildModelCardJson(multiclassRun(), {}).model_parameters.output_format).toBe('One probability per class (a, b, c) and the predicted label');
  });
});
