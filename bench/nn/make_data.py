"""Writes the benchmark's data set: 200k training and 50k test rows, 30 standard-normal features,
a binary label from a fixed random two-layer teacher network plus noise (so an MLP has something to
learn beyond a line). Raw little-endian float32 files plus meta.json, read by both jobs.
Usage: /usr/bin/python3 bench/nn/make_data.py OUT_DIR [--rows 200000]"""
import json
import sys
from pathlib import Path

import numpy as np

out = Path(sys.argv[1])
rows = int(sys.argv[sys.argv.index("--rows") + 1]) if "--rows" in sys.argv else 200_000
test_rows = 50_000
d = 30
out.mkdir(parents=True, exist_ok=True)
rng = np.random.default_rng(20261128)
x = rng.standard_normal((rows + test_rows, d)).astype(np.float32)
w1 = rng.standard_normal((d, 16)) / np.sqrt(d)
w2 = rng.standard_normal(16)
score = np.tanh(x @ w1 * 1.5) @ w2 + 0.3 * x[:, 0] * x[:, 1]
y = (score + 0.5 * rng.standard_normal(rows + test_rows) > np.median(score)).astype(np.float32)
x[:rows].tofile(out / "x_train.f32")
y[:rows].tofile(out / "y_train.f32")
x[rows:].tofile(out / "x_test.f32")
y[rows:].tofile(out / "y_test.f32")
(out / "meta.json").write_text(json.dumps({"rows": rows, "test_rows": test_rows, "features": d, "positive_rate": float(y.mean())}))
print(json.dumps({"rows": rows, "test_rows": test_rows, "features": d}))
