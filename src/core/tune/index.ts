/** mltrain's hyperparameter optimizer: Optuna's concepts in TypeScript, pure and seeded. */
export { createStudy, DEFAULT_STUDY_NAME, Study } from './study.js';
export type { CreateStudyOptions, TellOutcome } from './study.js';
export { Trial } from './trial.js';
export { TrialPruned } from './trial-pruned.js';
export type { Objective, OptimizeOptions, OptimizeResult, StopCondition, TrialCallback } from './optimize.js';
export { DEFAULT_MAX_CONSECUTIVE_FAILURES } from './optimize.js';
export { STOP_REASONS, isStopReason } from './stop-reason.js';
export type { StopReason } from './stop-reason.js';
export { costBudget, finishedSinceLastImprovement, noImprovement, totalCostUsd } from './stop-conditions.js';
export { ManualClock, costOf, systemClock } from './clock.js';
export type { Clock, CostModel } from './clock.js';
export { FINISHED_STATES, STUDY_DIRECTIONS, TRIAL_STATES, isFinished, lastStep } from './frozen-trial.js';
export type { AttrValue, FrozenTrial, StudyDirection, TrialState } from './frozen-trial.js';
export {
  DISTRIBUTION_KINDS,
  categoricalDistribution,
  containsInternal,
  distributionsEqual,
  floatDistribution,
  intDistribution,
  toExternal,
  toInternal,
} from './distributions.js';
export type {
  CategoricalChoice,
  CategoricalDistribution,
  Distribution,
  DistributionKind,
  FloatDistribution,
  IntDistribution,
  ParamValue,
  RangeOptions,
} from './distributions.js';
export type { StudyView } from './study-view.js';
export type { Sampler, SearchSpace } from './samplers/sampler.js';
export { RandomSampler } from './samplers/random-sampler.js';
export type { RandomSamplerOptions } from './samplers/random-sampler.js';
export { GridSampler } from './samplers/grid-sampler.js';
export type { GridSamplerOptions, GridSearchSpace } from './samplers/grid-sampler.js';
export { TPESampler, defaultGamma, defaultWeights, hyperoptDefaultGamma } from './samplers/tpe/tpe-sampler.js';
export type { TPESamplerOptions } from './samplers/tpe/tpe-sampler.js';
export type { Pruner } from './pruners/pruner.js';
export { NopPruner } from './pruners/nop-pruner.js';
export { MedianPruner } from './pruners/median-pruner.js';
export { PercentilePruner } from './pruners/percentile-pruner.js';
export type { PercentilePrunerOptions } from './pruners/percentile-pruner.js';
export { SuccessiveHalvingPruner } from './pruners/successive-halving-pruner.js';
export type { SuccessiveHalvingPrunerOptions } from './pruners/successive-halving-pruner.js';
export { HyperbandPruner } from './pruners/hyperband-pruner.js';
export type { HyperbandPrunerOptions } from './pruners/hyperband-pruner.js';
export type { FinishedState, StudyStorage, TrialFinish, TrialStart } from './storage/study-storage.js';
export { InMemoryStorage } from './storage/in-memory-storage.js';
export { JournalStorage } from './storage/journal-storage.js';
export type { JournalBackend, JournalStorageOptions } from './storage/journal-storage.js';
export { OPERATION_KINDS, parseOperation, serializeOperation } from './storage/operations.js';
export type { Operation, OperationKind } from './storage/operations.js';
export { studyIdentity, canonicalJson } from './study-identity.js';
export { optimizationHistory } from './optimization-history.js';
export type { HistoryPoint } from './optimization-history.js';
export { paramImportances } from './importance/param-importances.js';
export type { ImportanceOptions } from './importance/param-importances.js';
export { PARAM_SPEC_TYPES, distributionFromSpec, suggestAll } from './param-spec.js';
export type { ParamSpec, ParamSpecType } from './param-spec.js';
