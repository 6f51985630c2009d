import { describe, expect, it } from 'vitest';
import { explanationsSection } from './explanations-comment';
import { fixtureDocument, fixtureReportData } from './testing/report-fixture';

describe('the comment\u2019s feature attributions', () => {
  it('ranks against the baseline\u2019s recorded attributions of the same kind', () => {
    const section = explanationsSection(fixtureDocument(), fixtureReportData());
    expect(section?.summary).toBe('Feature attributions: tenure, contract, monthly_charges, ...');
    const text = section?.lines.join('\n') ?? '';
    expect(text).toContain('| 2 | `contract` | 0.4418 | 0.3519 | 3 (up 1) |');
    expect(text).toContain('| 5 | `gender` | 0.0094 | n/a | not in its list |');
  });

  it('shows no base columns without a baseline, or when the baseline\u2019s attributions are of another kind', () => {
    const alone = explanationsSection(fixtureDocument(), fixtureReportData({ baseline: false }))?.lines.join('\n') ?? '';
    expect(alone).toContain('| rank | feature | mean \\|SHAP\\| |\n');
    expect(alone).not.toContain('baseline');
    const data = fixtureReportData();
    const base = data.baseline?.document.explanations;
    if (base?.available) base.method = 'permutation_shap';
    const other = explanationsSection(fixtureDocument(), data)?.lines.join('\n') ?? '';
    expect(other).not.toContain('| base |');
    expect(other).toContain('The baseline recorded no attributions of the same kind');
  });

  it('lists at most 10 features, and nothing when the run has no attributions', () => {
    const document = fixtureDocument();
    if (document.explanations?.available) {
      document.explanations.features = Array.from({ length: 14 }, (_, i) => ({ name: `f${i}`, mean_abs_shap: 1 / (i + 1) }));
      document.explanations.features_total = 14;
    }
    const lines = explanationsSection(document, fixtureReportData({ baseline: false }))?.lines ?? [];
    expect(lines.join('\n').match(/^\| \d+ \| `f\d+` \|/gm)).toHaveLength(10);
    document.explanations = { available: false, method: null, engine: 'command', reason: 'not available for command: no predict_command' };
    expect(explanationsSection(document, fixtureReportData())).toBeNull();
  });
});
