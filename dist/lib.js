#!/usr/bin/env node
import { createRequire as __mltrainCreateRequire } from 'node:module';
const require = __mltrainCreateRequire(import.meta.url);
import {
  ConfigError,
  DataError,
  GridSampler,
  HyperbandPruner,
  InMemoryStorage,
  JournalStorage,
  MedianPruner,
  NopPruner,
  PercentilePruner,
  RandomSampler,
  SuccessiveHalvingPruner,
  TPESampler,
  TrialPruned,
  compareToProfile,
  createStudy,
  evaluateGates,
  journalFileStorage,
  loadTable,
  loadTableWithLineage,
  parseConfig,
  profileTable,
  validateData
} from "./chunks/chunk-S6Z4WXYX.js";
import {
  bootstrapInterval,
  computeMetrics,
  delongTest,
  fairnessMetrics,
  featureImportance,
  mcnemarTest,
  predictGbdt,
  splitRows,
  trainGbdt,
  treeShap
} from "./chunks/chunk-EQ4OMVOO.js";
import {
  Rng
} from "./chunks/chunk-CVGNWV26.js";
import "./chunks/chunk-SA2DTWOY.js";
export {
  ConfigError,
  DataError,
  GridSampler,
  HyperbandPruner,
  InMemoryStorage,
  JournalStorage,
  MedianPruner,
  NopPruner,
  PercentilePruner,
  RandomSampler,
  Rng,
  SuccessiveHalvingPruner,
  TPESampler,
  TrialPruned,
  bootstrapInterval,
  compareToProfile,
  computeMetrics,
  createStudy,
  delongTest,
  evaluateGates,
  fairnessMetrics,
  featureImportance,
  journalFileStorage,
  loadTable,
  loadTableWithLineage,
  mcnemarTest,
  parseConfig,
  predictGbdt,
  profileTable,
  splitRows,
  trainGbdt,
  treeShap,
  validateData
};
