/** mltrain's library API (package.json "exports"): the same code the action and the CLI run. */
export { loadTable, loadTableWithLineage } from './adapters/load-table';
export type { LoadTableOptions, LoadedTable } from './adapters/load-table';
export type { Table, Column } from './core/data/table';
export { profileTable } from './core/data/profile';
export { compareToProfile } from './core/data/drift';
export { validateData } from './core/data/validate-data';
export { splitRows } from './core/data/split';
export { computeMetrics, fairnessMetrics, bootstrapInterval, delongTest, mcnemarTest } from './core/evaluate/index';
export { evaluateGates } from './core/gate/index';
export type { GateSpec, GateResult } from './core/gate/index';
export { trainGbdt, predictGbdt, featureImportance, treeShap } from './core/models/gbdt/index';
export type { GbdtModel, GbdtParams } from './core/models/gbdt/index';
export {
  createStudy,
  TPESampler,
  RandomSampler,
  GridSampler,
  MedianPruner,
  PercentilePruner,
  SuccessiveHalvingPruner,
  HyperbandPruner,
  NopPruner,
  TrialPruned,
  InMemoryStorage,
  JournalStorage,
} from './core/tune/index';
export type { Study, Trial, FrozenTrial, StudyStorage } from './core/tune/index';
export { journalFileStorage } from './adapters/journal-file-storage';
export { parseConfig } from './core/config/parse-config';
export { ConfigError } from './core/config/config-error';
export { DataError } from './core/data/data-error';
export type { TrainingConfig } from './core/config/training-config';
export { Rng } from './core/random/rng';
