"""XGBoost's side of bench/gbdt/explain-job.ts: the same model (100 trees, depth 6, learning rate
0.1, 256 bins, last 20% of rows = test) and pred_contribs (exact TreeSHAP) on 1,000 seeded test
rows, 3 times; wall and CPU seconds. Run with the reference interpreter:
    OMP_NUM_THREADS=1 /usr/bin/python3 bench/gbdt/explain_reference.py bench/out/synth_1m.csv 1
Prints one JSON line."""
import json
import sys
import time

import numpy as np
import pandas as pd
import xgboost as xgb

path, threads = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1
rows = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
started = time.perf_counter()
frame = pd.read_csv(path)
x = frame.drop(columns=["y"]).to_numpy(dtype=np.float64)
y = frame["y"].to_numpy()
cut = int(len(y) * 0.8)
t = time.perf_counter()
model = xgb.XGBClassifier(n_estimators=100, max_depth=6, learning_rate=0.1, max_bin=256, tree_method="hist", n_jobs=threads)
model.fit(x[:cut], y[:cut])
train_s = time.perf_counter() - t
booster = model.get_booster()
picked = np.sort(np.random.default_rng(1).choice(len(y) - cut, size=rows, replace=False)) + cut
sample = xgb.DMatrix(x[picked])
wall, cpu = [], []
for _ in range(3):
    t, c = time.perf_counter(), time.process_time()
    contributions = booster.predict(sample, pred_contribs=True)
    wall.append(time.perf_counter() - t)
    cpu.append(time.process_time() - c)
mean_abs = np.abs(contributions[:, :-1]).mean(axis=0)
order = np.argsort(-mean_abs)[:5]
leaves = sum(line.count("leaf=") for line in booster.get_dump())
print(json.dumps({
    "tool": "xgboost", "version": xgb.__version__, "rows": len(y), "trees": 100, "leaves": leaves, "train_s": train_s,
    "explain": {"rows": rows, "seconds": sorted(wall)[1], "cpu_seconds": sorted(cpu)[1], "cpu_ms_per_row": sorted(cpu)[1] * 1000 / rows},
    "top_features": [f"{frame.columns[i]} {mean_abs[i]:.3g}" for i in order],
    "job_s": time.perf_counter() - started,
}))
