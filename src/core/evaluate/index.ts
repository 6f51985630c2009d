/** Public API of src/core/evaluate: metrics computed from arrays, with scikit-learn's semantics. */
export { TASKS, isTask } from './task';
export type { Task } from './task';
export type { Numbers } from './numeric';
export {
  ALL_METRICS,
  BINARY_METRICS,
  LOWER_IS_BETTER_METRICS,
  METRICS_BY_TASK,
  MULTICLASS_METRICS,
  REGRESSION_METRICS,
  isLowerBetterMetric,
} from './metric-names';
export type { BinaryMetric, MetricName, MulticlassMetric, RegressionMetric } from './metric-names';
export { DEFAULT_THRESHOLD, argmaxRows, computeMetrics, predictBinary, rocAucOvr } from './compute-metrics';
export type { ComputeMetricsInput, Metrics } from './compute-metrics';
export {
  LOG_LOSS_EPS,
  accuracyScore,
  balancedAccuracyScore,
  brierScoreLoss,
  confusionMatrix,
  logLoss,
  matthewsCorrcoef,
  precisionRecallF1,
} from './classification';
export type { Average, PrecisionRecallF } from './classification';
export { auc, averagePrecisionScore, binaryClfCurve, precisionRecallCurve, rocAucScore, rocCurve } from './ranking';
export type { BinaryClfCurve, PrecisionRecallCurve, RocCurve } from './ranking';
export { meanAbsoluteError, meanAbsolutePercentageError, r2Score, rootMeanSquaredError } from './regression';
export { calibrationCurve, expectedCalibrationError } from './calibration';
export type { BinStrategy, CalibrationBin, CalibrationCurve, CalibrationOptions } from './calibration';
export { DEFAULT_MIN_GROUP_SIZE, FAIRNESS_METRICS, MISSING_GROUP, fairnessByColumn, fairnessMetrics } from './fairness';
export type {
  FairnessByColumnInput,
  FairnessInput,
  FairnessMetric,
  FairnessReport,
  GroupFairness,
  SensitiveFeatures,
  SensitiveValue,
} from './fairness';
export { DEFAULT_RESAMPLES, bootstrapInterval, bootstrapIntervals, bootstrapIntervalsByCounts, metricIntervals, pairedBootstrap, percentileInterval, resampleIndices, takeRows } from './bootstrap';
export type { Alternative, BootstrapInputs, BootstrapOptions, Interval, PairedBootstrapResult, Resampled } from './bootstrap';
export { MCNEMAR_EXACT_BELOW, delongTest, mcnemarFromCounts, mcnemarTest, midranks } from './significance';
export type { DelongResult, McNemarMethod, McNemarResult } from './significance';
export { binomialHalfCdf, chi2Sf1, erf, erfc, normalCdf, normalSf } from './distributions';
export { businessMetrics, chooseThreshold, nextDown } from './thresholds';
export type { BusinessMetrics, CostMatrix, ThresholdChoice, ThresholdOptions, ThresholdStrategy } from './thresholds';
export { latencySummary } from './latency';
export type { LatencySummary } from './latency';
