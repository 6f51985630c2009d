import { describe, expect, it } from 'vitest';
import { CHART_IDS } from './charts/index';
import { renderHtmlReport } from './html-report';
import { fixtureDocument, fixtureReportData } from './testing/report-fixture';

describe('renderHtmlReport', () => {
  const html = renderHtmlReport(fixtureDocument(), fixtureReportData());

  it('is one self-contained page: inline CSS, no scripts, nothing loaded from elsewhere', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|@import|url\(/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(['https://github.com/acme/churn/actions/runs/123456789', 'https://github.com/acme/churn/actions/runs/123456789/artifacts/987654']);
    expect(html.match(/<a /g)).toHaveLength(2);
  });

  it('holds every chart inline', () => {
    for (const id of CHART_IDS) expect(html).toContain(`data-chart="${id}"`);
  });

  it('escapes user text everywhere (column names, groups, reasons)', () => {
    expect(html).not.toContain('senior<citizen>');
    expect(html).toContain('senior&lt;citizen&gt;');
    expect(html).toContain('yes &amp; &lt;b&gt;');
    expect(html).not.toContain('<b>');
  });

  it('shows the verdict, the baseline comparison and the gates', () => {
    expect(html).toContain('<div class="verdict failed">FAILED: 1 of 4 gate(s) failed: demographic_parity_difference &lt;= 0.1;');
    expect(html).toContain('Compared with the base model re-scored on this run’s test rows on main, commit 1a2b3c4d5e6f.');
    expect(html).toContain('<span class="badge better">significantly better (p = 0.031)</span>');
    expect(html.match(/<span class="badge (passed|failed|skipped)">/g)).toHaveLength(4);
  });

  it('without a baseline says so', () => {
    const page = renderHtmlReport(fixtureDocument(), fixtureReportData({ baseline: false }));
    expect(page).toContain('No baseline: this is the first run for this config on the base branch, so values are absolute.');
    expect(page).not.toContain('vs base');
  });

  it('renders a minimal run (no tuning, fairness, curves or config card)', () => {
    const document = fixtureDocument();
    document.fairness = {};
    delete document.tuning;
    const page = renderHtmlReport(document, {});
    expect(page).not.toContain('id="fairness"');
    expect(page).not.toContain('id="tuning"');
    expect(page).toContain('data-chart="drift"');
    expect(page).not.toContain('data-chart="roc"');
  });
});
