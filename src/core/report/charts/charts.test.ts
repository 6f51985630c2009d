import { describe, expect, it } from 'vitest';
import { fixtureDocument, fixtureReportData } from '../testing/report-fixture';
import { barChart } from './bar-chart';
import { confusionMatrixChart } from './confusion-chart';
import { calibrationChart, rocChart } from './curve-charts';
import { optimizationHistoryChart } from './history-chart';
import { driftChart } from './importance-charts';
import { reportCharts } from './report-charts';
import { CHART_IDS, CHART_THEME as T } from './theme';

/** The d attribute of the first path with class "series". */
function seriesPath(svg: string): string {
  const match = /<path d="([^"]+)"[^>]*class="series"/.exec(svg);
  if (!match) throw new Error('no series path');
  return match[1];
}

describe('charts', () => {
  it('draws every chart of the fixture run, in order, each an <svg> with its id and size', () => {
    const charts = reportCharts(fixtureDocument(), fixtureReportData());
    expect(charts.map((c) => c.id)).toEqual([...CHART_IDS]);
    for (const chart of charts) {
      expect(chart.svg).toMatch(new RegExp(`^<svg width="\\d+" height="\\d+" viewBox="0 0 \\d+ \\d+" role="img" data-chart="${chart.id}"`));
      expect(chart.svg.endsWith('</svg>')).toBe(true);
    }
  });

  it('draws only what a run has: a regression run without tuning has no charts', () => {
    const document = fixtureDocument();
    delete document.tuning;
    delete document.explanations;
    document.data.drift.columns = {};
    expect(reportCharts(document, {})).toEqual([]);
  });

  it('places ROC points where the scales put them: (0,0) bottom-left, (1,1) top-right of the plot', () => {
    const chart = rocChart({ fpr: [0, 0, 0.5, 1], tpr: [0, 0.5, 1, 1], thresholds: [2, 0.9, 0.5, 0.1] }, 0.875);
    const m = T.margin;
    const left = m.left;
    const right = T.width - m.right;
    const top = m.top;
    const bottom = T.height - m.bottom;
    const middleX = (left + right) / 2;
    const middleY = (top + bottom) / 2;
    expect(seriesPath(chart.svg)).toBe(`M${left},${bottom}L${left},${middleY}L${middleX},${top}L${right},${top}`);
    expect(chart.svg).toContain('model (AUC 0.875)');
  });

  it('draws one calibration mark per non-empty bin', () => {
    const chart = calibrationChart({
      probTrue: [0.1, 0.6],
      probPred: [0.2, 0.7],
      bins: [
        { meanPredicted: 0.2, fractionPositive: 0.1, count: 10, lower: 0, upper: 0.5 },
        { meanPredicted: 0.7, fractionPositive: 0.6, count: 5, lower: 0.5, upper: 1 },
      ],
    });
    expect(chart.svg.match(/<circle cx=/g)).toHaveLength(3); // two bins and the legend's marker
  });

  it('shades confusion cells by their share of the true label and prints the counts', () => {
    const chart = confusionMatrixChart({ labels: ['a', 'b'], matrix: [[3, 1], [0, 4]] });
    expect(chart.svg.match(/class="cell"/g)).toHaveLength(4);
    expect(chart.svg).toContain('>75.0%<');
    expect(chart.svg).toContain('>100.0%<');
  });

  it('marks pruned and failed trials and steps the best value', () => {
    const chart = optimizationHistoryChart(
      [
        { number: 0, state: 'complete', value: 1, bestValue: 1 },
        { number: 1, state: 'pruned', value: null, bestValue: 1 },
        { number: 2, state: 'complete', value: 3, bestValue: 3 },
        { number: 3, state: 'fail', value: null, bestValue: 3 },
      ],
      'accuracy',
      'maximize',
    );
    expect(chart.svg).toContain('pruned (no value)');
    expect(chart.svg).toContain('failed');
    expect(chart.svg.match(/fill="none" stroke="#/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('escapes labels and marks drifted columns', () => {
    const chart = driftChart(
      [
        { column: '<script>x</script>', psi: 0.5, drifted: true },
        { column: 'ok', psi: 0.01, drifted: false },
      ],
      0.2,
    );
    expect(chart.svg).not.toContain('<script>');
    expect(chart.svg).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(chart.svg.match(new RegExp(`fill="${T.bad}" fill-opacity="0.85" class="bar"`, 'g'))).toHaveLength(1);
    expect(chart.svg).toContain('drift above 0.2');
  });

  it('caps the number of bars and says how many are hidden', () => {
    const bars = Array.from({ length: 30 }, (_, i) => ({ label: `f${i}`, value: 30 - i }));
    const chart = barChart({ bars, valueLabel: 'gain', maxBars: 20 });
    expect(chart.hidden).toBe(10);
    expect(chart.body.match(/class="bar"/g)).toHaveLength(20);
  });
});
