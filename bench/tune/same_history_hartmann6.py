"""Like same_history_check.py, on Hartmann6 with multivariate TPE: N fixed random trials (seeded),
then 1000 seeded proposals. Run: /usr/bin/python3 bench/tune/same_history_hartmann6.py 1000 15
(writes /tmp/h6.json for same-history-hartmann6.ts)."""
import json, math, numpy as np, optuna, warnings, sys
warnings.filterwarnings("ignore"); optuna.logging.set_verbosity(optuna.logging.WARNING)
ALPHA = [1.0, 1.2, 3.0, 3.2]
A = [[10, 3, 17, 3.5, 1.7, 8], [0.05, 10, 17, 0.1, 8, 14], [3, 3.5, 1.7, 10, 17, 8], [17, 8, 0.05, 10, 0.1, 14]]
P = [[v * 1e-4 for v in row] for row in [[1312, 1696, 5569, 124, 8283, 5886], [2329, 4135, 8307, 3736, 1004, 9991], [2348, 1451, 3522, 2883, 3047, 6650], [4047, 8828, 8732, 5743, 1091, 381]]]
h6 = lambda x: -sum(ALPHA[i] * math.exp(-sum(A[i][j] * (x[j] - P[i][j]) ** 2 for j in range(6))) for i in range(4))
rng = np.random.RandomState(7)
n = int(sys.argv[2])
hist = [list(map(float, rng.uniform(0, 1, 6))) for _ in range(n)]
hist = [(x, h6(x)) for x in hist]
json.dump(hist, open('/tmp/h6.json', 'w'))
D = optuna.distributions.FloatDistribution(0, 1)
out = []
for seed in range(int(sys.argv[1])):
    s = optuna.create_study(sampler=optuna.samplers.TPESampler(seed=seed, multivariate=True))
    for x, v in hist:
        s.add_trial(optuna.trial.create_trial(params={f"x{i}": x[i] for i in range(6)}, distributions={f"x{i}": D for i in range(6)}, value=v))
    t = s.ask()
    out.append([t.suggest_float(f"x{i}", 0, 1) for i in range(6)])
out = np.array(out)
print("optuna ", np.round(out.mean(0), 3), np.round(out.std(0), 3), "mean f", np.mean([h6(x) for x in out]))
