import { dirname, resolve } from 'node:path';
import { compareToProfile, parseProfile, type DriftReport } from '../core/data/drift';
import { DataError } from '../core/data/data-error';
import { profileTable, type DataProfile } from '../core/data/profile';
import { takeRows } from '../core/data/table';
import type { Rng } from '../core/random/rng';
import { hasFailures, validateData } from '../core/data/validate-data';
import type { ValidationFinding } from '../core/data/validation-types';
import { DataValidationError } from '../core/errors/data-validation-error';
import type { LoadedConfig } from './load-config';
import type { PreparedData } from './prepare-data';
import type { RunDependencies } from './run-dependencies';

export interface DataChecks {
  findings: ValidationFinding[];
  /** Drift against the reference profile, when the config names one and it exists. */
  drift?: DriftReport & { reference: string };
  /** The profile of today's data, written as data-profile.json for the next run to compare with. */
  profile: DataProfile & { sampled_from_rows?: number };
}

/**
 * Validates the data (schema, quality, target, leakage, train/test overlap) before any training
 * and compares it with the reference profile. A failed rule stops the run (exit 2) with every
 * finding; drift is a finding, not a failure (a drift gate can make it one).
 */
/** Above this many rows, the profile and the drift comparison use a seeded sample. */
const PROFILE_MAX_ROWS = 100_000;

export async function checkData(deps: RunDependencies, loaded: LoadedConfig, data: PreparedData, rng: Rng): Promise<DataChecks> {
  const config = loaded.config.data;
  const findings = validateData(
    data.fullTable,
    {
      schema: config.schema,
      target: config.target,
      task: data.task,
      features: data.features,
      maxMissingFraction: config.validation.max_missing_fraction,
      minRows: config.validation.min_rows,
      maxDuplicateFraction: config.validation.max_duplicate_fraction,
      minClassFraction: config.validation.min_class_fraction,
      leakageThreshold: config.validation.leakage_auc,
      severity: config.validation.severity,
    },
    { train: data.parts.train.table, test: data.parts.test.table },
  );
  const source = data.fullTable.source ?? config.path ?? config.train ?? 'data';
  for (const finding of findings) {
    if (finding.severity === 'warn') deps.logger.warning(`${finding.rule}${finding.column ? ` (${finding.column})` : ''}: ${finding.message}`, { file: source, line: finding.lines?.[0] });
  }
  if (hasFailures(findings)) throw new DataValidationError(source, findings);

  // Quantiles and frequencies of a large file come from a seeded sample (exact counts would cost
  // a sort per column on every row); 100k rows pin a median to about 0.16 percentile points (one SE).
  const rows = data.fullTable.numRows;
  const profiled = rows > PROFILE_MAX_ROWS ? takeRows(data.fullTable, rng.fork('profile-sample').sample(rows, PROFILE_MAX_ROWS)) : data.fullTable;
  const profile: DataProfile = { ...profileTable(profiled, { target: config.target }), ...(profiled !== data.fullTable ? { sampled_from_rows: rows } : {}) };
  let drift: DataChecks['drift'];
  if (config.drift.reference) {
    const path = resolve(dirname(loaded.path), config.drift.reference);
    if (await deps.fs.exists(path)) {
      let json: unknown;
      try {
        json = JSON.parse(await deps.fs.readText(path));
      } catch (error) {
        throw new DataError(config.drift.reference, { problem: 'unsupported_format', message: `the drift reference is not valid JSON (${(error as Error).message})`, count: 1 });
      }
      const reference = parseProfile(json, config.drift.reference);
      drift = { ...compareToProfile(reference, profiled, { maxPsi: config.drift.max_psi }), reference: config.drift.reference };
      if (drift.drifted.length > 0) deps.logger.warning(`data drift (PSI > ${config.drift.max_psi}) in: ${drift.drifted.join(', ')}`);
    } else {
      deps.logger.notice(`no drift reference yet at ${config.drift.reference} (a first run); this run writes data-profile.json for the next one`);
    }
  }
  return { findings, drift, profile };
}
