import { describe, expect, it } from 'vitest';
import type { MetricsDocument } from './metrics-document';
import { MAX_COMMENT_LENGTH, commentMarker, renderPrComment } from './pr-comment';
import { fixtureBaseline, fixtureDocument, fixtureReportData } from './testing/report-fixture';

/** A run whose details alone exceed GitHub's limit: thousands of drifted columns and groups. */
function hugeDocument(): MetricsDocument {
  const document = fixtureDocument();
  for (let i = 0; i < 4000; i++) document.data.drift.columns[`feature_${i}_with_a_long_descriptive_name`] = { psi: 0.3 + i / 1e5, drifted: true };
  document.fairness.region = { demographic_parity_difference: 0.2, by_group: Array.from({ length: 2000 }, (_, i) => ({ group: `region-${i}`, size: 40, selection_rate: 0.2 })) };
  return document;
}

function detailsBalanced(text: string): boolean {
  return (text.match(/<details>/g) ?? []).length === (text.match(/<\/details>/g) ?? []).length;
}

describe('commentMarker', () => {
  it('is a hidden HTML comment naming the config', () => {
    expect(commentMarker('churn')).toBe('<!-- mltrain:churn -->');
  });

  it('cannot be closed early by the name', () => {
    expect(commentMarker('a-->b')).toBe('<!-- mltrain:a--_b -->');
  });
});

