"""Same history, same proposals? Optuna's TPE runs N trials of FUNCTION from seed H (a real TPE
history, not random points), then K fresh studies replay that history and each draws one proposal
for trial N+1. same-history.ts does the same with mltrain's TPE and compares the proposals.

Run: /usr/bin/python3 bench/tune/same_history.py FUNCTION N uv|mv K H
Writes /tmp/same_history_FUNCTION_N_MODE_H.json. FUNCTION: branin, hartmann6 or rosenbrock5.
"""
import json
import sys
import warnings

import optuna

from float_functions import FUNCTIONS

warnings.filterwarnings("ignore")
optuna.logging.set_verbosity(optuna.logging.WARNING)
name, n, mode, proposals, history_seed = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
fn, box = FUNCTIONS[name]
multivariate = mode == "mv"

study = optuna.create_study(sampler=optuna.samplers.TPESampler(seed=history_seed, multivariate=multivariate))
study.optimize(lambda t: fn([t.suggest_float(p, low, high) for p, low, high in box]), n_trials=n)
history = [([t.params[p] for p, _, _ in box], t.value) for t in study.trials]
distributions = {p: optuna.distributions.FloatDistribution(low, high) for p, low, high in box}
out = []
for seed in range(proposals):
    replay = optuna.create_study(sampler=optuna.samplers.TPESampler(seed=seed + 1000, multivariate=multivariate))
    for x, value in history:
        replay.add_trial(optuna.trial.create_trial(params={p: x[i] for i, (p, _, _) in enumerate(box)}, distributions=distributions, value=value))
    trial = replay.ask()
    out.append([trial.suggest_float(p, low, high) for p, low, high in box])
json.dump({"function": name, "box": box, "hist": history, "optuna": out}, open(f"/tmp/same_history_{name}_{n}_{mode}_{history_seed}.json", "w"))
