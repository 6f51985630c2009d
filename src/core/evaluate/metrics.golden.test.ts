import { describe, expect, it } from 'vitest';
import { expectClose, loadGolden } from '../../../test/fixtures/golden/load';
import { calibrationCurve, confusionMatrix, expectedCalibrationError } from './index';
import { computeMetrics } from './compute-metrics';
import type { Task } from './task';
import { precisionRecallCurve, rocCurve } from './ranking';
import { predictBinary } from './compute-metrics';

interface GoldenCase {
  name: string;
  note: string;
  task: Task;
  threshold?: number;
  numClasses?: number;
  yTrue: number[];
  yScore?: number[];
  yPred?: number[];
  sampleWeight?: number[];
  expected: Record<string, number>;
  curves?: {
    roc?: { fpr: number[]; tpr: number[]; thresholds: number[] };
    roc_all?: { fpr: number[]; tpr: number[]; thresholds: number[] };
    pr?: { precision: number[]; recall: number[]; thresholds: number[] };
    confusion_matrix: number[][];
  };
}

interface GoldenCalibration {
  name: string;
  yTrue: number[];
  yProb: number[];
  nBins: number;
  strategy: 'uniform' | 'quantile';
  probTrue: number[];
  probPred: number[];
  ece: number;
  sampleWeight?: number[];
}

const golden = loadGolden<{ provenance: Record<string, unknown>; cases: GoldenCase[]; calibration: GoldenCalibration[] }>('metrics.json');

describe('computeMetrics matches scikit-learn (golden values, 1e-9)', () => {
  it('records its provenance', () => {
    expect(golden.provenance.sklearn).toMatch(/^1\.2\./);
  });

  for (const c of golden.cases) {
    it(`${c.name}${c.note ? ` (${c.note})` : ''}`, () => {
      const metrics = computeMetrics({
        task: c.task,
        yTrue: c.yTrue,
        yScore: c.yScore,
        yPred: c.yPred,
        threshold: c.threshold,
        sampleWeight: c.sampleWeight,
        numClasses: c.numClasses,
      });
      expect(Object.keys(metrics).sort()).toEqual(Object.keys(c.expected).sort());
      for (const [name, value] of Object.entries(c.expected)) expectClose(metrics[name], value, `${c.name}.${name}`);
    });

    if (c.curves) {
      it(`${c.name}: curves and confusion matrix`, () => {
        const curves = c.curves as NonNullable<GoldenCase['curves']>;
        const opts = { sampleWeight: c.sampleWeight };
        if (c.task === 'binary') {
          const yScore = c.yScore as number[];
          const roc = rocCurve(c.yTrue, yScore, opts);
          const ref = curves.roc as NonNullable<typeof curves.roc>;
          expectClose(roc.fpr, ref.fpr, `${c.name}.roc.fpr`);
          expectClose(roc.tpr, ref.tpr, `${c.name}.roc.tpr`);
          expectClose(roc.thresholds, ref.thresholds, `${c.name}.roc.thresholds`);
          const all = rocCurve(c.yTrue, yScore, { ...opts, dropIntermediate: false });
          const refAll = curves.roc_all as NonNullable<typeof curves.roc_all>;
          expectClose(all.fpr, refAll.fpr, `${c.name}.roc_all.fpr`);
          expectClose(all.tpr, refAll.tpr, `${c.name}.roc_all.tpr`);
          expectClose(all.thresholds, refAll.thresholds, `${c.name}.roc_all.thresholds`);
          const pr = precisionRecallCurve(c.yTrue, yScore, opts);
          const refPr = curves.pr as NonNullable<typeof curves.pr>;
          expectClose(pr.precision, refPr.precision, `${c.name}.pr.precision`);
          expectClose(pr.recall, refPr.recall, `${c.name}.pr.recall`);
          expectClose(pr.thresholds, refPr.thresholds, `${c.name}.pr.thresholds`);
          const yPred = predictBinary(yScore, c.threshold);
          const cm = confusionMatrix(c.yTrue, yPred, { ...opts, labels: [0, 1] });
          cm.matrix.forEach((row, i) => expectClose(row, curves.confusion_matrix[i], `${c.name}.cm[${i}]`));
        } else {
          const k = c.numClasses as number;
          const scores = c.yScore as number[];
          const yPred = c.yTrue.map((_, i) => {
            const row = scores.slice(i * k, (i + 1) * k);
            return row.indexOf(Math.max(...row));
          });
          const cm = confusionMatrix(c.yTrue, yPred, { ...opts, labels: Array.from({ length: k }, (_, j) => j) });
          cm.matrix.forEach((row, i) => expectClose(row, curves.confusion_matrix[i], `${c.name}.cm[${i}]`));
        }
      });
    }
  }

  for (const c of golden.calibration) {
    it(`calibration ${c.name}`, () => {
      const options = { nBins: c.nBins, strategy: c.strategy };
      if (!c.sampleWeight) {
        const curve = calibrationCurve(c.yTrue, c.yProb, options);
        expectClose(curve.probTrue, c.probTrue, `${c.name}.probTrue`);
        expectClose(curve.probPred, c.probPred, `${c.name}.probPred`);
      }
      expectClose(expectedCalibrationError(c.yTrue, c.yProb, { ...options, sampleWeight: c.sampleWeight }), c.ece, `${c.name}.ece`);
    });
  }
});
