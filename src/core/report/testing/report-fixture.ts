/**
 * A fixed, realistic run for the report tests: a binary churn model with intervals, fairness on two
 * sensitive columns (one with markup in its name), gates of every status, tuning, drift and a
 * baseline. Curves come from evaluate's own functions on seeded synthetic scores.
 */
import { calibrationCurve, confusionMatrix, precisionRecallCurve, rocCurve } from '../../evaluate/index';
import { Rng } from '../../random/rng';
import type { MetricsDocument } from '../metrics-document';
import type { HistoryEntry, ReportData } from '../report-data';

export const FIXTURE_ROWS = 400;

export function fixtureDocument(): MetricsDocument {
  return {
    schema_version: 1,
    stage: 'complete',
    name: 'churn',
    task: 'binary',
    created_at: '2026-11-28T09:00:00.000Z',
    passed: false,
    metrics: {
      test: { roc_auc: 0.8712, average_precision: 0.6931, accuracy: 0.8125, f1: 0.6102, precision: 0.6545, recall: 0.5714, log_loss: 0.4021, brier_score: 0.1302 },
      validation: { roc_auc: 0.8655, average_precision: 0.6802, accuracy: 0.805, f1: 0.5981, precision: 0.64, recall: 0.5614, log_loss: 0.4113, brier_score: 0.1333 },
    },
    intervals: { test: { roc_auc: [0.8391, 0.9017], accuracy: [0.7751, 0.85], f1: [0.5313, 0.6812] } },
    fairness: {
      gender: {
        demographic_parity_difference: 0.0412,
        demographic_parity_ratio: 0.8611,
        equalized_odds_difference: 0.0633,
        by_group: [
          { group: 'female', size: 198, selection_rate: 0.2525, tpr: 0.59, fpr: 0.09, accuracy: 0.81, auc: 0.868, small: false },
          { group: 'male', size: 202, selection_rate: 0.2113, tpr: 0.55, fpr: 0.07, accuracy: 0.815, auc: 0.874, small: false },
        ],
      },
      'senior<citizen>': {
        demographic_parity_difference: 0.1875,
        demographic_parity_ratio: 0.5,
        equalized_odds_difference: 0.21,
        by_group: [
          { group: 'yes & <b>', size: 21, selection_rate: 0.375, tpr: 0.7, fpr: 0.2, accuracy: 0.76, small: true },
          { group: 'no', size: 379, selection_rate: 0.1875, tpr: 0.55, fpr: 0.07, accuracy: 0.815, small: false },
        ],
      },
    },
    gates: [
      { name: 'roc_auc >= 0.8', metric: 'roc_auc', split: 'test', status: 'passed', value: 0.8712, threshold: 0.8, reason: '0.8712 >= 0.8' },
      {
        name: 'demographic_parity_difference <= 0.1',
        metric: 'demographic_parity_difference',
        column: 'senior<citizen>',
        split: 'test',
        status: 'failed',
        value: 0.1875,
        threshold: 0.1,
        reason: '0.1875 > 0.1 on column senior<citizen>',
      },
      {
        name: 'roc_auc no worse than baseline',
        metric: 'roc_auc',
        split: 'test',
        status: 'passed',
        value: 0.8712,
        threshold: null,
        baseline: 0.8544,
        p_value: 0.031,
        reason: 'DeLong p = 0.031: not significantly worse',
      },
      { name: 'latency_p99_ms <= 5', metric: 'latency_p99_ms', split: 'test', status: 'skipped', value: null, threshold: 5, reason: 'latency was not measured' },
    ],
    cost: { usd: 0.0524, seconds: 188.6, hourly_rate_usd: 1, rate_source: 'config', max_cost_usd: 2 },
    tuning: {
      trials: 12,
      completed: 9,
      pruned: 2,
      failed: 1,
      best_value: 0.8698,
      best_params: { learning_rate: 0.0843, max_depth: 5, subsample: 0.8 },
      stop_reason: 'n_trials reached',
      metric: 'roc_auc',
      direction: 'maximize',
    },
    data: {
      rows: { train: 1200, validation: 400, test: 400 },
      skipped_rows: 3,
      features: ['tenure', 'monthly_charges', 'contract', 'gender', 'senior<citizen>'],
      target: 'churned',
      classes: ['no', 'yes'],
      validation: [
        { rule: 'missing_fraction', severity: 'warn', column: 'monthly_charges', message: '6.1% missing (limit 5%)', value: 0.061, threshold: 0.05 },
        { rule: 'min_rows', severity: 'pass', message: '2000 rows >= 100' },
      ],
      drift: {
        reference: 'models/churn/data-profile.json',
        max_psi: 0.2,
        columns: {
          tenure: { psi: 0.031, drifted: false },
          monthly_charges: { psi: 0.264, drifted: true },
          contract: { psi: 0.012, drifted: false },
          'senior<citizen>': { psi: 0.004, drifted: false },
        },
      },
    },
    model: { type: 'gbdt', params: { learning_rate: 0.0843, max_depth: 5, subsample: 0.8, n_estimators: 300 }, iterations: 214, threshold: 0.42, path: 'model.json' },
    explanations: {
      available: true,
      method: 'tree_shap',
      engine: 'gbdt',
      split: 'test',
      rows: 400,
      test_rows: 400,
      output: 'log_odds',
      expected_value: [-1.0421],
      features_total: 5,
      features: [
        { name: 'tenure', mean_abs_shap: 0.6123, gain: 18.42, total_gain: 412.5, cover: 61.2, splits: 22 },
        { name: 'contract', mean_abs_shap: 0.4418, gain: 21.6, total_gain: 188.9, cover: 88.1, splits: 9 },
        { name: 'monthly_charges', mean_abs_shap: 0.3307, gain: 9.41, total_gain: 301.2, cover: 40.3, splits: 32 },
        { name: 'senior<citizen>', mean_abs_shap: 0.0512, gain: 5.01, total_gain: 40.1, cover: 35.5, splits: 8 },
        { name: 'gender', mean_abs_shap: 0.0094, gain: 2.48, total_gain: 12.4, cover: 20.9, splits: 5 },
      ],
    },
    lineage: {
      data: [{ path: 'data/churn.csv', sha256: 'a3f1c9e07b4d2a6658e1f0c2b9d7e4a1c3b5d7f9e1a2b4c6d8e0f1a3b5c7d9e1', rows: 2003, columns: 7 }],
      config_sha256: '5b2e8d1f0a9c7e6d4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c',
      git_commit: '9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6',
      engine: 'mltrain-gbdt',
      engine_version: '0.1.0',
      backend: 'cpu',
      seed: 42,
      mltrain_version: '0.1.0',
    },
  };
}

