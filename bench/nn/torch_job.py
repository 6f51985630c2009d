"""The reference job: the same MLP (30 -> 64 -> 32 -> 1, ReLU, Adam lr 1e-3, batch 256, shuffled,
3 epochs, BCE with logits) in PyTorch on the CPU, whole job: read the data, train, predict the
test rows, AUC. Usage: /usr/bin/python3 bench/nn/torch_job.py DATA_DIR [--epochs 3] [--device cpu|cuda]
Prints one JSON line: seconds inside the process, train seconds, AUC, final training loss."""
import json
import sys
import time
from pathlib import Path

start = time.perf_counter()
import numpy as np  # noqa: E402
import torch  # noqa: E402

data = Path(sys.argv[1])
epochs = int(sys.argv[sys.argv.index("--epochs") + 1]) if "--epochs" in sys.argv else 3
device = sys.argv[sys.argv.index("--device") + 1] if "--device" in sys.argv else "cpu"
meta = json.loads((data / "meta.json").read_text())
d = meta["features"]
x = torch.from_numpy(np.fromfile(data / "x_train.f32", dtype=np.float32).reshape(-1, d))
y = torch.from_numpy(np.fromfile(data / "y_train.f32", dtype=np.float32)).reshape(-1, 1)
x_test = torch.from_numpy(np.fromfile(data / "x_test.f32", dtype=np.float32).reshape(-1, d)).to(device)
x, y = x.to(device), y.to(device)
y_test = np.fromfile(data / "y_test.f32", dtype=np.float32)

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(d, 64), torch.nn.ReLU(), torch.nn.Linear(64, 32), torch.nn.ReLU(), torch.nn.Linear(32, 1)).to(device)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = torch.nn.BCEWithLogitsLoss()
train_start = time.perf_counter()
n = x.shape[0]
for epoch in range(epochs):
    order = torch.randperm(n, device=device)
    total = 0.0
    for s in range(0, n, 256):
        idx = order[s : s + 256]
        optimizer.zero_grad()
        loss = loss_fn(model(x[idx]), y[idx])
        loss.backward()
        optimizer.step()
        total += loss.item() * len(idx)
train_seconds = time.perf_counter() - train_start
with torch.no_grad():
    p = torch.sigmoid(model(x_test)).cpu().numpy().ravel().astype(np.float64)


def auc(score, label):
    """Mann-Whitney AUC with average ranks for ties."""
    order = np.argsort(score, kind="mergesort")
    ranks = np.empty(len(score))
    sorted_scores = score[order]
    i = 0
    while i < len(score):
        j = i
        while j + 1 < len(score) and sorted_scores[j + 1] == sorted_scores[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    pos = label == 1
    n_pos = pos.sum()
    return (ranks[pos].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * (len(label) - n_pos))


q = np.clip(p, 1e-15, 1 - 1e-15)
test_log_loss = float(-np.mean(y_test * np.log(q) + (1 - y_test) * np.log(1 - q)))
print(json.dumps({"engine": "torch", "device": device, "samples_per_s": n * epochs / train_seconds, "test_log_loss": test_log_loss, "torch": torch.__version__, "threads": torch.get_num_threads(), "seconds": time.perf_counter() - start, "train_seconds": train_seconds, "auc": float(auc(p, y_test)), "train_loss": total / n}))
