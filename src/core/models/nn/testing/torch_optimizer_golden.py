"""Reference values for flat-optimizer.test.ts: three steps of torch.optim.Adam, AdamW and SGD
(momentum 0.9) with fixed gradients, lr 0.1, weight_decay 0.1 on parameters 0, 1 and 3 (a
separate group without decay for parameter 2, like a bias).
Run: /usr/bin/python3 src/core/models/nn/testing/torch_optimizer_golden.py (torch 1.13.1, Debian)."""
import json

import torch

START = [0.5, -1.0, 2.0, 0.1]
GRADS = [[0.1, -0.2, 0.3, 0.0], [-0.05, 0.1, 0.2, -0.3], [0.2, 0.2, -0.1, 0.05]]
DECAYED = [0, 1, 3]


def run(make):
    decayed = torch.nn.Parameter(torch.tensor([START[i] for i in DECAYED], dtype=torch.float64))
    plain = torch.nn.Parameter(torch.tensor([START[2]], dtype=torch.float64))
    optimizer = make([{"params": [decayed], "weight_decay": 0.1}, {"params": [plain], "weight_decay": 0.0}])
    for g in GRADS:
        decayed.grad = torch.tensor([g[i] for i in DECAYED], dtype=torch.float64)
        plain.grad = torch.tensor([g[2]], dtype=torch.float64)
        optimizer.step()
    d = decayed.detach().tolist()
    return [d[0], d[1], plain.item(), d[2]]


print(json.dumps({
    "torch": torch.__version__,
    "adam": run(lambda groups: torch.optim.Adam(groups, lr=0.1)),
    "adamw": run(lambda groups: torch.optim.AdamW(groups, lr=0.1)),
    "sgd": run(lambda groups: torch.optim.SGD(groups, lr=0.1, momentum=0.9)),
}, indent=1))