/** The base branch's committed metrics: a slightly weaker, cheaper model. */
export function fixtureBaseline(): MetricsDocument {
  const base = fixtureDocument();
  base.created_at = '2026-11-20T09:00:00.000Z';
  base.passed = true;
  base.metrics.test = { roc_auc: 0.8544, average_precision: 0.6712, accuracy: 0.8075, f1: 0.5893, precision: 0.6491, recall: 0.5397, log_loss: 0.4188, brier_score: 0.1351 };
  base.fairness.gender = { ...base.fairness.gender, demographic_parity_difference: 0.0522 };
  base.cost = { usd: 0.0318, seconds: 114.5, hourly_rate_usd: 1, rate_source: 'config' };
  base.lineage.git_commit = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d';
  delete base.tuning;
  // the base model leaned on monthly charges more, and never used gender
  if (base.explanations?.available) {
    base.explanations.features = [
      { name: 'tenure', mean_abs_shap: 0.5871 },
      { name: 'monthly_charges', mean_abs_shap: 0.4702 },
      { name: 'contract', mean_abs_shap: 0.3519 },
      { name: 'senior<citizen>', mean_abs_shap: 0.0466 },
    ];
    base.explanations.features_total = 4;
  }
  return base;
}

/** Seeded labels and scores where higher scores lean positive, as a model's would. */
export function fixtureScores(rows = FIXTURE_ROWS): { yTrue: number[]; yScore: number[] } {
  const rng = Rng.fromSeed(7).fork('report-fixture');
  const yTrue: number[] = [];
  const yScore: number[] = [];
  for (let i = 0; i < rows; i++) {
    const label = rng.nextFloat() < 0.27 ? 1 : 0;
    const logit = -1.3 + 2.2 * label + 1.1 * rng.normal();
    yTrue.push(label);
    yScore.push(1 / (1 + Math.exp(-logit)));
  }
  return { yTrue, yScore };
}

