/**
 * Standard optimization test functions, defined identically in optuna_tpe.py.
 * Branin (min 0.397887), Hartmann6 (min -3.32237), Rosenbrock 5-D (min 0) and a mixed space
 * (log-float, int, stepped float, categorical; min 0).
 */
import type { Trial } from '../../src/core/tune/index.js';

export interface BenchFunction {
  name: string;
  optimum: number;
  objective: (trial: Trial) => number;
}

const HARTMANN_ALPHA = [1.0, 1.2, 3.0, 3.2];
const HARTMANN_A = [
  [10, 3, 17, 3.5, 1.7, 8],
  [0.05, 10, 17, 0.1, 8, 14],
  [3, 3.5, 1.7, 10, 17, 8],
  [17, 8, 0.05, 10, 0.1, 14],
];
const HARTMANN_P = [
  [1312, 1696, 5569, 124, 8283, 5886],
  [2329, 4135, 8307, 3736, 1004, 9991],
  [2348, 1451, 3522, 2883, 3047, 6650],
  [4047, 8828, 8732, 5743, 1091, 381],
].map((row) => row.map((v) => v * 1e-4));

const OPTIMIZER_PENALTY: Record<string, number> = { sgd: 0.5, adam: 0, rmsprop: 0.25 };

export const BENCH_FUNCTIONS: BenchFunction[] = [
  {
    name: 'branin',
    optimum: 0.397887,
    objective: (trial) => {
      const x1 = trial.suggestFloat('x1', -5, 10);
      const x2 = trial.suggestFloat('x2', 0, 15);
      const b = 5.1 / (4 * Math.PI ** 2);
      const c = 5 / Math.PI;
      return (x2 - b * x1 ** 2 + c * x1 - 6) ** 2 + 10 * (1 - 1 / (8 * Math.PI)) * Math.cos(x1) + 10;
    },
  },
  {
    name: 'hartmann6',
    optimum: -3.32237,
    objective: (trial) => {
      const x = Array.from({ length: 6 }, (_, i) => trial.suggestFloat(`x${i}`, 0, 1));
      let sum = 0;
      for (let i = 0; i < 4; i++) {
        let inner = 0;
        for (let j = 0; j < 6; j++) inner += HARTMANN_A[i][j] * (x[j] - HARTMANN_P[i][j]) ** 2;
        sum += HARTMANN_ALPHA[i] * Math.exp(-inner);
      }
      return -sum;
    },
  },
  {
    name: 'rosenbrock5',
    optimum: 0,
    objective: (trial) => {
      const x = Array.from({ length: 5 }, (_, i) => trial.suggestFloat(`x${i}`, -5, 10));
      let sum = 0;
      for (let i = 0; i < 4; i++) sum += 100 * (x[i + 1] - x[i] ** 2) ** 2 + (1 - x[i]) ** 2;
      return sum;
    },
  },
  {
    name: 'mixed',
    optimum: 0,
    objective: (trial) => {
      const lr = trial.suggestFloat('lr', 1e-5, 1, { log: true });
      const depth = trial.suggestInt('depth', 1, 16);
      const dropout = trial.suggestFloat('dropout', 0, 0.5, { step: 0.05 });
      const optimizer = trial.suggestCategorical('optimizer', ['sgd', 'adam', 'rmsprop']);
      return (Math.log10(lr) + 2.5) ** 2 + (depth - 7) ** 2 / 10 + (dropout - 0.2) ** 2 * 4 + OPTIMIZER_PENALTY[optimizer];
    },
  },
];
