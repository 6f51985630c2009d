import { Rng } from '../../src/core/random/rng';

/**
 * A small binary-classification CSV with a known signal: the label depends on x1, x2 and the
 * category; `noise` is pure noise; `group` is a sensitive attribute. Deterministic for a seed.
 */
export function syntheticBinaryCsv(rows: number, seed = 1): string {
  const rng = Rng.fromSeed(seed);
  const lines = ['id,x1,x2,noise,category,group,label'];
  const categories = ['red', 'green', 'blue'];
  for (let i = 0; i < rows; i++) {
    const x1 = rng.normal();
    const x2 = rng.normal();
    const category = categories[rng.nextInt(3)];
    const group = rng.nextFloat() < 0.5 ? 'a' : 'b';
    const logit = 1.5 * x1 - x2 + (category === 'red' ? 0.8 : 0) - 0.2;
    const label = rng.nextFloat() < 1 / (1 + Math.exp(-logit)) ? 'yes' : 'no';
    const x2Text = rng.nextFloat() < 0.03 ? '' : x2.toFixed(4);
    lines.push(`${i},${x1.toFixed(4)},${x2Text},${rng.normal().toFixed(4)},${category},${group},${label}`);
  }
  return `${lines.join('\n')}\n`;
}