export function fixtureHistory(): HistoryEntry[] {
  const values: (number | null)[] = [0.8411, 0.8532, null, 0.8488, 0.8601, 0.8655, null, 0.8579, 0.8698, 0.8672, null, 0.8690];
  const states = ['complete', 'complete', 'pruned', 'complete', 'complete', 'complete', 'fail', 'complete', 'complete', 'complete', 'pruned', 'complete'] as const;
  let best: number | null = null;
  return values.map((value, number) => {
    if (value !== null && (best === null || value > best)) best = value;
    return { number, state: states[number], value, bestValue: best, costUsd: 0.004, durationMs: 14000 };
  });
}

export function fixtureReportData(options: { baseline?: boolean } = {}): ReportData {
  const { yTrue, yScore } = fixtureScores();
  const threshold = 0.42;
  const confusion = confusionMatrix(yTrue, yScore.map((s) => (s > threshold ? 1 : 0)));
  const data: ReportData = {
    description: 'Predicts which customers cancel within 30 days, so that the retention team can call them first.',
    modelCard: {
      owners: ['Retention analytics <retention@example.com>'],
      intended_use: 'Ranking active customers by churn risk for outbound retention calls.',
      limitations: ['Trained on customers with at least one month of tenure.', 'Not validated for business accounts.'],
      ethical_considerations: ['Gender and senior status are monitored for disparate selection rates.'],
      license: 'mit',
    },
    curves: {
      roc: rocCurve(yTrue, yScore),
      precisionRecall: precisionRecallCurve(yTrue, yScore),
      calibration: calibrationCurve(yTrue, yScore, { nBins: 10 }),
      confusion: { labels: ['no', 'yes'], matrix: confusion.matrix },
    },
    featureImportance: { tenure: 412.5, monthly_charges: 301.2, contract: 188.9, gender: 12.4, 'senior<citizen>': 40.1 },
    optimizationHistory: fixtureHistory(),
    direction: 'maximize',
    paramImportances: { learning_rate: 0.52, max_depth: 0.31, subsample: 0.17 },
    comparisons: {
      roc_auc: { difference: 0.0168, interval: [0.0012, 0.0331], p_value: 0.031, test: 'delong' },
      accuracy: { difference: 0.005, interval: [-0.0125, 0.0225], p_value: 0.62, test: 'mcnemar' },
      log_loss: { difference: -0.0167, interval: [-0.0302, -0.0041], test: 'paired_bootstrap' },
    },
    profile: {
      rows: 2000,
      columns: [
        { name: 'tenure', type: 'numeric', missingFraction: 0, mean: 32.4, std: 24.6, min: 1, max: 72 },
        { name: 'monthly_charges', type: 'numeric', missingFraction: 0.061, mean: 64.8, std: 30.1, min: 18.25, max: 118.75 },
        { name: 'contract', type: 'categorical', missingFraction: 0, distinct: 3, top: [{ value: 'month-to-month', fraction: 0.55 }, { value: 'two year', fraction: 0.24 }] },
      ],
      labelDistribution: { no: 0.735, yes: 0.265 },
    },
    runUrl: 'https://github.com/acme/churn/actions/runs/123456789',
    artifactUrl: 'https://github.com/acme/churn/actions/runs/123456789/artifacts/987654',
  };
  if (options.baseline !== false) data.baseline = { document: fixtureBaseline(), source: 'rescored', ref: 'main', path: 'models/churn/model.json' };
  return data;
}
