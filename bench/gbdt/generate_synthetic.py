"""Writes the synthetic benchmark data sets to bench/out/ (git-ignored).

Usage: /usr/bin/python3 bench/gbdt/generate_synthetic.py   (numpy 1.24, fixed seed 20240601)
30 features: 20 correlated normals (pairs share a factor), 5 uniforms, 5 low-cardinality integers;
2% missing values in features 3, 11 and 22 (empty fields). The label is Bernoulli(sigmoid(s)) with a
nonlinear s (interactions, thresholds, a sine), so the Bayes AUC is about 0.85, close to the 0.82
of the prototype's data set in DESIGN.md. The last column is `y`; the last 20% of rows are the test part.
"""
import os
import sys

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), '..', 'out')


def make(n, seed):
    rng = np.random.default_rng(seed)
    factors = rng.standard_normal((n, 10))
    x = np.empty((n, 30))
    for j in range(20):
        x[:, j] = 0.6 * factors[:, j // 2] + 0.8 * rng.standard_normal(n)
    x[:, 20:25] = rng.uniform(-2, 2, (n, 5))
    x[:, 25:30] = rng.integers(0, 6, (n, 5))
    s = (0.8 * x[:, 0] - 0.6 * x[:, 1] * x[:, 2] + np.where(x[:, 3] > 0.5, 1.0, -0.3)
         + 0.7 * np.sin(2 * x[:, 20]) + 0.4 * x[:, 4] ** 2 - 0.5 * (x[:, 25] == 3) + 0.3 * x[:, 26]
         - 0.6 * np.abs(x[:, 21]) + 0.5 * x[:, 5] * (x[:, 22] > 0) - 0.8)
    y = (rng.uniform(0, 1, n) < 1 / (1 + np.exp(-s))).astype(int)
    for j in (3, 11, 22):
        x[rng.uniform(0, 1, n) < 0.02, j] = np.nan
    return x, y


def write(path, x, y):
    header = ','.join([f'f{j}' for j in range(30)] + ['y'])
    with open(path, 'w') as out:
        out.write(header + '\n')
        chunk = 100_000
        for start in range(0, len(y), chunk):
            rows = []
            for row, label in zip(x[start:start + chunk], y[start:start + chunk]):
                rows.append(','.join('' if v != v else f'{v:.5g}' for v in row) + f',{label}')
            out.write('\n'.join(rows) + '\n')


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    sizes = {'synth_100k': 100_000, 'synth_1m': 1_000_000}
    wanted = sys.argv[1:] or list(sizes)
    for name in wanted:
        x, y = make(sizes[name], 20240601)
        write(os.path.join(OUT, f'{name}.csv'), x, y)
        print(name, x.shape, 'positive rate', y.mean())