describe('renderPrComment', () => {
  it('starts with the marker, then the verdict', () => {
    const lines = renderPrComment(fixtureDocument(), fixtureReportData()).split('\n');
    expect(lines[0]).toBe('<!-- mltrain:churn -->');
    expect(lines[1]).toBe('## ❌ mltrain: `churn`');
    expect(lines[3]).toMatch(/^\*\*FAILED: 1 of 4 gate\(s\) failed/);
  });

  it('compares head with the re-scored baseline, with intervals and significance', () => {
    const text = renderPrComment(fixtureDocument(), fixtureReportData());
    expect(text).toContain("Baseline: the model on `main` (commit `1a2b3c4d5e6f`) re-scored on this run's test rows.");
    expect(text).toContain('| `roc_auc` | 0.8544 | 0.8712 | +0.0168 | [0.8391, 0.9017] | [0.0012, 0.0331] | 🟢 significantly better (p = 0.031, delong) |');
    expect(text).toContain('| `accuracy` | 0.8075 | 0.8125 | +0.0050 | [0.7751, 0.8500] | [-0.0125, 0.0225] | not significant (p = 0.620, mcnemar) |');
    expect(text).toContain('| `log_loss` ↓ | 0.4188 | 0.4021 | -0.0167 |  | [-0.0302, -0.0041] | 🟢 significantly better |');
  });

  it('lists every gate with its status and reason', () => {
    const text = renderPrComment(fixtureDocument(), fixtureReportData());
    expect(text).toContain('| ❌ failed | demographic_parity_difference &lt;= 0.1 (`senior<citizen>`) | 0.1875 | 0.1000 |  |  | 0.1875 &gt; 0.1 on column senior&lt;citizen&gt; |');
    expect(text).toContain('| ⏭️ skipped | latency_p99_ms &lt;= 5 |');
  });

  it('shows cost base -> head, HPO cost per trial, tuning with a sparkline, drift and lineage in collapsible sections', () => {
    const text = renderPrComment(fixtureDocument(), fixtureReportData());
    expect(text).toContain('| cost (USD) | $0.0318 | $0.0524 | +$0.0206 |');
    expect(text).toContain('| wall time | 1 min 55 s | 3 min 09 s | +1 min 14 s |');
    expect(text).toContain('| HPO cost per trial |  | $0.0040 over 12 trials |  |');
    expect(text).toContain('▁▄▄▄▆▇▇▇████  0.8411 → 0.8698 (trials 0-11)');
    expect(text).toContain('<details><summary>Data: 1 of 4 columns drifted, 1 validation finding</summary>');
    expect(text).toContain('| commit | `9f8e7d6c5b4a` (base `1a2b3c4d5e6f`) |');
    expect(text).toContain('| data `data/churn.csv` | sha256 `a3f1c9e07b4d` (unchanged), 2003 rows × 7 columns |');
    expect(text).toContain('| config sha256 | `5b2e8d1f0a9c` (unchanged) |');
    expect(text).toContain('[Workflow run](https://github.com/acme/churn/actions/runs/123456789) · [Full report (artifact)]');
    expect(detailsBalanced(text)).toBe(true);
  });

  it('names changed fingerprints against the baseline', () => {
    const data = fixtureReportData();
    const base = fixtureBaseline();
    base.lineage.config_sha256 = 'ffffffffffff0000';
    base.lineage.data[0].sha256 = 'eeeeeeeeeeee0000';
    base.lineage.engine_version = '0.0.9';
    data.baseline = { document: base, source: 'rescored' };
    const text = renderPrComment(fixtureDocument(), data);
    expect(text).toContain('sha256 `a3f1c9e07b4d` (base `eeeeeeeeeeee`)');
    expect(text).toContain('| config sha256 | `5b2e8d1f0a9c` (base `ffffffffffff`) |');
    expect(text).toContain('| engine | mltrain-gbdt 0.1.0, backend cpu (base mltrain-gbdt 0.0.9, backend cpu) |');
  });

  it('says when the baseline is committed metrics of another day', () => {
    const data = fixtureReportData();
    data.baseline = { document: fixtureBaseline(), source: 'committed', ref: 'main', path: 'models/churn/metrics.json' };
    delete data.comparisons;
    const text = renderPrComment(fixtureDocument(), data);
    expect(text).toContain('Baseline: the metrics committed on `main` in `models/churn/metrics.json` (commit `1a2b3c4d5e6f`), measured 2026-11-20 on the data of that day');
    expect(text).not.toContain('significance');
  });

  it('says there is no baseline and shows absolute values', () => {
    const text = renderPrComment(fixtureDocument(), fixtureReportData({ baseline: false }));
    expect(text).toContain('_No baseline: the base branch has no model or metrics for this config yet, so values are absolute._');
    expect(text).toContain('| metric | value | 95% interval | 95% interval of change | significance |');
    expect(text).not.toMatch(/\| base \|/);
  });

  it('carries no inline SVG or data-URI images (GitHub strips them)', () => {
    const text = renderPrComment(fixtureDocument(), fixtureReportData());
    expect(text).not.toMatch(/<svg|data:image|<img/i);
  });

  it('escapes markup in user text', () => {
    const document = fixtureDocument();
    document.data.drift.columns['<script>alert(1)</script>'] = { psi: 0.9, drifted: true };
    document.gates[0].reason = '<img src=x onerror=alert(1)> | piped';
    const text = renderPrComment(document, fixtureReportData());
    const outsideCode = text.replace(/`[^`]*`/g, '');
    expect(text).toContain('`<script>alert(1)</script>`');
    expect(outsideCode).not.toContain('<script');
    expect(outsideCode).not.toContain('<img');
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt; \\| piped');
  });
});

describe('renderPrComment truncation', () => {
  it(`stays within ${MAX_COMMENT_LENGTH} characters, keeping verdict, headline table and gates`, () => {
    const document = hugeDocument();
    const full = renderPrComment(document, fixtureReportData(), { maxLength: 10_000_000 });
    expect(full.length).toBeGreaterThan(MAX_COMMENT_LENGTH);
    const text = renderPrComment(document, fixtureReportData());
    expect(text.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    expect(text.length).toBeGreaterThan(MAX_COMMENT_LENGTH - 2_000);
    expect(text.startsWith('<!-- mltrain:churn -->\n## ❌ mltrain: `churn`')).toBe(true);
    expect(text).toContain('| `brier_score` ↓ | 0.1351 | 0.1302 |');
    for (const gate of document.gates) expect(text).toContain(gate.name.replace('<', '&lt;').replace('>', '&gt;'));
    expect(text).toContain("Details were cut to fit GitHub's 65,536-character comment limit; see the [full report](https://github.com/acme/churn/actions/runs/123456789/artifacts/987654).");
    expect(text).toMatch(/\(truncated\)<\/summary>/);
    expect(text).toMatch(/_… \d+ more line\(s\) in the full report\._/);
    expect(detailsBalanced(text)).toBe(true);
  });

  it('cuts details at line boundaries under a small limit and never the required part', () => {
    const data = fixtureReportData();
    const full = renderPrComment(fixtureDocument(), data);
    const required = full.slice(0, full.indexOf('<details>'));
    for (const limit of [required.length + 300, required.length + 900, required.length + 2_000]) {
      const text = renderPrComment(fixtureDocument(), data, { maxLength: limit });
      expect(text.length).toBeLessThanOrEqual(limit);
      expect(text.startsWith(required)).toBe(true);
      expect(detailsBalanced(text)).toBe(true);
      expect(text).toContain('Details were cut');
    }
  });

  it('without an artifact link points at the report artifact by name', () => {
    const data = fixtureReportData();
    delete data.artifactUrl;
    const text = renderPrComment(hugeDocument(), data);
    expect(text).toContain('see the report artifact.');
    expect(text.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
  });
});

describe('renderPrComment with very long gate reasons', () => {
  it('clips the reasons, never drops a gate', () => {
    const document = fixtureDocument();
    for (let i = 0; i < 200; i++) {
      document.gates.push({ name: `custom_metric_${i} >= 0.5`, metric: `custom_metric_${i}`, split: 'test', status: 'passed', value: 0.6, threshold: 0.5, reason: 'x'.repeat(2000) });
    }
    const text = renderPrComment(document, fixtureReportData());
    expect(text.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    for (let i = 0; i < 200; i++) expect(text).toContain(`| custom_metric_${i} &gt;= 0.5 |`);
    expect(text).toContain(`${'x'.repeat(159)}…`);
    expect(text).not.toContain('x'.repeat(161));
  });
});
