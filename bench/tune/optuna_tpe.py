"""Optuna's TPE on the benchmark functions (bench/tune/test-functions.ts defines the same ones).

Usage: /usr/bin/python3 bench/tune/optuna_tpe.py SEEDS TRIALS [multivariate] [--first-seed N] [--functions a,b]
Prints JSON: {function: {"best": [[best after trial 1..TRIALS] per seed], "sampler_ms": [ms per trial per seed]}}.
"""
import json
import math
import sys
import time

import optuna

optuna.logging.set_verbosity(optuna.logging.WARNING)
import warnings

warnings.filterwarnings("ignore")

ALPHA = [1.0, 1.2, 3.0, 3.2]
A = [[10, 3, 17, 3.5, 1.7, 8], [0.05, 10, 17, 0.1, 8, 14], [3, 3.5, 1.7, 10, 17, 8], [17, 8, 0.05, 10, 0.1, 14]]
P = [[v * 1e-4 for v in row] for row in [[1312, 1696, 5569, 124, 8283, 5886], [2329, 4135, 8307, 3736, 1004, 9991], [2348, 1451, 3522, 2883, 3047, 6650], [4047, 8828, 8732, 5743, 1091, 381]]]
PENALTY = {"sgd": 0.5, "adam": 0.0, "rmsprop": 0.25}


def branin(t):
    x1 = t.suggest_float("x1", -5, 10)
    x2 = t.suggest_float("x2", 0, 15)
    b = 5.1 / (4 * math.pi**2)
    c = 5 / math.pi
    return (x2 - b * x1**2 + c * x1 - 6) ** 2 + 10 * (1 - 1 / (8 * math.pi)) * math.cos(x1) + 10


def hartmann6(t):
    x = [t.suggest_float(f"x{i}", 0, 1) for i in range(6)]
    return -sum(ALPHA[i] * math.exp(-sum(A[i][j] * (x[j] - P[i][j]) ** 2 for j in range(6))) for i in range(4))


def rosenbrock5(t):
    x = [t.suggest_float(f"x{i}", -5, 10) for i in range(5)]
    return sum(100 * (x[i + 1] - x[i] ** 2) ** 2 + (1 - x[i]) ** 2 for i in range(4))


def mixed(t):
    lr = t.suggest_float("lr", 1e-5, 1, log=True)
    depth = t.suggest_int("depth", 1, 16)
    dropout = t.suggest_float("dropout", 0, 0.5, step=0.05)
    opt = t.suggest_categorical("optimizer", ["sgd", "adam", "rmsprop"])
    return (math.log10(lr) + 2.5) ** 2 + (depth - 7) ** 2 / 10 + (dropout - 0.2) ** 2 * 4 + PENALTY[opt]


FUNCTIONS = {"branin": branin, "hartmann6": hartmann6, "rosenbrock5": rosenbrock5, "mixed": mixed}

seeds, trials = int(sys.argv[1]), int(sys.argv[2])
multivariate = "multivariate" in sys.argv[3:]
first_seed = int(sys.argv[sys.argv.index("--first-seed") + 1]) if "--first-seed" in sys.argv else 0
if "--functions" in sys.argv:
    wanted = sys.argv[sys.argv.index("--functions") + 1].split(",")
    FUNCTIONS = {k: v for k, v in FUNCTIONS.items() if k in wanted}
out = {}
for name, fn in FUNCTIONS.items():
    bests, times = [], []
    for seed in range(first_seed, first_seed + seeds):
        study = optuna.create_study(sampler=optuna.samplers.TPESampler(seed=seed, multivariate=multivariate))
        start = time.perf_counter()
        study.optimize(fn, n_trials=trials)
        total = time.perf_counter() - start
        best, curve = math.inf, []
        for t in study.trials:
            best = min(best, t.value)
            curve.append(best)
        bests.append(curve)
        # Time per trial of the whole loop: sampling (inside the suggest calls) and bookkeeping;
        # the test functions themselves take microseconds.
        times.append(total * 1000 / trials)
    out[name] = {"best": bests, "sampler_ms": times}
json.dump(out, sys.stdout)
