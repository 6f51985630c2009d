import { describe, expect, it } from 'vitest';
import { fixtureDocument, fixtureReportData } from '../../core/report/testing/report-fixture';
import { retrainReport } from './retrain-report';

/** A run that re-scored the promoted model, with report data as runTraining returns it (no baseline in it). */
function rescoredRun() {
  const document = fixtureDocument();
  document.baseline = { source: 'models/churn/model.json@main', rescored: true, metrics: { test: { roc_auc: 0.8544, accuracy: 0.8075, f1: null } } };
  return { document, reportData: fixtureReportData({ baseline: false }) };
}

describe('retrainReport', () => {
  it('diffs the candidate against the promoted model re-scored on today\'s test rows', () => {
    const body = retrainReport(rescoredRun(), 'main')!;
    expect(body).toContain("Baseline: the model on `main` re-scored on this run's test rows.");
    expect(body).not.toContain('No baseline');
    expect(body).toMatch(/\| `roc_auc` \| 0\.8544 \| 0\.8712 \| \+0\.0168 \|/);
    expect(body).toMatch(/\| `accuracy` \| 0\.8075 \| 0\.8125 \| \+0\.0050 \|/);
  });

  it('is null when nothing was re-scored (no promoted model yet), so report.md stands', () => {
    const run = rescoredRun();
    delete run.document.baseline;
    expect(retrainReport(run, 'main')).toBeNull();
  });
});
