import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * A quick model on the example's real data for the tests that drive the bundled action: they test
 * publishing and GitOps, not training, so a logistic model on the first rows is enough.
 */
const ROWS = readFileSync(join(resolve(__dirname, '../../..'), 'examples/churn/data/telco_churn.csv'), 'utf8').split('\n');

/** The header and the first `rows` rows of the example's CSV, newline-terminated. */
export function exampleChurnRows(rows: number): string {
  return `${ROWS.slice(0, rows + 1).join('\n')}\n`;
}

/** A training_config.yaml over `data/churn.csv` with one threshold gate. */
export function exampleChurnConfig(name: string): string {
  return `name: ${name}
seed: 7
data:
  path: data/churn.csv
  target: target
  task: binary
model:
  type: logistic
gates:
  - {metric: roc_auc, min: 0.7}
`;
}
