"""One whole benchmark job for a reference tool: read the CSV, train, score the test part.

Usage: /usr/bin/python3 bench/gbdt/reference_job.py {xgboost|sklearn} CSV THREADS
Tools: xgboost 1.7.4 (Debian python3-xgboost), scikit-learn 1.2.1, pandas 1.5.3.
Synthetic files (label `y`): the last 20% of rows are the test part. Real files (label `target`,
string columns categorical): 5 repeated 80/20 splits from a hash of (row, repeat) that
gbdt-job.ts computes identically; the mean test AUC is reported.
Prints one JSON line: tool, auc, seconds per phase, peak RSS in MiB.
"""
import json
import os
import resource
import sys
import time

T0 = time.perf_counter()
tool, path, threads = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.environ['OMP_NUM_THREADS'] = str(threads)
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from sklearn.metrics import roc_auc_score  # noqa: E402

PARAMS = dict(n_estimators=100, max_depth=6, learning_rate=0.1)
REPEATS = 5
M = 0xFFFFFFFF


def is_test(i, r):
    x = ((i + 1) * 0x9E3779B1 + (r + 1) * 40503) & M
    x ^= x >> 16
    x = (x * 73244475) & M
    x ^= x >> 16
    return x % 5 == 0


def model():
    if tool == 'xgboost':
        import xgboost as xgb
        return xgb.XGBClassifier(tree_method='hist', max_bin=256, n_jobs=threads, enable_categorical=True, **PARAMS)
    from sklearn.ensemble import HistGradientBoostingClassifier
    return HistGradientBoostingClassifier(max_iter=100, learning_rate=0.1, max_depth=6, max_leaf_nodes=None,
                                          max_bins=255, early_stopping=False, categorical_features=categorical_mask)


phases = {}
t = time.perf_counter()
frame = pd.read_csv(path)
label = 'y' if 'y' in frame.columns else 'target'
y = frame.pop(label).to_numpy()
categorical_mask = [frame[c].dtype == object for c in frame.columns]
for c, is_cat in zip(frame.columns, categorical_mask):
    if is_cat:
        frame[c] = frame[c].astype('category')
        if tool == 'sklearn':
            frame[c] = frame[c].cat.codes.replace(-1, np.nan)
phases['read'] = time.perf_counter() - t

aucs = []
phases['train'] = phases['predict'] = 0.0
splits = [None] if label == 'y' else range(REPEATS)
for r in splits:
    n = len(y)
    if r is None:
        test = np.zeros(n, dtype=bool)
        test[int(n * 0.8):] = True
    else:
        test = np.array([is_test(i, r) for i in range(n)])
    t = time.perf_counter()
    m = model()
    m.fit(frame[~test], y[~test])
    phases['train'] += time.perf_counter() - t
    t = time.perf_counter()
    p = m.predict_proba(frame[test])[:, 1]
    phases['predict'] += time.perf_counter() - t
    aucs.append(roc_auc_score(y[test], p))

print(json.dumps({
    'tool': tool, 'auc': float(np.mean(aucs)), 'aucs': aucs, 'phases': phases,
    'job_seconds': time.perf_counter() - T0,
    'peak_rss_mib': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    'cpu_seconds': resource.getrusage(resource.RUSAGE_SELF).ru_utime + resource.getrusage(resource.RUSAGE_SELF).ru_stime,
}))
