"""Same history, same proposals, on Rosenbrock-5D (the function where mltrain's medians trail).

Optuna's TPE runs N trials from seed H (so the history is a real TPE history, not random points),
then K fresh studies replay that history and each draws one proposal for trial N+1.
Run: /usr/bin/python3 bench/tune/same_history_rosenbrock.py N uv|mv K H
Writes /tmp/rosen_N_MODE_H.json for same-history-rosenbrock.ts.
"""
import json
import sys
import warnings

import optuna

warnings.filterwarnings("ignore")
optuna.logging.set_verbosity(optuna.logging.WARNING)
n, multivariate, proposals, history_seed = int(sys.argv[1]), sys.argv[2] == "mv", int(sys.argv[3]), int(sys.argv[4])


def rosenbrock(x):
    return sum(100 * (x[i + 1] - x[i] ** 2) ** 2 + (1 - x[i]) ** 2 for i in range(4))


study = optuna.create_study(sampler=optuna.samplers.TPESampler(seed=history_seed, multivariate=multivariate))
study.optimize(lambda t: rosenbrock([t.suggest_float(f"x{i}", -5, 10) for i in range(5)]), n_trials=n)
history = [([t.params[f"x{i}"] for i in range(5)], t.value) for t in study.trials]
space = optuna.distributions.FloatDistribution(-5, 10)
out = []
for seed in range(proposals):
    replay = optuna.create_study(sampler=optuna.samplers.TPESampler(seed=seed + 1000, multivariate=multivariate))
    for x, value in history:
        replay.add_trial(optuna.trial.create_trial(params={f"x{i}": x[i] for i in range(5)}, distributions={f"x{i}": space for i in range(5)}, value=value))
    trial = replay.ask()
    out.append([trial.suggest_float(f"x{i}", -5, 10) for i in range(5)])
json.dump({"hist": history, "optuna": out}, open(f"/tmp/rosen_{n}_{sys.argv[2]}_{history_seed}.json", "w"))
