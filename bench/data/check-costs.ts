/**
 * CPU seconds of the data checks on a loaded table: validation, profile and drift.
 * Usage: node check-costs.mjs PATH TARGET_COLUMN (bundle with esbuild like load-csv.ts).
 */
import { loadTable } from '../../src/adapters/load-table';
import { compareToProfile } from '../../src/core/data/drift';
import { profileTable } from '../../src/core/data/profile';
import { validateData } from '../../src/core/data/validate-data';

const [path, target] = process.argv.slice(2);
const cpuSeconds = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};
const table = await loadTable(path);
let start = cpuSeconds();
const findings = validateData(table, { target });
const validate = cpuSeconds() - start;
start = cpuSeconds();
const profile = profileTable(table, { target });
const profileTime = cpuSeconds() - start;
start = cpuSeconds();
const drift = compareToProfile(profile, table);
const driftTime = cpuSeconds() - start;
console.log(JSON.stringify({
  rows: table.numRows,
  columns: table.columns.length,
  validate_cpu_s: Number(validate.toFixed(2)),
  profile_cpu_s: Number(profileTime.toFixed(2)),
  drift_cpu_s: Number(driftTime.toFixed(2)),
  findings: findings.length,
  profile_json_bytes: JSON.stringify(profile).length,
  drifted: drift.drifted.length,
}));
