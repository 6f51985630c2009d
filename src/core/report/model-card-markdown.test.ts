import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderModelCardMarkdown } from './model-card-markdown';
import { fixtureDocument, fixtureReportData } from './testing/report-fixture';

function frontMatter(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error('no front matter');
  return parse(match[1]) as Record<string, unknown>;
}

describe('renderModelCardMarkdown', () => {
  it('opens with Hugging Face style metadata whose model-index holds every headline test metric', () => {
    const meta = frontMatter(renderModelCardMarkdown(fixtureDocument(), fixtureReportData()));
    expect(meta.license).toBe('mit');
    expect(meta.library_name).toBe('mltrain');
    expect(meta.tags).toEqual(['mltrain', 'tabular-classification', 'binary', 'gbdt']);
    expect(meta.datasets).toEqual(['data/churn.csv']);
    const index = meta['model-index'] as { name: string; results: { task: { type: string }; dataset: { split: string }; metrics: { type: string; value: number }[] }[] }[];
    expect(index[0].name).toBe('churn');
    expect(index[0].results[0].task.type).toBe('tabular-classification');
    expect(index[0].results[0].dataset.split).toBe('test');
    expect(index[0].results[0].metrics.map((m) => [m.type, m.value])).toEqual([
      ['roc_auc', 0.8712],
      ['average_precision', 0.6931],
      ['accuracy', 0.8125],
      ['f1', 0.6102],
      ['precision', 0.6545],
      ['recall', 0.5714],
      ['log_loss', 0.4021],
      ['brier_score', 0.1302],
    ]);
  });

  it('has the Model Card Toolkit sections and mltrain’s own, in order', () => {
    const text = renderModelCardMarkdown(fixtureDocument(), fixtureReportData());
    const headings = text.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## Model details',
      '## Intended use',
      '## Training and evaluation data',
      '## Metrics',
      '## Fairness',
      '## Explanations',
      '## Limitations',
      '## Ethical considerations',
      '## Hyperparameters',
      '## Training cost and time',
      '## Lineage',
      '## Gates',
    ]);
  });

  it('shows fingerprints, intervals, version, config text and gates', () => {
    const text = renderModelCardMarkdown(fixtureDocument(), fixtureReportData());
    expect(text).toContain('| `data/churn.csv` | `a3f1c9e07b4d2a6658e1f0c2b9d7e4a1c3b5d7f9e1a2b4c6d8e0f1a3b5c7d9e1` | 2003 | 7 |');
    expect(text).toContain('| `roc_auc` | 0.8712 | [0.8391, 0.9017] | 0.8655 |');
    expect(text).toContain('| version | commit `9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6` |');
    expect(text).toContain('| owners | Retention analytics &lt;retention@example.com&gt; |');
    expect(text).toContain('- Not validated for business accounts.');
    expect(text).toContain('| ❌ failed | demographic_parity_difference &lt;= 0.1 (`senior<citizen>`) |');
    expect(text).toContain('Tuned over 12 trials (2 pruned, 1 failed); best `roc_auc` 0.8698; stopped: n_trials reached.');
  });

  it('describes the model alone: no baseline columns', () => {
    const text = renderModelCardMarkdown(fixtureDocument(), fixtureReportData());
    expect(text).not.toMatch(/\| base \|/);
    expect(text).not.toContain('significantly better');
  });

  it('says what the config did not state', () => {
    const data = fixtureReportData();
    delete data.modelCard;
    const text = renderModelCardMarkdown(fixtureDocument(), data);
    expect(text).toContain('_Not stated (`model_card.intended_use` in the config)._');
    expect(text).toContain('_None stated (`model_card.limitations`)._');
    expect(frontMatter(text).license).toBeUndefined();
  });
});
