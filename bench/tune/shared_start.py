"""Optuna's TPE from a shared start: the first 10 trials of each seed are fixed points (uniform,
from NumPy's RandomState(seed)), enqueued, so both samplers begin their model-based phase from the
same history. Only the TPE phase then differs. Float-box functions only.

Run: /usr/bin/python3 bench/tune/shared_start.py SEEDS [multivariate] > bench/out/shared-start.json
Prints JSON: {function: {"starts": [[10 points] per seed], "best": [[best after trial 1..100] per seed]}}.
"""
import json
import math
import sys
import warnings

import numpy as np
import optuna

from float_functions import FUNCTIONS

warnings.filterwarnings("ignore")
optuna.logging.set_verbosity(optuna.logging.WARNING)
seeds = int(sys.argv[1])
multivariate = "multivariate" in sys.argv[2:]
out = {}
for name, (fn, box) in FUNCTIONS.items():
    starts, bests = [], []
    for seed in range(seeds):
        rng = np.random.RandomState(seed)
        start = [[float(rng.uniform(low, high)) for _, low, high in box] for _ in range(10)]
        study = optuna.create_study(sampler=optuna.samplers.TPESampler(seed=seed, multivariate=multivariate))
        for point in start:
            study.enqueue_trial({p: v for (p, _, _), v in zip(box, point)})
        study.optimize(lambda t: fn([t.suggest_float(p, low, high) for p, low, high in box]), n_trials=100)
        best, curve = math.inf, []
        for t in study.trials:
            best = min(best, t.value)
            curve.append(best)
        starts.append(start)
        bests.append(curve)
    out[name] = {"starts": starts, "best": bests}
json.dump(out, sys.stdout)
