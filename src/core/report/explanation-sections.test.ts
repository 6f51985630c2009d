import { describe, expect, it } from 'vitest';
import { explanationsGraphics, explanationsHtml, explanationsMarkdown, formatAttribution } from './explanation-sections';
import type { AvailableExplanations } from './explanations';
import { fixtureDocument } from './testing/report-fixture';

function multiclass(features: number): AvailableExplanations {
  return {
    available: true,
    method: 'tree_shap',
    engine: 'gbdt',
    split: 'test',
    rows: 1000,
    test_rows: 250_000,
    output: 'class_margins',
    classes: ['setosa', 'versicolor', 'virginica'],
    multiclass_aggregation: 'sum_over_classes',
    expected_value: [0.1, 0.2, -0.3],
    features_total: features,
    features: Array.from({ length: Math.min(features, 50) }, (_, i) => ({
      name: `f${i}`,
      mean_abs_shap: 3 / (i + 1),
      mean_abs_shap_by_class: { setosa: 1 / (i + 1), versicolor: 1.5 / (i + 1), virginica: 0.5 / (i + 1) },
      gain: 10 - i / 10,
      total_gain: 100,
      cover: 5,
      splits: 3,
    })),
  };
}

describe('explanation sections', () => {
  it('multiclass: per-class columns, the sample size, and how many features are left out', () => {
    const document = fixtureDocument();
    document.explanations = multiclass(80);
    const text = explanationsMarkdown(document);
    expect(text).toContain('on 1000 of 250000 test rows (seeded sample)');
    expect(text).toContain('in class margins (softmax inputs), summed over the classes');
    expect(text).toContain('| feature | mean \\|SHAP\\| | class setosa | class versicolor | class virginica | gain | cover | splits |');
    expect(text).toContain('| `f1` | 1.5 | 0.5 | 0.75 | 0.25 | 9.9 | 5 | 3 |');
    expect(text.match(/^\| `f\d+` \|/gm)).toHaveLength(20);
    expect(text).toContain('60 more features with smaller attributions are not shown (metrics.json lists the first 50).');
    expect(explanationsHtml(document).match(/<tr><td><code>/g)).toHaveLength(20);
    expect(explanationsGraphics(document)?.description).toMatch(/Ranking: 1\. f0: 3; 2\. f1: 1\.5; .* 20\. f19: 0\.15\. 60 more/);
  });

  it('permutation SHAP (mlp): says how it was sampled, with no tree columns', () => {
    const document = fixtureDocument();
    const { classes: _classes, multiclass_aggregation: _aggregation, ...rest } = multiclass(3);
    document.explanations = {
      ...rest,
      method: 'permutation_shap',
      engine: 'mlp',
      output: 'log_odds',
      expected_value: [-1.1],
      permutations: 8,
      background_rows: 32,
      features: rest.features.map((f) => ({ name: f.name, mean_abs_shap: f.mean_abs_shap })),
    };
    const text = explanationsMarkdown(document);
    expect(text).toContain('by permutation SHAP (sampled feature orders, each also reversed; all columns of a feature move together)');
    expect(text).toContain('in log-odds: how far');
    expect(text).toContain('Estimated from 8 feature orders per row against 32 training rows as background.');
    expect(text).toContain('| feature | mean \\|SHAP\\| |\n');
    expect(explanationsHtml(document)).toContain('permutation SHAP');
  });

  it('an engine without attributions: the reason, no table; an older metrics.json: nothing', () => {
    const document = fixtureDocument();
    document.explanations = { available: false, method: null, engine: 'mlp', reason: 'not available for mlp: no <trees>' };
    expect(explanationsMarkdown(document)).toBe('_Feature attributions: not available for mlp: no &lt;trees&gt;._');
    expect(explanationsHtml(document)).toContain('<p class="note">Feature attributions: not available for mlp: no &lt;trees&gt;.</p>');
    expect(explanationsHtml(document)).not.toContain('<table>');
    expect(explanationsGraphics(document)).toEqual({ description: 'Feature attributions: not available for mlp: no <trees>.', collection: [] });
    delete document.explanations;
    expect(explanationsMarkdown(document)).toBe('');
    expect(explanationsHtml(document)).toBe('');
    expect(explanationsGraphics(document)).toBeUndefined();
  });

  it('formats attributions with 4 significant digits', () => {
    expect([0.000123456, 1.23456, 412.5, 123456.7, Number.NaN].map(formatAttribution)).toEqual(['0.0001235', '1.235', '412.5', '123500', 'n/a']);
  });
});
