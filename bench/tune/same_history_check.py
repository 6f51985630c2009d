"""Same history, same proposals? Optuna 3.1 TPE proposes the 61st Branin point after 60 fixed random trials,
for 1000 seeds; bench/tune/same-history-check.ts does the same with mltrain. Compare the printed quantiles.
Run: /usr/bin/python3 bench/tune/same_history_check.py 1000 [multivariate]  (writes /tmp/hist.json for the TS side)
"""
import json, math, numpy as np, optuna, warnings, sys
warnings.filterwarnings("ignore"); optuna.logging.set_verbosity(optuna.logging.WARNING)
rng = np.random.RandomState(123)
def branin(x1, x2):
    b = 5.1/(4*math.pi**2); c = 5/math.pi
    return (x2 - b*x1**2 + c*x1 - 6)**2 + 10*(1-1/(8*math.pi))*math.cos(x1) + 10
hist = [(float(rng.uniform(-5,10)), float(rng.uniform(0,15))) for _ in range(60)]
hist = [(a, b, branin(a, b)) for a, b in hist]
json.dump(hist, open('/tmp/hist.json','w'))
d1 = optuna.distributions.FloatDistribution(-5, 10); d2 = optuna.distributions.FloatDistribution(0, 15)
out = []
for seed in range(int(sys.argv[1])):
    s = optuna.create_study(sampler=optuna.samplers.TPESampler(seed=seed, multivariate='multivariate' in sys.argv[2:]))
    for a, b, v in hist:
        s.add_trial(optuna.trial.create_trial(params={"x1": a, "x2": b}, distributions={"x1": d1, "x2": d2}, value=v))
    t = s.ask()
    out.append((t.suggest_float("x1", -5, 10), t.suggest_float("x2", 0, 15)))
out = np.array(out)
print("optuna", np.round(np.percentile(out[:,0], [10,25,50,75,90]),3), np.round(np.percentile(out[:,1], [10,25,50,75,90]),3), "mean f", np.mean([branin(a,b) for a,b in out]))
